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
  /** The author's name as the Russian and Kazakh press write it. */
  authorTranslation: translationSchema,
  datePublished: isoDateSchema,
  /** As printed in the byline, e.g. "Sept. 27, 2022 11:20 am ET". */
  bylineTime: text,
  /** The byline's time on a 24-hour clock, in US Eastern Time ("ET"): what ru and kk pages show. */
  bylineTimeEastern: z.string().regex(/^\d{2}:\d{2}$/),
  dateline: localizedTextSchema,
});
export type Source = z.infer<typeof sourceSchema>;

export const authoritySchema = z.strictObject({
  id: idSchema,
  /** Nominative name as an answer option: "the head of Georgia's interior ministry". */
  name: localizedTextSchema,
  kind: z.enum(["person", "official", "agency", "media", "data"]),
  /**
   * The country this source belongs to (a place id), or null for sources of no one country. The quiz
   * uses it so that no "who reported this?" option is told apart by naming the stem's country.
   */
  countryId: idSchema.nullable(),
  /**
   * What sort of source this is. A "who reported this?" question offers at most one of each, so no
   * two options are near-synonyms ("local border authorities", "local border officials").
   */
  topic: z.enum(["border", "ministry", "leadership", "lawmaker", "media", "data"]),
  /**
   * The article's own label without the country ("local border authorities"), for "who" options
   * where the country would give the answer away. Needed for every non-person source with a country.
   */
  label: localizedTextSchema.optional(),
  /** One line on who this is, as the article describes them. */
  description: localizedTextSchema.optional(),
  /**
   * How the article itself names this source where it gives it words or data, verbatim ("local border
   * authorities said", "according to local media outlets"). A "who reported this?" question's quotes
   * show one of them, so the quote shows the answer.
   */
  phrases: z.array(text).min(1),
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
    /**
     * The article's own attribution of this span: whose words or data it reports, only where the
     * article's sentence gives them to someone (said, told, according to, data show, a direct
     * quotation); null = the newspaper's own statement (including its account of when, where or to
     * whom someone spoke, or what someone ordered or did).
     */
    speakerId: idSchema.nullable(),
    /**
     * Only with a null speaker: the article names no source for this span, but the sentences around
     * it point to this one ("And almost 6,000 Russians had left by air." after Atalykov's figures).
     */
    contextSpeakerId: idSchema.optional(),
    /** Set only where a translation is the speaker's original wording rather than ours. */
    originalWording: originalWordingSchema.optional(),
  })
  .refine((q) => !q.direct || q.speakerId !== null, {
    message: "a direct quote needs a speaker",
    path: ["speakerId"],
  })
  .refine((q) => q.contextSpeakerId === undefined || q.speakerId === null, {
    message: "a span the article attributes needs no attribution by context",
    path: ["contextSpeakerId"],
  })
  .refine((q) => !q.originalWording || q.direct, {
    message: "only a speaker's direct words can have an original wording",
    path: ["originalWording"],
  });
export type Quote = z.infer<typeof quoteSchema>;

export const placeSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  /** The name as the article writes it ("Storskog"): a "which country?" question's quotes show it. */
  inArticle: text,
  kind: z.enum(["country", "crossing", "region"]),
  /** [longitude, latitude], for the map label. */
  coords: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  /**
   * Its part in the story: where people left (origin), where they went or crossed (destination),
   * or only mentioned (context: Ukraine, where the war is). The map draws destinations; the quiz
   * offers only destinations as "which country?" answers.
   */
  role: z.enum(["origin", "destination", "context"]),
  /** ISO 3166-1 numeric code as used by world-atlas, for countries. */
  isoNumeric: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
});
export type Place = z.infer<typeof placeSchema>;

const dayPeriodSchema = z.strictObject({ kind: z.literal("day"), date: isoDateSchema });
const rangePeriodSchema = z
  .strictObject({ kind: z.literal("range"), from: isoDateSchema, to: isoDateSchema })
  .refine((p) => p.from < p.to, { message: "from must be before to", path: ["to"] });
/** A period with real dates: a day or a range of days (what timeline events need). */
export const datedPeriodSchema = z.discriminatedUnion("kind", [dayPeriodSchema, rangePeriodSchema]);
export type DatedPeriod = z.infer<typeof datedPeriodSchema>;

