import type { RefObject } from "react";
import { fill } from "@/lib/fill";
import type { Question } from "@/lib/quiz";
import type { RenderedQuestion } from "@/lib/quiz-render";
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
      {view.statement && (
        <blockquote className="mt-3 border-s-4 border-accent bg-surface p-3 text-lg">
          {view.statement}
        </blockquote>
      )}

      <form
        className="mt-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (checked) onNext();
          else onCheck();
        }}
      >
        {question.kind === "order" ? (
          <OrderList
            ui={ui}
            ids={Array.isArray(answer) ? answer : question.options}
            labelOf={labelOf}
            disabled={checked}
            onChange={onAnswer}
          />
        ) : (
          <fieldset disabled={checked}>
            <legend className="sr-only">{view.text}</legend>
            <ul className="space-y-2">
              {view.options.map((option) => {
                const selected = answer === option.id;
                const mark =
                  checked && option.id === question.correct ? "✓" : checked && selected ? "✗" : null;
                return (
                  <li key={option.id}>
                    <label
                      className={`flex min-h-11 cursor-pointer items-center gap-3 rounded-md border-2 px-3 py-2 has-[:checked]:border-accent has-[:checked]:bg-surface ${
                        checked && option.id === question.correct ? "border-ok" : "border-border"
                      }`}
                    >
                      <input
                        type="radio"
                        name={`answer-${question.id}`}
                        value={option.id}
                        checked={selected}
                        onChange={() => onAnswer(option.id)}
                        className="size-5 shrink-0 accent-accent"
                      />
                      <span
                        className={
                          question.kind === "how-many" || question.kind === "when"
                            ? "tabular-nums"
                            : undefined
                        }
                      >
                        {option.label}
                      </span>
                      {mark && (
                        <span
                          aria-hidden="true"
                          className={`ms-auto font-bold ${mark === "✓" ? "text-ok" : "text-bad"}`}
                        >
                          {mark}
                        </span>
                      )}
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        )}

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
      </form>
    </section>
  );
}

export function OrderList({
  ui,
  ids,
  labelOf,
  disabled,
  onChange,
}: {
  ui: Pick<QuizUi, "moveUp" | "moveDown">;
  ids: string[];
  labelOf: (id: string) => string;
  disabled: boolean;
  onChange: (ids: string[]) => void;
}) {
  function move(from: number, to: number) {
    const next = [...ids];
    [next[from], next[to]] = [next[to]!, next[from]!];
    onChange(next);
    // Keep the keyboard on the item that moved.
    requestAnimationFrame(() => {
      const button = document.querySelector<HTMLButtonElement>(
        `[data-order-item="${next[to]}"] [data-dir="${to < from ? "up" : "down"}"]`,
      );
      (button && !button.disabled
        ? button
        : document.querySelector<HTMLButtonElement>(`[data-order-item="${next[to]}"] button:not(:disabled)`)
      )?.focus();
    });
  }
  return (
    <ol className="space-y-2">
      {ids.map((id, i) => (
        <li
          key={id}
          data-order-item={id}
          className="flex flex-wrap items-center gap-2 rounded-md border-2 border-border px-3 py-2"
        >
          <span className="tabular-nums w-6 font-bold">{i + 1}.</span>
          <span className="min-w-0 flex-1">{labelOf(id)}</span>
          <span className="flex gap-1">
            <button
              type="button"
              data-dir="up"
              className="btn btn-secondary min-h-11 px-3"
              disabled={disabled || i === 0}
              onClick={() => move(i, i - 1)}
              aria-label={`${ui.moveUp}: ${labelOf(id)}`}
            >
              ↑
            </button>
            <button
              type="button"
              data-dir="down"
              className="btn btn-secondary min-h-11 px-3"
              disabled={disabled || i === ids.length - 1}
              onClick={() => move(i, i + 1)}
              aria-label={`${ui.moveDown}: ${labelOf(id)}`}
            >
              ↓
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
