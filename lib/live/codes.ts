/**
 * Join codes and class codes. A join code is 8 digits (`1234 5678` on screen); a class code (the
 * quiz seed) is 6, so an entry box can tell which one the reader typed and send them the right way.
 */
export const JOIN_CODE_DIGITS = 8;

/** Spaces, hyphens and dots that people type or copy between the digit groups are dropped. */
export function normalizeCode(raw: string): string {
  return raw.replace(/[\s.\-\u00a0]/g, "");
}

export function isJoinCode(value: string): boolean {
  return /^\d{8}$/.test(value);
}

export function isLiveClassCode(value: string): boolean {
  return /^\d{6}$/.test(value);
}

/** What a typed code is: a live class to join, a class code for the self-paced quiz, or neither. */
export function codeKind(raw: string): "join" | "class" | "invalid" {
  const code = normalizeCode(raw);
  if (isJoinCode(code)) return "join";
  if (isLiveClassCode(code)) return "class";
  return "invalid";
}

/** `12345678` → `1234 5678`. */
export function formatJoinCode(code: string): string {
  return isJoinCode(code) ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
}

/** A join code from a random integer in [0, 10^8) (the server draws it from `crypto.randomInt`). */
export function joinCodeFrom(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10 ** JOIN_CODE_DIGITS)
    throw new RangeError(`bad join code source ${n}`);
  return String(n).padStart(JOIN_CODE_DIGITS, "0");
}
