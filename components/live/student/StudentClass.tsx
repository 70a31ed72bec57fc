"use client";

import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactNode,
} from "react";
import { useRouter } from "next/navigation";
import { liveApi } from "@/components/live/client-api";
import type { LiveView, StreamStatus } from "@/lib/live/client-state";
import { loadKeys } from "@/components/live/keys-storage";
import { createMachineStore, useMachine } from "@/components/live/use-machine";
import { fill } from "@/lib/fill";
import {
  initialPhone,
  reducePhone,
  shownStatus,
  streamRetryMaxMs,
  type ClassEnd,
  type CurrentClass,
  type LiveAnswer,
  type PhoneNews,
  type Problem,
  type Score,
  type Stage,
  type StoredAnswers,
} from "@/lib/live/phone-state";
import type { Locale } from "@/lib/locales";
import { openSharedStream } from "./shared-stream";
import { usePhonePage } from "./use-phone-page";
import { phoneEffects } from "./phone-effects";
import { loadAnswers, loadCurrent, loadFollow } from "./student-storage";
import type { StudentUi } from "./student-labels";

export interface StudentClassValue {
  locale: Locale;
  ui: StudentUi;
  version: string;
  /** The quiz bundle's immutable address in each language. */
  bundles: Record<Locale, string>;
  stage: Stage;
  current: CurrentClass | null;
  view: LiveView | null;
  status: StreamStatus;
  end: ClassEnd;
  answers: StoredAnswers;
  /** The question whose answer is on its way to the server. */
  sending: number | null;
  /** A join request is on its way. */
  joining: boolean;
  /** A sentence for the last thing that went wrong, in the student's language. */
  problem: string | null;
  score: Score | null;
  follow: boolean;
  setFollow: (on: boolean) => void;
  join: (code: string) => void;
  /** A new answer for question `i`; `send` false keeps it on the device (an order being arranged). */
  choose: (i: number, answer: LiveAnswer, send: boolean) => void;
  send: (i: number) => void;
  /** "Join another class" after the end. */
  someoneElse: () => void;
  /** "Leave the class on this phone": ask, then the answer to "are you sure?". */
  askLeave: () => void;
  answerLeave: (leave: boolean) => void;
  leaving: boolean;
  /** The quote open over the page, by its id; and closing it. */
  reading: string | null;
  closeQuote: () => void;
  switchLocale: (locale: Locale) => void;
}

const Context = createContext<StudentClassValue | null>(null);

export function useStudentClass(): StudentClassValue {
  const value = useContext(Context);
  if (!value) throw new Error("useStudentClass outside StudentClassProvider");
  return value;
}

/**
 * The student's class, held by the live layout so that it survives moving between the class page
 * and the step pages. What the phone does is decided by its state machine (lib/live/phone-state.ts);
 * this provider feeds it events — this device's storage, the network, the stream (shared between
 * tabs), the student's taps — and draws its state, with the one polite live region.
 */
