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
  /**
   * The calibrated weights of the options of "who?" and "which country?" as wrong answers
   * (`lib/quiz.ts`), by `kind|option id`; shipped with `weights`, for the same reason.
   */
  optionWeights?: Record<string, number>;
  /**
   * What each unit's texts name (`claim:ID`, `ns:ID`, `event:ID` → `name:…`, `place:…`,
   * `figure:…`, `date:…`; `lib/quiz-mentions.ts`), computed on the server from the texts the
   * browser never gets: no question's texts may hold another's key (`questionKeys`).
   */
  mentions?: Record<string, string[]>;
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
  /** The units whose texts it shows and the keys it turns on, where known before it is built. */
  units?: string[];
  keys?: string[];
  /** Its answer, for kinds whose options recur across items ("who?", "which country?"). */
  answer?: string;
  /**
   * `taken`: the blocks of the questions already chosen; `weigh`: each option's calibrated weight
   * as a wrong answer (see `optionWeights`). Null when no sound question fits.
   */
  build(
    random: Random,
    taken: ReadonlySet<string>,
    weigh?: (option: string) => number,
  ): { question: Question; blocks: string[] } | null;
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

/** The units whose texts a question shows (see `QuizData.mentions`). */
export function questionUnits(q: Question): string[] {
  const s = q.subject;
  if (s.type === "claim") return [`claim:${s.id}`];
  if (s.type === "not-stated") return [`ns:${s.id}`];
  if (s.type === "event") return [`event:${s.id}`];
  return s.ids.map((id) => `event:${id}`);
}

/** What a question's texts name, its options included. */
export function questionMentions(d: QuizData, q: Question): string[] {
  const options =
    q.kind === "who"
      ? q.options
          .filter((o) => o !== NOBODY)
          .flatMap((o) => [`name:${o}`, ...(d.mentions?.[`who:${o}`] ?? [])])
      : q.kind === "where"
        ? q.options.map((o) => `place:${o}`)
        : q.kind === "when"
          ? q.options.map((o) => `date:${o}`)
          : [];
  const named = questionUnits(q).flatMap((u) => d.mentions?.[u] ?? []);
  // An order question names its days only in its feedback, and it comes after every "when?"
  // question of the quiz (`lib/quiz.ts`): its days rule nothing out.
  return [...(q.kind === "order" ? named.filter((m) => !m.startsWith("date:")) : named), ...options];
}

/**
 * What no other question's texts may name: the figure a "how many?" or "does the article say
 * this?" question turns on, the source asked for, and every country or day a "where?" or "when?"
 * question offers.
 */
export function questionKeys(q: Question): string[] {
  const id = q.subject.type === "claim" ? q.subject.id : "";
  switch (q.kind) {
    case "how-many":
    case "says":
      return id ? [`figure:${id}`] : [];
    case "who":
      return q.correct === NOBODY ? [] : [`name:${q.correct}`];
    case "where":
    case "when":
      // Every option: a country or a day named elsewhere could be ruled in or out (and if only the
      // answer were never named elsewhere, "the one not named before" would find it).
      return q.options.map((o) => (q.kind === "where" ? `place:${o}` : `date:${o}`));
    case "order":
      return [];
  }
}
