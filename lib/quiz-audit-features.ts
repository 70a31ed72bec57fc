/**
 * What a student sees, as numbers: for each question of each quiz, one feature vector per option,
 * in groups, from the rendered texts only — the stem, the statement, the options in their order, and
 * the earlier questions' texts and feedback in the same quiz. Each option is described on its own
 * and against the others (its length's and its number's rank among the options, its overlap with
 * the stem relative to theirs…). "Does the article say this?" has the same three options every
 * time, so its statement's features go to the slot of each option (the model learns, say,
 * "absolute words → says otherwise" as a weight on the second slot).
 */
import { divisorScores, familyScores } from "./distractors";
import type { Locale } from "./locales";
import { absoluteWords, hasWord, hedgedWords, negationWords, numbersIn, tokens } from "./quiz-audit-words";
import type { ModelRow } from "./quiz-audit-model";
import { renderQuestion, type QuizPack, type RenderedQuestion } from "./quiz-render";
import type { Question } from "./quiz-types";

export { absoluteWords, hasWord, hedgedWords } from "./quiz-audit-words";

export const featureGroups = [
  "length",
  "numbers",
  "overlap",
  "context",
  "position",
  "wording",
  "words",
] as const;
export type FeatureGroup = (typeof featureGroups)[number];
type Vector = Record<FeatureGroup, number[]>;

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

/** A word's bucket, for the bag-of-words features (hashed to a few slots). */
const bucket = (w: string, n: number) => [...w].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % n;
const bag = (words: string[], n: number) => {
  const out = new Array<number>(n).fill(0);
  for (const w of words) if (!w.startsWith("#")) out[bucket(w, n)]! += 1;
  return out;
};
const share = (of: string[], set: Set<string>) =>
  of.length ? of.filter((w) => set.has(w)).length / of.length : 0;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
/** Each value's rank among the options, 0 (smallest) to 1 (largest), ties at their mean rank. */
const ranks = (xs: number[]) =>
  xs.map(
    (x) => (xs.filter((y) => y < x).length + (xs.filter((y) => y === x).length - 1) / 2) / (xs.length - 1),
  );
/** 1 for the only top value, 1/t for t tied at the top, else 0. */
const top = (xs: number[]) => {
  const m = Math.max(...xs);
  const t = xs.filter((x) => x === m).length;
  return xs.map((x) => (x === m ? 1 / t : 0));
};
/** Each value less the largest of the others: how far an option stands out. */
const lead = (xs: number[]) => xs.map((x, i) => x - Math.max(...xs.filter((_, j) => j !== i)));
const slots = (k: number, i: number, values: number[]) =>
  Array.from({ length: k }, (_, p) => (p === i ? values : values.map(() => 0))).flat();
const round = (x: number) => Math.round(x * 8) / 8;

/** Context-free features of one rendered question: computed once per question and locale. */
interface Static {
  vectors: Omit<Vector, "context">[];
  optionTokens: string[][];
  /** Each option's tokens that not every other option has. */
  distinct: string[][];
  statementTokens: string[];
  labels: string[];
}
const statics = new Map<RenderedQuestion, Static>();

