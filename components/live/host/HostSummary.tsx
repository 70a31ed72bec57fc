import { useEffect, useState } from "react";
import { fill } from "@/lib/fill";
import { formatNumber } from "@/lib/format";
import { liveApi, liveRequest, type LiveErrorCode } from "@/components/live/client-api";
import { csvSeparatorFor } from "@/lib/live/summary-csv";
import type { Locale } from "@/lib/locales";
import type { RenderedQuestion } from "@/lib/quiz-render";
import { PrintButton } from "@/components/teach/PrintButton";
import type { HostLabels, HostQuizLabels, LiveErrorLabels } from "./host-labels";
import { downloadCsv } from "./csv-download";
import { SummaryColumns } from "./SummaryParts";

/** `GET …/summary` (docs/live.md): aggregate counts only. */
export interface LiveSummary {
  joined: number;
  questions: {
    question: number;
    id: string;
    status: string;
    answered: number;
    correct: number;
    byOption: Record<string, number>;
  }[];
}

/** At most this many claims in "what to revisit", each missed by at least a quarter of those who answered. */
const REVISIT_MAX = 3;
const REVISIT_BELOW = 0.75;

export function revisitList(summary: LiveSummary) {
  return summary.questions
    .filter((q) => q.answered > 0 && q.correct / q.answered < REVISIT_BELOW)
    .sort((a, b) => a.correct / a.answered - b.correct / b.answered || a.question - b.question)
    .slice(0, REVISIT_MAX);
}

/** The CSV's file name: the join code and today's date, so several classes' files do not collide. */
export function csvFileName(joinCode: string, date: Date): string {
  return `live-class-${joinCode}-${date.toISOString().slice(0, 10)}.csv`;
}

export function HostSummary({
  sessionId,
  hostKey,
  joinCode,
  ended,
  refreshKey,
  rendered,
  locale,
  labels,
  quiz,
  errors,
  onDelete,
}: {
  sessionId: string;
  hostKey: string;
  joinCode: string;
  ended: boolean;
  /** Changes when the counts may have changed (the view's seq): the summary is fetched again. */
  refreshKey: number;
  rendered: RenderedQuestion[];
  locale: Locale;
  labels: HostLabels;
  quiz: HostQuizLabels;
  errors: LiveErrorLabels;
  onDelete: () => void;
}) {
  const [summary, setSummary] = useState<LiveSummary | null>(null);
  const [problem, setProblem] = useState<LiveErrorCode | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    liveRequest<LiveSummary>(liveApi.summary(sessionId), { key: hostKey, signal: abort.signal })
      .then((r) => {
        if (abort.signal.aborted) return;
        if (r.ok) {
          setSummary(r.data);
          setProblem(null);
        } else setProblem(r.code);
      })
      .catch(() => undefined);
    return () => abort.abort();
  }, [sessionId, hostKey, refreshKey]);

  async function download() {
    setSaved(null);
    const name = csvFileName(joinCode, new Date());
    // Excel splits a CSV by the list separator of the computer's regional settings: ";" where 1.5
    // is written "1,5". The browser's language stands in for those settings.
    const sep = csvSeparatorFor(navigator.language);
    const problem = await downloadCsv(liveApi.summary(sessionId, { locale, sep }), hostKey, name);
    if (problem) setProblem(problem);
    else setSaved(name);
  }

  const revisit = summary ? revisitList(summary) : [];
  // Only the questions the class was asked; the others (their stems would give them away) as a count.
  const asked = summary?.questions.filter((q) => q.status !== "new") ?? [];
  const notAsked = (summary?.questions.length ?? 0) - asked.length;
  return (
    <section aria-labelledby="host-heading" className="space-y-5" data-testid="summary">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="host-heading" tabIndex={-1} className="text-3xl outline-none">
            {ended ? labels.endedTitle : labels.summaryTitle}
          </h1>
          {ended && <p className="mt-1 max-w-[68ch] text-lg">{labels.endedBody}</p>}
        </div>
        <div className="no-print flex flex-wrap items-center gap-3 text-[0.8rem]">
          <PrintButton label={labels.print} />
          <button type="button" className="btn btn-secondary" onClick={() => void download()}>
            {labels.downloadCsv}
          </button>
          {ended && (
            <button type="button" className="btn btn-secondary" onClick={onDelete}>
              {labels.deleteNow}
            </button>
          )}
        </div>
      </div>
      <p className="no-print text-sm text-muted">
        {labels.csvPrivacy}
        {saved && (
          <>
            {" "}
            <span data-testid="csv-saved">{fill(labels.downloadReady, { file: saved })}</span>
          </>
        )}
      </p>
      {problem && (
        <p className="font-semibold text-bad" data-testid="summary-problem">
          {errors[problem]}
        </p>
      )}
      {summary && (
        <SummaryColumns
          ids={{ perQuestion: "per-question-title", revisit: "revisit-title" }}
          questions={asked}
          revisit={revisit}
          rendered={rendered}
          locale={locale}
          labels={labels}
          quiz={quiz}
          afterQuestions={
            notAsked > 0 && (
              <p className="mt-2 text-muted" data-testid="not-asked">
                {fill(labels.notAskedCount, { count: formatNumber(notAsked, locale) })}
              </p>
            )
          }
        />
      )}
    </section>
  );
}
