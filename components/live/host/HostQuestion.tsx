import { fill } from "@/lib/fill";
import { formatNumber } from "@/lib/format";
import type { LiveView } from "@/lib/live/client-state";
import type { Locale } from "@/lib/locales";
import type { Question } from "@/lib/quiz";
import type { RenderedQuestion } from "@/lib/quiz-render";
import { EvidenceLinks } from "@/components/quiz/EvidenceLinks";
import type { HostLabels, HostQuizLabels } from "./host-labels";
import { CountBar, letter, RightMark } from "./OptionBars";

interface Props {
  view: LiveView;
  index: number;
  question: Question;
  rendered: RenderedQuestion;
  locale: Locale;
  labels: HostLabels;
  quiz: HostQuizLabels;
  /** The teacher's choice: the options on the projector too, or the question only. */
  showOptions: boolean;
  /** The teacher has asked for the answers so far. */
  showDistribution: boolean;
}

/** The question on the projector: open (answered k of n), closed, or revealed with the class's answers and the evidence. */
export function HostQuestion({
  view,
  index,
  question,
  rendered,
  locale,
  labels,
  quiz,
  showOptions,
  showDistribution,
}: Props) {
  const status = view.questions[index];
  const revealed = status === "revealed" && view.reveal?.question === index;
  const distribution = revealed
    ? view.reveal!.distribution
    : {
        answered: view.counts.question === index ? view.counts.answered : 0,
        correct: 0,
        byOption: view.counts.question === index ? (view.counts.byOption ?? {}) : {},
      };
  const showBars = revealed || showDistribution;
  const statusText =
    status === "open"
      ? labels.statusOpen
      : status === "revealed"
        ? labels.statusRevealed
        : labels.statusClosed;
  const answered = fill(labels.answered, {
    answered: formatNumber(distribution.answered, locale),
    joined: formatNumber(view.counts.joined, locale),
  });

  return (
    <section
      aria-labelledby="host-heading"
      data-question-id={question.id}
      data-status={status}
      className={`grid gap-8 ${revealed ? "lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" : ""}`}
    >
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-x-4 font-semibold text-muted">
          <span>{fill(labels.questionOf, { current: index + 1, total: view.questions.length })}</span>
          <span data-testid="question-status">{statusText}</span>
        </p>
        <h1 id="host-heading" tabIndex={-1} className="mt-2 text-3xl outline-none">
          {rendered.text}
        </h1>
        {rendered.statement && (
          <blockquote className="mt-3 border-s-4 border-accent bg-surface p-3 text-2xl">
            {rendered.statement}
          </blockquote>
        )}
        {showOptions || revealed ? (
          question.kind === "order" ? (
            <OrderResults {...{ rendered, question, locale, labels, showBars, revealed, distribution }} />
          ) : (
            <ul
              className="mt-5 space-y-3"
              aria-label={revealed || showBars ? labels.resultsTitle : undefined}
            >
              {rendered.options.map((option, i) => {
                const right = revealed && option.id === question.correct;
                return (
                  <li
                    key={option.id}
                    data-option={option.id}
                    className={`rounded-md border-2 px-3 py-2 text-2xl ${right ? "border-ok" : "border-border"}`}
                  >
                    <span className="flex flex-wrap items-center gap-3">
                      <span
                        aria-hidden="true"
                        className="tabular-nums grid size-[1.6em] shrink-0 place-items-center rounded-full bg-accent font-bold text-on-accent"
                      >
                        {letter(i)}
                      </span>
                      <span className="sr-only">{letter(i)}:</span>
                      <span
                        className={
                          question.kind === "how-many" || question.kind === "when"
                            ? "tabular-nums"
                            : undefined
                        }
                      >
                        {option.label}
                      </span>
                      {right && <RightMark label={labels.rightAnswer} />}
                    </span>
                    {showBars && (
                      <CountBar
                        count={distribution.byOption[option.id] ?? 0}
                        total={distribution.answered}
                        locale={locale}
                        labels={labels}
                        right={right}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          )
        ) : (
          <p className="mt-5 text-xl text-muted">{labels.optionsOnPhones}</p>
        )}
        <p className="tabular-nums mt-5 text-4xl font-bold" data-testid="answered">
          {answered}
        </p>
        {!showBars && <p className="mt-1 text-lg text-muted">{labels.distributionHidden}</p>}
        {revealed && distribution.answered === 0 && <p className="mt-1 text-lg">{labels.noAnswers}</p>}
      </div>
      {revealed && (
        <aside
          aria-labelledby="evidence-title"
          className="min-w-0 rounded-lg bg-surface p-5 text-lg"
          data-testid="evidence"
        >
          <p className="flex items-start gap-2 text-2xl font-bold" data-testid="right-answer">
            <span aria-hidden="true" className="text-ok">
              ✓
            </span>
            <span>{fill(labels.rightAnswerIs, { answer: rendered.answer })}</span>
          </p>
          <h2 id="evidence-title" className="mt-5 text-xl">
            {labels.evidenceTitle}
          </h2>
          <p className="mt-2">{rendered.explanation}</p>
          {rendered.attribution && <p className="mt-2 font-semibold">{rendered.attribution}</p>}
          <figure className="mt-3 border-s-4 border-accent ps-3">
            <figcaption className="text-base font-semibold text-muted">
              {labels.quoteOriginal} <span className="tabular-nums">[{rendered.quote.number}]</span>
            </figcaption>
            <blockquote lang="en" className="mt-1 italic">
              “{rendered.quote.text}”
            </blockquote>
            {rendered.quote.translation && (
              <p className="mt-2">
                <span className="font-semibold">{labels.translation}: </span>
                {rendered.quote.translation}
              </p>
            )}
          </figure>
          <EvidenceLinks ui={quiz} view={rendered} className="mt-3 text-base" linkClassName="font-semibold" />
        </aside>
      )}
    </section>
  );
}

/** An order question: the events with their letters, and the orders the class sent, most frequent first. */
function OrderResults({
  rendered,
  question,
  locale,
  labels,
  showBars,
  revealed,
  distribution,
}: {
  rendered: RenderedQuestion;
  question: Question;
  locale: Locale;
  labels: HostLabels;
  showBars: boolean;
  revealed: boolean;
  distribution: { answered: number; byOption: Record<string, number> };
}) {
  const letterOf = new Map(rendered.options.map((o, i) => [o.id, letter(i)]));
  const orders = Object.entries(distribution.byOption).sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  const shown = orders.slice(0, 4);
  if (revealed && !shown.some(([ids]) => ids === question.correct)) {
    const right = orders.find(([ids]) => ids === question.correct);
    if (right) shown.splice(3, 1, right);
  }
  const rest = orders.filter((o) => !shown.includes(o)).reduce((n, [, c]) => n + c, 0);
  const name = (ids: string) =>
    ids
      .split(",")
      .map((id) => letterOf.get(id) ?? "?")
      .join(" → ");
  return (
    <>
      <ol className="mt-5 space-y-2 text-2xl">
        {rendered.options.map((option, i) => (
          <li key={option.id} data-option={option.id} className="flex items-center gap-3">
            <span
              aria-hidden="true"
              className="grid size-[1.6em] shrink-0 place-items-center rounded-full bg-accent font-bold text-on-accent"
            >
              {letter(i)}
            </span>
            <span className="sr-only">{letter(i)}:</span>
            {option.label}
          </li>
        ))}
      </ol>
      {showBars && (
        <ul className="mt-5 space-y-3 text-2xl" aria-label={labels.resultsTitle}>
          {shown.map(([ids, count]) => {
            const right = revealed && ids === question.correct;
            return (
              <li
                key={ids}
                data-order={ids}
                className={`rounded-md border-2 px-3 py-2 ${right ? "border-ok" : "border-border"}`}
              >
                <span className="flex flex-wrap items-center gap-3">
                  <span className="tabular-nums font-bold">{name(ids)}</span>
                  {right && <RightMark label={labels.rightAnswer} />}
                </span>
                <CountBar
                  count={count}
                  total={distribution.answered}
                  locale={locale}
                  labels={labels}
                  right={right}
                />
              </li>
            );
          })}
          {rest > 0 && (
            <li className="rounded-md border-2 border-border px-3 py-2">
              {labels.otherOrders}
              <CountBar count={rest} total={distribution.answered} locale={locale} labels={labels} />
            </li>
          )}
        </ul>
      )}
    </>
  );
}
