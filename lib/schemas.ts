/**
 * Schemas for the evidence base. Every type the app uses comes from here (`z.infer`), and the
 * dataset in `content/` is parsed once, through `parseDataset` in `lib/dataset.ts`.
 */
import { z } from "zod";
import { locales, type Locale } from "./locales";

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, single hyphens)");

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date (YYYY-MM-DD)")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "is not a real date");

const text = z.string().trim().min(1, "must not be empty");

/** `{ [code]: text }` for each of `codes`, every one required; exported for the locale tests. */
export function localizedTextSchemaFor<L extends string>(codes: readonly L[]) {
  return z.strictObject(Object.fromEntries(codes.map((code) => [code, text])) as Record<L, typeof text>);
}

/** A translation of text written in `source` into each of the other `codes`; the original stays as it is. */
export function translationSchemaFor<L extends string, S extends L>(codes: readonly L[], source: S) {
  return localizedTextSchemaFor(codes.filter((code): code is Exclude<L, S> => code !== source));
}

/** The same sentence in every language of `lib/locales.ts`; each is required. */
export const localizedTextSchema = localizedTextSchemaFor<Locale>(locales);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A translation of the article's English into every other language. */
export const translationSchema = translationSchemaFor<Locale, "en">(locales, "en");

export const sourceSchema = z.strictObject({
  headline: text,
  headlineTranslation: translationSchema,
  publisher: text,
  author: text,
  datePublished: isoDateSchema,
  /** As printed in the byline, e.g. "Sept. 27, 2022 11:20 am ET". */
  bylineTime: text,
  dateline: localizedTextSchema,
});
export type Source = z.infer<typeof sourceSchema>;

export const authoritySchema = z.strictObject({
  id: idSchema,
  /** Nominative name as an answer option: "the head of Georgia's interior ministry". */
  name: localizedTextSchema,
  kind: z.enum(["person", "official", "agency", "media", "data"]),
  /** One line on who this is, as the article describes them. */
  description: localizedTextSchema.optional(),
});
export type Authority = z.infer<typeof authoritySchema>;

/**
 * The speaker's own wording in one of our languages, where we have it and can say where it was
 * published. Without it, a quote's Russian or Kazakh is our translation of the article's English.
 */
export const originalWordingSchema = z.strictObject({
  language: z.enum(["ru", "kk"]),
  /** Where the speaker's words were published in that language (outlet and date, or an address). */
  publishedIn: text,
});

export const quoteSchema = z
  .strictObject({
    id: idSchema,
    /** Verbatim span of the article (white space may differ). At most 25 words. */
    text: text,
    /**
     * True where the span lies inside the article's quotation marks: the speaker's own words, in the
     * English the article gives them in. False for the newspaper's own sentences, including its
     * paraphrase of what someone said ("Mr. Putin said only military reservists … would be called up").
     */
    direct: z.boolean().default(false),
    translation: translationSchema,
    /** Whose words or data the span reports; null = the article's own narration. */
    speakerId: idSchema.nullable(),
    /** Set only where a translation is the speaker's original wording rather than ours. */
    originalWording: originalWordingSchema.optional(),
  })
  .refine((q) => !q.direct || q.speakerId !== null, {
    message: "a direct quote needs a speaker",
    path: ["speakerId"],
  })
  .refine((q) => !q.originalWording || q.direct, {
    message: "only a speaker's direct words can have an original wording",
    path: ["originalWording"],
  });
export type Quote = z.infer<typeof quoteSchema>;

export const placeSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  kind: z.enum(["country", "crossing", "region"]),
  /** [longitude, latitude], for the map label. */
  coords: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  /** ISO 3166-1 numeric code as used by world-atlas, for countries. */
  isoNumeric: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
});
export type Place = z.infer<typeof placeSchema>;

export const periodSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("day"), date: isoDateSchema }),
  z.strictObject({ kind: z.literal("range"), from: isoDateSchema, to: isoDateSchema }),
  z.strictObject({
    kind: z.literal("relative"),
    key: z.enum(["recent-days", "past-week", "usual", "days-after-order"]),
  }),
]);
export type Period = z.infer<typeof periodSchema>;

