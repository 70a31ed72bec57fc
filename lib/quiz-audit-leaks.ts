/**
 * Leaks between the questions of one quiz, elimination of a "when?" question's days, exposure, and
 * the named rule-based strategies of a test-wise student — exact over the quizzes given.
 */
import { divisorScores } from "./distractors";
import type { Locale } from "./locales";
import {
  absoluteWords,
  feedbackText,
  hasWord,
  hedgedWords,
  rendered,
  visibleText,
} from "./quiz-audit-features";
import { mentionsIn, type KeyForms } from "./quiz-mentions";
import type { QuizPack } from "./quiz-render";
import { NOBODY, questionKeys, type Question, type QuestionKind } from "./quiz-types";

export interface LeakCount {
  locale: Locale;
  quizzes: number;
  /** Questions whose key another question's visible text, or an earlier one's feedback, holds. */
  leaks: number;
  examples: string[];
  /** "When?" questions with a wrong day named elsewhere while the answer's day is not. */
  elimination: number;
}

export function countLeaks(quizzes: Question[][], pack: QuizPack, forms: KeyForms): LeakCount {
  const seen = new Map<string, { visible: Set<string>; feedback: Set<string> }>();
  const mentions = (q: Question) => {
    const r = rendered(q, pack);
    const id = `${q.id}|${q.options.join(",")}|${JSON.stringify(q.altered ?? null)}`;
    let m = seen.get(id);
    if (!m)
      seen.set(
        id,
        (m = {
          visible: new Set(mentionsIn([visibleText(r)], forms)),
          feedback: new Set(mentionsIn([feedbackText(r)], forms)),
        }),
      );
    return m;
  };
  let leaks = 0;
  let elimination = 0;
  const examples: string[] = [];
  for (const quiz of quizzes) {
    const m = quiz.map(mentions);
    quiz.forEach((q, i) => {
      const named = (key: string) =>
        m.some((x, j) => j !== i && (x.visible.has(key) || (j < i && x.feedback.has(key))));
      const keys = q.kind === "when" ? [`date:${q.correct}`] : questionKeys(q).filter((k) => forms.has(k));
      const hit = keys.find(named);
      if (hit) {
        leaks++;
        if (examples.length < 5) examples.push(`${q.id} ← ${hit}`);
      }
      if (
        q.kind === "when" &&
        !named(`date:${q.correct}`) &&
        q.options.some((o) => o !== q.correct && named(`date:${o}`))
      )
        elimination++;
    });
  }
  return { locale: pack.locale, quizzes: quizzes.length, leaks, examples, elimination };
}

/** The largest share of the quizzes of one length that hold one item (its versions together). */
export function maxExposure(byCount: Map<number, Question[][]>): {
  count: number;
  item: string;
  share: number;
} {
  let best = { count: 0, item: "", share: 0 };
  for (const [count, quizzes] of byCount) {
    const n = new Map<string, number>();
    for (const quiz of quizzes)
      for (const id of new Set(quiz.map((q) => q.id.replace(/:altered$/, ""))))
        n.set(id, (n.get(id) ?? 0) + 1);
    for (const [item, k] of n)
      if (k / quizzes.length > best.share) best = { count, item, share: k / quizzes.length };
  }
  return best;
}

export interface StrategyScore {
  strategy: string;
  kind: QuestionKind;
  locale: Locale;
  score: number;
  chance: number;
}

/** Share of a list a strategy gets right, ties split: `pick` scores the options, highest wins. */
type Pick = (q: Question, labels: string[], statement: string, locale: Locale) => number[] | null;
const strategies: [string, QuestionKind[], Pick][] = [
  ["longest option", ["how-many", "who", "where", "when", "says"], (_, l) => l.map((x) => x.length)],
  ["most digits", ["how-many", "when"], (_, l) => l.map((x) => (x.match(/\d/g) ?? []).length)],
  [
    "“doesn’t say” option",
    ["who", "says"],
    (q) => q.options.map((o) => (o === NOBODY || o === "not-said" ? 1 : 0)),
  ],
  [
    "the others are its multiples",
    ["how-many"],
    (_, l) => {
      const n = l.map((x) => Number(x.replace(/[^\d.]/g, "")));
      return n.every((x) => x > 0) ? divisorScores(n) : null;
    },
  ],
  [
    "shares a word with the statement",
    ["who"],
    (_, l, s) => {
      const words = new Set((s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5)));
      return l.map((x) =>
        (x.toLowerCase().match(/\p{L}{4,}/gu) ?? []).some((w) => words.has(w.slice(0, 5))) ? 1 : 0,
      );
    },
  ],
  [
    "absolute → otherwise, hedged → says so, else → doesn’t say",
    ["says"],
    (_, __, s, locale) => {
      const pick = hasWord(s, absoluteWords[locale]) ? 1 : hasWord(s, hedgedWords[locale]) ? 0 : 2;
      return [0, 1, 2].map((i) => (i === pick ? 1 : 0));
    },
  ],
  ["earliest day", ["when"], (q) => q.options.map((o) => -Date.parse(o))],
];

