import "server-only";
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { joinCodeFrom } from "@/lib/live/codes";

/** Session and participant ids: 128 random bits. */
export const newId = () => randomBytes(16).toString("base64url");
/** Host and resume keys: 256 random bits; only their hashes are stored. */
export const newKey = () => randomBytes(32).toString("base64url");
export const newJoinCode = () => joinCodeFrom(randomInt(0, 100_000_000));

const ID = /^[A-Za-z0-9_-]{22}$/;
export const isId = (value: string) => ID.test(value);

export const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

/** Constant-time comparison of a presented key with a stored hash. */
export function keyMatches(key: string | null, hash: string): boolean {
  if (!key || key.length > 200) return false;
  const a = Buffer.from(hashKey(key), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The key from `Authorization: Bearer …` (keys never travel in URLs). */
export function bearer(headers: Headers): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(headers.get("authorization") ?? "");
  return m ? m[1]! : null;
}
