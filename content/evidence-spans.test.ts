import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sourceLookup } from "@/lib/attribution";
import { figureKey } from "@/lib/figures";
import { formatNumber, formatPercent } from "@/lib/format";
import { locales, type Locale } from "@/lib/locales";
import { NOBODY, toQuizData, type Question } from "@/lib/quiz";
import { howManyCandidates } from "@/lib/quiz-kinds/how-many";
import { orderableSets, orderCandidates } from "@/lib/quiz-kinds/order";
import { saysCandidates } from "@/lib/quiz-kinds/says";
import { whenCandidates } from "@/lib/quiz-kinds/when";
import { whereCandidates } from "@/lib/quiz-kinds/where";
import { whoCandidates } from "@/lib/quiz-kinds/who";
import { createRandom } from "@/lib/random";
import type { NumberClaim } from "@/lib/schemas";
import { dataset } from "./index";

/**
 * Every question the generator can make cites spans of the article that show its answer: the
 * source's phrase for "who?", the country's name for "which country?", the date for "when?" and
 * "order", the figure or the deciding words for "how many?" and "does the article say this?" — in
 * the English, and (figures and countries) in our Russian and Kazakh translation of the same spans.
 */

const fold = (s: string) => s.replace(/[\s\u00a0\u202f\u2009]+/gu, " ").trim();
const lower = (s: string) => fold(s).toLowerCase();
const quotes = new Map(dataset.quotes.map((q) => [q.id, q]));
const claims = new Map(dataset.claims.map((c) => [c.id, c]));
const authorities = new Map(dataset.authorities.map((a) => [a.id, a]));
const places = new Map(dataset.places.map((p) => [p.id, p]));
const events = new Map(dataset.timeline.map((e) => [e.id, e]));
const notStated = new Map(dataset.notStated.map((n) => [n.id, n]));
const sources = sourceLookup(dataset);
const data = toQuizData(dataset);

/** Every question of every kind: each candidate built under many seeds, one per id and variant. */
function everyQuestion(): Question[] {
  const kinds = [howManyCandidates, whoCandidates, whereCandidates, whenCandidates, saysCandidates];
  const out = new Map<string, Question>();
  const add = (q: Question) => out.set(`${q.id}|${q.altered ? figureKey(q.altered) : ""}`, q);
  for (const candidates of kinds)
    for (const c of candidates(data))
      for (let seed = 0; seed < 48; seed++) {
        const built = c.build(createRandom(seed), new Set());
        if (built) add(built.question);
      }
  for (const c of orderCandidates(data))
    for (let seed = 0; seed < 600; seed++) {
      const built = c.build(createRandom(seed), new Set());
      if (built) add(built.question);
    }
  return [...out.values()];
}

/** Figures a student must find, as the locale writes them; small ones as the article words them. */
const WORDS: Record<number, Record<Locale, string>> = {
  2: { en: "doubled", ru: "удвоил", kk: "екі есе" },
  8: { en: "eight", ru: "восемь", kk: "сегіз" },
};
function figureKeys(c: NumberClaim, locale: Locale): string[] {
  const values = c.range ? [c.range.min, c.range.max] : [c.value!];
  return values.map((v) =>
    WORDS[v] ? WORDS[v][locale] : c.unit === "percent" ? formatPercent(v, locale) : formatNumber(v, locale),
  );
}

/** A country's name as the glossary gives it, less a final vowel that a case ending replaces. */
const placeStem = (name: string) => name.replace(/[аяеиоуыюьй]$/u, "");

interface Need {
  /** Words the English spans must contain (any one of `anyOf`). */
  en: { all?: string[]; anyOf?: string[] };
  /** Per locale, words our translation of the spans must contain. */
  localized?: (locale: Exclude<Locale, "en">) => string[];
}

function needs(q: Question): Need | string {
  const claim = q.subject.type === "claim" ? claims.get(q.subject.id) : undefined;
  const number = claim?.kind === "number" ? claim : undefined;
  const figures: Need = number
    ? { en: { all: figureKeys(number, "en") }, localized: (l) => figureKeys(number, l) }
    : { en: {} };
  switch (q.kind) {
    case "how-many":
      return number ? figures : "how-many about a claim that is not a number";
    case "who": {
      if (q.correct === NOBODY) return { en: {} };
      return { en: { anyOf: authorities.get(q.correct)?.phrases ?? [`<no authority ${q.correct}>`] } };
    }
    case "where": {
      const place = places.get(q.correct)!;
      return {
        en: { all: [place.inArticle, ...(claim?.quiz?.where?.decides ?? [])] },
        localized: (l) => [placeStem(place.name[l])],
      };
    }
    case "when":
    case "order": {
      const ids =
        q.subject.type === "event" ? [q.subject.id] : q.subject.type === "events" ? q.subject.ids : [];
      return { en: { all: ids.map((id) => events.get(id)!.datePhrase) } };
    }
    case "says": {
      if (q.subject.type === "not-stated") return { en: { all: notStated.get(q.subject.id)!.decides } };
      if (number) return figures;
      if (!claim?.decides) return `${claim?.id}: a "does the article say this?" claim without decides`;
      return { en: { all: claim.decides } };
    }
  }
}

