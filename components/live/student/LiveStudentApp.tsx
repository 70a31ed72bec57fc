"use client";

import { useEffect, useRef } from "react";
import { useClassQuiz } from "@/components/teach/use-class-quiz";
import { useQuizBundle } from "@/components/quiz/use-quiz-bundle";
import { fill } from "@/lib/fill";
import { paths } from "@/lib/paths";
import type { QuizBundle } from "@/lib/quiz-render";
import type { CurrentClass } from "@/lib/live/phone-state";
import { BundleFailed } from "./BundleFailed";
import { ClassBar, LeaveClass } from "./ClassBar";
import { JoinForm } from "./JoinForm";
import { LiveLocalePicker } from "./LiveLocalePicker";
import { LiveQuestion } from "./LiveQuestion";
import { useStudentClass } from "./StudentClass";

/**
 * The class page (`/{locale}/live`): join, then the lobby, a question, its reveal, the score.
 *
 * Until this device's storage has been read (`loading`, also the server's render) the page holds
 * both first states, and the boot script (components/layout/projector-boot.ts) shows the right one
 * before the first paint: the join form, or the class with its bar and a box that keeps its room
 * while the class's state arrives. The state drawn next then fills the same boxes: nothing moves.
 */
export function LiveStudentApp({
  privacy,
}: {
  /** The privacy notice for the join form and for the class (the page may hold both at first). */
  privacy: { join: React.ReactNode; inClass: React.ReactNode };
}) {
  const { ui, stage, current, end } = useStudentClass();
  const booting = stage === "loading";
  const joining = !booting && (stage === "join" || !current);
  const inClass = !booting && !joining;

  return (
    <>
      {(booting || joining) && (
        <div className={booting ? "live-boot-join space-y-8" : "space-y-8"}>
          <div>
            <h1 className="text-4xl">{ui.t.title}</h1>
            <p className="mt-3 text-xl">{ui.t.intro}</p>
          </div>
          <JoinForm />
          <LiveLocalePicker />
          {privacy.join}
        </div>
      )}
      {(booting || inClass) && (
        <div className={booting ? "live-boot-class" : undefined}>
          <h1 className="sr-only">{ui.t.liveBadge}</h1>
          <ClassBar preview={booting} />
          {/* The class's own room: at least a screen, so what is below never moves as it changes. */}
          <div className="flex min-h-[75svh] flex-col">
            {booting || !current ? (
              <p className="text-muted">{ui.t.statusConnecting}</p>
            ) : end ? (
              <ClassOver />
            ) : (
              <ClassNow current={current} />
            )}
          </div>
          <div className="mt-10 space-y-6">
            <LiveLocalePicker />
            {privacy.inClass}
            {/* Last and apart from the language buttons: leaving is never a slip of the finger. */}
            <LeaveClass />
          </div>
        </div>
      )}
    </>
  );
}

function ClassNow({ current }: { current: CurrentClass }) {
  const { ui, locale, version, bundles, view } = useStudentClass();
  const { state, retry } = useQuizBundle(bundles[locale], locale);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const phase = view?.phase ?? null;
  // Lobby, a step seen from here, the summary: focus goes to the heading when a state replaces a question.
  useEffect(() => {
    if (
      phase &&
      phase !== "question" &&
      (document.activeElement === document.body || !document.activeElement)
    )
      headingRef.current?.focus();
  }, [phase]);

  if (current.datasetVersion !== version) {
    return (
      <div role="alert" className="rounded-lg border-2 border-note p-4">
        <p>{ui.t.oldBuild}</p>
        <button type="button" className="btn btn-primary mt-3" onClick={() => window.location.reload()}>
          {ui.t.reload}
        </button>
      </div>
    );
  }
  if (!view) return <p className="text-muted">{ui.t.statusConnecting}</p>;

  if (view.phase === "question" && view.question !== null) {
    if (state.status === "failed") return <BundleFailed ui={ui} retry={retry} />;
    if (state.status === "loading") return <p className="text-muted">{ui.quiz.loading}</p>;
    return <QuestionNow bundle={state.bundle} current={current} index={view.question} />;
  }

  const heading =
    view.phase === "lobby"
      ? ui.t.lobbyTitle
      : view.phase === "summary"
        ? ui.t.summary
        : view.phase === "step"
          ? ui.t.teacherElsewhere
          : ui.t.waitNext;
  // The lobby is the long wait before the lesson: its message sits in the middle of the class's room
  // rather than above an empty screen.
  const lobby = view.phase === "lobby";
  return (
    <div className={lobby ? "my-auto space-y-4 py-8 text-center" : "space-y-4"}>
      <h2 ref={headingRef} tabIndex={-1} className="text-3xl outline-none">
        {heading}
      </h2>
      {lobby && (
        <>
          <p className="text-xl">{ui.t.waiting}</p>
          <p className="text-muted">{ui.t.keepOpen}</p>
        </>
      )}
      {view.phase === "step" && view.slug && (
        <a href={paths.liveStep(locale, view.slug)} className="btn btn-primary">
          {ui.t.goToTeacher}
        </a>
      )}
      {view.phase === "summary" && <ScoreCard />}
    </div>
  );
}

function QuestionNow({
  bundle,
  current,
  index,
}: {
  bundle: QuizBundle;
  current: CurrentClass;
  index: number;
}) {
  const { view } = useStudentClass();
  const { questions, rendered } = useClassQuiz(bundle, current.classCode, current.count);
  const question = questions[index];
  const status = view?.questions[index];
  if (!question || !status) return null;
  return (
    <LiveQuestion
      key={question.id}
      index={index}
      total={questions.length}
      question={question}
      view={rendered[index]!}
      status={status}
    />
  );
}

function ClassOver() {
  const { ui, end, locale, current, someoneElse } = useStudentClass();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [end]);
  return (
    <div className="space-y-6">
      <h2 ref={headingRef} tabIndex={-1} className="text-3xl outline-none">
        {ui.t.endedTitle}
      </h2>
      {end === "deleted" ? <p className="text-xl">{ui.t.deleted}</p> : <ScoreCard />}
      <div className="flex flex-col gap-3 sm:flex-row">
        {current && (
          <a
            href={paths.quiz(locale, { code: current.classCode, count: current.count })}
            className="btn btn-secondary"
          >
            {ui.t.practise}
          </a>
        )}
        <button type="button" className="btn btn-primary" onClick={someoneElse}>
          {ui.t.joinAnother}
        </button>
      </div>
    </div>
  );
}

/** This student's own score, from the server (right or wrong is known only once revealed). */
function ScoreCard() {
  const { ui, score } = useStudentClass();
  if (!score) return null;
  return (
    <section
      aria-labelledby="live-score-title"
      className="rounded-lg border-2 border-border p-5"
      data-testid="score-card"
    >
      <h2 id="live-score-title" className="text-2xl">
        {ui.t.scoreTitle}
      </h2>
      {score.revealed > 0 ? (
        <p className="tabular-nums mt-2 text-3xl font-bold">
          {fill(ui.t.score, { correct: score.correct, total: score.revealed })}
        </p>
      ) : (
        <p className="mt-2">{ui.t.scoreNone}</p>
      )}
      <p className="mt-2 text-base text-muted">{ui.t.scoreNote}</p>
    </section>
  );
}
