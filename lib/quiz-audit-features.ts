/**
 * What a student sees, as numbers: for each question of each quiz, one feature vector per option,
 * in groups (text, numbers, overlap, position, wording, words), from the rendered texts only — the
 * stem, the statement, the options in their order, and the earlier questions' texts and feedback.
 */
import { divisorScores, familyScores } from "./distractors";
import type { Locale } from "./locales";
import type { ModelRow } from "./quiz-audit-model";
import { renderQuestion, type QuizPack, type RenderedQuestion } from "./quiz-render";
import type { Question } from "./quiz-types";

export const featureGroups = ["text", "numbers", "overlap", "position", "wording", "words"] as const;

/** Words a test-wise student bets on in a "does the article say this?" statement, per language. */
export const absoluteWords: Record<Locale, string[]> = {
  en: [
    "all",
    "every",
    "everyone",
    "always",
    "never",
    "none",
    "no",
    "only",
    "exactly",
    "completely",
    "any",
    "ruled",
    "refused",
    "whole",
  ],
  ru: [
    "все",
    "всех",
    "всем",
    "кажд",
    "всегда",
    "никогда",
    "никто",
    "только",
    "ровно",
    "полност",
    "любой",
    "исключ",
    "отказ",
  ],
  kk: ["барлық", "бәрі", "әрқашан", "ешқашан", "ешкім", "тек", "дәл", "толық", "кез келген", "бас тарт"],
};
export const hedgedWords: Record<Locale, string[]> = {
  en: [
    "some",
    "many",
    "most",
    "often",
    "usually",
    "may",
    "might",
    "could",
    "about",
    "around",
    "almost",
    "nearly",
    "unclear",
    "not",
    "roughly",
  ],
  ru: [
    "некотор",
    "многие",
    "большинств",
    "часто",
    "обычно",
    "может",
    "могут",
    "около",
    "почти",
    "примерно",
    "неясно",
    "не",
  ],
  kk: ["кейбір", "көп", "көбі", "жиі", "әдетте", "мүмкін", "шамамен", "жуық", "дерлік", "емес"],
};

const wordsOf = (t: string) => (t.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map((w) => w.slice(0, 5));
export const hasWord = (t: string, list: string[]) => {
  const words = t.toLowerCase().match(/\p{L}+/gu) ?? [];
  return list.some((w) =>
    w.includes(" ") ? t.toLowerCase().includes(w) : words.some((x) => x.startsWith(w)),
  );
};
const numberIn = (t: string) => {
  const m = /\d[\d\s\u00a0\u202f,.]*/u.exec(t);
  return m ? Number(m[0].replace(/[\s\u00a0\u202f,]/gu, "").replace(/\.$/, "")) : NaN;
};
/** A word's bucket, for the option-word features (a bag of words hashed to a few slots). */
const bucket = (w: string) => [...w].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 16;

const renders = new Map<string, RenderedQuestion>();
export function rendered(q: Question, pack: QuizPack): RenderedQuestion {
  const key = `${pack.locale}|${q.id}|${q.options.join(",")}|${JSON.stringify(q.altered ?? null)}`;
  let r = renders.get(key);
  if (!r) renders.set(key, (r = renderQuestion(q, pack)));
  return r;
}
export const visibleText = (r: RenderedQuestion) =>
  [r.text, r.statement ?? "", ...r.options.map((o) => o.label)].join("\n");
export const feedbackText = (r: RenderedQuestion) =>
  [
    r.answer,
    r.explanation,
    r.attribution ?? "",
    ...r.quotes.flatMap((q) => [q.text, q.translation ?? ""]),
  ].join("\n");

function optionFeatures(r: RenderedQuestion, context: Set<string>, locale: Locale, says: boolean) {
  const labels = r.options.map((o) => o.label);
  const lengths = labels.map((l) => l.length);
  const numbers = labels.map(numberIn);
  const numeric = numbers.every((n) => Number.isFinite(n) && n > 0);
  const family = numeric ? familyScores(numbers) : labels.map(() => 0);
  const divisor = numeric ? divisorScores(numbers) : labels.map(() => 0);
  const stem = new Set(wordsOf(`${r.text} ${r.statement ?? ""}`));
  const statement = r.statement ?? "";
  const sayFlags = [
    hasWord(statement, absoluteWords[locale]) ? 1 : 0,
    hasWord(statement, hedgedWords[locale]) ? 1 : 0,
    /\d/.test(statement) ? 1 : 0,
    statement.length / 100,
  ];
  return labels.map((label, i) => {
    const words = wordsOf(label);
    const share = (set: Set<string>) =>
      words.length ? words.filter((w) => set.has(w)).length / words.length : 0;
    const others = numbers.filter((_, j) => j !== i);
    const geo = Math.exp(others.reduce((s, x) => s + Math.log(x), 0) / others.length);
    const bag = new Array(16).fill(0);
    for (const w of words) bag[bucket(w)] += 1;
    return {
      text: [
        lengths[i]! / Math.max(...lengths),
        lengths[i] === Math.max(...lengths) ? 1 : 0,
        lengths[i] === Math.min(...lengths) ? 1 : 0,
        words.length,
        /\d/.test(label) ? 1 : 0,
      ],
      numbers: numeric
        ? [
            Math.log(numbers[i]! / geo),
            numbers[i] === Math.max(...numbers) ? 1 : 0,
            numbers[i] === Math.min(...numbers) ? 1 : 0,
            family[i]!,
            divisor[i]!,
            String(numbers[i]).replace(/0+$/, "").length,
          ]
        : [0, 0, 0, 0, 0, 0],
      overlap: [share(stem), share(context) > 0 ? 1 : 0, words.some((w) => stem.has(w)) ? 1 : 0],
      position: [0, 1, 2, 3].map((p) => (p === i ? 1 : 0)),
      // For the fixed says options, the statement's wording per option.
      wording: says
        ? [0, 1, 2].flatMap((p) => (p === i ? sayFlags : sayFlags.map(() => 0)))
        : new Array(12).fill(0),
      words: bag,
    };
  });
}

/** Model rows of one locale: distinct (question, options, context) with how often the quizzes use each. */
export function modelRows(
  quizzes: Question[][],
  pack: QuizPack,
  groupOf: (q: Question) => string,
): ModelRow[] {
  const rows = new Map<string, ModelRow>();
  for (const quiz of quizzes) {
    const context = new Set<string>();
    for (const q of quiz) {
      const r = rendered(q, pack);
      if (q.kind !== "order") {
        const options = optionFeatures(r, context, pack.locale, q.kind === "says");
        const id = `${q.kind}|${r.statement ?? r.text}|${q.options.join(",")}|${JSON.stringify(options.map((o) => o.overlap))}`;
        const row = rows.get(id);
        if (row) row.weight++;
        else
          rows.set(id, {
            kind: q.kind,
            group: groupOf(q),
            options,
            key: q.options.indexOf(q.correct),
            weight: 1,
          });
      }
      for (const w of wordsOf(`${visibleText(r)} ${feedbackText(r)}`)) context.add(w);
    }
  }
  return [...rows.values()];
}
