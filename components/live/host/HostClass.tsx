"use client";

import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { fill } from "@/lib/fill";
import type { LiveView } from "@/lib/live/client-state";
import { formatJoinCode } from "@/lib/live/codes";
import {
  hostActions,
  isStale,
  questionOnScreen,
  type HostActionId,
  type HostActionState,
  type HostEvent,
  type HostNews,
  type HostScreen,
} from "@/lib/live/host-screen";
import type { Locale } from "@/lib/locales";
import { generateQuiz } from "@/lib/quiz";
import { renderQuestion, type QuizBundle } from "@/lib/quiz-render";
import { useQuizBundle } from "@/components/quiz/use-quiz-bundle";
import { HostControls, ShortcutsTable } from "./HostControls";
import { HostDialog } from "./HostDialog";
import { HostLobby, JoinedCounts } from "./HostLobby";
import { HostQuestion } from "./HostQuestion";
import { HostSummary } from "./HostSummary";
import type { HostAction } from "./host-actions";
import type { HostLabels, HostSetup } from "./host-labels";

interface Props {
  locale: Locale;
  setup: HostSetup;
  state: HostScreen;
  view: LiveView;
  dispatch: (event: HostEvent) => void;
  /** The page under the layout is the step the class is on. */
  onStepPage: boolean;
  /** Where phones join (the lobby's address and QR code), once the server has said. */
  joinOrigins: Parameters<typeof HostLobby>[0]["found"];
  children: ReactNode;
}

/**
 * The class on the teacher's screen, drawn from the state machine's state: the status bar, the
 * lobby, a step (the page under the layout), a question or the summary, the control bar, the one
 * polite live region, and the dialogs. Every button and key sends an event back.
 */
