import type { RefObject } from "react";
import { fill } from "@/lib/fill";
import type { Question } from "@/lib/quiz";
import type { RenderedQuestion } from "@/lib/quiz-render";
import { AnswerForm, AnswerOptions } from "./AnswerOptions";
import { Feedback } from "./Feedback";
import type { QuizUi } from "./quiz-labels";
import type { Answer } from "./quiz-state";

interface Props {
  ui: QuizUi;
  question: Question;
  view: RenderedQuestion;
  position: { current: number; total: number };
  answer: Answer | undefined;
  checked: boolean;
  correct: boolean;
  problem: string | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  feedbackRef: RefObject<HTMLDivElement | null>;
  onAnswer: (value: Answer) => void;
  onCheck: () => void;
  onNext: () => void;
  nextLabel: string;
}

export function QuestionView({
  ui,
  question,
  view,
  position,
  answer,
  checked,
  correct,
  problem,
  headingRef,
  feedbackRef,
  onAnswer,
  onCheck,
  onNext,
  nextLabel,
}: Props) {
  const labelOf = (id: string) => view.options.find((o) => o.id === id)?.label ?? id;

  return (
    <section
      aria-labelledby="question-heading"
      data-question-id={question.id}
      className="rounded-lg border border-border p-4 sm:p-6"
    >
      <p className="font-semibold text-muted">{fill(ui.questionOf, position)}</p>
      <progress
        className="step-progress mt-1 h-1.5 w-full"
        value={position.current}
        max={position.total}
        aria-hidden="true"
      />
      <h2 id="question-heading" ref={headingRef} tabIndex={-1} className="mt-4 text-2xl outline-none">
        {view.text}
      </h2>
      <AnswerForm
        statement={view.statement}
        statementClassName="text-lg"
        onSubmit={() => (checked ? onNext() : onCheck())}
      >
        <AnswerOptions
          ui={ui}
          question={question}
          view={view}
          name={`answer-${question.id}`}
          answer={answer}
          onAnswer={onAnswer}
          disabled={checked}
          showRight={checked}
        />

        {problem && (
          <p role="alert" className="mt-3 font-semibold text-bad">
            {problem}
          </p>
        )}

        {checked && (
          <Feedback
            ui={ui}
            view={view}
            correct={correct}
            yourAnswer={
              Array.isArray(answer) ? answer.map(labelOf).join(" → ") : answer ? labelOf(answer) : ""
            }
            feedbackRef={feedbackRef}
          />
        )}

        <div className="mt-5">
          <button type="submit" className="btn btn-primary">
            {checked ? nextLabel : ui.check}
          </button>
        </div>
      </AnswerForm>
    </section>
  );
}
