/**
 * The quiz generator: (dataset, seed, options) → questions made of ids only (`lib/quiz-types.ts`).
 * One candidate builder per question kind (`lib/quiz-kinds/`); this file chooses among them.
 * Deterministic: all randomness comes from `createRandom(seed)`.
 */
import { howManyCandidates } from "./quiz-kinds/how-many";
import { orderCandidates } from "./quiz-kinds/order";
import { saysCandidates } from "./quiz-kinds/says";
import { WHEN_MAX, whenCandidates } from "./quiz-kinds/when";
import { whereCandidates } from "./quiz-kinds/where";
import { whoCandidates } from "./quiz-kinds/who";
import { unitMentions } from "./quiz-mentions";
import { createRandom } from "./random";
import type { Dataset } from "./schemas";
import {
  questionKinds,
  type Candidate,
  type Question,
  type QuestionKind,
  type QuizClaim,
  type QuizData,
  questionKeys,
  questionMentions,
} from "./quiz-types";

export { NOBODY, questionKinds, saysOptions } from "./quiz-types";
export type { Question, QuestionKind, QuizData } from "./quiz-types";

/**
 * Bumped whenever the generator would give a class code other questions. It is part of the
 * dataset fingerprint (`datasetVersion`), so saved progress from the old quiz is discarded, and a
 * worksheet printed before no longer matches its code.
 */
export const QUIZ_GENERATOR_VERSION = 6;

export const QUIZ_MIN = 5;
export const QUIZ_MAX = 20;
export const QUIZ_DEFAULT = 10;

export interface Quiz {
  seed: string;
  questions: Question[];
}

export interface QuizOptions {
  seed: string;
  count?: number;
  kinds?: readonly QuestionKind[];
}

/** The generator's data without any text, for the browser (see `QuizData`). */
const quizDataCache = new WeakMap<Dataset, QuizData>();
export function toQuizData(d: Dataset): QuizData {
  let out = quizDataCache.get(d);
  if (!out) {
    const data = { ...stripText(d), mentions: unitMentions(d) };
    const { items, options } = weightsOf(data);
    out = { ...data, weights: [...items.values()], optionWeights: Object.fromEntries(options) };
    quizDataCache.set(d, out);
  }
  return out;
}

function stripText(d: Dataset): QuizData {
  return {
    authorities: d.authorities.map(({ id, kind, countryId, topic }) => ({ id, kind, countryId, topic })),
    places: d.places.map(({ id, kind, role }) => ({ id, kind, role })),
    quotes: d.quotes.map(({ id, speakerId, contextSpeakerId }) => ({
      id,
      speakerId,
      ...(contextSpeakerId ? { contextSpeakerId } : {}),
    })),
    claims: d.claims.map((c) => {
      const rest: Record<string, unknown> = { ...c };
      delete rest.statement;
      delete rest.chartLabel;
      delete rest.quiz;
      delete rest.contradicted;
      delete rest.decides;
      const quiz = c.quiz;
      return {
        ...rest,
        ...(c.contradicted ? { contradicted: true } : {}),
        ...(quiz
          ? {
              quiz: {
                ...(quiz.howMany ? { howMany: true } : {}),
                ...(quiz.where ? { where: { placeId: quiz.where.placeId } } : {}),
                ...(quiz.wrongBelow ? { wrongBelow: quiz.wrongBelow } : {}),
                ...(quiz.keyRank !== undefined ? { keyRank: quiz.keyRank } : {}),
                ...(quiz.whoOptions ? { whoOptions: quiz.whoOptions } : {}),
              },
            }
          : {}),
      } as QuizClaim;
    }),
    notStated: d.notStated.map(({ id, quoteIds, step, links }) => ({
      id,
      quoteIds,
      step,
      ...(links ? { links } : {}),
    })),
    timeline: d.timeline.map(({ id, period, claimIds, quoteIds, question }) => ({
      id,
      period,
      claimIds,
      quoteIds,
      ...(question ? { question: true } : {}),
    })),
  };
}