export function HostClass(props: Props) {
  const { locale, setup, state, view, dispatch, onStepPage, joinOrigins, children } = props;
  const L = setup.labels;
  const lobby = { view, locale, labels: L, languageNames: setup.languageNames };
  const { state: bundleState, retry } = useQuizBundle(setup.bundles[locale], locale);
  const bundle = bundleState.status === "ready" ? bundleState.bundle : null;
  const quiz = useClassQuizOf(bundle, view.classCode, view.count);
  const stream = state.stream;
  const stale = isStale(state);
  const question = questionOnScreen(view);
  const status = question === null ? null : view.questions[question];
  const ended = view.phase === "ended";

  // A state change can remove the element that had focus (a step page replaced, a view swapped):
  // focus then goes to the new view's heading instead of being lost on <body>.
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body) document.getElementById("host-heading")?.focus();
    });
    return () => cancelAnimationFrame(id);
  }, [view.phase, view.question, view.step, onStepPage, status]);

  // The bar put away or brought back from one of its own buttons: focus goes to the button that
  // brings it back, or to the bar's "hide" button, instead of being lost with the removed one.
  const barHidden = state.barHidden;
  const barWas = useRef(barHidden);
  useEffect(() => {
    if (barWas.current === barHidden) return;
    barWas.current = barHidden;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const target = barHidden ? "#host-show-bar" : '[data-action="hide"]';
    document.querySelector<HTMLElement>(target)?.focus();
  }, [barHidden]);

  const run = (id: HostActionId) => () => dispatch({ type: "action", id, at: Date.now() });
  const actions: HostAction[] = hostActions(state).map((action) => ({
    ...action,
    label: actionLabel(L, action),
    run: run(action.id),
  }));
  const announcement = state.said?.news.map((news) => newsText(setup, news)).join(". ") ?? "";
  const stepIndex = view.step;
  const stepTitle = (i: number) => setup.steps[i]?.title ?? "";
  const position =
    view.phase === "step" && stepIndex !== null
      ? fill(L.stepOf, { current: stepIndex + 1, total: setup.steps.length })
      : question !== null
        ? fill(L.questionOf, { current: question + 1, total: view.questions.length })
        : null;

  let main: ReactNode;
  if (view.phase === "lobby") {
    main = <HostLobby {...lobby} found={joinOrigins} />;
  } else if (view.phase === "step") {
    main = onStepPage ? (
      children
    ) : (
      <p className="text-xl" aria-busy="true">
        {stepIndex !== null ? fill(L.annStep, { number: stepIndex + 1, title: stepTitle(stepIndex) }) : ""}
      </p>
    );
  } else if (!quiz) {
    main =
      bundleState.status === "failed" ? (
        <div className="space-y-3">
          <p>{setup.quiz.loadFailed}</p>
          <button type="button" className="btn btn-secondary" onClick={retry}>
            {setup.quiz.tryAgain}
          </button>
        </div>
      ) : (
        <p className="text-xl">{setup.quiz.loading}</p>
      );
  } else if (question !== null && quiz.questions[question] && quiz.rendered[question]) {
    main = (
      <HostQuestion
        view={view}
        index={question}
        question={quiz.questions[question]}
        rendered={quiz.rendered[question]}
        locale={locale}
        labels={L}
        quiz={setup.quiz}
        showOptions={state.showOptions || view.lettersOnly}
        showDistribution={state.distributionShown[question] === true}
      />
    );
  } else {
    main = (
      <HostSummary
        sessionId={state.sessionId ?? ""}
        hostKey={state.hostKey ?? ""}
        joinCode={view.joinCode ?? ""}
        ended={ended}
        refreshKey={view.seq}
        rendered={quiz.rendered}
        locale={locale}
        labels={L}
        quiz={setup.quiz}
        errors={setup.errors}
        onDelete={run("delete")}
      />
    );
  }

  const confirming = state.dialog === "end" || state.dialog === "delete" ? state.dialog : null;
  const closeDialog = () => dispatch({ type: "dialog-closed" });
  const confirm = () => dispatch({ type: "confirmed", at: Date.now() });
  return (
    <div className="flex min-h-[calc(100dvh-0.75rem)] flex-col gap-3" data-host-phase={view.phase}>
      <div
        className={
          // In the lobby only a connection lost after the page's first one: that first connection
          // is not news, and a bar that comes and goes above the join code would move it.
          view.phase !== "lobby" || stream === "reconnecting" || stream === "polling" || barHidden
            ? "no-print flex flex-wrap items-baseline gap-x-5 gap-y-1 border-b border-border pb-1 text-[0.9rem]"
            : "sr-only"
        }
      >
        {position && <p className="font-semibold">{position}</p>}
        {barHidden && (
          <button
            type="button"
            id="host-show-bar"
            aria-keyshortcuts="H"
            onClick={run("hide")}
            className="btn btn-secondary order-last min-h-[max(2.1em,24px)]! gap-[0.4em]! px-[0.7em]! py-0! text-[max(0.55rem,14px)]"
          >
            {L.showControls}
            <kbd aria-hidden="true" className="rounded border border-current px-1 text-[0.8em] font-normal">
              H
            </kbd>
          </button>
        )}
        {view.phase !== "lobby" && (
          <>
            <p className="tabular-nums">
              <span className="text-muted">{L.joinCode}: </span>
              <strong data-testid="bar-join-code">{formatJoinCode(view.joinCode ?? "")}</strong>
            </p>
            <JoinedCounts {...lobby} inline />
          </>
        )}
        <p className="ms-auto" data-testid="stream-status" data-status={stream}>
          {stale ? (
            <strong className="text-note">{L.reconnecting}</strong>
          ) : stream === "polling" ? (
            <span className="text-muted">{L.polling}</span>
          ) : null}
        </p>
      </div>

      <div
        className={`flex-1 ${stale ? "opacity-60 grayscale" : ""}`}
        aria-busy={stale}
        data-stale={stale ? "true" : undefined}
      >
        {main}
      </div>

      {state.problem && (
        <p className="no-print font-semibold text-bad" data-testid="host-problem">
          {setup.errors[state.problem]}
        </p>
      )}
      {!barHidden && (
        <HostControls
          actions={actions}
          label={L.controls}
          hint={L.shortcutsHint}
          on={L.switchOn}
          off={L.switchOff}
        />
      )}

      <p aria-live="polite" className="sr-only" data-testid="announcer">
        {announcement}
      </p>

      <HostDialog
        id="host-shortcuts"
        open={state.dialog === "help"}
        title={L.shortcutsTitle}
        onClose={closeDialog}
        buttons={
          <button type="submit" className="btn btn-primary">
            {L.closeDialog}
          </button>
        }
      >
        <p className="mt-2 text-base text-muted">{L.shortcutsNote}</p>
        <ShortcutsTable
          actions={actions.map((a) => (a.id === "hide" ? { ...a, label: L.hideOrShowControls } : a))}
          keyColumn={L.keyColumn}
          actionColumn={L.actionColumn}
        />
      </HostDialog>

      <HostDialog
        id="host-confirm"
        open={confirming !== null}
        title={confirming === "delete" ? L.endDelete : L.end}
        onClose={closeDialog}
        buttons={
          <>
            <button type="submit" className="btn btn-primary" onClick={confirm}>
              {L.confirmYes}
            </button>
            {/* The safe choice has the focus: Enter or Space on opening keeps the class. */}
            <button type="submit" className="btn btn-secondary" data-autofocus>
              {L.cancel}
            </button>
          </>
        }
      >
        <p className="mt-3 text-lg">{confirming === "delete" ? L.confirmDelete : L.confirmEnd}</p>
      </HostDialog>
    </div>
  );
}

