/**
 * Every `error` the live-class API answers with (docs/live.md, "Errors"), plus `network` (no answer
 * at all). Here, in pure code, so that the screens' state machines (phone-state.ts, host-screen.ts)
 * can hold the code of what went wrong and leave its sentence to the screen.
 */
export const liveErrorCodes = [
  "bad-code",
  "bad-request",
  "bad-answer",
  "bad-index",
  "bad-json",
  "forbidden",
  "locked",
  "full",
  "unknown-session",
  "not-open",
  "bad-state",
  "ended",
  "too-large",
  "bad-content-type",
  "rate-limited",
  "store-busy",
  // Assignments (homework):
  "bad-closes-at",
  "closed",
  "handed-in",
  "bad-receipt",
  "unknown-receipt",
  "is-assignment",
  "is-live-class",
  "server-error",
  "network",
] as const;
export type LiveErrorCode = (typeof liveErrorCodes)[number];

export function isLiveErrorCode(value: unknown): value is LiveErrorCode {
  return typeof value === "string" && (liveErrorCodes as readonly string[]).includes(value);
}
