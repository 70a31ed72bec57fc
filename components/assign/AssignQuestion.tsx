import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { AnswerForm, AnswerOptions } from "@/components/quiz/AnswerOptions";
import { Feedback } from "@/components/quiz/Feedback";
import type { LiveQuizLabels } from "@/components/live/student/student-labels";
import { fill } from "@/lib/fill";
import type { Question } from "@/lib/quiz";
import type { RenderedQuestion } from "@/lib/quiz-render";

export type Given = { answer: string | string[]; correct?: boolean } | undefined;

/** The words of an answer given: an option's label, or an order's labels joined by arrows. */
export function answerText(view: RenderedQuestion, given: Given, none: string): string {
  if (!given) return none;
  const label = (id: string) => view.options.find((o) => o.id === id)?.label ?? id;
  return Array.isArray(given.answer) ? given.answer.map(label).join(" → ") : label(given.answer);
}

/**
 * One homework question, as on the quiz page: the options (a choice is saved at once; an order is
 * arranged, then saved), then — when the teacher chose feedback after each answer, or once it has
 * closed — right or wrong with the evidence and the quote. Until then, "saved" and no verdict.
 */
interface AssignQuestionProps {
  question: Question;
  view: RenderedQuestion;
  index: number;
  total: number;
  given: Given;
  /** No more changes: handed in, closed, or already shown right or wrong. */
  locked: boolean;
  /** Show the verdict when there is one (`given.correct`) or, for a question left blank, the answer. */
  showRight: boolean;
  quiz: LiveQuizLabels;
  onAnswer: (value: string | string[]) => void;
  /** The page's one question (a heading that takes focus), or one in a list of them. */
  heading?: boolean;
}

export function AssignQuestion(props: AssignQuestionProps) {
  const { question, view, index, given, locked, showRight, quiz, onAnswer, heading = true } = props;
  const t = useTranslations("assign");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  // What the student just chose or arranged, shown at once while the server records it.
  const [draft, setDraft] = useState<string | string[] | null>(null);
  const verdict = showRight && given?.correct !== undefined;

  useEffect(() => {
    if (heading) headingRef.current?.focus();
  }, [heading, question.id]);
  useEffect(() => {
    if (verdict && heading) feedbackRef.current?.focus();
  }, [verdict, heading]);

  const order = question.kind === "order";
  const shown = draft ?? given?.answer;
  const HeadingTag = heading ? "h2" : "h3";
  const options = {
    ui: quiz,
    question,
    view,
    name: `homework-answer-${index}`,
    answer: shown,
    // A choice is saved at once; an order is kept here until "Save this order".
    onAnswer: (value: string | string[]) => {
      setDraft(value);
      if (!Array.isArray(value)) onAnswer(value);
    },
    disabled: locked,
    showRight: verdict || (showRight && locked),
    roomy: true,
  };
  const saveOrder = () => {
    if (order && !locked) onAnswer(Array.isArray(draft) ? draft : question.options);
  };
  return (
    <section aria-labelledby={`homework-q-${index}`} data-question-index={index}>
      <p className="font-semibold text-muted">
        {fill(quiz.questionOf, { current: index + 1, total: props.total })}
      </p>
      <HeadingTag
        id={`homework-q-${index}`}
        ref={headingRef}
        tabIndex={-1}
        className="mt-1 text-2xl outline-none focus-visible:outline-3"
      >
        {view.text}
      </HeadingTag>
      <AnswerForm statement={view.statement} onSubmit={saveOrder}>
        <AnswerOptions {...options} />
        {order && !locked && (
          <button type="submit" className="btn btn-primary mt-3">
            {t("saveOrder")}
          </button>
        )}
      </AnswerForm>
      {given && !verdict && (
        <p className="mt-3 font-semibold" data-testid="saved">
          <span aria-hidden="true">✓ </span>
          {locked ? t("savedFinal") : showRight ? t("saved") : t("savedLater")}
        </p>
      )}
      {verdict && (
        <Feedback
          ui={quiz}
          view={view}
          correct={given.correct === true}
          yourAnswer={answerText(view, given, t("noAnswer"))}
          feedbackRef={feedbackRef}
        />
      )}
      {showRight && locked && !given && (
        <p className="mt-3">
          <span className="font-semibold">{t("noAnswer")}. </span>
          {fill(quiz.rightAnswer, { answer: view.answer })}
        </p>
      )}
    </section>
  );
}
