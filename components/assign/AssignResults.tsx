"use client";

import { useCallback, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { liveRequest, type LiveErrorCode } from "@/components/live/client-api";
import { loadKeys, saveKeys } from "@/components/live/keys-storage";
import type { HostLabels, HostQuizLabels, LiveErrorLabels } from "@/components/live/host/host-labels";
import { ResultLine } from "@/components/live/host/OptionBars";
import { revisitList } from "@/components/live/host/HostSummary";
import { PerQuestionList, RevisitList } from "@/components/live/host/SummaryParts";
import { QuizBundleGate } from "@/components/quiz/QuizBundleGate";
import { useClassQuiz } from "@/components/teach/use-class-quiz";
import { PrintButton } from "@/components/teach/PrintButton";
import type { Locale } from "@/lib/locales";
import type { QuizBundle } from "@/lib/quiz-render";
import { assignApi } from "./assign-api";
import { HomeworkHeader } from "./HomeworkHeader";
import { ReceiptsPanel } from "./ReceiptsPanel";
import { Problem } from "./parts";
import { ResultsControls } from "./ResultsControls";
import { takeFragmentKey, type AssignmentResults } from "./results-api";

/** How often the results are fetched again while students work. */
const REFRESH_MS = 4000;

type Access = { kind: "loading" } | { kind: "no-key" } | { kind: "ready"; sessionId: string; key: string };

export function AssignResults({
  locale,
  bundles,
  host,
  errors,
  quiz,
  languageNames,
}: {
  locale: Locale;
  bundles: Record<Locale, string>;
  host: HostLabels;
  errors: LiveErrorLabels;
  quiz: HostQuizLabels;
  languageNames: Record<string, string>;
}) {
  const t = useTranslations("assign");
  const [access, setAccess] = useState<Access>({ kind: "loading" });
  const [results, setResults] = useState<AssignmentResults | null>(null);
  const [problem, setProblem] = useState<LiveErrorCode | null>(null);
  const [deleted, setDeleted] = useState(false);

  useEffect(() => {
    const sessionId = new URLSearchParams(window.location.search).get("s") ?? "";
    const fromLink = takeFragmentKey();
    if (fromLink) saveKeys({ role: "host", sessionId, hostKey: fromLink });
    const key = loadKeys("host", sessionId)?.hostKey ?? null;
    // The address bar and storage are only readable once in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setAccess(key ? { kind: "ready", sessionId, key } : { kind: "no-key" });
  }, []);

  const load = useCallback(async () => {
    if (access.kind !== "ready") return;
    const r = await liveRequest<AssignmentResults>(assignApi.results(access.sessionId), { key: access.key });
    if (r.ok) {
      setResults(r.data);
      setProblem(null);
    } else setProblem(r.code);
  }, [access]);

  useEffect(() => {
    if (access.kind !== "ready" || deleted) return;
    // The first fetch at once, then while students work.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [access, deleted, load]);

  if (access.kind === "loading") return <p className="text-muted">{quiz.loading}</p>;
  if (access.kind === "no-key" || deleted)
    return (
      <section className="mx-auto max-w-[68ch] space-y-3">
        <h1 className="text-4xl">{t("resultsTitle")}</h1>
        <p className="text-xl" role={deleted ? "status" : undefined}>
          {deleted ? t("deleted") : t("resultsNoKey")}
        </p>
      </section>
    );

  return (
    <div className="space-y-6" data-testid="homework-results">
      {results ? (
        <HomeworkHeader info={results} locale={locale} title={t("resultsTitle")} />
      ) : (
        <h1 className="text-4xl">{t("resultsTitle")}</h1>
      )}
      <Problem text={problem && errors[problem]} />
      {results && (
        <>
          <p className="text-2xl font-semibold" data-testid="homework-counts">
            {t("startedCount", { count: results.started })} ·{" "}
            {t("handedInCount", { count: results.handedIn })}
          </p>
          <p className="text-muted">
            {results.byLocale
              ? Object.entries(results.byLocale)
                  .filter(([, n]) => n > 0)
                  .map(([l, n]) => `${languageNames[l] ?? l}: ${n}`)
                  .join(" · ")
              : t("byLocaleHidden")}
          </p>
          <div className="no-print flex flex-wrap gap-3">
            <PrintButton label={host.print} />
          </div>
          <ResultsControls
            results={results}
            sessionId={access.sessionId}
            hostKey={access.key}
            locale={locale}
            errors={errors}
            onChanged={() => void load()}
            onKey={(key) => {
              saveKeys({ role: "host", sessionId: access.sessionId, hostKey: key });
              setAccess({ ...access, key });
            }}
            onDeleted={() => setDeleted(true)}
          />
          <QuizBundleGate url={bundles[locale]} locale={locale} labels={quiz}>
            {(bundle) => (
              <ResultsBody bundle={bundle} results={results} locale={locale} host={host} quiz={quiz} />
            )}
          </QuizBundleGate>
          <ReceiptsPanel
            results={results}
            sessionId={access.sessionId}
            hostKey={access.key}
            locale={locale}
            errors={errors}
          />
        </>
      )}
    </div>
  );
}

function ResultsBody({
  bundle,
  results,
  locale,
  host,
  quiz,
}: {
  bundle: QuizBundle;
  results: AssignmentResults;
  locale: Locale;
  host: HostLabels;
  quiz: HostQuizLabels;
}) {
  const t = useTranslations("assign");
  const { questions, rendered } = useClassQuiz(bundle, results.classCode, results.count);
  return (
    <div className="grid gap-x-10 gap-y-6 lg:grid-cols-2">
      <section aria-labelledby="homework-per-question" className="min-w-0">
        <h2 id="homework-per-question" className="text-xl">
          {host.perQuestion}
        </h2>
        <PerQuestionList
          questions={results.questions}
          rendered={rendered}
          locale={locale}
          labels={host}
          detail={(q) => {
            const question = questions[q.question];
            const view = rendered[q.question];
            if (!question || !view || question.kind === "order" || q.answered === 0) return null;
            return (
              <ul className="mt-1 space-y-1" aria-label={t("distribution")}>
                {view.options.map((o) => (
                  <ResultLine
                    key={o.id}
                    right={o.id === question.correct}
                    count={q.byOption[o.id] ?? 0}
                    total={q.answered}
                    locale={locale}
                    labels={host}
                    textClassName="text-sm"
                  >
                    {o.label}
                  </ResultLine>
                ))}
              </ul>
            );
          }}
        />
      </section>
      <section aria-labelledby="homework-revisit" className="min-w-0">
        <h2 id="homework-revisit" className="text-xl">
          {host.revisitTitle}
        </h2>
        <p className="text-sm text-muted">{host.revisitHelp}</p>
        <RevisitList
          revisit={revisitList({ joined: results.started, questions: results.questions })}
          rendered={rendered}
          locale={locale}
          labels={host}
          quiz={quiz}
        />
      </section>
    </div>
  );
}
