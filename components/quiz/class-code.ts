// Class codes, apart from quiz-state.ts so that the teacher page does not load zod with them.

/** Class codes: digits only, short enough to read out and type on any keyboard. */
const CLASS_CODE = /^\d{1,9}$/;

export function isClassCode(value: string | null | undefined): value is string {
  return typeof value === "string" && CLASS_CODE.test(value);
}

/** A new class code: six digits from the browser's crypto (never stored anywhere but the URL). */
export function newClassCode(): string {
  const n = crypto.getRandomValues(new Uint32Array(1))[0]! % 900000;
  return String(100000 + n);
}
