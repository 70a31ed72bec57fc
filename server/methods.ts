import "server-only";
import http from "node:http";

/** What this app serves: pages and streams (GET, HEAD) and the live-class API (POST). */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST"] as const;
const allowed = new Set<string>(ALLOWED_METHODS);
const KEY = Symbol.for("mobilization-explainer.method-guard");
const store = globalThis as Record<symbol, boolean | undefined>;

/**
 * Answers any other method with a plain 405 before Next sees the request. Left to itself `next start`
 * answers TRACE with a 500 and logs a stack trace for every such request (it cannot build a Request
 * for it), renders pages for PUT or DELETE, and 400s OPTIONS on pages. Installed at server start
 * (instrumentation.ts), like the peer-address stamp; a reverse proxy should refuse the same methods.
 */
export function installMethodGuard(): void {
  if (store[KEY]) return;
  store[KEY] = true;
  // Shutting down: `next start` stops accepting connections but serves those kept alive (a reverse
  // proxy's, or a reconnecting client's) for as long as they send requests, so it never finishes.
  // From SIGTERM on, every answer closes its connection; the next request goes to another instance.
  let draining = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => (draining = true));
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      const res = args[1] as http.ServerResponse;
      if (draining) res.setHeader("connection", "close");
      if (!allowed.has(req.method ?? "")) {
        res.writeHead(405, {
          allow: ALLOWED_METHODS.join(", "),
          "content-type": "text/plain; charset=utf-8",
          "cache-control": "no-store",
        });
        res.end("Method Not Allowed\n");
        req.resume();
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
