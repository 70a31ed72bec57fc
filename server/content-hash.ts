import { createHash } from "node:crypto";

/** Characters of the SHA-256 hex digest kept in a file name: 64 bits, ample for a handful of builds. */
export const HASH_LENGTH = 16;

/**
 * The name-part of an immutable file: the first 16 hex characters of the SHA-256 of its exact body
 * (UTF-8). Any change to the body, however small, gives another name.
 */
export function contentHash(body: string): string {
  return createHash("sha256").update(body, "utf8").digest("hex").slice(0, HASH_LENGTH);
}
