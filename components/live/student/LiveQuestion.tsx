"use client";

import { useEffect, useRef, useState } from "react";
import { AnswerForm, AnswerOptions } from "@/components/quiz/AnswerOptions";
import { Feedback } from "@/components/quiz/Feedback";
import { fill } from "@/lib/fill";
import { paths } from "@/lib/paths";
import { isCorrect, type Question } from "@/lib/quiz";
import type { RenderedQuestion } from "@/lib/quiz-render";
import { optionLetter } from "@/lib/live/letters";
import type { QuestionStatus } from "@/lib/live/state";
import { useStudentClass } from "./StudentClass";

/**
 * One question of the class on the phone: full-width answer buttons (a choice is sent at once; an
 * order is arranged, by touch or keyboard, then sent), "answer recorded", changeable until the
 * teacher closes it; then closed; then revealed with right or wrong for this student and the evidence.
 * Every option carries the projector's letter; when the teacher chooses "letters only", the phone
 * shows just the letters (the question is read on the projector) until the reveal, and a student who
 * cannot read the projector can bring the whole question back on their own phone.
 */
export function LiveQuestion({
  index,
  total,
  question,
  view,
  status,
}: {
  index: number;
  total: number;
  question: Question;
  view: RenderedQuestion;
  status: QuestionStatus;
}) {
  const { ui, locale, answers, choose, send, sending, problem, view: classView } = useStudentClass();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const closedRef = useRef<HTMLParagraphElement>(null);
  const mine = answers[index];
  const open = status === "open";
  const revealed = status === "revealed";
  const labelOf = (id: string) => view.options.find((o) => o.id === id)?.label ?? id;
  const letterOf = (id: string) =>
    optionLetter(
      Math.max(
        0,
        view.options.findIndex((o) => o.id === id),
      ),
    );
  const optionName = (id: string) => fill(ui.t.optionLetter, { letter: letterOf(id) });
  // The question whose full text this student asked to see here, whatever the teacher's setting.
  const [shownHere, setShownHere] = useState<string | null>(null);
  const lettersMode = classView?.lettersOnly === true && !revealed;
  const lettersOnly = lettersMode && shownHere !== question.id;

  // A new question: the reader starts at its heading.
  useEffect(() => {
    headingRef.current?.focus();
  }, [question.id]);
  // Closing disables the answers and revealing adds the feedback: focus follows, never lost.
  useEffect(() => {
    if (revealed) feedbackRef.current?.focus();
    else if (status === "closed" && (document.activeElement === document.body || !document.activeElement))
      closedRef.current?.focus();
  }, [status, revealed]);

  const recorded = mine?.recorded === true;
  // Once closed, what counts is what the server confirmed, not an order still being arranged.
  const final = mine?.sent;
  // While the phone shows letters only, the answer is named by its letter too.
  const nameOf = lettersOnly ? optionName : labelOf;
  const answerText =
    final === undefined
      ? ui.t.noAnswer
      : Array.isArray(final)
        ? final.map(nameOf).join(" → ")
        : nameOf(final);

  return (
    <section aria-labelledby="live-question-heading" data-question-index={index} data-status={status}>
      <p className="font-semibold text-muted">{fill(ui.quiz.questionOf, { current: index + 1, total })}</p>
      <h2
        id="live-question-heading"
        ref={headingRef}
        tabIndex={-1}
        className="mt-2 text-2xl outline-none focus-visible:outline-3 max-sm:text-lg"
      >
        {lettersOnly
          ? question.kind === "order"
            ? ui.t.lookAtProjectorOrder
            : ui.t.lookAtProjector
          : view.text}
      </h2>
      {lettersMode && (
        <button
          type="button"
          className="btn btn-secondary mt-3"
          data-testid="show-here"
          onClick={() => setShownHere(lettersOnly ? question.id : null)}
        >
          {lettersOnly ? ui.t.showHere : ui.t.hideHere}
        </button>
      )}
      <AnswerForm
        statement={lettersOnly ? undefined : view.statement}
        onSubmit={() => {
          if (open && question.kind === "order") send(index);
        }}
      >
        <AnswerOptions
          ui={ui.quiz}
          question={question}
          view={view}
          name={`live-answer-${index}`}
          legend={lettersOnly ? ui.t.lookAtProjector : view.text}
          answer={mine?.answer}
          // A choice is sent at once; an order is sent by its button when it is arranged.
          onAnswer={(value) => choose(index, value, !Array.isArray(value))}
          disabled={!open}
          showRight={revealed}
          letters={lettersOnly ? "only" : "beside"}
          letterName={(letter) => fill(ui.t.optionLetter, { letter })}
          roomy
        />
        {/* Below the events, beside their button: the events themselves fill the first screen. */}
        {open && question.kind === "order" && <p className="mt-3 text-muted">{ui.t.orderHelp}</p>}
        {open && question.kind === "order" && (
          <button type="submit" className="btn btn-primary mt-4 w-full" disabled={sending === index}>
            {ui.t.sendOrder}
          </button>
        )}
      </AnswerForm>

      {open && (
        <div className="mt-4 min-h-16" data-testid="answer-state">
          {sending === index ? (
            <p className="text-muted">{ui.t.sending}</p>
          ) : recorded ? (
            <p>
              <span className="flex items-center gap-2 font-semibold text-ok">
                <span aria-hidden="true">✓</span>
                {ui.t.answerRecorded}
              </span>
              <span className="text-base text-muted">{ui.t.canChange}</span>
            </p>
          ) : null}
          {problem && (
            <p role="alert" className="mt-2 font-semibold text-bad">
              {problem}
            </p>
          )}
        </div>
      )}

      {status === "closed" && (
        <p
          ref={closedRef}
          tabIndex={-1}
          className="mt-5 rounded-lg border-2 border-note bg-note-bg p-4 outline-none"
        >
          <strong className="block text-xl">{ui.t.questionClosed}</strong>
          {final !== undefined && (
            <span className="block">
              {ui.t.answerRecorded}: {answerText}
            </span>
          )}
          <span className="block">{ui.t.waitReveal}</span>
        </p>
      )}

      {revealed && (
        <Feedback
          ui={ui.quiz}
          // "Read the step" stays in the class: the step as the class sees it, with the class bar.
          view={{ ...view, links: { ...view.links, step: paths.liveStep(locale, view.step.slug) } }}
          correct={final !== undefined && isCorrect(question, final)}
          yourAnswer={answerText}
          feedbackRef={feedbackRef}
        />
      )}
      {revealed && <p className="mt-4 text-muted">{ui.t.waitNext}</p>}
    </section>
  );
}
