/**
 * The shapes the quiz generator reads and writes. Ids only, no text: the UI renders a question in
 * whatever language the student picks, so a class sharing a code shares the same quiz in every
 * language.
 */
import type { Figure } from "./figures";
import type { Random } from "./random";
import type { Authority, Claim, NotStated, Place, Quote, TimelineEvent } from "./schemas";

/**
 * What the generator reads: ids, kinds, figures, dates and references — no text. A full `Dataset`
 * fits; so does the stripped copy (`toQuizData`) that the quiz page sends to the browser.
 */
export interface QuizData {
  authorities: Pick<Authority, "id" | "kind" | "countryId" | "topic">[];
  places: Pick<Place, "id" | "kind" | "role">[];
  /** Whose each span is: a claim's source is derived from them (`claimSource`). */
  quotes: Pick<Quote, "id" | "speakerId" | "contextSpeakerId">[];
  claims: QuizClaim[];
  notStated: Pick<NotStated, "id" | "quoteIds" | "step" | "links">[];
  timeline: (Pick<TimelineEvent, "id" | "period" | "claimIds" | "quoteIds"> & { question?: unknown })[];
  /**
   * The candidates' calibrated weights (`lib/quiz.ts`), computed on the server so that the browser
   * need not simulate quizzes first; without them the generator computes the same numbers.
   */
  weights?: number[];
}
type StripText<C> = C extends unknown
  ? Omit<C, "statement" | "quiz" | "chartLabel" | "contradicted" | "decides"> & {
      quiz?: {
        howMany?: unknown;
        where?: { placeId: string };
        wrongBelow?: string;
        keyRank?: number;
        whoOptions?: string[];
      };
      /** Only whether there is one: its text is in the quiz pack. */
      contradicted?: unknown;
    }
  : never;
export type QuizClaim = StripText<Claim>;

export const questionKinds = ["how-many", "who", "where", "when", "says", "order"] as const;
export type QuestionKind = (typeof questionKinds)[number];

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
  /** For "says" questions about a text claim: its contradicted version is shown. */
  contradicted?: true;
  /** The spans of the article that show the answer, in the order they are shown. */
  quoteIds: string[];
  step: string;
}

/**
 * One question the dataset can give. `blocks` are what it uses up — its items (claims, not-stated
 * items and those they link to), quotes, timeline events, and for who/where questions the answer —
 * and a quiz never holds two questions that share one: a quote shown after one answer must not
 * answer another question, nor a stem state another question's answer.
 */
export interface Candidate {
  kind: QuestionKind;
  blocks: string[];
  /** `taken`: the blocks of the questions already chosen. Null when no sound question fits. */
  build(random: Random, taken: ReadonlySet<string>): { question: Question; blocks: string[] } | null;
}

/** Everything a claim or not-stated item uses up in a quiz (see `Candidate.blocks`). */
export function itemBlocks(
  d: QuizData,
  item: { id: string; quoteIds: readonly string[]; links?: string[] | undefined },
) {
  const events = d.timeline.filter((e) => e.claimIds.includes(item.id)).map((e) => `event:${e.id}`);
  const links = d.claims
    .filter((c) => c.links?.includes(item.id))
    .map((c) => c.id)
    .concat(
      d.notStated.filter((n) => n.links?.includes(item.id)).map((n) => n.id),
      item.links ?? [],
    );
  const quotes = item.quoteIds.map((id) => `quote:${id}`);
  return [`item:${item.id}`, ...quotes, ...events, ...links.map((id) => `item:${id}`)];
}