export const qualifierSchema = z.enum(["nearly", "almost", "about", "some", "more-than", "exactly"]);
export type Qualifier = z.infer<typeof qualifierSchema>;

/** Quiz material that only some claims carry; question stems per claim keep ru and kk grammatical. */
const claimQuizSchema = z.strictObject({
  /** "According to the article, about how many …?" — for number claims. */
  howMany: localizedTextSchema.optional(),
  /** "Which country …?" with the right place. */
  where: z.strictObject({ question: localizedTextSchema, placeId: idSchema }).optional(),
});

const claimBase = {
  id: idSchema,
  /** null = the article names nobody for this. */
  authorityId: idSchema.nullable(),
  quoteId: idSchema,
  step: idSchema,
  /**
   * ICU message. Numbers and dates come in as arguments (`{value, plural, …}`, `#`, `{min}`,
   * `{date}` …); a digit typed into the text is an error.
   */
  statement: localizedTextSchema,
  quiz: claimQuizSchema.optional(),
};

export const numberClaimSchema = z
  .strictObject({
    ...claimBase,
    kind: z.literal("number"),
    value: z.number().nonnegative().optional(),
    range: z.strictObject({ min: z.number().nonnegative(), max: z.number().nonnegative() }).optional(),
    qualifier: qualifierSchema,
    unit: z.enum(["people", "russians", "reservists", "foreign-citizens", "crossings", "percent", "times"]),
    /** per-day rate, one-day count, multi-day total, share, or a plain count of things. */
    measure: z.enum(["per-day", "one-day", "total", "share", "count"]),
    period: periodSchema.optional(),
    placeId: idSchema.optional(),
    /** Short label of this figure's bar in the explainer's charts ("Entering Georgia, before"). */
    chartLabel: localizedTextSchema.optional(),
  })
  .refine((c) => (c.value === undefined) !== (c.range === undefined), {
    message: "a number claim needs exactly one of value or range",
    path: ["value"],
  })
  .refine((c) => !c.range || c.range.min < c.range.max, {
    message: "range.min must be below range.max",
    path: ["range"],
  });

export const claimSchema = z.discriminatedUnion("kind", [
  numberClaimSchema,
  z.strictObject({ ...claimBase, kind: z.literal("date"), period: periodSchema }),
  z.strictObject({ ...claimBase, kind: z.literal("place"), placeIds: z.array(idSchema).min(1) }),
  z.strictObject({ ...claimBase, kind: z.literal("role"), personId: idSchema }),
  z.strictObject({ ...claimBase, kind: z.literal("statement") }),
  z.strictObject({ ...claimBase, kind: z.literal("unknown") }),
]);
export type Claim = z.infer<typeof claimSchema>;
export type NumberClaim = z.infer<typeof numberClaimSchema>;

export const notStatedSchema = z.strictObject({
  id: idSchema,
  /** A plausible, on-topic statement the article does NOT make. */
  statement: localizedTextSchema,
  /** Why: what the article does (or does not) say instead. */
  explanation: localizedTextSchema,
  /** The nearest passage of the article, to show what it does say. */
  quoteId: idSchema,
  step: idSchema,
});
export type NotStated = z.infer<typeof notStatedSchema>;

export const timelineEventSchema = z.strictObject({
  id: idSchema,
  period: periodSchema.refine((p) => p.kind !== "relative", "timeline events need a date or a date range"),
  label: localizedTextSchema,
  claimIds: z.array(idSchema).min(1),
  /** "When did …?" stem for the quiz; the options are dates. */
  question: localizedTextSchema.optional(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const stepSchema = z.strictObject({ slug: idSchema });

export const datasetSchema = z.strictObject({
  source: sourceSchema,
  authorities: z.array(authoritySchema).min(1),
  quotes: z.array(quoteSchema).min(1),
  places: z.array(placeSchema).min(1),
  claims: z.array(claimSchema).min(1),
  notStated: z.array(notStatedSchema).min(1),
  timeline: z.array(timelineEventSchema).min(1),
  steps: z.array(stepSchema).min(1),
});
export type Dataset = z.infer<typeof datasetSchema>;

/** `export const meta` of each explainer step's MDX file. */
export const stepMetaSchema = z.strictObject({ title: text, summary: text });
export type StepMeta = z.infer<typeof stepMetaSchema>;
