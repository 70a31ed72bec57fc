"use client";

import { useEffect, useRef, useState } from "react";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { QUIZ_DEFAULT, QUIZ_MAX, QUIZ_MIN } from "@/lib/quiz";
import type { QuizBundle } from "@/lib/quiz-render";
import { QuizBundleGate } from "@/components/quiz/QuizBundleGate";
import type { LoadLabels } from "@/components/quiz/quiz-labels";
import { AnswerKey } from "./AnswerKey";
import { QrCode } from "./QrCode";
import { newClassCode } from "@/components/quiz/class-code";
import { readTeachParams } from "./teach-code";
import type { AnswerKeyLabels, TeachLabels } from "./teach-labels";
import { QuizExportPanel, type QuizExportSetup } from "./QuizExportPanel";
import { useClassQuiz } from "./use-class-quiz";
import { StartLiveClass, type StartLiveSetup } from "@/components/live/host/StartLiveClass";
import { RoomCheck } from "@/components/live/host/RoomCheck";
import { SetAssignment } from "@/components/assign/SetAssignment";
import type { SetAssignmentLabels } from "@/components/assign/set-labels";

const counts = Array.from({ length: QUIZ_MAX - QUIZ_MIN + 1 }, (_, i) => QUIZ_MIN + i);

/** Class code, student link and QR code for the projector; the answer key stays folded away. */
export function TeachQuizPanel({
  locale,
  bundles,
  labels,
  load,
  exporter,
  live,
  homework,
}: {
  locale: Locale;
  /** Every locale's quiz bundle URL, `/{locale}/quiz/{hash}.json`, as this build made them. */
  bundles: Record<Locale, string>;
  labels: TeachLabels;
  load: LoadLabels;
  exporter: QuizExportSetup;
  /** "Start a live class" with this code and count. */
  live: StartLiveSetup;
  /** "Set it as homework" with this code and count. */
  homework: SetAssignmentLabels;
}) {
  const [count, setCount] = useState(QUIZ_DEFAULT);
  const [code, setCode] = useState<string | null>(null);
  const [origin, setOrigin] = useState("");
  // After "Make a class code" the result takes focus (and so comes into view) where it was made.
  const [made, setMade] = useState(0);
  const codeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (made) codeRef.current?.focus();
  }, [made]);

  useEffect(() => {
    const p = readTeachParams();
    // Read once from the address bar, which the static page cannot know in advance.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOrigin(window.location.origin);
    setCount(p.count);
    setCode(p.code);
  }, []);

  function choose(nextCode: string, nextCount: number) {
    setCode(nextCode);
    setCount(nextCount);
    const url = new URL(window.location.href);
    url.searchParams.set("code", nextCode);
    url.searchParams.set("count", String(nextCount));
    window.history.replaceState(window.history.state, "", url);
  }

  const link = code ? `${origin}${paths.quiz(locale, { code, count })}` : "";

  return (
    <div className="space-y-6">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          choose(newClassCode(), count);
          setMade((n) => n + 1);
        }}
      >
        <div className="flex flex-col">
          <label htmlFor="teach-count" className="font-semibold">
            {labels.countLabel}
          </label>
          <select
            id="teach-count"
            value={count}
            onChange={(event) => {
              const next = Number(event.target.value);
              if (code) choose(code, next);
              else setCount(next);
            }}
            className="tabular-nums mt-1 min-h-11 rounded-md border-2 border-border bg-bg px-3"
          >
            {counts.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn-primary">
          {code ? labels.newCode : labels.makeCode}
        </button>
      </form>

      {code && (
        <div className="grid items-start gap-6 lg:grid-cols-[3fr_2fr]" data-testid="class-code-panel">
          <div className="min-w-0 space-y-4">
            <p ref={codeRef} tabIndex={-1} className="outline-none focus-visible:outline-2">
              <span className="block font-semibold">{labels.codeLabel}</span>
              <strong className="tabular-nums text-6xl tracking-widest" data-testid="class-code">
                {code}
              </strong>
            </p>
            <p>
              <span className="block font-semibold">{labels.linkLabel}</span>
              <a href={link} className="text-2xl break-all" data-testid="student-link">
                {link}
              </a>
            </p>
            <p className="no-print">
              <a className="btn btn-secondary" href={paths.worksheet(locale, { code, count })}>
                {labels.printWorksheet}
              </a>
            </p>
          </div>
          <div className="w-full max-w-xl rounded-lg bg-white p-2">
            <QrCode text={link} label={labels.qrLabel} size={560} />
          </div>
        </div>
      )}

      <StartLiveClass locale={locale} code={code} count={count} setup={live} />
      <SetAssignment
        locale={locale}
        code={code}
        count={count}
        labels={homework}
        errors={live.errors}
        available={live.available}
      />
      {live.available && <RoomCheck locale={locale} labels={live.roomCheck} errors={live.errors} />}

      {code && (
        <QuizExportPanel locale={locale} bundles={bundles} code={code} count={count} setup={exporter} />
      )}

      {code && (
        <details className="rounded-lg border border-border p-4">
          <summary className="cursor-pointer py-2 font-semibold text-accent">{labels.showAnswers}</summary>
          <h3 className="mt-2 text-xl">{labels.answerKeyTitle}</h3>
          <div className="mt-3">
            <QuizBundleGate url={bundles[locale]} locale={locale} labels={load}>
              {(bundle) => <ClassAnswerKey bundle={bundle} code={code} count={count} labels={labels} />}
            </QuizBundleGate>
          </div>
        </details>
      )}
    </div>
  );
}

function ClassAnswerKey(props: { bundle: QuizBundle; code: string; count: number; labels: AnswerKeyLabels }) {
  const { questions, rendered } = useClassQuiz(props.bundle, props.code, props.count);
  return <AnswerKey questions={questions} rendered={rendered} labels={props.labels} />;
}