export function clampCount(raw: unknown): number {
  const n =
    typeof raw === "number"
      ? raw
      : typeof raw === "string" && /^\d{1,4}$/.test(raw.trim())
        ? Number(raw)
        : NaN;
  if (!Number.isFinite(n)) return QUIZ_DEFAULT;
  return Math.min(QUIZ_MAX, Math.max(QUIZ_MIN, Math.round(n)));
}

const builders: Record<QuestionKind, (d: QuizData) => Candidate[]> = {
  "how-many": howManyCandidates,
  who: whoCandidates,
  where: whereCandidates,
  when: whenCandidates,
  says: saysCandidates,
  order: orderCandidates,
};

/** Most questions of a kind one quiz may hold. */
const limits: Partial<Record<QuestionKind, number>> = { when: WHEN_MAX, order: 1 };

/** How many of each kind a quiz of `count` questions gets (before shuffling the order). */
// The small pools (14 how-many, 11 who, 7 where items) get fewer turns than the 87 says items,
// so that no item is in too many quizzes of one length (a class that shares answers learns it).
const kindWeights: Record<QuestionKind, number> = {
  "how-many": 2,
  who: 2,
  where: 1,
  when: 1,
  says: 5,
  order: 1,
};

const candidateCache = new WeakMap<QuizData, Map<QuestionKind, Candidate[]>>();
function candidatesOf(d: QuizData): Map<QuestionKind, Candidate[]> {
  let out = candidateCache.get(d);
  if (!out) {
    out = new Map(questionKinds.map((k) => [k, builders[k](d)]));
    candidateCache.set(d, out);
  }
  return out;
}

interface Weights {
  /** Each candidate's weight when its kind is picked (a kind's weights average 1). */
  items: ReadonlyMap<Candidate, number>;
  /** By `kind|option`: how strongly an option is preferred as a wrong answer (1 if absent). */
  options: ReadonlyMap<string, number>;
}

/** What simulated quizzes used: each candidate, and how often each option was offered (`kind|option`). */
interface Tally {
  uses: Map<Candidate, number>;
  offered: Map<string, number>;
}

/** Kinds whose options recur across items, so that a class can learn each option's record. */
const learnedKinds: readonly QuestionKind[] = ["who", "where"];

/** Kinds where one answer is always offered: the share of uses whose key it is (see `weightsOf`). */
const fixedShares: Partial<Record<QuestionKind, { of: (c: Candidate) => boolean; share: number }>> = {
  // Aimed above a third: the calibration simulates single draws, but a quiz that would leak is
  // drawn again and the 17 not-stated items block one another: aimed at 1/3 they get 27.7% of the
  // uses, aimed at 0.37 they get 28.3% (seeds 1–2,000 × lengths 5–20, issue 28).
  says: { of: (c) => Boolean(c.units?.[0]?.startsWith("ns:")), share: 0.37 },
  who: { of: (c) => c.keys?.length === 0, share: 1 / 4 },
};

/**
 * What must not be taken before a candidate can be: the keys its own texts name, and the mentions
 * of its keys (see `questionKeys`), as far as they are known before it is built.
 */
const guardCache = new WeakMap<Candidate, string[]>();
function guardsOf(d: QuizData, c: Candidate): string[] {
  let out = guardCache.get(c);
  if (!out) {
    const named = (c.units ?? []).flatMap((u) => d.mentions?.[u] ?? []);
    out = [...named.map((m) => `key:${m}`), ...(c.keys ?? []).map((k) => `mention:${k}`)];
    guardCache.set(c, out);
  }
  return out;
}

