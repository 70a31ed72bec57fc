"use client";

import { useEffect, useRef, useState } from "react";
import { fill } from "@/lib/fill";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import type { QuizBundle } from "@/lib/quiz-render";
import { QuizBundleGate } from "@/components/quiz/QuizBundleGate";
import type { LoadLabels } from "@/components/quiz/quiz-labels";
import { AnswerKey } from "./AnswerKey";
import { readTeachParams } from "./teach-code";
import type { WorksheetLabels } from "./teach-labels";
import { useClassQuiz } from "./use-class-quiz";

/**
 * The questions with space to answer, for the students' copies, and the answer key, which prints on
 * its own: printing the page (the button or the browser's Print) never hands out the answers.
 */
export function Worksheet({
  locale,
  bundle,
  labels,
  load,
}: {
  locale: Locale;
  /** The quiz bundle's immutable URL. */
  bundle: string;
  labels: WorksheetLabels;
  load: LoadLabels;
}) {
  const [params, setParams] = useState<{ code: string | null; count: number } | null>(null);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setParams(readTeachParams());
  }, []);

  const title = <h1 className="text-3xl">{labels.worksheetTitle}</h1>;
  if (!params) return title;
  const { code, count } = params;
  if (!code) {
    return (
      <div className="space-y-4">
        {title}
        <p>{labels.noCode}</p>
        <a className="btn btn-primary" href={paths.section(locale, "teach")}>
          {labels.backToTeach}
        </a>
      </div>
    );
  }
  return (
    <QuizBundleGate url={bundle} locale={locale} labels={load} className="space-y-4" before={title}>
      {(bundle) => <WorksheetBody bundle={bundle} code={code} count={count} labels={labels} />}
    </QuizBundleGate>
  );
}

function WorksheetBody({
  bundle,
  code,
  count,
  labels,
}: {
  bundle: QuizBundle;
  code: string;
  count: number;
  labels: WorksheetLabels;
}) {
  const { questions, rendered } = useClassQuiz(bundle, code, count);
  const heading = fill(labels.codeChosen, { code, count: questions.length });
  const [printing, setPrinting] = useState<"students" | "key">("students");
  const keyRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const back = () => setPrinting("students");
    window.addEventListener("afterprint", back);
    return () => window.removeEventListener("afterprint", back);
  }, []);
  useEffect(() => {
    if (printing !== "key") return;
    // The key's folded section prints only when open; the page is drawn for the key, then printed.
    if (keyRef.current) keyRef.current.open = true;
    window.print();
  }, [printing]);
  return (
    <div className="worksheet space-y-6" data-print={printing}>
      <div className="worksheet-head flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-3xl">{labels.worksheetTitle}</h1>
          <p className="tabular-nums mt-1 font-semibold">{heading}</p>
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="button" className="btn btn-primary" onClick={() => window.print()}>
            {labels.printStudents}
          </button>
          <button type="button" className="btn btn-secondary" onClick={() => setPrinting("key")}>
            {labels.printKey}
          </button>
        </div>
      </div>
      <p className="no-print text-muted">{labels.keyApart}</p>
      <div className="worksheet-questions space-y-6">
        <p className="grid gap-2 sm:grid-cols-2">
          <span>{labels.nameLine} ____________________________</span>
          <span>{labels.dateLine} ______________</span>
        </p>
        <p>{labels.worksheetIntro}</p>
        <ol className="space-y-6">
          {questions.map((q, i) => {
            const r = rendered[i]!;
            return (
              <li key={q.id} className="print-avoid-break" data-worksheet-question={q.id}>
                <p className="font-semibold">
                  {i + 1}. {r.text}
                </p>
                {r.statement && <p className="mt-1 border-s-4 border-border ps-3 italic">{r.statement}</p>}
                {q.kind === "order" ? (
                  <ul className="mt-2 space-y-1">
                    {r.options.map((o) => (
                      <li key={o.id} className="flex gap-3">
                        <span
                          aria-hidden="true"
                          className="inline-block h-6 w-8 shrink-0 border-2 border-current"
                        />
                        {o.label}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <ul className="mt-2 space-y-1">
                    {r.options.map((o, j) => (
                      <li key={o.id} className="flex gap-3">
                        <span className="w-6 font-semibold">{String.fromCharCode(65 + j)}</span>
                        <span className={q.kind === "how-many" ? "tabular-nums" : undefined}>{o.label}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      </div>
      <details
        ref={keyRef}
        className="worksheet-key rounded-lg border border-border p-4"
        data-testid="answer-key"
      >
        <summary className="no-print cursor-pointer py-2 font-semibold text-accent">
          {labels.showAnswers}
        </summary>
        <section aria-labelledby="answer-key-title">
          <h2 id="answer-key-title" className="text-2xl">
            {labels.answerKeyTitle}
          </h2>
          <p className="tabular-nums mt-1 font-semibold">{heading}</p>
          <div className="mt-4">
            <AnswerKey questions={questions} rendered={rendered} labels={labels} />
          </div>
        </section>
      </details>
    </div>
  );
}
