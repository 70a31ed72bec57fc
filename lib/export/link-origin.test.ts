import { describe, expect, it } from "vitest";
import { browserLinkOrigin, cliLinkOrigin, DEFAULT_SITE } from "./link-origin";

describe("where the exported links point", () => {
  it("in the browser: SITE_URL if the build had one, else the page's origin, loopback flagged", () => {
    expect(browserLinkOrigin("https://class.example.org/", "http://127.0.0.1:3000")).toEqual({
      origin: "https://class.example.org",
      local: false,
    });
    expect(browserLinkOrigin(null, "https://school.kz")).toEqual({
      origin: "https://school.kz",
      local: false,
    });
    expect(browserLinkOrigin(null, "http://127.0.0.1:3210")).toEqual({
      origin: "http://127.0.0.1:3210",
      local: true,
    });
    expect(browserLinkOrigin(null, "http://[::1]:3000")?.local).toBe(true);
    expect(browserLinkOrigin("http://localhost:3000", null)?.local).toBe(true);
    expect(browserLinkOrigin(null, null)).toBeNull();
  });

  it("on the command line: --site, else SITE_URL, else localhost with a warning", () => {
    expect(cliLinkOrigin("https://a.example", "https://b.example")).toMatchObject({
      origin: "https://a.example",
      warning: null,
    });
    expect(cliLinkOrigin(undefined, "https://b.example/")).toMatchObject({
      origin: "https://b.example",
      warning: null,
    });
    const none = cliLinkOrigin(undefined, undefined);
    expect(none.origin).toBe(new URL(DEFAULT_SITE).origin);
    expect(none.warning).toMatch(/--site/);
    expect(cliLinkOrigin("http://127.0.0.1:3200", undefined).warning).toMatch(/only this computer/);
  });
});