/**
 * How strongly each candidate is preferred when its kind is picked. A quiz never holds two
 * questions that share a quote, an event or an item, so a claim with many kinds of question, or
 * one of a group sharing a quote, would come up far less often than a loner — and a cue in a few
 * loners (always the largest figure, say) would weigh far more than the pool's spread suggests.
 * So the weights are calibrated: quizzes are simulated (fixed seeds, so the result is the same on
 * every device) and each candidate's weight is moved toward its kind's mean frequency.
 *
 * "Who?" and "which country?" offer a few options again and again, so a class that shares its
 * quizzes learns each one's record: how often it is offered, and how often it is then the answer
 * (issue 28). For these kinds the same simulation also calibrates the options' weights as wrong
 * answers, so that the options some item has as its answer are offered about equally (as far as
 * what else a quiz holds leaves them free), and gives each option a share of its kind's answers in
 * proportion to how often it is offered (its items share it evenly): offered, each option is then
 * the answer equally often, about a quarter of the time.
 */
const weightCache = new WeakMap<QuizData, Weights>();
function weightsOf(d: QuizData): Weights {
  const cached = weightCache.get(d);
  if (cached) return cached;
  const all = [...candidatesOf(d).values()].flat();
  if (d.weights?.length === all.length) {
    const shipped = {
      items: new Map(all.map((c, i) => [c, d.weights![i]!])),
      options: new Map(Object.entries(d.optionWeights ?? {})),
    };
    weightCache.set(d, shipped);
    return shipped;
  }
  const items = new Map(all.map((c) => [c, 1]));
  const options = new Map<string, number>();
  const step = (w: number, ratio: number) => Math.min(50, Math.max(0.02, w * ratio ** 0.8));
  for (let round = 0; round < 10; round++) {
    const tally: Tally = { uses: new Map(all.map((c) => [c, 0])), offered: new Map() };
    // First every kind, on single draws of a few lengths; then "who?" and "which country?" alone, on
    // more class quizzes as `generateQuiz` draws them (drawn again when they cannot be filled), of
    // every length: an option's record is what a class sees in those, and it takes many quizzes to
    // tell a quarter from a third.
    const late = round >= 6;
    if (!late)
      for (let seed = 1; seed <= 150; seed++)
        for (const count of [5, 10, 15, 20])
          choose(d, `calibrate:${seed}`, count, questionKinds, { items, options }, [], false, tally);
    else
      for (let seed = 1; seed <= 1200; seed++) {
        const count = QUIZ_MIN + (seed % (QUIZ_MAX - QUIZ_MIN + 1));
        draw(d, `calibrate:${seed}`, count, questionKinds, { items, options }, tally);
      }
    for (const kind of late ? learnedKinds : questionKinds) {
      const list = candidatesOf(d).get(kind) ?? [];
      const total = list.reduce((sum, c) => sum + tally.uses.get(c)!, 0);
      // "Does the article say this?": a not-stated item is the only "doesn't say" key, so the
      // not-stated items together get a third of the uses (each claim answers "says so" or
      // "says otherwise" with even odds), whatever else in a quiz holds them back.
      // Likewise "who?": "the article doesn't say who" is offered in every question, so it is the
      // key of a quarter of the uses, not of however many the items without a source happen to get.
      const share = fixedShares[kind];
      const fixed = (c: Candidate) => share !== undefined && share.of(c);
      const inShare = list.filter(fixed).length;
      const rest = inShare === 0 || inShare === list.length ? total : total * (1 - share!.share);
      // The other items: evenly, or for "who?" and "which country?" by how often their answers are
      // offered (see above).
      const learned = learnedKinds.includes(kind) ? list.filter((c) => !fixed(c) && c.answer) : [];
      const offered = (o: string) => Math.max(1, tally.offered.get(`${kind}|${o}`) ?? 0);
      const answers = [...new Set(learned.map((c) => c.answer!))];
      const allOffered = answers.reduce((sum, o) => sum + offered(o), 0);
      const target = (c: Candidate) =>
        inShare > 0 && inShare < list.length && fixed(c)
          ? (total * share!.share) / inShare
          : learned.includes(c)
            ? (rest * offered(c.answer!)) / allOffered / learned.filter((x) => x.answer === c.answer).length
            : rest / Math.max(1, list.length - (inShare < list.length ? inShare : 0));
      for (const c of list) items.set(c, step(items.get(c)!, target(c) / Math.max(1, tally.uses.get(c)!)));
      const average = list.reduce((sum, c) => sum + items.get(c)!, 0) / Math.max(1, list.length);
      for (const c of list) items.set(c, items.get(c)! / average);
      // The answers' weights as wrong answers, toward even offers (the others are not weighed).
      const mean = allOffered / Math.max(1, answers.length);
      for (const o of answers)
        options.set(`${kind}|${o}`, step(options.get(`${kind}|${o}`) ?? 1, mean / offered(o)));
      const mid = answers.reduce((sum, o) => sum + options.get(`${kind}|${o}`)!, 0) / answers.length;
      for (const o of answers) options.set(`${kind}|${o}`, options.get(`${kind}|${o}`)! / mid);
    }
  }
  const out = { items, options };
  weightCache.set(d, out);
  return out;
}

