/**
 * The corrections log: every correction of a fact, an attribution or a translation in what students
 * read, dated, in every language (content/corrections.ts, shown at /{locale}/sources/corrections).
 * Changes of wording alone are not listed.
 */
import { z } from "zod";
import { idSchema, isoDateSchema, localizedTextSchema } from "./schemas";

const correctionKinds = ["fact", "attribution", "translation"] as const;

const correctionSchema = z.strictObject({
  id: idSchema,
  /** The day the correction was made (its commit). */
  date: isoDateSchema,
  /** What was wrong: a fact, who said or reported something, or a translation. */
  kind: z.enum(correctionKinds),
  /** One sentence: what was wrong and what the article says. */
  text: localizedTextSchema,
});
export type Correction = z.infer<typeof correctionSchema>;

/** Newest first, ids unique. */
export const correctionLogSchema = z
  .array(correctionSchema)
  .min(1)
  .refine((log) => new Set(log.map((c) => c.id)).size === log.length, "ids must be unique")
  .refine(
    (log) => log.every((c, i) => i === 0 || log[i - 1]!.date >= c.date),
    "entries must be newest first",
  );