function actionLabel(L: HostLabels, action: HostActionState): string {
  if (action.id === "next") {
    const next = action.command;
    if (!next) return L.next;
    if (next.type === "start") return L.nextStart;
    if (next.type === "step") return L.nextStep;
    if (next.type === "open") return fill(L.nextOpen, { number: (next.index ?? 0) + 1 });
    return next.type === "reveal" ? L.nextReveal : L.nextSummary;
  }
  const labels: Record<Exclude<HostActionId, "next">, string> = {
    back: L.back,
    open: L.open,
    close: L.close,
    reveal: L.reveal,
    distribution: L.showDistribution,
    options: L.showOptions,
    letters: L.lettersOnly,
    lock: L.lock,
    summary: L.summary,
    end: L.end,
    delete: L.endDelete,
    help: L.shortcuts,
    hide: L.hideControls,
  };
  return labels[action.id];
}

function newsText(setup: HostSetup, news: HostNews): string {
  const L = setup.labels;
  switch (news.kind) {
    case "step":
      return fill(L.annStep, { number: news.step + 1, title: setup.steps[news.step]?.title ?? "" });
    case "open":
      return fill(L.annOpen, { number: news.question + 1 });
    case "closed":
      return fill(L.annClosed, { number: news.question + 1 });
    case "problem":
      return setup.errors[news.code];
    default:
      return {
        revealed: L.annRevealed,
        locked: L.annLocked,
        unlocked: L.annUnlocked,
        "letters-only": L.annLettersOnly,
        "full-text": L.annFullText,
        summary: L.annSummary,
        ended: L.annEnded,
        reconnecting: L.reconnecting,
        reconnected: L.reconnected,
      }[news.kind];
  }
}

/** The class's quiz in this page's language, regenerated from its code (the quiz never travels). */
function useClassQuizOf(bundle: QuizBundle | null, classCode: string, count: number) {
  return useMemo(() => {
    if (!bundle) return null;
    const questions = generateQuiz(bundle.data, { seed: classCode, count }).questions;
    return { questions, rendered: questions.map((q) => renderQuestion(q, bundle.pack)) };
  }, [bundle, classCode, count]);
}