export function generateQuiz(dataset: QuizData, options: QuizOptions): Quiz {
  if (!dataset.mentions && dataset.claims.some((c) => "statement" in c))
    throw new Error("generateQuiz needs toQuizData(dataset): the texts' mentions keep questions apart");
  const seed = String(options.seed);
  const count = clampCount(options.count ?? QUIZ_DEFAULT);
  const kinds = options.kinds && options.kinds.length > 0 ? options.kinds : questionKinds;
  return { seed, questions: draw(dataset, `quiz:${seed}`, count, kinds, weightsOf(dataset)) };
}

function record(tally: Tally, c: Candidate, q: Question) {
  tally.uses.set(c, (tally.uses.get(c) ?? 0) + 1);
  for (const o of q.options)
    tally.offered.set(`${c.kind}|${o}`, (tally.offered.get(`${c.kind}|${o}`) ?? 0) + 1);
}

/** A class quiz, and what it used (for the calibration, see `weightsOf`). */
function draw(
  d: QuizData,
  seed: string,
  count: number,
  kinds: readonly QuestionKind[],
  weights: Weights,
  tally?: Tally,
): Question[] {
  // A draw that cannot fill the quiz without one question naming another's key is drawn again
  // (other seeds of the same code); only the last try may let such a pair through.
  for (let attempt = 0; attempt <= 20; attempt++) {
    const picked: [Candidate, Question][] = [];
    const last = attempt === 20;
    const questions = choose(
      d,
      attempt && !last ? `${seed}:${attempt}` : seed,
      count,
      kinds,
      weights,
      picked,
      last,
    );
    if (questions.length < count && !last) continue;
    if (tally) for (const [c, q] of picked) record(tally, c, q);
    return questions;
  }
  return [];
}

