import { isLoopbackHost } from "@/lib/live/join-origins";
import { json } from "@/server/live/http";
import { joinOrigins } from "@/server/live/listening";
import { peerAddress } from "@/server/live/peer";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The address phones should open to join (the lobby's link and QR code). The computer's network
 * addresses go only to a browser on this computer (socket and Host both loopback): a reverse proxy
 * on the same machine forwards a public Host, so nobody outside learns the server's private addresses.
 * Anyone else hears only a configured public address, or is told to use the address it came by.
 */
export function GET(request: Request) {
  const peer = peerAddress(request.headers);
  const host = new URL(request.url).hostname;
  const hostHeader = (request.headers.get("host") ?? "").replace(/:\d+$/, "");
  const local = !!peer && isLoopbackHost(peer) && isLoopbackHost(hostHeader || host);
  const origins = joinOrigins();
  if (local || origins.kind === "configured") return json(200, origins);
  return json(200, { kind: "page", origins: [] });
}
