import { describe, expect, it } from "vitest";
import { LiveLimits, type LimitConfig } from "./limits";

const config: LimitConfig = {
  failedLookupsPerAddress: 2,
  failedLookupsPerAddressSeconds: 600,
  failedLookupsInAll: 5,
  failedLookupsInAllSeconds: 60,
  sessionsPerAddress: 1,
  sessionsPerAddressSeconds: 3600,
  streamsPerSession: 2,
  streamsPerAddress: 3,
  secret: "test-secret",
};

describe("LiveLimits", () => {
  it("keys are HMACs of the address that rotate daily, never the address", () => {
    const limits = new LiveLimits(config);
    const day = 24 * 3600 * 1000;
    const k = limits.key("203.0.113.7", 10 * day + 5);
    expect(k).not.toContain("203");
    expect(limits.key("203.0.113.7", 10 * day + 999)).toBe(k);
    expect(limits.key("203.0.113.7", 11 * day)).not.toBe(k);
    expect(limits.key("203.0.113.8", 10 * day + 5)).not.toBe(k);
    expect(new LiveLimits({ ...config, secret: "other" }).key("203.0.113.7", 10 * day + 5)).not.toBe(k);
  });

  it("blocks an address after its failed lookups, and everyone after too many in all", async () => {
    const limits = new LiveLimits(config);
    expect(await limits.lookupBlocked("a")).toBeNull();
    await limits.failedLookup("a");
    await limits.failedLookup("a");
    expect(await limits.lookupBlocked("a")).toBeGreaterThan(0);
    expect(await limits.lookupBlocked("b")).toBeNull();
    await limits.failedLookup("b");
    await limits.failedLookup("c");
    await limits.failedLookup("d");
    expect(await limits.lookupBlocked("e")).toBeGreaterThan(0);
  });

  it("limits session creation per address", async () => {
    const limits = new LiveLimits(config);
    expect(await limits.createSession("a")).toBeNull();
    expect(await limits.createSession("a")).toBeGreaterThan(0);
    expect(await limits.createSession("b")).toBeNull();
  });

  it("caps open streams per session and per address, and frees a slot on release", () => {
    const limits = new LiveLimits(config);
    const r1 = limits.openStream("s1", "a")!;
    limits.openStream("s1", "a");
    expect(limits.openStream("s1", "b")).toBeNull();
    limits.openStream("s2", "a");
    expect(limits.openStream("s3", "a")).toBeNull();
    r1();
    r1();
    expect(limits.openStream("s1", "b")).not.toBeNull();
    expect(limits.openStream("s3", "a")).not.toBeNull();
    expect(limits.openStream("s4", "a")).toBeNull();
  });
});
