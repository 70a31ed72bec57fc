/**
 * Parses and cross-checks the evidence base. Each part of the dataset comes from its own file, and
 * every problem is reported with that file, the item's id and the field, e.g.
 *   content/claims.ts: claims[4] "finland-entered-8314" › statement.ru: digit "8" typed into the text
 */
import { z } from "zod";
import { locales, type Locale } from "./locales";
import { QUIZ_GENERATOR_VERSION } from "./quiz";
import { fnv1a } from "./random";
import { datasetSchema, type Claim, type Dataset, type LocalizedText } from "./schemas";
import { claimArgs, eventArgs, formatMessage, notStatedArgs } from "./statements";

export type DatasetKey = keyof Dataset;
export type DatasetFiles = { [K in DatasetKey]: { file: string; data: unknown } };

export class DatasetError extends Error {
  constructor(readonly issues: string[]) {
    super(
      `The content dataset is invalid (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n  ${issues.join("\n  ")}`,
    );
    this.name = "DatasetError";
  }
}

const MAX_QUOTE_WORDS = 25;
const keys = Object.keys(datasetSchema.shape) as DatasetKey[];

export function wordCount(text: string): number {
  return text
    .trim()
    .split(/[\s\u00a0]+/u)
    .filter(Boolean).length;
}

/** "claims[4] "finland-entered-8314" › statement.ru" */
function describe(key: string, path: readonly PropertyKey[], data: unknown): string {
  if (path.length === 0) return key;
  const [index, ...rest] = path;
  let head = `${key}`;
  if (typeof index === "number") {
    const item = Array.isArray(data)
      ? (data[index] as { id?: unknown; slug?: unknown } | undefined)
      : undefined;
    const id = item?.id ?? item?.slug;
    head += `[${index}]${typeof id === "string" ? ` "${id}"` : ""}`;
  } else head += `.${String(index)}`;
  return rest.length ? `${head} › ${rest.map(String).join(".")}` : head;
}

export function parseDataset(files: DatasetFiles): Dataset {
  const issues: string[] = [];
  const parsed: Partial<Dataset> = {};
  for (const key of keys) {
    const { file, data } = files[key];
    const result = (datasetSchema.shape[key] as z.ZodType).safeParse(data);
    if (result.success) (parsed as Record<string, unknown>)[key] = result.data;
    else
      for (const i of result.error.issues)
        issues.push(`${file}: ${describe(key, i.path, data)}: ${i.message}`);
  }
  if (issues.length) throw new DatasetError(issues);
  const dataset = parsed as Dataset;
  checkReferences(dataset, files, issues);
  if (issues.length) throw new DatasetError(issues);
  return dataset;
}

