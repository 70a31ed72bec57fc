/**
 * What the teacher's "next" and "back" do (one key each on the projector): walk the explainer's
 * steps, then the questions (open → reveal → the next one), then the summary. Pure, so the screen's
 * buttons, its shortcuts and the tests agree on the order.
 */
import type { commandTypes } from "./schemas";
import type { Phase, QuestionStatus } from "./state";

export type HostCommandType = (typeof commandTypes)[number];

export interface HostCommand {
  type: HostCommandType;
  index?: number;
}

/** The parts of the class's state that the sequence reads (a `LiveView` fits). */
export interface SequenceView {
  phase: Phase;
  step: number | null;
  question: number | null;
  questions: readonly QuestionStatus[];
}

/** The first question not opened yet, looking after `from` first, then from the start. */
export function nextNewQuestion(view: SequenceView, from: number | null = view.question): number | null {
  const start = from === null ? 0 : from + 1;
  for (let i = start; i < view.questions.length; i++) if (view.questions[i] === "new") return i;
  const any = view.questions.indexOf("new");
  return any < 0 ? null : any;
}

/** The question open right now, if any. */
export function openQuestionOf(view: SequenceView): number | null {
  const i = view.questions.indexOf("open");
  return i < 0 ? null : i;
}

/** Where "next" takes the class; null at the summary and after the end. */
export function nextCommand(view: SequenceView, stepCount: number): HostCommand | null {
  switch (view.phase) {
    case "lobby":
      return { type: "start" };
    case "step": {
      const step = view.step ?? -1;
      if (step + 1 < stepCount) return { type: "step", index: step + 1 };
      const q = nextNewQuestion(view, null);
      return q === null ? { type: "summary" } : { type: "open", index: q };
    }
    case "question": {
      const i = view.question;
      if (i !== null && (view.questions[i] === "open" || view.questions[i] === "closed"))
        return { type: "reveal", index: i };
      const q = nextNewQuestion(view);
      return q === null ? { type: "summary" } : { type: "open", index: q };
    }
    default:
      return null;
  }
}

/** The revealed question before `before` (any, when `before` is null), to show again. */
function revealedBefore(view: SequenceView, before: number | null): number | null {
  for (let i = (before ?? view.questions.length) - 1; i >= 0; i--)
    if (view.questions[i] === "revealed") return i;
  return null;
}

/** Where "back" takes the class: the step before, the last revealed question, or the last step. */
export function prevCommand(view: SequenceView, stepCount: number): HostCommand | null {
  const lastStep = (): HostCommand | null =>
    stepCount > 0 ? { type: "step", index: Math.min(view.step ?? stepCount - 1, stepCount - 1) } : null;
  switch (view.phase) {
    case "step":
      return view.step !== null && view.step > 0 ? { type: "step", index: view.step - 1 } : null;
    case "question": {
      const j = revealedBefore(view, view.question);
      return j === null ? lastStep() : { type: "reveal", index: j };
    }
    case "summary": {
      const j = revealedBefore(view, null);
      return j === null ? lastStep() : { type: "reveal", index: j };
    }
    default:
      return null;
  }
}