function choose(
  d: QuizData,
  seed: string,
  count: number,
  kinds: readonly QuestionKind[],
  weights: Weights,
  picked: [Candidate, Question][],
  allowLeaks = false,
  tally?: Tally,
): Question[] {
  const random = createRandom(seed);
  const pool = new Map<QuestionKind, Candidate[]>();
  for (const [kind, list] of candidatesOf(d)) {
    if (kinds.includes(kind) && list.length > 0) pool.set(kind, [...list]);
  }

  // Round-robin over a weighted list of kinds so every quiz mixes them, then fill what's left.
  const plan: QuestionKind[] = [];
  const kindList = random.shuffle(kinds.filter((k) => pool.has(k)));
  for (let round = 0; plan.length < count * 2 && round < 50; round++) {
    for (const k of kindList) if (round < kindWeights[k] * 4) plan.push(k);
  }

  const taken = new Set<string>();
  const questions: Question[] = [];
  const perKind = new Map<QuestionKind, number>();
  const take = (kind: QuestionKind, mayPass: boolean, lastResort = false): void => {
    if ((perKind.get(kind) ?? 0) >= (limits[kind] ?? Infinity)) return;
    const list = pool.get(kind) ?? [];
    const leaking = new Set<Candidate>();
    for (;;) {
      const open = list.filter(
        (c) =>
          !leaking.has(c) &&
          c.blocks.every((b) => !taken.has(b)) &&
          (lastResort || guardsOf(d, c).every((g) => !taken.has(g))),
      );
      if (open.length === 0) return;
      // A weighted draw among the candidates still open (see `weightsOf`; a kind's weights average
      // 1). Where only rarely wanted ones are open, the turn may pass to another kind.
      const total = open.reduce((sum, c) => sum + weights.items.get(c)!, 0);
      if (mayPass && total < 1 && random.next() >= total) return;
      let r = random.next() * total;
      const candidate = open.find((c) => (r -= weights.items.get(c)!) < 0) ?? open[open.length - 1]!;
      // A candidate is used once (the one "order" candidate included), so it leaves the pool.
      list.splice(list.indexOf(candidate), 1);
      const built = candidate.build(random, taken, (o) => weights.options.get(`${kind}|${o}`) ?? 1);
      if (!built || built.blocks.some((b) => taken.has(b))) continue;
      // No question's texts name another's key, in either order (feedback comes after "Check").
      const keys = questionKeys(built.question).map((k) => `key:${k}`);
      const mentions = questionMentions(d, built.question).map((m) => `mention:${m}`);
      // Only a quiz that could not be filled otherwise lets one through (the audit counts them).
      const leaks =
        keys.some((k) => taken.has(`mention:${k.slice(4)}`)) ||
        mentions.some((m) => taken.has(`key:${m.slice(8)}`));
      if (leaks && !lastResort) {
        // Kept for a later turn: another mix of questions may leave it room.
        leaking.add(candidate);
        list.push(candidate);
        continue;
      }
      [...built.blocks, ...keys, ...mentions].forEach((b) => taken.add(b));
      perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
      picked.push([candidate, built.question]);
      if (tally) record(tally, candidate, built.question);
      questions.push(built.question);
      return;
    }
  };
  for (const kind of plan) {
    if (questions.length >= count) break;
    take(kind, true);
  }
  // If the plan ran dry (a narrow `kinds`, a long quiz), top up from whatever remains.
  for (const [mayPass, lastResort] of [
    [true, false],
    [true, false],
    [false, false],
    [false, true],
  ] as const) {
    if (lastResort && !allowLeaks) break;
    // A forced top-up draws from the largest pools first: a small pool's last open item (one
    // "who?" whose answer nothing else names, say) would otherwise be in nearly every long quiz.
    const order = mayPass
      ? kindList
      : [...kindList].sort((a, b) => (pool.get(b)?.length ?? 0) - (pool.get(a)?.length ?? 0));
    for (const kind of order) {
      while (questions.length < count) {
        const before = questions.length;
        take(kind, mayPass, lastResort);
        if (questions.length === before) break;
      }
    }
  }
  const shuffled = random.shuffle(questions);
  // The order question's feedback dates its events: it comes after every "when?" question.
  const order = shuffled.findIndex((q) => q.kind === "order");
  const lastWhen = shuffled.findLastIndex((q) => q.kind === "when");
  if (order >= 0 && lastWhen > order) shuffled.splice(lastWhen, 0, ...shuffled.splice(order, 1));
  return shuffled;
}

/** Is this answer right? For "order", the answer is the event ids in the student's order. */
export function isCorrect(question: Question, answer: string | readonly string[] | undefined): boolean {
  if (answer === undefined) return false;
  return (Array.isArray(answer) ? answer.join(",") : answer) === question.correct;
}