function staticFeatures(q: Question, r: RenderedQuestion, locale: Locale): Static {
  let s = statics.get(r);
  if (s) return s;
  const labels = r.options.map((o) => o.label);
  const k = labels.length;
  const says = q.kind === "says";
  const optionTokens = labels.map(tokens);
  const distinct = optionTokens.map((t, i) =>
    t.filter((w) => !optionTokens.every((o, j) => j === i || o.includes(w))),
  );
  const statement = r.statement ?? "";
  const statementTokens = tokens(statement);
  const stem = new Set(tokens(`${r.text} ${statement}`));
  const lengths = labels.map((l) => l.length);
  const words = optionTokens.map((t) => t.filter((w) => !w.startsWith("#")).length);
  // The shown date is the option's value for "when?" (the label writes it out); else the first number.
  const values = labels.map((l, i) =>
    q.kind === "when" ? Date.parse(q.options[i]!) : (numbersIn(l)[0] ?? NaN),
  );
  const numeric = values.every((v) => Number.isFinite(v) && v > 0);
  const logs = values.map((v) => Math.log(v));
  const sig = labels.map((l) => (numbersIn(l)[0] ?? 0).toString().replace(/0+$/, "").length);
  const digits = labels.map((l) => (l.match(/\d/g) ?? []).length);
  const overlap = optionTokens.map((t) => share(t, stem));
  const flags = [
    hasWord(statement, absoluteWords[locale]) ? 1 : 0,
    hasWord(statement, hedgedWords[locale]) ? 1 : 0,
    hasWord(statement, negationWords[locale]) ? 1 : 0,
    /\d/.test(statement) ? 1 : 0,
    Math.round(statement.length / 20) / 5,
    /[“”«»"]/.test(statement) ? 1 : 0,
    Math.min(3, (statement.slice(1).match(/(?<=\s)\p{Lu}/gu) ?? []).length) / 3,
  ];
  const statementBag = bag(statementTokens, 4);
  const lengthRank = ranks(lengths);
  const numberRank = numeric ? ranks(values) : [];
  const family = numeric ? familyScores(values) : [];
  const divisor = numeric ? divisorScores(values) : [];
  const overlapTop = top(overlap);
  const overlapLead = lead(overlap);
  const vectors = labels.map((label, i) => ({
    length: [
      lengths[i]! / mean(lengths),
      lengthRank[i]!,
      top(lengths)[i]!,
      top(lengths.map((x) => -x))[i]!,
      words[i]! / Math.max(1, mean(words)),
    ],
    numbers: [
      /\d/.test(label) ? 1 : 0,
      digits[i]! - mean(digits),
      ...(numeric
        ? [
            numberRank[i]!,
            top(values)[i]!,
            top(values.map((x) => -x))[i]!,
            logs[i]! - mean(logs.filter((_, j) => j !== i)),
            Math.min(...logs.filter((_, j) => j !== i).map((x) => Math.abs(x - logs[i]!))),
            family[i]!,
            divisor[i]!,
            sig[i]! - mean(sig),
          ]
        : new Array<number>(8).fill(0)),
    ],
    overlap: [
      overlap[i]!,
      overlapLead[i]!,
      overlapTop[i]! * (overlap[i]! > 0 ? 1 : 0),
      share(distinct[i]!, stem),
    ],
    position: slots(4, i, [1]),
    wording: [
      hasWord(label, absoluteWords[locale]) ? 1 : 0,
      hasWord(label, hedgedWords[locale]) ? 1 : 0,
      hasWord(label, negationWords[locale]) ? 1 : 0,
      ...(says ? slots(k, i, flags) : new Array<number>(3 * flags.length).fill(0)),
    ],
    words: [
      ...bag(optionTokens[i]!, 8),
      (label.match(/[a-z]/gi) ?? []).length / Math.max(1, (label.match(/\p{L}/gu) ?? []).length),
      ...(says ? slots(k, i, statementBag) : new Array<number>(3 * 4).fill(0)),
    ],
  }));
  s = { vectors, optionTokens, distinct, statementTokens, labels };
  statics.set(r, s);
  return s;
}

/** What the earlier questions of the quiz showed: their texts, their feedback, their answers. */
interface Context {
  visible: Set<string>;
  feedback: Set<string>;
  /** Each earlier question's feedback tokens, for "one earlier answer told this". */
  feedbacks: Set<string>[];
  /** Earlier answers' labels by kind, and every label shown as an option. */
  answers: Map<string, string[]>;
  shown: Set<string>;
}

function contextFeatures(q: Question, s: Static, c: Context): number[][] {
  const k = s.labels.length;
  const earlier = c.answers.get(q.kind) ?? [];
  const inFeedback = s.optionTokens.map((t) => share(t, c.feedback));
  const lead_ = lead(inFeedback);
  const st = s.statementTokens;
  const numbers = st.filter((w) => w.startsWith("#"));
  const says = [
    round(Math.max(0, ...c.feedbacks.map((f) => share(st, f)))),
    round(share(numbers, c.feedback)),
    round(share(st, c.visible)),
  ];
  return s.labels.map((label, i) => [
    round(share(s.optionTokens[i]!, c.visible)),
    round(inFeedback[i]!),
    round(lead_[i]!),
    round(share(s.distinct[i]!, c.feedback)),
    earlier.length ? round(earlier.filter((a) => a === label).length / earlier.length) : 0,
    c.shown.has(label) ? 1 : 0,
    ...(q.kind === "says" ? slots(k, i, says) : new Array<number>(3 * says.length).fill(0)),
  ]);
}

const texts = new Map<RenderedQuestion, { visible: string[]; feedback: Set<string> }>();
function textTokens(r: RenderedQuestion) {
  let t = texts.get(r);
  if (!t) texts.set(r, (t = { visible: tokens(visibleText(r)), feedback: new Set(tokens(feedbackText(r))) }));
  return t;
}

/**
 * Model rows of one locale: distinct (question, what it shows, context) with how often the quizzes
 * use each, so a row the quizzes ask 300 times weighs 300 times one they ask once.
 */
export function modelRows(
  quizzes: Question[][],
  pack: QuizPack,
  groupOf: (q: Question) => string,
): ModelRow[] {
  const rows = new Map<string, ModelRow>();
  for (const quiz of quizzes) {
    const c: Context = {
      visible: new Set(),
      feedback: new Set(),
      feedbacks: [],
      answers: new Map(),
      shown: new Set(),
    };
    for (const q of quiz) {
      const r = rendered(q, pack);
      if (q.kind !== "order") {
        const s = staticFeatures(q, r, pack.locale);
        const context = contextFeatures(q, s, c);
        const key = q.options.indexOf(q.correct);
        const id = `${q.kind}|${q.id}|${q.options.join(",")}|${JSON.stringify(q.altered ?? null)}|${key}|${context.join(";")}`;
        const row = rows.get(id);
        if (row) row.weight++;
        else
          rows.set(id, {
            kind: q.kind,
            group: groupOf(q),
            options: s.vectors.map((v, i) => ({ ...v, context: context[i]! })),
            key,
            weight: 1,
          });
        c.answers.set(q.kind, [...(c.answers.get(q.kind) ?? []), r.answer]);
      }
      const t = textTokens(r);
      for (const w of t.visible) c.visible.add(w);
      for (const w of t.feedback) c.feedback.add(w);
      c.feedbacks.push(t.feedback);
      for (const o of r.options) c.shown.add(o.label);
    }
  }
  return [...rows.values()];
}
