import type { ReactNode } from "react";
import { fill } from "@/lib/fill";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import type { RenderedQuestion } from "@/lib/quiz-render";
import { QuoteSpans } from "@/components/evidence/QuoteSpans";
import type { HostLabels, HostQuizLabels } from "./host-labels";
import { share } from "./OptionBars";

/**
 * The summary's parts that the live class's end and the homework's results share: each question's
 * share right, and the claims to revisit with their quotes.
 */
interface Counted {
  question: number;
  correct: number;
  answered: number;
}

interface PartProps<Q> {
  rendered: readonly RenderedQuestion[];
  locale: Locale;
  labels: HostLabels;
  questions: readonly Q[];
  /** More under each question (the homework's results: how the answers were spread). */
  detail?: (q: Q) => ReactNode;
}

function shareText(q: { correct: number; answered: number }, locale: Locale, labels: HostLabels) {
  return fill(labels.shareCorrect, {
    correct: formatNumber(q.correct, locale),
    answered: formatNumber(q.answered, locale),
    percent: share(q.correct, q.answered, locale),
  });
}

/** Question by question: its text, then a bar and "k of n right (p %)". */
export function PerQuestionList<Q extends Counted>({
  questions: asked,
  rendered,
  locale,
  labels,
  detail,
}: PartProps<Q>) {
  const shareOf = (q: Counted) => shareText(q, locale, labels);
  return (
    <ol className="mt-2 space-y-2">
      {asked.map((q) => {
        const view = rendered[q.question];
        return (
          <li key={q.question} data-summary-question={q.question} className="print-avoid-break text-base">
            <span className="font-semibold">
              <span className="tabular-nums">{q.question + 1}.</span> {view?.text}
            </span>
            {view?.statement && <span className="block text-sm text-muted">{view.statement}</span>}
            {q.answered === 0 ? (
              <span className="block text-muted">{labels.noAnswers}</span>
            ) : (
              <span className="flex flex-wrap items-center gap-x-3">
                <ShareBar count={q.correct} total={q.answered} />
                <span className="tabular-nums" data-testid="share-correct">
                  {shareOf(q)}
                </span>
              </span>
            )}
            {detail?.(q)}
          </li>
        );
      })}
    </ol>
  );
}

/** The claims the class missed most, each with the right answer and every quote that shows it. */
export function RevisitList({
  revisit,
  rendered,
  locale,
  labels,
  quiz,
}: Omit<PartProps<Counted>, "questions" | "detail"> & { revisit: readonly Counted[]; quiz: HostQuizLabels }) {
  const shareOf = (q: Counted) => shareText(q, locale, labels);
  return (
    <>
      {revisit.length === 0 ? (
        <p className="mt-2">{labels.revisitNone}</p>
      ) : (
        <ol className="mt-2 space-y-3" data-testid="revisit">
          {revisit.map((q) => {
            const view = rendered[q.question];
            if (!view) return null;
            return (
              <li key={q.question} className="print-avoid-break rounded-lg bg-surface p-3 text-base">
                <p className="font-semibold">
                  <span className="tabular-nums">{q.question + 1}.</span> {view.text}
                </p>
                {view.statement && <p>{view.statement}</p>}
                <p className="tabular-nums text-muted">{shareOf(q)}</p>
                <p className="font-semibold">{fill(labels.rightAnswerIs, { answer: view.answer })}</p>
                {view.attribution && <p>{view.attribution}</p>}
                <QuoteSpans
                  quotes={view.quotes}
                  numberLabel={quiz.quoteNumber}
                  translationLabel={quiz.ourTranslation}
                  className="mt-1"
                />
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}

/** The share right as a bar (decoration: the numbers are written beside it). */
function ShareBar({ count, total }: { count: number; total: number }) {
  return (
    <span
      aria-hidden="true"
      className="block h-[0.6em] w-[min(14rem,100%)] overflow-hidden rounded-sm bg-surface"
    >
      <span className="block h-full bg-ok" style={{ width: `${total > 0 ? (count / total) * 100 : 0}%` }} />
    </span>
  );
}

/**
 * A summary's two columns, for the live class's end and the homework's results alike: question by
 * question (with `afterQuestions` below the list), and the claims to revisit.
 */
export function SummaryColumns<Q extends Counted>({
  ids,
  revisit,
  quiz,
  afterQuestions,
  ...part
}: PartProps<Q> & {
  /** The two headings' ids (a page may show more than one summary). */
  ids: { perQuestion: string; revisit: string };
  revisit: readonly Counted[];
  quiz: HostQuizLabels;
  afterQuestions?: ReactNode;
}) {
  const { rendered, locale, labels } = part;
  return (
    <div className="grid gap-x-10 gap-y-6 lg:grid-cols-2">
      <section aria-labelledby={ids.perQuestion} className="min-w-0">
        <h2 id={ids.perQuestion} className="text-xl">
          {labels.perQuestion}
        </h2>
        <PerQuestionList {...part} />
        {afterQuestions}
      </section>
      <section aria-labelledby={ids.revisit} className="min-w-0">
        <h2 id={ids.revisit} className="text-xl">
          {labels.revisitTitle}
        </h2>
        <p className="text-sm text-muted">{labels.revisitHelp}</p>
        <RevisitList revisit={revisit} rendered={rendered} locale={locale} labels={labels} quiz={quiz} />
      </section>
    </div>
  );
}
