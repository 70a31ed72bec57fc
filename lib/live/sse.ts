/** Server-Sent Events framing and the `?since=` rule (LIVE.md, "Streams and fan-out"). */

export interface Frame {
  /** The log seq this frame brings the client up to; omitted when it would not move forward. */
  id?: number;
  event: string;
  data: unknown;
}

/** Sent at once when a stream opens: Next sends no headers before the first chunk. */
export function streamPreamble(retryMs: number): string {
  return `retry: ${retryMs}\n: live\n\n`;
}

export const HEARTBEAT = ": heartbeat\n\n";

export function formatFrame(frame: Frame): string {
  const id = frame.id === undefined ? "" : `id: ${frame.id}\n`;
  // JSON has no raw line breaks, so one `data:` line is always enough.
  return `${id}event: ${frame.event}\ndata: ${JSON.stringify(frame.data)}\n\n`;
}

/**
 * Where a (re)connecting client starts: after `since` when it is a seq in the log and not too far
 * behind; otherwise (absent, garbage, ahead of the log, far behind) with a snapshot.
 */
export function catchUpFrom(
  since: string | null | undefined,
  head: number,
  farBehind: number,
): { kind: "snapshot" } | { kind: "replay"; after: number } {
  if (since === null || since === undefined || !/^\d{1,15}$/.test(since)) return { kind: "snapshot" };
  const n = Number(since);
  if (n > head || head - n > farBehind) return { kind: "snapshot" };
  return { kind: "replay", after: n };
}

/** Coalescing: the first counts update after a quiet spell goes at once, then one per interval. */
export function countsDelay(now: number, lastSent: number | null, intervalMs: number): number {
  if (lastSent === null) return 0;
  return Math.max(0, lastSent + intervalMs - now);
}
