import "server-only";
import { randomBytes } from "node:crypto";
import http from "node:http";
import { noteListening } from "./listening";

/**
 * Route handlers never see the socket, and `next start` fills `x-forwarded-for` only when the client
 * sent none — so a client could claim any address. At server start (instrumentation.ts) this stamps
 * each request with its socket address in a header signed by a per-process token, which a client
 * cannot forge; `peerAddress` reads it back. It also notes where the server listens (`listening.ts`),
 * which the lobby needs to give phones an address they can reach.
 */
const HEADER = "x-live-peer";
const KEY = Symbol.for("mobilization-explainer.live-peer-token");
const store = globalThis as Record<symbol, string | undefined>;

export function installPeerHeader(): void {
  if (store[KEY]) return;
  const token = randomBytes(16).toString("hex");
  store[KEY] = token;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[HEADER] = `${token} ${req.socket?.remoteAddress ?? ""}`;
      noteListening(this);
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

/** The socket address stamped by `installPeerHeader`, or null when it is not installed or forged. */
export function peerAddress(headers: Headers): string | null {
  const token = store[KEY];
  const value = headers.get(HEADER);
  if (!token || !value) return null;
  const [got, address] = value.split(" ");
  return got === token && address ? address : null;
}
