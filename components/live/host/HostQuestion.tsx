import { fill } from "@/lib/fill";
import { formatNumber } from "@/lib/format";
import type { LiveView } from "@/lib/live/client-state";
import type { Locale } from "@/lib/locales";
import type { Question } from "@/lib/quiz";
import type { RenderedQuestion } from "@/lib/quiz-render";
import { QuoteSpans } from "@/components/evidence/QuoteSpans";
import { EvidenceLinks } from "@/components/quiz/EvidenceLinks";
import type { HostLabels, HostQuizLabels } from "./host-labels";
import { optionLetter as letter } from "@/lib/live/letters";
import { ResultLine } from "./OptionBars";

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

interface Counts {
  answered: number;
  byOption: Record<string, number>;
}

/**
 * The question on the projector: open ("answered k of n"), closed, or revealed with the class's
 * answers as bars and the evidence beside them.
 */
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
  const reveal = status === "revealed" && view.reveal?.question === index ? view.reveal : null;
  const onScreen = view.counts.question === index;
  const counts: Counts = reveal
    ? reveal.distribution
    : {
        answered: onScreen ? view.counts.answered : 0,
        byOption: onScreen ? (view.counts.byOption ?? {}) : {},
      };
  const revealed = reveal !== null;
  const showBars = revealed || showDistribution;
  const statusText =
    status === "open"
      ? labels.statusOpen
      : status === "revealed"
        ? labels.statusRevealed
        : labels.statusClosed;

  return (
    <section
      aria-labelledby="host-heading"
      data-question-id={question.id}
      data-status={status}
      className={`grid gap-x-6 gap-y-4 ${revealed ? "lg:grid-cols-2" : ""}`}
    >
      <div className="min-w-0">
        <div className="flex flex-wrap items-baseline justify-between gap-x-6">
          <p className="font-semibold text-muted" data-testid="question-status">
            {statusText}
          </p>
          <p className="tabular-nums text-2xl font-bold" data-testid="answered">
            {fill(labels.answered, {
              answered: formatNumber(counts.answered, locale),
              joined: formatNumber(view.counts.joined, locale),
            })}
          </p>
        </div>
        <h1
          id="host-heading"
          tabIndex={-1}
          className={`mt-1 outline-none ${revealed ? "text-xl" : "text-2xl"}`}
        >
          {rendered.text}
        </h1>
        {rendered.statement && (
          <blockquote className="mt-2 border-s-4 border-accent bg-surface px-3 py-2 text-xl">
            {rendered.statement}
          </blockquote>
        )}
        {view.lettersOnly && !revealed && (
          <p className="mt-3 text-base text-muted" data-testid="letters-only-note">
            {labels.lettersOnlyNote}
          </p>
        )}
        {!(showOptions || revealed) ? (
          <p className="mt-4 text-lg text-muted">{labels.optionsOnPhones}</p>
        ) : question.kind === "order" ? (
          <OrderResults {...{ rendered, question, locale, labels, showBars, revealed, counts }} />
        ) : (
          <ul className="mt-2 space-y-1" aria-label={showBars ? labels.resultsTitle : undefined}>
            {rendered.options.map((option, i) => (
              <ResultLine
                key={option.id}
                data-option={option.id}
                className={revealed ? "text-base" : "text-xl"}
                textClassName={question.kind === "how-many" || question.kind === "when" ? "tabular-nums" : ""}
                lead={<Letter i={i} />}
                right={revealed && option.id === question.correct}
                count={counts.byOption[option.id] ?? 0}
                total={counts.answered}
                bar={showBars}
                {...{ locale, labels }}
              >
                {option.label}
              </ResultLine>
            ))}
          </ul>
        )}
        {!showBars && <p className="mt-2 text-base text-muted">{labels.distributionHidden}</p>}
        {revealed && counts.answered === 0 && <p className="mt-3 text-base">{labels.noAnswers}</p>}
      </div>
      {revealed && (
        <aside
          aria-labelledby="evidence-title"
          className="min-w-0 rounded-lg bg-surface p-3 text-base"
          data-testid="evidence"
        >
          <p className="flex items-start gap-2 text-xl font-bold" data-testid="right-answer">
            <span aria-hidden="true" className="text-ok">
              ✓
            </span>
            <span>{fill(labels.rightAnswerIs, { answer: rendered.answer })}</span>
          </p>
          <h2 id="evidence-title" className="mt-2 text-lg">
            {labels.evidenceTitle}
          </h2>
          <p className="mt-1">{rendered.explanation}</p>
          {rendered.attribution && <p className="mt-1 font-semibold">{rendered.attribution}</p>}
          <QuoteSpans
            quotes={rendered.quotes}
            numberLabel={quiz.quoteNumber}
            translationLabel={quiz.ourTranslation}
            className="mt-2"
          />
          <EvidenceLinks
            ui={quiz}
            view={rendered}
            className="mt-1"
            linkClassName="gap-x-[0.3em] font-semibold"
          />
        </aside>
      )}
    </section>
  );
}

/** The option's letter, also read out (phones show the same letters beside the same options). */
function Letter({ i }: { i: number }) {
  return (
    <span className="tabular-nums grid size-[1.5em] shrink-0 place-items-center rounded-full bg-accent font-bold text-on-accent">
      {letter(i)}
    </span>
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
  counts,
}: {
  rendered: RenderedQuestion;
  question: Question;
  locale: Locale;
  labels: HostLabels;
  showBars: boolean;
  revealed: boolean;
  counts: Counts;
}) {
  const letterOf = new Map(rendered.options.map((o, i) => [o.id, letter(i)]));
  const orders = Object.entries(counts.byOption).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = orders.slice(0, 3);
  if (revealed && !shown.some(([ids]) => ids === question.correct)) {
    const right = orders.find(([ids]) => ids === question.correct);
    if (right) shown.splice(2, 1, right);
  }
  const rest = orders.filter((o) => !shown.includes(o)).reduce((n, [, c]) => n + c, 0);
  const name = (ids: string) =>
    ids
      .split(",")
      .map((id) => letterOf.get(id) ?? "?")
      .join(" → ");
  return (
    <>
      <ol className={`mt-4 space-y-1 ${revealed ? "text-base" : "text-xl"}`}>
        {rendered.options.map((option, i) => (
          <li key={option.id} data-option={option.id} className="flex items-center gap-3">
            <Letter i={i} />
            {option.label}
          </li>
        ))}
      </ol>
      {showBars && (
        <ul
          className={`mt-3 space-y-2 ${revealed ? "text-base" : "text-xl"}`}
          aria-label={labels.resultsTitle}
        >
          {shown.map(([ids, count]) => (
            <ResultLine
              key={ids}
              data-order={ids}
              right={revealed && ids === question.correct}
              count={count}
              total={counts.answered}
              {...{ locale, labels }}
            >
              <span className="tabular-nums font-bold">{name(ids)}</span>
            </ResultLine>
          ))}
          {rest > 0 && (
            <ResultLine right={false} count={rest} total={counts.answered} {...{ locale, labels }}>
              {labels.otherOrders}
            </ResultLine>
          )}
        </ul>
      )}
    </>
  );
}
