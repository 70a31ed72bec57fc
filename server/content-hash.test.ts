import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/locales";
import { quizSource } from "@/scripts/quiz-source";
import { contentHash, HASH_LENGTH } from "./content-hash";

describe("contentHash", () => {
  it("is the start of the SHA-256 hex digest of the body", () => {
    // Known SHA-256 test vectors (FIPS 180-2): "" and "abc".
    expect(contentHash("")).toBe("e3b0c44298fc1c14");
    expect(contentHash("abc")).toBe("ba7816bf8f01cfea");
    expect(contentHash("abc")).toHaveLength(HASH_LENGTH);
  });

  it("hashes the UTF-8 bytes, so Cyrillic text gets the digest a server computes from the file", () => {
    const body = '{"label":"Қазақстан"}';
    expect(contentHash(body)).toBe(
      createHash("sha256").update(Buffer.from(body, "utf8")).digest("hex").slice(0, HASH_LENGTH),
    );
  });

  it("changes with any change to a quiz bundle: one translated label, same dataset version", () => {
    const bundle = { version: "v1", ...quizSource("kk") };
    const edited = structuredClone(bundle);
    edited.pack.labels.nobody = `${edited.pack.labels.nobody}!`;
    expect(edited.version).toBe(bundle.version);
    expect(contentHash(JSON.stringify(edited))).not.toBe(contentHash(JSON.stringify(bundle)));
    // Every locale's bundle gets its own name.
    const names = locales.map((l) => contentHash(JSON.stringify({ version: "v1", ...quizSource(l) })));
    expect(new Set(names).size).toBe(locales.length);
  });
});
