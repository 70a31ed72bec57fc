"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { clampCount, generateQuiz, isCorrect, QUIZ_DEFAULT, type Question, type QuizData } from "@/lib/quiz";
import type { Locale } from "@/lib/locales";
import { fill } from "@/lib/fill";
import { paths } from "@/lib/paths";
import { renderQuestion, type QuizPack } from "@/lib/quiz-render";
import {
  answerQuestion,
  canCheck,
  checkQuestion,
  freshState,
  LAST_KEY,
  nextQuestion,
  parseSaved,
  retryMissed,
  storageKey,
  type Answer,
  type SavedQuiz,
} from "./quiz-state";
import { isClassCode, newClassCode } from "./class-code";
import type { QuizUi } from "./quiz-labels";
import { QuizBundleGate } from "./QuizBundleGate";
import { QuestionView } from "./QuestionView";
import { QuizResults } from "./QuizResults";

interface Props {
  data: QuizData;
  pack: QuizPack;
  version: string;
  ui: QuizUi;
}

/** The quiz, once its bundle (`/{locale}/quiz/{hash}.json`, preloaded by the page) has loaded. */
export function QuizApp({ locale, bundle, ui }: { locale: Locale; bundle: string; ui: QuizUi }) {
  return (
    <QuizBundleGate url={bundle} locale={locale} labels={ui} className="min-h-[80vh]">
      {({ data, pack, version }) => <QuizRunner data={data} pack={pack} version={version} ui={ui} />}
    </QuizBundleGate>
  );
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function writeStorage(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage may be full or blocked; the quiz still works for this visit.
  }
}

interface Setup {
  seed: string;
  count: number;
  questions: Question[];
}

/** Reads `?seed=` and `?count=`, making a code when there is none, and tidies the URL. */
function setupFromUrl(data: QuizData): Setup {
  const url = new URL(window.location.href);
  const rawSeed = url.searchParams.get("seed");
  const rawCount = url.searchParams.get("count");
  let seed = isClassCode(rawSeed) ? rawSeed : null;
  let count = rawCount === null ? QUIZ_DEFAULT : clampCount(rawCount);
  if (!seed && rawSeed === null) {
    // No code in the link: resume this device's last quiz, if any.
    try {
      const last = JSON.parse(readStorage(LAST_KEY) ?? "null") as { seed?: unknown; count?: unknown } | null;
      if (last && typeof last.seed === "string" && isClassCode(last.seed)) {
        seed = last.seed;
        if (rawCount === null) count = clampCount(last.count);
      }
    } catch {
      // A corrupt pointer is ignored.
    }
  }
  seed ??= newClassCode();
  if (url.searchParams.get("seed") !== seed || url.searchParams.get("count") !== String(count)) {
    url.searchParams.set("seed", seed);
    url.searchParams.set("count", String(count));
    window.history.replaceState(window.history.state, "", url);
  }
  return { seed, count, questions: generateQuiz(data, { seed, count }).questions };
}

function QuizRunner({ data, pack, version, ui }: Props) {
  const [setup, setSetup] = useState<Setup | null>(null);
  const [state, setState] = useState<SavedQuiz | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<"question" | "feedback" | "results" | null>(null);

  useEffect(() => {
    const s = setupFromUrl(data);
    const key = storageKey(s.seed, s.count);
    const saved = parseSaved(readStorage(key), version, s.seed, s.count, s.questions);
    // Set once from the URL and this device's storage, which the server cannot know.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSetup(s);
    setState(saved ?? freshState(version, s.seed, s.count));
    writeStorage(LAST_KEY, JSON.stringify({ seed: s.seed, count: s.count }));
  }, [data, version]);

  useEffect(() => {
    if (!state || !setup) return;
    writeStorage(storageKey(setup.seed, setup.count), JSON.stringify(state));
  }, [state, setup]);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === "question") headingRef.current?.focus();
    if (target === "feedback") feedbackRef.current?.focus();
    if (target === "results") resultsRef.current?.focus();
  });

  const round = useMemo(() => {
    if (!setup || !state) return [];
    if (!state.retry) return setup.questions;
    const ids = new Set(state.retry);
    return setup.questions.filter((q) => ids.has(q.id));
  }, [setup, state]);

  const rendered = useMemo(() => new Map(round.map((q) => [q.id, renderQuestion(q, pack)])), [round, pack]);

  const update = useCallback(
    (change: (s: SavedQuiz) => SavedQuiz) => setState((s) => (s ? change(s) : s)),
    [],
  );

  if (!setup || !state) {
    return <p className="min-h-[80vh] text-muted">{ui.loading}</p>;
  }

  const question = round[state.index];
  const header = (
    <div className="mb-6 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
      <p className="text-xl">
        {fill(ui.classCode, { code: "" })}
        <strong className="tabular-nums text-3xl tracking-widest">{setup.seed}</strong>
      </p>
      <p className="text-base text-muted">{ui.shareHint}</p>
    </div>
  );

  if (state.finished || !question) {
    return (
      <div>
        {header}
        <QuizResults
          ui={ui}
          locale={pack.locale}
          seed={setup.seed}
          round={round}
          rendered={rendered}
          answers={state.answers}
          headingRef={resultsRef}
          onRetry={(missed) => {
            focusNext.current = "question";
            update((s) => retryMissed(s, missed));
          }}
          onRestart={() => {
            focusNext.current = "question";
            setState(freshState(version, setup.seed, setup.count));
          }}
          onNewQuiz={() => {
            window.location.assign(paths.quiz(pack.locale, { code: newClassCode(), count: setup.count }));
          }}
        />
      </div>
    );
  }

  const view = rendered.get(question.id)!;
  const answer = state.answers[question.id];
  const checked = state.checked.includes(question.id);
  const last = state.index === round.length - 1;

  return (
    <div>
      {header}
      {state.retry && <p className="mb-2 font-semibold text-note">{ui.retryRound}</p>}
      <QuestionView
        key={question.id}
        ui={ui}
        question={question}
        view={view}
        position={{ current: state.index + 1, total: round.length }}
        answer={answer}
        checked={checked}
        correct={checked && isCorrect(question, answer)}
        problem={problem}
        headingRef={headingRef}
        feedbackRef={feedbackRef}
        onAnswer={(value: Answer) => {
          setProblem(null);
          update((s) => answerQuestion(s, question.id, value));
        }}
        onCheck={() => {
          if (!canCheck(question, answer)) {
            setProblem(ui.chooseFirst);
            return;
          }
          focusNext.current = "feedback";
          update((s) => checkQuestion(s, question));
        }}
        onNext={() => {
          focusNext.current = last ? "results" : "question";
          update((s) => nextQuestion(s, round.length));
        }}
        nextLabel={last ? ui.finish : ui.next}
      />
    </div>
  );
}
