/**
 * Receipts: what a student hands the teacher instead of a name. Six characters of Crockford's base32
 * (no I, L, O, U: nothing to misread), typed back leniently (lower case, O for 0, I or L for 1,
 * spaces and hyphens dropped). The server derives them (server/live/receipts.ts); this is the pure part.
 */
export const RECEIPT_LENGTH = 6;
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The first 30 bits of `bytes` as six base-32 characters. */
export function receiptFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 4) throw new RangeError("a receipt needs at least 4 bytes");
  const n = ((bytes[0]! << 22) | (bytes[1]! << 14) | (bytes[2]! << 6) | (bytes[3]! >> 2)) >>> 0;
  let out = "";
  for (let i = RECEIPT_LENGTH - 1; i >= 0; i--) out += ALPHABET[(n >>> (i * 5)) & 31];
  return out;
}

/** A typed receipt in its canonical form, or null when it cannot be one (`400 bad-receipt`). */
export function normalizeReceipt(raw: string): string | null {
  const s = raw
    .toUpperCase()
    .replace(/[\s\-\u00a0]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  return s.length === RECEIPT_LENGTH && [...s].every((c) => ALPHABET.includes(c)) ? s : null;
}

/** `ABC123` → `ABC 123`, easier to read aloud and to copy by hand. */
export function formatReceipt(receipt: string): string {
  return receipt.length === RECEIPT_LENGTH ? `${receipt.slice(0, 3)} ${receipt.slice(3)}` : receipt;
}
