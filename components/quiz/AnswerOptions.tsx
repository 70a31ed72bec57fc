import type { ReactNode } from "react";
import { optionLetter } from "@/lib/live/letters";
import type { Question } from "@/lib/quiz";
import type { RenderedQuestion } from "@/lib/quiz-render";
import type { QuizUi } from "./quiz-labels";
import type { Answer } from "./quiz-state";

/**
 * Below a question's heading, in the quiz and on a phone alike: the statement a "does the article
 * say this?" question asks about, then the form its answer is given in (Enter submits it).
 */
export function AnswerForm({
  statement,
  statementClassName = "",
  onSubmit,
  children,
}: {
  statement: string | undefined;
  statementClassName?: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <>
      {statement && (
        <blockquote className={`mt-3 border-s-4 border-accent bg-surface p-3 ${statementClassName}`}>
          {statement}
        </blockquote>
      )}
      <form
        className="mt-4"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
    </>
  );
}

/**
 * A question's answer options, one component for the self-paced quiz and for a phone in a live class:
 * radio buttons for a one-answer question, a list to put in order (by touch or keyboard) for an
 * order question. Once the answer may be shown (`showRight`: checked, revealed), the right option is
 * marked ✓ and a wrong choice ✗ — in words elsewhere, never by colour alone. In a live class each
 * option carries the projector's letter (`letters: "beside"`), or only its letter when the question
 * is read on the projector (`letters: "only"`: "Option A"…).
 */
export function AnswerOptions({
  ui,
  question,
  view,
  name,
  legend = view.text,
  answer,
  onAnswer,
  disabled,
  showRight,
  letters,
  letterName = (letter) => letter,
  roomy = false,
}: {
  ui: Pick<QuizUi, "moveUp" | "moveDown">;
  question: Question;
  view: RenderedQuestion;
  /** The radio group's name. */
  name: string;
  legend?: string;
  answer: Answer | undefined;
  /** A choice made, or an order arranged. */
  onAnswer: (value: Answer) => void;
  disabled: boolean;
  showRight: boolean;
  letters?: "beside" | "only";
  /** "Option A", for an option shown by its letter only. */
  letterName?: (letter: string) => string;
  /** Larger targets and room between them, for phones. */
  roomy?: boolean;
}) {
  const index = new Map(view.options.map((o, i) => [o.id, i]));
  const letterOf = (id: string) => optionLetter(index.get(id) ?? 0);
  const labelOf = (id: string) => view.options[index.get(id) ?? -1]?.label ?? id;
  if (question.kind === "order")
    return (
      <OrderList
        ui={ui}
        ids={Array.isArray(answer) ? answer : question.options}
        labelOf={
          letters === "only"
            ? (id) => letterName(letterOf(id))
            : letters
              ? (id) => `${letterOf(id)}. ${labelOf(id)}`
              : labelOf
        }
        disabled={disabled}
        onChange={onAnswer}
      />
    );
  return (
    <ChoiceOptions
      name={name}
      legend={legend}
      options={view.options}
      chosen={typeof answer === "string" ? answer : undefined}
      onChoose={onAnswer}
      disabled={disabled}
      rightAnswer={showRight ? question.correct : null}
      numeric={question.kind === "how-many" || question.kind === "when"}
      letters={letters}
      letterName={letterName}
      roomy={roomy}
    />
  );
}

/** The options of a one-answer question, as radio buttons. */
function ChoiceOptions({
  name,
  legend,
  options,
  chosen,
  onChoose,
  disabled,
  rightAnswer,
  numeric,
  letters,
  letterName,
  roomy,
}: {
  name: string;
  legend: string;
  options: RenderedQuestion["options"];
  chosen: string | undefined;
  onChoose: (id: string) => void;
  disabled: boolean;
  /** The right option's id once it may be shown (checked, revealed), else null. */
  rightAnswer: string | null;
  /** Figures and dates line up their digits. */
  numeric: boolean;
  letters?: "beside" | "only";
  /** "Option A", for a radio shown by its letter only. */
  letterName: (letter: string) => string;
  roomy: boolean;
}) {
  const lettersOnly = letters === "only";
  return (
    <fieldset disabled={disabled}>
      <legend className="sr-only">{legend}</legend>
      <ul className={lettersOnly ? "grid grid-cols-2 gap-3" : roomy ? "space-y-3" : "space-y-2"}>
        {options.map((option, i) => {
          const selected = chosen === option.id;
          const right = rightAnswer !== null && option.id === rightAnswer;
          const mark = right ? "✓" : rightAnswer !== null && selected ? "✗" : null;
          const letter = optionLetter(i);
          return (
            <li key={option.id}>
              <label
                className={`flex ${roomy ? "min-h-12" : "min-h-11"} w-full cursor-pointer items-center gap-3 rounded-md border-2 px-3 py-2 has-[:checked]:border-accent has-[:checked]:bg-surface has-[:disabled]:cursor-default ${
                  right ? "border-ok" : "border-border"
                }`}
              >
                <input
                  type="radio"
                  name={name}
                  value={option.id}
                  checked={selected}
                  onChange={() => onChoose(option.id)}
                  className="size-5 shrink-0 accent-accent"
                  {...(lettersOnly ? { "aria-label": letterName(letter) } : {})}
                />
                {letters && (
                  <span className={lettersOnly ? "text-3xl font-bold" : "font-bold"} data-letter>
                    {letter}
                  </span>
                )}
                {!lettersOnly && <span className={numeric ? "tabular-nums" : undefined}>{option.label}</span>}
                {mark && (
                  <span aria-hidden="true" className={`ms-auto font-bold ${right ? "text-ok" : "text-bad"}`}>
                    {mark}
                  </span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** The events of an order question, each moved up or down by its buttons. */
function OrderList({
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
  // On a phone the buttons stand one above the other, leaving the event's text the width it needs:
  // a whole question of four events then fits the first screen.
  return (
    <ol className="space-y-2 max-sm:space-y-1.5">
      {ids.map((id, i) => (
        <li
          key={id}
          data-order-item={id}
          className="flex items-center gap-2 rounded-md border-2 border-border px-3 py-2 max-sm:px-2 max-sm:py-1"
        >
          <span className="tabular-nums w-6 shrink-0 font-bold max-sm:w-5">{i + 1}.</span>
          <span className="min-w-0 flex-1 max-sm:text-base">{labelOf(id)}</span>
          <span className="flex shrink-0 gap-1 max-sm:flex-col">
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