export function StudentClassProvider({
  locale,
  ui,
  version,
  bundles,
  stepTitles,
  children,
}: {
  locale: Locale;
  ui: StudentUi;
  version: string;
  bundles: Record<Locale, string>;
  /** The explainer's step titles in this language, in order, for "Step 3: …". */
  stepTitles: string[];
  children: ReactNode;
}) {
  const router = useRouter();
  const { state, dispatch, latest } = useMachine(() =>
    createMachineStore(
      { reduce: reducePhone, perform: phoneEffects({ locale, push: (href) => router.push(href) }) },
      initialPhone(locale),
    ),
  );

  // The first paint's choice (components/layout/projector-boot.ts) has done its work once the page
  // draws the state it read: before the paint, so that no later state is hidden by it.
  // Inside a class the page's header is compact (app/globals.css): no way out of the class.
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (state.stage !== "loading") delete root.dataset.liveStudent;
    if (state.stage === "class") root.dataset.liveClass = "on";
    else delete root.dataset.liveClass;
  }, [state.stage]);
  usePhonePage(dispatch);

  // This device: the class and keys it kept (reload, locked phone, language switch, a new tab), the
  // network, and other tabs answering or leaving.
  useEffect(() => {
    const root = document.documentElement;
    // These pages say each change of the class once, through the live region below; Next's route
    // announcer would read each new page's title as well (hidden by app/globals.css meanwhile).
    root.dataset.liveAnnouncer = "own";
    const saved = loadCurrent();
    const keys = saved ? loadKeys("student", saved.sessionId) : null;
    dispatch({
      type: "booted",
      saved,
      keys: keys && { participantId: keys.participantId, resumeKey: keys.resumeKey },
      answers: saved ? loadAnswers(saved.sessionId) : {},
      follow: loadFollow(),
      linkedCode: new URLSearchParams(window.location.search).get("code") ?? "",
      online: navigator.onLine,
    });
    const onNetwork = () => dispatch({ type: "network", online: navigator.onLine });
    const onStorage = (event: StorageEvent) => {
      const sessionId = latest().current?.sessionId;
      if (sessionId && (event.key === null || event.key.includes(sessionId)))
        dispatch({ type: "answers-synced", sessionId, answers: loadAnswers(sessionId) });
    };
    window.addEventListener("online", onNetwork);
    window.addEventListener("offline", onNetwork);
    window.addEventListener("storage", onStorage);
    return () => {
      delete root.dataset.liveAnnouncer;
      window.removeEventListener("online", onNetwork);
      window.removeEventListener("offline", onNetwork);
      window.removeEventListener("storage", onStorage);
    };
  }, [dispatch, latest]);

  // The stream, shared by every tab of this browser that is in this class.
  const streamed = state.stage === "class" ? (state.current?.sessionId ?? null) : null;
  useEffect(() => {
    if (!streamed) return;
    const sessionId = streamed;
    const shared = openSharedStream({
      sessionId,
      url: liveApi.events(sessionId),
      lastSeq: () => latest().view?.seq ?? null,
      onFrame: (frame) => dispatch({ type: "frame", sessionId, frame }),
      onStatus: (status) => dispatch({ type: "stream-status", sessionId, status }),
      onFatal: ({ code }) => dispatch({ type: "stream-failed", sessionId, code }),
      retryMaxMs: () => streamRetryMaxMs(latest()),
    });
    return () => shared.close();
  }, [streamed, dispatch, latest]);

  // What was said last, through the one polite live region: emptied first, so that the same
  // sentence twice in a row is still a change to announce.
  const announcer = useRef<HTMLDivElement>(null);
  const said = state.said && newsText(ui, stepTitles, state.said.news);
  const saidCount = state.said?.n ?? 0;
  useEffect(() => {
    const region = announcer.current;
    if (!region || said === null) return;
    region.textContent = "";
    const timer = window.setTimeout(() => (region.textContent = said), 50);
    return () => window.clearTimeout(timer);
  }, [said, saidCount]);

  const actions = useMemo(
    () => ({
      setFollow: (on: boolean) => dispatch({ type: "follow-set", on }),
      join: (code: string) => dispatch({ type: "join-asked", code }),
      choose: (question: number, answer: LiveAnswer, send: boolean) =>
        dispatch({
          type: "answer-chosen",
          question,
          answer,
          send,
          storedSeq: storedSeq(latest().current, question),
        }),
      send: (question: number) =>
        dispatch({ type: "answer-sent", question, storedSeq: storedSeq(latest().current, question) }),
      someoneElse: () => dispatch({ type: "someone-else" }),
      askLeave: () => dispatch({ type: "leave-asked" }),
      answerLeave: (leave: boolean) => dispatch({ type: "leave-answered", leave }),
      closeQuote: () => dispatch({ type: "quote-closed" }),
      switchLocale: (next: Locale) => dispatch({ type: "locale-switched", locale: next }),
    }),
    [dispatch, latest],
  );

  // (`current` read apart from the state: the compiler takes a `.current` for a ref's.)
  const { current } = state;
  const status = shownStatus(state);
  const problem = state.problem && problemText(ui, state.problem);
  const value = useMemo<StudentClassValue>(
    () => ({
      locale,
      ui,
      version,
      bundles,
      stage: state.stage,
      current,
      view: state.view,
      status,
      end: state.end,
      answers: state.answers,
      sending: state.sending?.question ?? null,
      joining: state.joining,
      problem,
      score: state.score,
      follow: state.follow,
      leaving: state.leaving,
      reading: state.reading,
      ...actions,
    }),
    [locale, ui, version, bundles, state, current, status, problem, actions],
  );

  return (
    <Context.Provider value={value}>
      {children}
      <div
        ref={announcer}
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="sr-only"
        data-testid="live-announcer"
      />
    </Context.Provider>
  );
}

/** The highest seq of question `i` that any tab of this browser stored. */
function storedSeq(current: CurrentClass | null, i: number): number {
  return current ? (loadAnswers(current.sessionId)[i]?.seq ?? 0) : 0;
}

function problemText(ui: StudentUi, problem: Problem): string {
  return problem.code === "rate-limited" && problem.retryAfter
    ? fill(ui.errors["rate-limited-wait"], { seconds: problem.retryAfter })
    : ui.errors[problem.code];
}

function newsText(ui: StudentUi, stepTitles: string[], news: PhoneNews): string {
  switch (news.kind) {
    case "question-open":
      return fill(ui.t.questionOpen, { n: news.question + 1 });
    case "step":
      return fill(ui.t.stepNow, { n: news.step + 1, title: stepTitles[news.step] ?? "" });
    case "revealed":
      return ui.t.answerRevealed;
    case "recorded":
      return ui.t.answerRecorded;
    case "letters-only":
      return ui.t.lookAtProjector;
    case "full-text":
      return ui.t.fullTextShown;
  }
}
