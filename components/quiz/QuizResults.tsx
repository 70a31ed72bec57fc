import type { RefObject } from "react";
import { fill } from "@/lib/fill";
import { formatInstant } from "@/lib/format";
import { isCorrect, type Question } from "@/lib/quiz";
import type { RenderedQuestion } from "@/lib/quiz-render";
import type { Locale } from "@/lib/locales";
import { AnswerEvidence } from "./AnswerEvidence";
import type { QuizUi } from "./quiz-labels";
import type { Answer } from "./quiz-state";

export function QuizResults({
  ui,
  locale,
  seed,
  round,
  rendered,
  answers,
  headingRef,
  onRetry,
  onRestart,
  onNewQuiz,
}: {
  ui: QuizUi;
  locale: Locale;
  seed: string;
  round: Question[];
  rendered: Map<string, RenderedQuestion>;
  answers: Record<string, Answer>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onRetry: (missed: string[]) => void;
  onRestart: () => void;
  onNewQuiz: () => void;
}) {
  const missed = round.filter((q) => !isCorrect(q, answers[q.id])).map((q) => q.id);
  const score = round.length - missed.length;
  const share = round.length ? score / round.length : 0;
  const band = share >= 0.8 ? ui.bandHigh : share >= 0.5 ? ui.bandMid : ui.bandLow;
  const now = new Date();
  const today = formatInstant(now, -now.getTimezoneOffset(), locale, { dateStyle: "long" });

  return (
    <section aria-labelledby="results-heading" className="space-y-6">
      <h2 id="results-heading" ref={headingRef} tabIndex={-1} className="text-3xl outline-none">
        {ui.resultsTitle}
      </h2>
      <div
        className="print-avoid-break rounded-lg border-2 border-accent p-5"
        aria-label={ui.resultsCard}
        role="group"
      >
        <p className="tabular-nums text-4xl font-bold">{fill(ui.score, { score, total: round.length })}</p>
        <p className="mt-2 text-xl">{band}</p>
        <ul className="mt-3 text-base">
          <li>{fill(ui.cardCode, { code: seed })}</li>
          <li>{fill(ui.cardScore, { score, total: round.length })}</li>
          <li>{fill(ui.cardDate, { date: today })}</li>
        </ul>
      </div>

      <div className="no-print flex flex-wrap gap-3">
        {missed.length > 0 ? (
          <button type="button" className="btn btn-primary" onClick={() => onRetry(missed)}>
            {ui.retryMissed} ({missed.length})
          </button>
        ) : (
          <p className="font-semibold">{ui.allRight}</p>
        )}
        <button type="button" className="btn btn-secondary" onClick={onRestart}>
          {ui.restart}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onNewQuiz}>
          {ui.newQuiz}
        </button>
      </div>

      <section aria-labelledby="review-heading">
        <h3 id="review-heading" className="text-2xl">
          {ui.reviewTitle}
        </h3>
        <ol className="mt-3 space-y-4">
          {round.map((q, i) => {
            const view = rendered.get(q.id)!;
            const ok = isCorrect(q, answers[q.id]);
            return (
              <li key={q.id} className="print-avoid-break rounded-lg border border-border p-4">
                <p className="flex items-start gap-2 font-semibold">
                  <span aria-hidden="true" className={ok ? "text-ok" : "text-bad"}>
                    {ok ? "✓" : "✗"}
                  </span>
                  <span>
                    {i + 1}. {view.text}
                    <span className="sr-only"> — {ok ? ui.correct : ui.incorrect}</span>
                  </span>
                </p>
                {view.statement && <p className="mt-1 italic">{view.statement}</p>}
                <p className="mt-2">{fill(ui.rightAnswer, { answer: view.answer })}</p>
                <p className="mt-1 text-base">{view.explanation}</p>
                <AnswerEvidence ui={ui} view={view} linksClassName="mt-2 text-base" />
              </li>
            );
          })}
        </ol>
      </section>
    </section>
  );
}