/** Each strategy's share right on one question (ties split), once per distinct question. */
const perQuestion = new Map<string, [string, number][]>();
function strategyHits(q: Question, pack: QuizPack): [string, number][] {
  const id = `${pack.locale}|${q.id}|${q.options.join(",")}|${q.altered?.value ?? q.altered?.range?.min ?? ""}`;
  let out = perQuestion.get(id);
  if (out) return out;
  out = [];
  const r = rendered(q, pack);
  const labels = r.options.map((o) => o.label);
  for (const [name, kinds, pick] of strategies) {
    if (!kinds.includes(q.kind)) continue;
    const scores = pick(q, labels, r.statement ?? "", pack.locale);
    if (!scores) continue;
    const top = Math.max(...scores);
    const key = q.options.indexOf(q.correct);
    out.push([name, scores[key] === top ? 1 / scores.filter((s) => s === top).length : 0]);
  }
  perQuestion.set(id, out);
  return out;
}

/** Kinds whose options recur across items, so that a class can learn each option's record. */
const learnedKinds: readonly QuestionKind[] = ["where", "who"];

export function scoreStrategies(quizzes: Question[][], pack: QuizPack): StrategyScore[] {
  const acc = new Map<
    string,
    { right: number; n: number; chance: number; kind: QuestionKind; strategy: string }
  >();
  const add = (id: string, strategy: string, kind: QuestionKind, right: number, chance: number) => {
    const a = acc.get(id) ?? { right: 0, n: 0, chance: 0, kind, strategy };
    a.right += right;
    a.chance += chance;
    a.n++;
    acc.set(id, a);
  };
  // What a class that shares its quizzes learns about each place or source: how often it is offered
  // and how often it is then the answer. Kazakhstan, offered in 12.4% of the where-questions of
  // 20-question quizzes, was then the answer 75% of the time (issue 28).
  const offers = new Map<string, number>();
  const keyed = new Map<string, number>();
  for (const quiz of quizzes)
    for (const q of quiz) {
      if (!learnedKinds.includes(q.kind)) continue;
      for (const o of q.options) offers.set(`${q.kind}|${o}`, (offers.get(`${q.kind}|${o}`) ?? 0) + 1);
      keyed.set(`${q.kind}|${q.correct}`, (keyed.get(`${q.kind}|${q.correct}`) ?? 0) + 1);
    }
  const learned: [string, (id: string) => number][] = [
    ["least-offered option", (id) => -offers.get(id)!],
    ["most often the answer when offered", (id) => (keyed.get(id) ?? 0) / offers.get(id)!],
  ];
  for (const quiz of quizzes)
    for (const q of quiz) {
      if (learnedKinds.includes(q.kind))
        for (const [name, score] of learned) {
          const scores = q.options.map((o) => score(`${q.kind}|${o}`));
          const top = Math.max(...scores);
          const n = scores.filter((x) => x === top).length;
          const right = scores[q.options.indexOf(q.correct)] === top ? 1 / n : 0;
          add(`${name}|${q.kind}`, name, q.kind, right, 1 / q.options.length);
        }
      if (q.kind === "order") {
        const shown = q.options.join(",") === q.correct ? 1 : 0;
        add("order", "the order shown", q.kind, shown, 1 / [1, 1, 2, 6, 24][q.options.length]!);
        continue;
      }
      for (const [name, right] of strategyHits(q, pack))
        add(`${name}|${q.kind}`, name, q.kind, right, 1 / q.options.length);
    }
  return [...acc.values()].map((a) => ({
    strategy: a.strategy,
    kind: a.kind,
    locale: pack.locale,
    score: a.right / a.n,
    chance: a.chance / a.n,
  }));
}
