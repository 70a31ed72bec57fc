/**
 * The HTTP security headers `next start` sends (see README "Security headers").
 * Scripts need 'unsafe-inline': Next's bootstrap scripts are inline, and nonces would make every page
 * dynamic. 'unsafe-eval' is only for `next dev` (React Refresh), never in production.
 */
export interface SecurityHeaderOptions {
  dev?: boolean;
  /** Space-separated CSP sources allowed to frame the app, e.g. "'self' https://lms.school.example". */
  frameAncestors?: string | undefined;
}

export function frameAncestorsValue(raw: string | undefined): string {
  const sources = (raw ?? "").split(/\s+/).filter(Boolean);
  // Only plain origins or CSP keywords: anything else could inject another directive.
  const ok = sources.filter((s) => /^('self'|'none'|https:\/\/[a-z0-9.-]+(:\d+)?)$/i.test(s));
  return ok.length > 0 ? ok.join(" ") : "'self'";
}

export function contentSecurityPolicy({ dev = false, frameAncestors }: SecurityHeaderOptions = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    // The service worker (/sw.js) and the web app manifests (/{locale}/manifest.webmanifest): the
    // default would allow them too; said outright so that tightening the default cannot break them.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestorsValue(frameAncestors)}`,
  ].join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions = {}): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    },
  ];
}
