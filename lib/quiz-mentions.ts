/**
 * What a question's texts give away about other questions' answers. A key — an authority's name, a
 * place, a figure, a day — has every form the texts use: each word of a name stemmed so that case
 * forms match («Финляндии», «Қазақстанға», «Аталыковым»), a person's surname alone, the name without
 * "the" or "website", figures as each locale writes them (with their no-break spaces), a day as a
 * date and as a weekday. `unitTexts` gathers every text a question about a claim, a not-stated item
 * or an event can show, in every locale, before or after "Check"; `mentionsIn` lists the keys those
 * texts contain. The generator keeps two questions apart when one's texts hold the other's key
 * (`lib/quiz.ts`), and the audit counts what still gets through (`lib/quiz-audit-leaks.ts`).
 */
import { sourceLookup } from "./attribution";
import { claimFigure, figurePoint } from "./figures";
import { formatDayMonth, formatNumber, formatPercent, formatWeekday } from "./format";
import { locales, type Locale } from "./locales";
import { periodBounds } from "./periods";
import { buildQuizPack } from "./quiz-pack";
import type { QuizLabels, QuizPack } from "./quiz-render";
import type { Dataset } from "./schemas";
import { renderStatement } from "./statements";

/** A key and the patterns that find it in a text of any locale. */
export type KeyForms = Map<string, RegExp[]>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One word, stemmed so that its case forms match. */
function wordPattern(word: string, locale: Locale): string {
  const w = word.replace(/[’']s$/u, "").replace(/[.,;:!?«»“”"()]/gu, "");
  if (locale === "en" || w.length < 5) return `${escape(w)}(?:[’']s)?`;
  const keep = locale === "kk" ? Math.max(5, w.length - 4) : Math.max(5, w.length - 2);
  return `${escape(w.slice(0, keep))}\\p{L}*`;
}

const phrase = (words: string[], locale: Locale) =>
  new RegExp(`(?<!\\p{L})${words.map((w) => wordPattern(w, locale)).join("[\\s\\u00a0-]+")}(?!\\p{L})`, "iu");

/** A name, its label and the parts of it that name someone: "Finnish Border Guard", "Tokayev". */
function nameForms(names: string[], locale: Locale, person: boolean): RegExp[] {
  const out: RegExp[] = [];
  for (const name of names) {
    const words = name
      .split(/\s+/u)
      .filter((w) => !/^(the|website|сайт|сайты)$/iu.test(w.replace(/[’']s$/u, "")));
    if (words.length === 0) continue;
    out.push(phrase(words, locale));
    if (person) out.push(phrase([words.at(-1)!.split("-").at(-1)!], locale));
    // Runs of two or more words with a capital in them: "Border Guard", «службы Финляндии».
    else
      for (let i = 0; i < words.length; i++)
        for (let j = i + 2; j <= words.length; j++) {
          const run = words.slice(i, j);
          if (run.some((w) => /^\p{Lu}/u.test(w))) out.push(phrase(run, locale));
        }
  }
  return out;
}

/** A number as written, not inside a larger one ("3,000" is not in "13,000" or "300,000"). */
const numberPattern = (text: string) =>
  new RegExp(
    `(?<![\\d.,])(?<![\\d][\\s\\u00a0\\u202f])${escape(text)}(?![\\d])(?![.,\\s\\u00a0\\u202f]\\d)`,
    "u",
  );

/** Every key a question can have, with its forms: name:, place:, figure:, date:. */
export function keyForms(d: Dataset): KeyForms {
  const forms: KeyForms = new Map();
  const add = (key: string, patterns: RegExp[]) => forms.set(key, [...(forms.get(key) ?? []), ...patterns]);
  for (const locale of locales) {
    for (const a of d.authorities) {
      const names = [a.name[locale], ...(a.label ? [a.label[locale]] : [])];
      add(`name:${a.id}`, nameForms(names, locale, a.kind === "person"));
    }
    for (const p of d.places) add(`place:${p.id}`, [phrase(p.name[locale].split(/\s+/u), locale)]);
    for (const c of d.claims) {
      if (c.kind !== "number") continue;
      const f = claimFigure(c);
      const values = f.range ? [f.range.min, f.range.max] : [figurePoint(f)];
      if (values.some((v) => v < 10)) continue;
      const write = (v: number) =>
        c.unit === "percent" ? formatPercent(v, locale) : formatNumber(v, locale);
      add(
        `figure:${c.id}`,
        values.map((v) => numberPattern(write(v))),
      );
    }
    for (const e of d.timeline) {
      const { from, to } = periodBounds(e.period);
      for (const day of new Set([from, to]))
        add(`date:${day}`, [
          numberPattern(formatDayMonth(day, locale)),
          phrase([formatWeekday(day, locale)], locale),
        ]);
    }
  }
  return forms;
}

/** The keys any of `texts` contains. */
export function mentionsIn(texts: readonly string[], forms: KeyForms): string[] {
  const text = texts.join("\n");
  return [...forms].filter(([, patterns]) => patterns.some((p) => p.test(text))).map(([key]) => key);
}

const blankLabels = new Proxy({}, { get: () => "" }) as QuizLabels;

/**
 * Every text of a unit — `claim:ID`, `ns:ID`, `event:ID` — that any question about it shows, in
 * every locale: statements (true, altered, contradicted), stems, explanations, its source's name,
 * its quote and the quote's translation.
 */
export function unitTexts(d: Dataset, packs?: Record<Locale, QuizPack>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const source = sourceLookup(d);
  const add = (unit: string, texts: (string | undefined)[]) =>
    out.set(unit, [...(out.get(unit) ?? []), ...texts.filter((t): t is string => Boolean(t))]);
  for (const locale of locales) {
    const pack = packs?.[locale] ?? buildQuizPack(d, locale, blankLabels, {});
    // The names the feedback's "who says so" lines can give: each cited span's source.
    const sourceNames = (c: { quoteIds: readonly string[] }) =>
      c.quoteIds.map((id) => {
        const a = source.quote(id).authorityId;
        return a ? pack.authorities[a] : undefined;
      });
    const quote = (ids: readonly string[]) =>
      ids.flatMap((id) => [pack.quotes[id]?.text, pack.quotes[id]?.translation]);
    for (const c of d.claims) {
      const p = pack.claims[c.id]!;
      add(`claim:${c.id}`, [
        p.statement,
        p.howMany,
        p.where,
        ...Object.values(p.altered),
        p.contradicted?.statement,
        p.contradicted?.explanation,
        ...sourceNames(c),
        ...quote(c.quoteIds),
      ]);
    }
    for (const n of d.notStated) {
      const p = pack.notStated[n.id]!;
      add(`ns:${n.id}`, [p.statement, p.explanation, ...quote(n.quoteIds)]);
    }
    for (const e of d.timeline) {
      const p = pack.events[e.id]!;
      const first = d.claims.find((c) => c.id === e.claimIds[0]);
      add(`event:${e.id}`, [p.label, p.question, p.date, ...(first ? quote(first.quoteIds) : [])]);
    }
  }
  return out;
}

const stems = (t: string) => new Set((t.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5)));

/**
 * `echo:ID` for each source whose "who?" label shares a word with a claim's statement in some
 * locale ("border" in "…across the land border" and "the border guard's website"): the generator
 * offers such options all together or not at all (`lib/quiz-kinds/who.ts`).
 */
function echoes(d: Dataset, c: Dataset["claims"][number]): string[] {
  return d.authorities
    .filter((a) =>
      locales.some((l) => {
        const statement = stems(renderStatement(c, l));
        return [...stems((a.label ?? a.name)[l])].some((w) => statement.has(w));
      }),
    )
    .map((a) => `echo:${a.id}`);
}

/** Each unit's mentions (and a claim's echoes): what the generator ships to the browser with the weights. */
export function unitMentions(d: Dataset): Record<string, string[]> {
  const forms = keyForms(d);
  const out = Object.fromEntries([...unitTexts(d)].map(([unit, texts]) => [unit, mentionsIn(texts, forms)]));
  for (const c of d.claims) out[`claim:${c.id}`]!.push(...echoes(d, c));
  // What a "who?" option's label names besides its own source, in some locale (the Kazakh label of
  // Norway's local border officials holds the words of the Finnish Border Guard's).
  for (const a of d.authorities) {
    const named = mentionsIn(
      locales.map((l) => (a.label ?? a.name)[l]),
      forms,
    ).filter((m) => m !== `name:${a.id}`);
    if (named.length > 0) out[`who:${a.id}`] = named;
  }
  return out;
}