export const periodSchema = z.discriminatedUnion("kind", [
  dayPeriodSchema,
  rangePeriodSchema,
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
  /**
   * "Which country …?" with the right place, and the verbatim words of the article the question's
   * clue rests on besides the figure ("almost doubled", "one of the northernmost"): the claim's
   * quotes must show them (content/evidence-spans.test.ts), whether or not the generator asks it.
   */
  where: z
    .strictObject({
      question: localizedTextSchema,
      placeId: idSchema,
      decides: z.array(text).min(1).optional(),
    })
    .optional(),
  /**
   * A number claim whose figure this one's wrong answers stay below: a "before" figure's
   * distractors never exceed the "after" figure it grew to.
   */
  wrongBelow: idSchema.optional(),
  /**
   * The answer's place among the four "how many?" values (0 = smallest). Set by hand so that,
   * weighted by how often quizzes ask each claim, no place holds the answer more often than chance
   * allows (`npm run --silent quiz:audit` shows the effect); without it the generator spreads the
   * places by count.
   */
  keyRank: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).optional(),
  /**
   * Wrong answers to "who reported this?" (authority ids) that the claim's readers accepted. The
   * generator draws the wrong answers among the sources that some item has as its answer (see
   * `lib/quiz-kinds/who.ts`); where its rules need a source that is no item's answer (one from the
   * stem's country, say), it takes one of these. The quiz tests check them against those rules.
   */
  whoOptions: z.array(idSchema).min(2).max(3).optional(),
});

/**
 * Who the article says reported a claim — five states, because "names nobody" is not the same as a
 * vague source or as the newspaper speaking for itself. Never stored on a claim: `claimSource` in
 * `lib/attribution.ts` derives it from the claim's quotes.
 * - named: the article gives the claim to a source (said, told, according to);
 * - context: the article does not say who, but the surrounding sentences point to a source;
 * - vague: the article gives only a vague source ("data show", "data published by nations…");
 * - nobody: a figure whose source the article does not name;
 * - newspaper: the newspaper's own statement.
 */
export const attributionSchema = z.enum(["named", "context", "vague", "nobody", "newspaper"]);
export type Attribution = z.infer<typeof attributionSchema>;

/** Verbatim words of the article that decide a statement (or a not-stated item): its quotes show them. */
const decidesSchema = z.array(text).min(1);

/** A text claim's "says otherwise" version, written by hand, and why it is wrong. */
const contradictedSchema = z.strictObject({
  statement: localizedTextSchema,
  explanation: localizedTextSchema,
});

const claimBase = {
  id: idSchema,
  /**
   * Other sources that would be defensible answers to "who reported this?" (the article ties them
   * to the same sentence or paragraph). They are never offered as wrong answers.
   */
  sources: z.array(idSchema).optional(),
  /**
   * Claims and not-stated items this one gives away, or that give it away (a stem that states the
   * other's answer): they never share a quiz.
   */
  links: z.array(idSchema).optional(),
  /** Places the claim's texts name (statement and quiz stems): never offered as "which country?" answers. */
  namesPlaces: z.array(idSchema).optional(),
  /** For text claims: a version the article contradicts, so "says otherwise" is not only about figures. */
  contradicted: contradictedSchema.optional(),
  /**
   * The spans of the article that show the claim. The first states it, and its attribution is the
   * claim's (`claimSource`); the others show what its questions ask that the first leaves out: who
   * reported it ("local border authorities said"), the country, the date.
   */
  quoteIds: z.array(idSchema).min(1),
  /** For text claims asked as "does the article say this?": the words that decide both versions. */
  decides: decidesSchema.optional(),
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
  /**
   * A plausible, on-topic statement the article does NOT make. An ICU message like a claim's, so a
   * number comes in through `{value}` and is formatted per locale.
   */
  statement: localizedTextSchema,
  /** The numbers the statement's placeholders take. */
  values: z.record(z.string(), z.number().nonnegative()).optional(),
  /** Why: what the article does (or does not) say instead. */
  explanation: localizedTextSchema,
  /** The nearest passages of the article, to show what it does say. */
  quoteIds: z.array(idSchema).min(1),
  /** The words of those passages that show what the article says instead. */
  decides: decidesSchema,
  step: idSchema,
  /** Claims this item gives away or that give it away: they never share a quiz. */
  links: z.array(idSchema).optional(),
});
export type NotStated = z.infer<typeof notStatedSchema>;

export const timelineEventSchema = z.strictObject({
  id: idSchema,
  period: datedPeriodSchema,
  label: localizedTextSchema,
  claimIds: z.array(idSchema).min(1),
  /** The date as the article writes it ("on Sept. 21", "on Monday"). */
  datePhrase: text,
  /** The spans that show the event and its `datePhrase`: its "when?" and "order" questions cite them. */
  quoteIds: z.array(idSchema).min(1),
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