function checkReferences(d: Dataset, files: DatasetFiles, issues: string[]) {
  const at = (key: DatasetKey, index: number, field: string) => {
    const item = (d[key] as unknown as { id?: string; slug?: string }[])[index];
    return `${files[key].file}: ${key}[${index}] "${item?.id ?? item?.slug}" › ${field}`;
  };

  const idSets = {} as Record<
    "authorities" | "quotes" | "places" | "claims" | "notStated" | "timeline" | "steps",
    Set<string>
  >;
  for (const key of [
    "authorities",
    "quotes",
    "places",
    "claims",
    "notStated",
    "timeline",
    "steps",
  ] as const) {
    const seen = new Set<string>();
    (d[key] as unknown as { id?: string; slug?: string }[]).forEach((item, i) => {
      const id = (item.id ?? item.slug)!;
      if (seen.has(id)) issues.push(`${at(key, i, key === "steps" ? "slug" : "id")}: duplicate id "${id}"`);
      seen.add(id);
    });
    idSets[key] = seen;
  }
  const need = (set: keyof typeof idSets, id: string | null | undefined, where: string, what: string) => {
    if (id != null && !idSets[set].has(id)) issues.push(`${where}: unknown ${what} "${id}"`);
  };

  d.quotes.forEach((q, i) => {
    const words = wordCount(q.text);
    if (words > MAX_QUOTE_WORDS)
      issues.push(`${at("quotes", i, "text")}: ${words} words (at most ${MAX_QUOTE_WORDS})`);
    need("authorities", q.speakerId, at("quotes", i, "speakerId"), "authority");
    need("authorities", q.contextSpeakerId, at("quotes", i, "contextSpeakerId"), "authority");
  });
  const needQuotes = (ids: string[], where: (j: number) => string) =>
    ids.forEach((id, j) => need("quotes", id, where(j), "quote"));

  d.authorities.forEach((a, i) => need("places", a.countryId, at("authorities", i, "countryId"), "place"));

  const items = new Set([...idSets.claims, ...idSets.notStated]);
  const needItems = (links: string[] | undefined, where: (j: number) => string) =>
    links?.forEach((id, j) => {
      if (!items.has(id)) issues.push(`${where(j)}: unknown claim or not-stated item "${id}"`);
    });

  d.claims.forEach((c, i) => {
    needQuotes(c.quoteIds, (j) => at("claims", i, `quoteIds[${j}]`));
    c.sources?.forEach((id, j) => need("authorities", id, at("claims", i, `sources[${j}]`), "authority"));
    c.namesPlaces?.forEach((id, j) => need("places", id, at("claims", i, `namesPlaces[${j}]`), "place"));
    needItems(c.links, (j) => at("claims", i, `links[${j}]`));
    if (c.quiz?.wrongBelow && d.claims.find((o) => o.id === c.quiz?.wrongBelow)?.kind !== "number")
      issues.push(`${at("claims", i, "quiz.wrongBelow")}: "${c.quiz.wrongBelow}" is not a number claim`);
    if (c.contradicted) {
      if (c.kind === "number")
        issues.push(`${at("claims", i, "contradicted")}: a number claim is contradicted by another figure`);
      checkText(c.contradicted.statement, at("claims", i, "contradicted.statement"), issues);
      checkText(c.contradicted.explanation, at("claims", i, "contradicted.explanation"), issues);
    }
    need("steps", c.step, at("claims", i, "step"), "step");
    if (c.kind === "number") need("places", c.placeId, at("claims", i, "placeId"), "place");
    if (c.kind === "place")
      c.placeIds.forEach((p, j) => need("places", p, at("claims", i, `placeIds[${j}]`), "place"));
    if (c.kind === "role") need("authorities", c.personId, at("claims", i, "personId"), "authority");
    if (c.quiz?.where) need("places", c.quiz.where.placeId, at("claims", i, "quiz.where.placeId"), "place");
    checkText(c.statement, at("claims", i, "statement"), issues, c);
    if (c.quiz?.howMany) checkText(c.quiz.howMany, at("claims", i, "quiz.howMany"), issues, c);
    if (c.quiz?.where) checkText(c.quiz.where.question, at("claims", i, "quiz.where.question"), issues, c);
    if (c.kind === "number") {
      for (const locale of locales) {
        if (!/\{(value|valueText|valueAbl|valueDat|valueLoc|min|max|figure)\b/.test(c.statement[locale]))
          issues.push(
            `${at("claims", i, `statement.${locale}`)}: the figure must come in through a placeholder ({value}, {min}…)`,
          );
      }
    }
  });

  d.notStated.forEach((n, i) => {
    needQuotes(n.quoteIds, (j) => at("notStated", i, `quoteIds[${j}]`));
    need("steps", n.step, at("notStated", i, "step"), "step");
    needItems(n.links, (j) => at("notStated", i, `links[${j}]`));
    checkText(n.statement, at("notStated", i, "statement"), issues, undefined, n.values);
  });

  d.timeline.forEach((e, i) => {
    e.claimIds.forEach((id, j) => need("claims", id, at("timeline", i, `claimIds[${j}]`), "claim"));
    needQuotes(e.quoteIds, (j) => at("timeline", i, `quoteIds[${j}]`));
    checkText(e.label, at("timeline", i, "label"), issues);
    if (e.question)
      checkText(e.question, at("timeline", i, "question"), issues, undefined, undefined, (locale) =>
        eventArgs(d.source.datePublished, locale),
      );
  });
}

/** No digit typed into a translation, and the ICU message renders in every locale. */
function checkText(
  text: LocalizedText,
  where: string,
  issues: string[],
  claim?: Claim,
  values?: Record<string, number>,
  args?: (locale: Locale) => Record<string, string | number>,
) {
  for (const locale of locales) {
    // An exact-value selector ("=2 {almost doubled}") is ICU syntax, not a figure in the text.
    const digit = /\p{Nd}/u.exec(text[locale].replace(/=\d+(?=\s*\{)/g, ""));
    if (digit) issues.push(`${where}.${locale}: digit "${digit[0]}" typed into the text (use a placeholder)`);
    try {
      formatMessage(
        text[locale],
        locale,
        claim ? claimArgs(claim, locale) : values ? notStatedArgs(values, locale) : (args?.(locale) ?? {}),
      );
    } catch (error) {
      issues.push(`${where}.${locale}: ${(error as Error).message.split("\n")[0]}`);
    }
  }
}

/**
 * A short, stable fingerprint of the dataset and the generator's version: saved quiz progress from
 * another version is dropped, so a change to either discards it.
 */
export function datasetVersion(d: Dataset): string {
  const json = JSON.stringify([
    QUIZ_GENERATOR_VERSION,
    d.claims,
    d.notStated,
    d.timeline,
    d.authorities.map((a) => [a.id, a.countryId, a.topic]),
    d.quotes.map((q) => q.id),
    d.places.map((p) => [p.id, p.role]),
  ]);
  return fnv1a(json).toString(36);
}
