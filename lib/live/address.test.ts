import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "./address";

describe("clientAddress", () => {
  it("uses the socket address when no proxy is trusted, whatever the header claims", () => {
    expect(clientAddress({ forwardedFor: "6.6.6.6", peer: "::ffff:10.0.0.7", trustedProxies: 0 })).toBe(
      "10.0.0.7",
    );
  });
  it("falls back to the rightmost header entry when the socket address is not known", () => {
    expect(clientAddress({ forwardedFor: "1.1.1.1, 2.2.2.2", peer: null, trustedProxies: 0 })).toBe(
      "2.2.2.2",
    );
    expect(clientAddress({ forwardedFor: null, peer: null, trustedProxies: 0 })).toBe("unknown");
  });
  it("takes the Nth address from the right behind N trusted proxies", () => {
    const forwardedFor = "6.6.6.6, 203.0.113.9, 10.0.0.2";
    expect(clientAddress({ forwardedFor, peer: "10.0.0.3", trustedProxies: 1 })).toBe("10.0.0.2");
    expect(clientAddress({ forwardedFor, peer: "10.0.0.3", trustedProxies: 2 })).toBe("203.0.113.9");
    expect(clientAddress({ forwardedFor: "1.2.3.4", peer: "10.0.0.3", trustedProxies: 3 })).toBe("1.2.3.4");
  });
  it("reads LIVE_TRUSTED_PROXIES strictly", () => {
    expect(parseTrustedProxies(undefined)).toBe(0);
    expect(parseTrustedProxies("1")).toBe(1);
    expect(parseTrustedProxies("x")).toBe(0);
    expect(parseTrustedProxies("-2")).toBe(0);
  });
});
