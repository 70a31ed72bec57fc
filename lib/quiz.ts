/**
 * The quiz generator: (dataset, seed, options) → questions made of ids only. The UI renders them in
 * whatever language the student picks, so a class sharing a code shares the same quiz in every
 * language. Deterministic: all randomness comes from `createRandom(seed)`.
 */
import { claimDistractors, claimFigure, type Figure } from "./distractors";
import { periodStart } from "./format";
import { createRandom, type Random } from "./random";
import type { Authority, Claim, Dataset, NotStated, Place, TimelineEvent } from "./schemas";

/**
 * What the generator reads: ids, kinds, figures, dates and references — no text. A full `Dataset`
 * fits; so does the stripped copy (`toQuizData`) that the quiz page sends to the browser.
 */
export interface QuizData {
  authorities: Pick<Authority, "id" | "kind">[];
  places: Pick<Place, "id" | "kind">[];
  claims: QuizClaim[];
  notStated: Pick<NotStated, "id" | "quoteId" | "step">[];
  timeline: (Pick<TimelineEvent, "id" | "period" | "claimIds"> & { question?: unknown })[];
}
type StripText<C> = C extends unknown
  ? Omit<C, "statement" | "quiz" | "chartLabel"> & {
      quiz?: { howMany?: unknown; where?: { placeId: string } };
    }
  : never;
export type QuizClaim = StripText<Claim>;

export function toQuizData(d: Dataset): QuizData {
  return {
    authorities: d.authorities.map(({ id, kind }) => ({ id, kind })),
    places: d.places.map(({ id, kind }) => ({ id, kind })),
    claims: d.claims.map((c) => {
      const rest: Record<string, unknown> = { ...c };
      delete rest.statement;
      delete rest.chartLabel;
      delete rest.quiz;
      const quiz = c.quiz;
      return {
        ...rest,
        ...(quiz
          ? {
              quiz: {
                ...(quiz.howMany ? { howMany: true } : {}),
                ...(quiz.where ? { where: { placeId: quiz.where.placeId } } : {}),
              },
            }
          : {}),
      } as QuizClaim;
    }),
    notStated: d.notStated.map(({ id, quoteId, step }) => ({ id, quoteId, step })),
    timeline: d.timeline.map(({ id, period, claimIds, question }) => ({
      id,
      period,
      claimIds,
      ...(question ? { question: true } : {}),
    })),
  };
}

export const questionKinds = ["how-many", "who", "where", "when", "says", "order"] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const QUIZ_MIN = 5;
export const QUIZ_MAX = 20;
export const QUIZ_DEFAULT = 10;

/** The answer options of a "does the article say this?" question. */
export const saysOptions = ["says", "otherwise", "not-said"] as const;
export type SaysOption = (typeof saysOptions)[number];
/** The option for "the article doesn't say who". */
export const NOBODY = "nobody";

export type Subject =
  | { type: "claim"; id: string }
  | { type: "not-stated"; id: string }
  | { type: "event"; id: string }
  | { type: "events"; ids: string[] };

export interface Question {
  /** Stable within a quiz: `${kind}:${subject}`. */
  id: string;
  kind: QuestionKind;
  subject: Subject;
  /**
   * Option ids, in display order. how-many: figure keys ("n:8314", "r:5000-6000"); who: authority
   * ids or "nobody"; where: place ids; when: ISO dates; says: SaysOption; order: event ids (shown
   * shuffled, answered by putting them in order).
   */
  options: string[];
  /** The right option; for "order", the event ids in date order joined by ",". */
  correct: string;
  /** For "says" questions that change a figure: the figure shown instead of the article's. */
  altered?: Figure;
  quoteId: string;
  step: string;
}

export interface Quiz {
  seed: string;
  questions: Question[];
}