function reject(q: Question): string[] {
  const spans = q.quoteIds.map((id) => quotes.get(id));
  if (spans.some((s) => !s)) return [`${q.id}: cites an unknown quote`];
  const english = lower(spans.map((s) => s!.text).join(" … "));
  const need = needs(q);
  if (typeof need === "string") return [`${q.id}: ${need}`];
  const problems: string[] = [];
  for (const word of need.en.all ?? [])
    if (!english.includes(lower(word))) problems.push(`${q.id}: its quotes do not show “${word}”`);
  if (need.en.anyOf && !need.en.anyOf.some((w) => english.includes(lower(w))))
    problems.push(`${q.id}: its quotes name the source by none of “${need.en.anyOf.join("”, “")}”`);
  if (q.kind === "who" && q.correct === NOBODY)
    for (const id of q.quoteIds)
      if (sources.quote(id).authorityId)
        problems.push(`${q.id}: keyed “nobody”, but quote ${id} has a source`);
  for (const locale of locales) {
    if (locale === "en" || !need.localized) continue;
    const translated = lower(spans.map((s) => s!.translation[locale]).join(" … "));
    for (const word of need.localized(locale))
      if (!translated.includes(lower(word)))
        problems.push(`${q.id} (${locale}): our translation of its quotes lacks “${fold(word)}”`);
  }
  return problems;
}

describe("every question's quotes show its answer", () => {
  const questions = everyQuestion();

  it("covers every kind, every claim a kind can ask, and every set of events to order", () => {
    const kinds = new Set(questions.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(["how-many", "order", "says", "when", "where", "who"]);
    const orders = questions.filter((q) => q.kind === "order").length;
    expect(orders).toBe(orderableSets(data.timeline).length);
    // Every says item both ways: as the article gives it and as the version it contradicts.
    const saysClaims = questions.filter((q) => q.kind === "says" && q.subject.type === "claim");
    for (const q of saysClaims.filter((x) => x.correct === "says"))
      expect(
        saysClaims.some((x) => x.id === `${q.id}:altered`),
        `${q.id} is never shown altered`,
      ).toBe(true);
  });

  it("rejects no question (English spans hold the key; ru/kk translations hold its figure or country)", () => {
    const rejected = questions.flatMap(reject);
    for (const line of rejected) console.log(`rejected: ${line}`);
    console.log(`${questions.length} questions checked, ${rejected.length} rejected`);
    expect(rejected).toEqual([]);
  });

  it("shows the clue of every “which place?” question written in the data, asked or not", () => {
    // The generator asks only about countries; a question about a border post (Storskog) is still
    // data, and its clue ("one of the northernmost") must lie in the claim's spans like any other.
    const rejected = dataset.claims.flatMap((c) => {
      const where = c.quiz?.where;
      if (!where) return [];
      const english = lower(c.quoteIds.map((id) => quotes.get(id)!.text).join(" … "));
      return [places.get(where.placeId)!.inArticle, ...(where.decides ?? [])]
        .filter((w) => !english.includes(lower(w)))
        .map((w) => `${c.id}: its quotes do not show “${w}”, the clue of its “which place?” question`);
    });
    for (const line of rejected) console.log(`rejected: ${line}`);
    expect(rejected).toEqual([]);
  });

  it("takes every source phrase, country name and date phrase from the article", () => {
    const path = "../shared/source/article.txt";
    if (!existsSync(path)) {
      console.warn(`skipped: ${path} is not here`);
      return;
    }
    const article = fold(readFileSync(path, "utf8"));
    const phrases = [
      ...dataset.authorities.flatMap((a) => a.phrases),
      ...dataset.places.map((p) => p.inArticle),
      ...dataset.timeline.map((e) => e.datePhrase),
      ...dataset.claims.flatMap((c) => [...(c.decides ?? []), ...(c.quiz?.where?.decides ?? [])]),
      ...dataset.notStated.flatMap((n) => n.decides),
    ];
    const lowerArticle = article.toLowerCase();
    expect(phrases.filter((p) => !lowerArticle.includes(lower(p)))).toEqual([]);
  });
});
