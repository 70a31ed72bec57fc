import type { RefObject } from "react";
import { fill } from "@/lib/fill";
import type { RenderedQuestion } from "@/lib/quiz-render";
import { AnswerEvidence } from "./AnswerEvidence";
import type { EvidenceUi, QuizUi } from "./quiz-labels";

/**
 * Right or wrong in words and an icon (never colour alone). Focus moves here after "Check", so a
 * screen reader reads it once; it is deliberately not a live region as well.
 */
export function Feedback({
  ui,
  view,
  correct,
  yourAnswer,
  feedbackRef,
}: {
  ui: Pick<QuizUi, "correct" | "incorrect" | "yourAnswer" | "rightAnswer"> & EvidenceUi;
  view: RenderedQuestion;
  correct: boolean;
  yourAnswer: string;
  feedbackRef: RefObject<HTMLDivElement | null>;
}) {
  return (
    <div
      ref={feedbackRef}
      tabIndex={-1}
      data-testid="feedback"
      className={`mt-5 rounded-lg border-2 p-4 outline-none focus-visible:outline-3 ${
        correct ? "border-ok bg-ok-bg" : "border-bad bg-bad-bg"
      }`}
    >
      <p className="flex items-center gap-2 text-xl font-bold">
        <span aria-hidden="true" className={correct ? "text-ok" : "text-bad"}>
          {correct ? "✓" : "✗"}
        </span>
        {correct ? ui.correct : ui.incorrect}
      </p>
      {!correct && (
        <>
          <p className="mt-1">{fill(ui.yourAnswer, { answer: yourAnswer })}</p>
          <p className="mt-1 font-semibold">{fill(ui.rightAnswer, { answer: view.answer })}</p>
        </>
      )}
      <p className="mt-2">{view.explanation}</p>
      <AnswerEvidence ui={ui} view={view} linksClassName="mt-3 gap-y-2" linkClassName="font-semibold" />
    </div>
  );
}
