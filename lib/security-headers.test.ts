import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, frameAncestorsValue, securityHeaders } from "./security-headers";

describe("security headers", () => {
  it("never allows eval or third-party origins in production", () => {
    const csp = contentSecurityPolicy();
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
  });

  it("allows this site's own service worker and web app manifests", () => {
    expect(contentSecurityPolicy()).toContain("worker-src 'self'");
    expect(contentSecurityPolicy()).toContain("manifest-src 'self'");
  });

  it("lets a school's platform embed the app, and drops anything that is not an origin", () => {
    expect(frameAncestorsValue("'self' https://lms.school.example")).toBe(
      "'self' https://lms.school.example",
    );
    expect(frameAncestorsValue("https://x.example; script-src *")).toBe("'self'");
    expect(frameAncestorsValue(undefined)).toBe("'self'");
  });

  it("sends the four headers", () => {
    expect(securityHeaders().map((h) => h.key)).toEqual([
      "Content-Security-Policy",
      "X-Content-Type-Options",
      "Referrer-Policy",
      "Permissions-Policy",
    ]);
  });
});
