/**
 * The live class's state machine (LIVE.md, "States"), pure: the server applies a host command to the
 * stored state and appends the events it returns, all in one transaction.
 *
 * lobby → step(n) ⇄ question(i): open → closed → revealed → … → summary → ended
 */
import type { CommandBody } from "./schemas";

export const phases = ["lobby", "step", "question", "summary", "ended"] as const;
export type Phase = (typeof phases)[number];
export type QuestionStatus = "new" | "open" | "closed" | "revealed";

export interface LiveState {
  phase: Phase;
  /** The step shown (phase "step"), else the last one shown. */
  step: number | null;
  /** The question shown (phase "question"), else the last one shown. */
  question: number | null;
  questions: QuestionStatus[];
  locked: boolean;
  /**
   * The teacher's choice: the question is read on the projector and the phones show only the option
   * letters (A, B, C…). Absent in sessions stored before it existed, which read as false.
   */
  lettersOnly?: boolean;
}

/** Events in the session's log. `answer`, `joined` and `locale` only move counts. */
export const countEventTypes = ["answer", "joined", "locale"] as const;
export type CountEventType = (typeof countEventTypes)[number];
export const stateEventTypes = [
  "step",
  "open",
  "close",
  "reveal",
  "lock",
  "unlock",
  "letters-only",
  "full-text",
  "summary",
  "end",
] as const;
export type StateEventType = (typeof stateEventTypes)[number];

export function isCountEvent(type: string): type is CountEventType {
  return (countEventTypes as readonly string[]).includes(type);
}

export interface PlannedEvent {
  type: StateEventType;
  payload: Record<string, unknown>;
}

export type Transition =
  | { ok: true; state: LiveState; events: PlannedEvent[] }
  | { ok: false; status: number; error: "bad-index" | "bad-state" | "ended" };

export function initialState(questionCount: number, options: { lettersOnly?: boolean } = {}): LiveState {
  return {
    phase: "lobby",
    step: null,
    question: null,
    questions: Array.from({ length: questionCount }, () => "new" as const),
    locked: false,
    lettersOnly: options.lettersOnly === true,
  };
}

/** The question open right now, if any (at most one is). */
export function openQuestion(state: LiveState): number | null {
  const i = state.questions.indexOf("open");
  return i < 0 ? null : i;
}

export interface Limits {
  steps: number;
  questions: number;
}

/**
 * Applies one host command (`delete` is not a transition: the server removes the session). Moving
 * away from an open question closes it first, so students never answer a question they cannot see.
 */
export function applyCommand(state: LiveState, command: CommandBody, limits: Limits): Transition {
  if (state.phase === "ended") return { ok: false, status: 410, error: "ended" };
  const next: LiveState = { ...state, questions: [...state.questions] };
  const events: PlannedEvent[] = [];
  const closeOpen = () => {
    const open = openQuestion(next);
    if (open !== null) {
      next.questions[open] = "closed";
      events.push({ type: "close", payload: { question: open } });
    }
  };
  const index = command.index;
  const needIndex = (max: number): number | null =>
    index === undefined || index < 0 || index >= max ? null : index;

  switch (command.type) {
    case "start":
    case "step": {
      const step = command.type === "start" ? (index ?? 0) : needIndex(limits.steps);
      if (step === null || step < 0 || step >= limits.steps)
        return { ok: false, status: 400, error: "bad-index" };
      if (command.type === "start" && state.phase !== "lobby")
        return { ok: false, status: 409, error: "bad-state" };
      closeOpen();
      next.phase = "step";
      next.step = step;
      events.push({ type: "step", payload: { step } });
      break;
    }
    case "open": {
      const i = needIndex(limits.questions);
      if (i === null) return { ok: false, status: 400, error: "bad-index" };
      if (state.questions[i] !== "new") return { ok: false, status: 409, error: "bad-state" };
      closeOpen();
      next.phase = "question";
      next.question = i;
      next.questions[i] = "open";
      events.push({ type: "open", payload: { question: i } });
      break;
    }
    case "close": {
      const i = index === undefined ? openQuestion(state) : needIndex(limits.questions);
      if (index !== undefined && i === null) return { ok: false, status: 400, error: "bad-index" };
      if (i === null || state.questions[i] !== "open") return { ok: false, status: 409, error: "bad-state" };
      next.questions[i] = "closed";
      events.push({ type: "close", payload: { question: i } });
      break;
    }
    case "reveal": {
      // Reveal the given question, or the one on screen. Revealing an open question closes it first;
      // revealing a revealed one again brings it back on screen (the host going back to it).
      const i = index === undefined ? state.question : needIndex(limits.questions);
      if (index !== undefined && i === null) return { ok: false, status: 400, error: "bad-index" };
      if (i === null || state.questions[i] === "new") return { ok: false, status: 409, error: "bad-state" };
      if (openQuestion(next) !== i) closeOpen();
      if (next.questions[i] === "open") {
        next.questions[i] = "closed";
        events.push({ type: "close", payload: { question: i } });
      }
      next.phase = "question";
      next.question = i;
      next.questions[i] = "revealed";
      events.push({ type: "reveal", payload: { question: i } });
      break;
    }
    case "lock":
    case "unlock": {
      next.locked = command.type === "lock";
      events.push({ type: command.type, payload: {} });
      break;
    }
    case "letters-only":
    case "full-text": {
      // Allowed in any phase, an open question included: the phones redraw it at once.
      next.lettersOnly = command.type === "letters-only";
      events.push({ type: command.type, payload: {} });
      break;
    }
    case "summary": {
      closeOpen();
      next.phase = "summary";
      events.push({ type: "summary", payload: {} });
      break;
    }
    case "end": {
      closeOpen();
      next.phase = "ended";
      events.push({ type: "end", payload: {} });
      break;
    }
    case "delete":
      return { ok: false, status: 400, error: "bad-state" };
  }
  return { ok: true, state: next, events };
}

/** May a student answer question `i` now? Only while it is open. */
export function canAnswer(state: LiveState, i: number): boolean {
  return state.phase !== "ended" && state.questions[i] === "open";
}
