/**
 * What a live-class screen knows of the class, built from the event stream (docs/live.md,
 * "Streams"): a snapshot replaces it, every later event updates it. Pure, so the phone and the
 * projector apply frames the same way, and a frame the view already has is ignored.
 */
import type { Phase, QuestionStatus } from "./state";

export interface LiveDistribution {
  answered: number;
  correct: number;
  /** Answers by stored value (an option id; for `order` the ids joined by `,`). */
  byOption: Record<string, number>;
}

export interface LiveReveal {
  question: number;
  id: string;
  kind: string;
  /** The right option id, or the event ids in order for `order`. */
  correct: string | string[];
  distribution: LiveDistribution;
}

export interface LiveCounts {
  question: number | null;
  answered: number;
  joined: number;
  /** Host only: live answers by option for the question on screen. */
  byOption?: Record<string, number>;
  /** Host only: joined by language, or null unless every language present has 3 or more. */
  byLocale?: Record<string, number> | null;
}

export interface LiveView {
  seq: number;
  classCode: string;
  count: number;
  datasetVersion: string;
  phase: Phase;
  step: number | null;
  slug: string | null;
  question: number | null;
  questionId: string | null;
  kind: string | null;
  questions: QuestionStatus[];
  locked: boolean;
  /** The phones show only the option letters; the question is read on the projector. */
  lettersOnly: boolean;
  counts: LiveCounts;
  /** The reveal of the question on screen, when it is revealed. */
  reveal: LiveReveal | null;
  /** Set by a `deleted` event: the class is gone; forget its keys. */
  deleted: boolean;
  /** Host only. */
  joinCode?: string;
  hostLocale?: string;
}

/**
 * Where a screen's event stream is: connecting for the first time, open, reconnecting after it
 * dropped, or polling (no heartbeat came through: some school filters hold streams back).
 */
export type StreamStatus = "connecting" | "open" | "reconnecting" | "polling";

/** One event of a live-class stream, as the screens receive it. */
export interface LiveFrame {
  /** The log seq this frame brings the reader up to, or null (a counts update that does not). */
  id: number | null;
  event: string;
  data: unknown;
}

type Data = Record<string, unknown>;

const isObject = (v: unknown): v is Data => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

function counts(v: unknown, previous?: LiveCounts): LiveCounts {
  const d = isObject(v) ? v : {};
  return {
    question: d.question === undefined ? (previous?.question ?? null) : num(d.question),
    answered: num(d.answered) ?? 0,
    joined: num(d.joined) ?? previous?.joined ?? 0,
    ...(isObject(d.byOption) ? { byOption: d.byOption as Record<string, number> } : {}),
    ...(d.byLocale === null || isObject(d.byLocale)
      ? { byLocale: d.byLocale as Record<string, number> | null }
      : previous && "byLocale" in previous
        ? { byLocale: previous.byLocale ?? null }
        : {}),
  };
}

function reveal(v: unknown): LiveReveal | null {
  if (!isObject(v) || num(v.question) === null) return null;
  const dist = isObject(v.distribution) ? v.distribution : {};
  return {
    question: v.question as number,
    id: str(v.id) ?? "",
    kind: str(v.kind) ?? "",
    correct: Array.isArray(v.correct) ? v.correct.map(String) : String(v.correct ?? ""),
    distribution: {
      answered: num(dist.answered) ?? 0,
      correct: num(dist.correct) ?? 0,
      byOption: isObject(dist.byOption) ? (dist.byOption as Record<string, number>) : {},
    },
  };
}

/** A view from a `snapshot` frame's data; null when it is not one. */
export function viewFromSnapshot(data: unknown): LiveView | null {
  if (!isObject(data)) return null;
  const seq = num(data.seq);
  const phase = str(data.phase) as Phase | null;
  if (seq === null || !phase || !Array.isArray(data.questions)) return null;
  return {
    seq,
    classCode: str(data.classCode) ?? "",
    count: num(data.count) ?? data.questions.length,
    datasetVersion: str(data.datasetVersion) ?? "",
    phase,
    step: num(data.step),
    slug: str(data.slug),
    question: num(data.question),
    questionId: str(data.questionId),
    kind: str(data.kind),
    questions: data.questions as QuestionStatus[],
    locked: data.locked === true,
    lettersOnly: data.lettersOnly === true,
    counts: counts(data.counts),
    reveal: reveal(data.reveal),
    deleted: false,
    ...(str(data.joinCode) ? { joinCode: str(data.joinCode)! } : {}),
    ...(str(data.hostLocale) ? { hostLocale: str(data.hostLocale)! } : {}),
  };
}

/**
 * The view after `frame`. Before the first snapshot there is no view (null) and only a snapshot
 * makes one; a state frame at or below the view's seq is one it already has and changes nothing.
 */
export function applyFrame(view: LiveView | null, frame: LiveFrame): LiveView | null {
  if (frame.event === "snapshot") return viewFromSnapshot(frame.data) ?? view;
  if (!view) return null;
  if (frame.id !== null && frame.id <= view.seq && frame.event !== "counts") return view;
  const d = isObject(frame.data) ? frame.data : {};
  const next: LiveView = { ...view, seq: frame.id ?? view.seq, questions: [...view.questions] };
  const q = num(d.question);
  switch (frame.event) {
    case "step":
      next.phase = "step";
      next.step = num(d.step);
      next.slug = str(d.slug);
      closeOpen(next);
      break;
    case "open":
      if (q === null) return view;
      closeOpen(next);
      next.phase = "question";
      next.question = q;
      next.questionId = str(d.id);
      next.kind = str(d.kind);
      next.questions[q] = "open";
      next.reveal = null;
      next.counts = {
        ...next.counts,
        question: q,
        answered: 0,
        ...(next.counts.byOption ? { byOption: {} } : {}),
      };
      break;
    case "close":
      if (q === null) return view;
      if (next.questions[q] === "open") next.questions[q] = "closed";
      break;
    case "reveal": {
      const r = reveal(d);
      if (!r) return view;
      next.phase = "question";
      next.question = r.question;
      next.questionId = r.id;
      next.kind = r.kind;
      next.questions[r.question] = "revealed";
      next.reveal = r;
      break;
    }
    case "lock":
    case "unlock":
      next.locked = frame.event === "lock";
      break;
    case "letters-only":
    case "full-text":
      next.lettersOnly = frame.event === "letters-only";
      break;
    case "summary":
      closeOpen(next);
      next.phase = "summary";
      break;
    case "end":
      closeOpen(next);
      next.phase = "ended";
      break;
    case "deleted":
      next.phase = "ended";
      next.deleted = true;
      break;
    case "counts":
      next.counts = counts(d, view.counts);
      break;
    default:
      return frame.id === null ? view : next;
  }
  return next;
}

function closeOpen(view: LiveView) {
  const i = view.questions.indexOf("open");
  if (i >= 0) view.questions[i] = "closed";
}
