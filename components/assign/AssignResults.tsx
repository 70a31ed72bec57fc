"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { liveRequest, type LiveErrorCode } from "@/components/live/client-api";
import type { LiveFrame } from "@/components/live/client-stream";
import { loadKeys, saveKeys } from "@/components/live/keys-storage";
import type { HostLabels, HostQuizLabels, LiveErrorLabels } from "@/components/live/host/host-labels";
import { ResultLine } from "@/components/live/host/OptionBars";
import { revisitList } from "@/components/live/host/HostSummary";
import { SummaryColumns } from "@/components/live/host/SummaryParts";
import { QuizBundleGate } from "@/components/quiz/QuizBundleGate";
import { useClassQuiz } from "@/components/teach/use-class-quiz";
import { PrintButton } from "@/components/teach/PrintButton";
import type { Locale } from "@/lib/locales";
import type { QuizBundle } from "@/lib/quiz-render";
import { assignApi } from "./assign-api";
import { HomeworkHeader } from "./HomeworkHeader";
import { Loading, Notice } from "./Notice";
import { ReceiptsPanel } from "./ReceiptsPanel";
import { Problem } from "./parts";
import { ResultsControls } from "./ResultsControls";
import { takeFragmentKey, type AssignmentResults } from "./results-api";
import { useAssignmentStream } from "./use-assignment-stream";

/** While students work, the results are fetched again after their events, at most this often. */
const REFRESH_MS = 1000;

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

  // The first fetch at once; then again after the stream's events (joins, answers, hand-ins, the
  // close), at most once a second, the last of a burst included.
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const soon = useCallback(() => {
    if (timer.current) return;
    const wait = Math.max(0, last.current + REFRESH_MS - Date.now());
    timer.current = setTimeout(() => {
      timer.current = null;
      last.current = Date.now();
      void load();
    }, wait);
  }, [load]);
  useEffect(() => {
    if (access.kind !== "ready" || deleted) return;
    soon();
    return () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [access, deleted, soon]);
  const ready = access.kind === "ready" && !deleted;
  useAssignmentStream(
    ready ? assignApi.hostEvents(access.sessionId) : null,
    ready ? access.key : null,
    useCallback(
      (frame: LiveFrame, first: boolean) => {
        if (frame.event === "deleted") setDeleted(true);
        else if (!first) soon();
      },
      [soon],
    ),
    useCallback(
      (code: LiveErrorCode) => (code === "unknown-session" ? setDeleted(true) : setProblem(code)),
      [],
    ),
  );

  if (access.kind === "loading") return <Loading text={quiz.loading} />;
  if (access.kind === "no-key" || deleted)
    return (
      <Notice
        id="homework-results-title"
        title={t("resultsTitle")}
        text={deleted ? t("deleted") : t("resultsNoKey")}
        status={deleted}
      />
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
    <SummaryColumns
      ids={{ perQuestion: "homework-per-question", revisit: "homework-revisit" }}
      questions={results.questions}
      revisit={revisitList({ joined: results.started, questions: results.questions })}
      rendered={rendered}
      locale={locale}
      labels={host}
      quiz={quiz}
      detail={(q) => {
        const question = questions[q.question];
        const view = rendered[q.question];
        if (!question || !view || question.kind === "order" || q.answered === 0) return null;
        return (
          <ul className="mt-1 space-y-1" aria-label={t("distribution")}>
            {view.options.map((o) => (
              <ResultLine
                key={o.id}
                data-option={o.id}
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
  );
}
