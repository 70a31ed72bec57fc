/**
 * The client's address, for rate limits only (never stored). `next start` fills `x-forwarded-for`
 * only when it is missing, so a client can claim any address: the header is trusted only behind a
 * configured number of proxies (`LIVE_TRUSTED_PROXIES=N`: the Nth address from the right).
 */
export function clientAddress(input: {
  forwardedFor: string | null;
  /** The socket's address, when the server can see it. */
  peer: string | null;
  trustedProxies: number;
}): string {
  const chain = (input.forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (input.trustedProxies > 0) {
    // Each trusted proxy appended the address it saw; anything further left the client could forge.
    const n = Math.min(input.trustedProxies, chain.length);
    const picked = n > 0 ? chain[chain.length - n] : undefined;
    return normalizeAddress(picked ?? input.peer ?? "unknown");
  }
  if (input.peer) return normalizeAddress(input.peer);
  // No socket address reached us: the rightmost entry is what `next start` wrote when the client
  // sent none. A client that sends its own can dodge per-address limits, not the global ones.
  return normalizeAddress(chain.at(-1) ?? "unknown");
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are one client. */
export function normalizeAddress(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1").toLowerCase();
}

export function parseTrustedProxies(raw: string | undefined): number {
  const n = Number(raw ?? "0");
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}