export interface QuizOptions {
  seed: string;
  count?: number;
  kinds?: readonly QuestionKind[];
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

export function figureKey(f: Figure): string {
  return f.range ? `r:${f.range.min}-${f.range.max}` : `n:${f.value}`;
}
export function parseFigureKey(key: string): Figure | null {
  const n = /^n:(\d+(?:\.\d+)?)$/.exec(key);
  if (n) return { value: Number(n[1]) };
  const r = /^r:(\d+)-(\d+)$/.exec(key);
  if (r) return { range: { min: Number(r[1]), max: Number(r[2]) } };
  return null;
}

type Candidate = { kind: QuestionKind; claimIds: string[]; build: (random: Random) => Question | null };

/** Every question the dataset can give, before choosing; claimIds let the chooser avoid repeats. */
function candidates(d: QuizData): Candidate[] {
  const out: Candidate[] = [];
  const authorityIds = d.authorities.filter((a) => a.kind !== "person").map((a) => a.id);
  const countryIds = d.places
    .filter((p) => p.kind === "country" && p.id !== "russia" && p.id !== "ukraine")
    .map((p) => p.id);

  for (const claim of d.claims) {
    const base = { quoteId: claim.quoteId, step: claim.step };
    if (claim.kind === "number" && claim.quiz?.howMany) {
      out.push({
        kind: "how-many",
        claimIds: [claim.id],
        build: (random) => {
          const answer = claimFigure(claim);
          const options = random.shuffle([answer, ...claimDistractors(claim)]).map(figureKey);
          return {
            id: `how-many:${claim.id}`,
            kind: "how-many",
            subject: { type: "claim", id: claim.id },
            options,
            correct: figureKey(answer),
            ...base,
          };
        },
      });
    }
    if (claim.kind === "number") {
      out.push({
        kind: "who",
        claimIds: [claim.id],
        build: (random) => {
          const correct = claim.authorityId ?? NOBODY;
          const others = random
            .shuffle(authorityIds.filter((a) => a !== correct))
            .slice(0, claim.authorityId ? 2 : 3);
          const options = [...random.shuffle([correct, ...others].filter((o) => o !== NOBODY)), NOBODY];
          if (options.length < 4) return null;
          return {
            id: `who:${claim.id}`,
            kind: "who",
            subject: { type: "claim", id: claim.id },
            options,
            correct,
            ...base,
          };
        },
      });
    }
    const where = claim.quiz?.where;
    if (where && countryIds.includes(where.placeId)) {
      out.push({
        kind: "where",
        claimIds: [claim.id],
        build: (random) => {
          const others = random
            .shuffle(countryIds.filter((p) => p !== where.placeId && !relatedPlaces(claim).includes(p)))
            .slice(0, 3);
          if (others.length < 3) return null;
          const options = random.shuffle([where.placeId, ...others]);
          return {
            id: `where:${claim.id}`,
            kind: "where",
            subject: { type: "claim", id: claim.id },
            options,
            correct: where.placeId,
            ...base,
          };
        },
      });
    }
    out.push({
      kind: "says",
      claimIds: [claim.id],
      build: (random) => {
        const alter = claim.kind === "number" && random.next() < 0.5;
        const common = {
          kind: "says" as const,
          subject: { type: "claim" as const, id: claim.id },
          options: [...saysOptions],
          ...base,
        };
        if (alter) {
          const altered = random.pick(claimDistractors(claim));
          return { id: `says:${claim.id}:altered`, correct: "otherwise", altered, ...common };
        }
        return { id: `says:${claim.id}`, correct: "says", ...common };
      },
    });
  }

  for (const item of d.notStated) {
    out.push({
      kind: "says",
      claimIds: [`not-stated:${item.id}`],
      build: () => ({
        id: `says:not-stated:${item.id}`,
        kind: "says",
        subject: { type: "not-stated", id: item.id },
        options: [...saysOptions],
        correct: "not-said",
        quoteId: item.quoteId,
        step: item.step,
      }),
    });
  }

  const singleDays = d.timeline.filter((e) => e.period.kind === "day");
  const dates = [...new Set(singleDays.map((e) => periodStart(e.period)!))].sort();
  for (const event of singleDays) {
    if (!event.question) continue;
    const claim = d.claims.find((c) => c.id === event.claimIds[0])!;
    out.push({
      kind: "when",
      claimIds: event.claimIds,
      build: (random) => {
        const correct = periodStart(event.period)!;
        const others = random.shuffle(dates.filter((x) => x !== correct)).slice(0, 3);
        if (others.length < 3) return null;
        return {
          id: `when:${event.id}`,
          kind: "when",
          subject: { type: "event", id: event.id },
          options: [correct, ...others].sort(),
          correct,
          quoteId: claim.quoteId,
          step: claim.step,
        };
      },
    });
  }

  out.push({
    kind: "order",
    claimIds: [],
    build: (random) => {
      const byDate = new Map<string, QuizData["timeline"]>();
      for (const e of d.timeline) {
        const start = periodStart(e.period)!;
        byDate.set(start, [...(byDate.get(start) ?? []), e]);
      }
      const days = random.shuffle([...byDate.keys()]).slice(0, Math.min(4, byDate.size));
      if (days.length < 3) return null;
      const events = days.map((day) => random.pick(byDate.get(day)!));
      const sorted = [...events].sort((a, b) => periodStart(a.period)!.localeCompare(periodStart(b.period)!));
      let shown = random.shuffle(events);
      if (shown.every((e, i) => e.id === sorted[i]!.id)) shown = [...shown.slice(1), shown[0]!];
      const first = d.claims.find((c) => c.id === sorted[0]!.claimIds[0])!;
      return {
        id: `order:${sorted.map((e) => e.id).join("+")}`,
        kind: "order",
        subject: { type: "events", ids: sorted.map((e) => e.id) },
        options: shown.map((e) => e.id),
        correct: sorted.map((e) => e.id).join(","),
        quoteId: first.quoteId,
        step: first.step,
      };
    },
  });
  return out;
}

/** Places that a claim itself names, so they are never offered as wrong answers to it. */
function relatedPlaces(claim: QuizClaim): string[] {
  if (claim.kind === "place") return claim.placeIds;
  if (claim.kind === "number" && claim.placeId) return [claim.placeId];
  return [];
}

/** How many of each kind a quiz of `count` questions gets (before shuffling the order). */
const weights: Record<QuestionKind, number> = { "how-many": 3, who: 2, where: 1, when: 1, says: 3, order: 1 };

export function generateQuiz(dataset: QuizData, options: QuizOptions): Quiz {
  const seed = String(options.seed);
  const count = clampCount(options.count ?? QUIZ_DEFAULT);
  const kinds = options.kinds && options.kinds.length > 0 ? options.kinds : questionKinds;
  const random = createRandom(`quiz:${seed}`);

  const pool = new Map<QuestionKind, Candidate[]>();
  for (const c of candidates(dataset)) {
    if (!kinds.includes(c.kind)) continue;
    pool.set(c.kind, [...(pool.get(c.kind) ?? []), c]);
  }
  for (const [kind, list] of pool) pool.set(kind, random.shuffle(list));

  // Round-robin over a weighted list of kinds so every quiz mixes them, then fill what's left.
  const plan: QuestionKind[] = [];
  const kindList = random.shuffle(kinds.filter((k) => pool.has(k)));
  for (let round = 0; plan.length < count * 2 && round < 50; round++) {
    for (const k of kindList) if (round < weights[k] * 4) plan.push(k);
  }

  const usedClaims = new Set<string>();
  const questions: Question[] = [];
  for (const kind of plan) {
    if (questions.length >= count) break;
    const list = pool.get(kind) ?? [];
    const index = list.findIndex((c) => c.claimIds.every((id) => !usedClaims.has(id)));
    if (index < 0) continue;
    const [candidate] = list.splice(index, 1);
    const question = candidate!.build(random);
    if (!question) continue;
    candidate!.claimIds.forEach((id) => usedClaims.add(id));
    questions.push(question);
  }
  // If the plan ran dry (a narrow `kinds`), top up from whatever remains. A candidate taken above
  // was spliced out of the pool, so none (the one "order" question included) is taken twice.
  for (const kind of kindList) {
    for (const candidate of pool.get(kind) ?? []) {
      if (questions.length >= count) break;
      if (candidate.claimIds.some((id) => usedClaims.has(id))) continue;
      const question = candidate.build(random);
      if (!question) continue;
      candidate.claimIds.forEach((id) => usedClaims.add(id));
      questions.push(question);
    }
  }
  return { seed, questions: random.shuffle(questions) };
}

/** Is this answer right? For "order", the answer is the event ids in the student's order. */
export function isCorrect(question: Question, answer: string | readonly string[] | undefined): boolean {
  if (answer === undefined) return false;
  return (Array.isArray(answer) ? answer.join(",") : answer) === question.correct;
}
