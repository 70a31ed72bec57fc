import { describe, expect, it } from "vitest";
import { correctionLogSchema } from "@/lib/corrections";
import { corrections } from "./corrections";

/** The day of the dataset's first commit (84bcd2e, "Evidence base: claims, quotes…"). */
const datasetStart = "2026-11-26";

describe("the corrections log", () => {
  it("has dated entries from the dataset's first commit to today, newest first", () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(corrections.length).toBeGreaterThan(20);
    for (const c of corrections) {
      expect(c.date >= datasetStart && c.date <= today, `${c.id}: ${c.date}`).toBe(true);
    }
  });

  it("says each correction in one sentence in every language", () => {
    for (const c of corrections)
      for (const [locale, text] of Object.entries(c.text)) {
        expect(text, `${c.id}.${locale}`).toMatch(/[.]$/);
        // A full stop, question or exclamation mark followed by a capital starts a second sentence.
        expect(text.slice(0, -1), `${c.id}.${locale}`).not.toMatch(/[.!?]\s+[«“"]?\p{Lu}/u);
        expect(text.length, `${c.id}.${locale}`).toBeLessThan(400);
      }
  });

  it("writes Russian and Kazakh entries in Cyrillic only (the page marks no English in them)", () => {
    for (const c of corrections)
      for (const locale of ["ru", "kk"] as const)
        expect(c.text[locale], `${c.id}.${locale}`).not.toMatch(/[A-Za-z]/);
  });

  it("refuses entries out of order or with a repeated id", () => {
    const [a, b] = corrections;
    expect(correctionLogSchema.safeParse([b, a]).success).toBe(a!.date === b!.date);
    expect(correctionLogSchema.safeParse([a, a]).success).toBe(false);
    expect(correctionLogSchema.safeParse([{ ...a, kind: "style" }]).success).toBe(false);
  });
});
