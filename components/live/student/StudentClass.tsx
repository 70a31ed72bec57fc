"use client";

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { usePathname, useRouter } from "next/navigation";
import { liveApi, liveRequest, type LiveErrorCode } from "@/components/live/client-api";
import { applyFrame, type LiveFrame, type LiveView } from "@/lib/live/client-state";
import type { StreamStatus } from "@/components/live/client-stream";
import {
  clearKeys,
  loadKeys,
  saveKeys,
  type StudentKeys as StoredKeys,
} from "@/components/live/keys-storage";
import { isJoinCode, normalizeCode } from "@/lib/live/codes";
import { fill } from "@/lib/fill";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { openSharedStream } from "./shared-stream";
import {
  forgetClass,
  loadAnswers,
  loadCurrent,
  loadFollow,
  saveAnswers,
  saveCurrent,
  saveFollow,
  type CurrentClass,
  type LiveAnswer,
  type StoredAnswers,
} from "./student-storage";
import type { StudentUi } from "./student-labels";

interface JoinAnswer {
  sessionId: string;
  participantId: string;
  resumeKey: string;
  classCode: string;
  count: number;
  datasetVersion: string;
}

interface ParticipantState {
  participantId: string;
  locale: string;
  phase: string;
  answers: { question: number; answer: LiveAnswer; correct?: boolean }[];
  score: { correct: number; revealed: number };
}

type StudentKeys = Pick<StoredKeys, "participantId" | "resumeKey">;

export type Stage = "loading" | "join" | "class";
/** Why the class screen stopped: the class ended, or was deleted by the teacher. */
export type ClassEnd = "ended" | "deleted" | null;

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
  /** A sentence for the last thing that went wrong, in the student's language. */
  problem: string | null;
  score: { correct: number; revealed: number } | null;
  follow: boolean;
  setFollow: (on: boolean) => void;
  join: (code: string) => Promise<void>;
  /** A new answer for question `i`; `send` false keeps it on the device (an order being arranged). */
  choose: (i: number, answer: LiveAnswer, send: boolean) => void;
  send: (i: number) => void;
  someoneElse: () => void;
  switchLocale: (locale: Locale) => Promise<void>;
  announce: (text: string) => void;
  errorText: (code: LiveErrorCode, retryAfter?: number) => string;
}

const Context = createContext<StudentClassValue | null>(null);

export function useStudentClass(): StudentClassValue {
  const value = useContext(Context);
  if (!value) throw new Error("useStudentClass outside StudentClassProvider");
  return value;
}

/**
 * The student's class, held by the live layout so that it survives moving between the class page
 * and the step pages: the keys, the stream (shared between tabs), the view built from its frames,
 * the answers, and the one polite live region.
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
  const pathname = usePathname();
  const [stage, setStage] = useState<Stage>("loading");
  const [current, setCurrent] = useState<CurrentClass | null>(null);
  const [keys, setKeys] = useState<StudentKeys | null>(null);
  const [view, setView] = useState<LiveView | null>(null);
  const viewRef = useRef<LiveView | null>(null);
  const [status, setStatus] = useState<StreamStatus>("connecting");
  const [end, setEnd] = useState<ClassEnd>(null);
  const [answers, setAnswers] = useState<StoredAnswers>({});
  const [sending, setSending] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [score, setScore] = useState<{ correct: number; revealed: number } | null>(null);
  const [follow, setFollowState] = useState(true);
  const [message, setMessage] = useState("");
  const announced = useRef(new Set<string>());

  const errorText = useCallback(
    (code: LiveErrorCode, retryAfter?: number) =>
      code === "rate-limited" && retryAfter
        ? fill(ui.errors["rate-limited-wait"], { seconds: retryAfter })
        : ui.errors[code],
    [ui],
  );

  /** Says `text` once through the polite live region (`key` tells repeats apart). */
  const say = useCallback((text: string) => {
    // Emptied first, so the same sentence said twice in a row is still a change to announce.
    setMessage("");
    window.setTimeout(() => setMessage(text), 50);
  }, []);
  const announceOnce = useCallback(
    (key: string, text: string) => {
      if (announced.current.has(key)) return;
      announced.current.add(key);
      say(text);
    },
    [say],
  );
  const announce = say;

  const leave = useCallback((sessionId: string) => {
    clearKeys("student", sessionId);
    forgetClass(sessionId);
    setKeys(null);
    setCurrent(null);
    setView(null);
    viewRef.current = null;
    setAnswers({});
    setScore(null);
    setStage("join");
  }, []);

  // Resume: the class and keys this device kept (reload, locked phone, language switch, a new tab).
  useEffect(() => {
    let saved = loadCurrent();
    // A QR link to another class than the one this device is in: that one is over for this student.
    const linked = normalizeCode(new URLSearchParams(window.location.search).get("code") ?? "");
    if (saved && isJoinCode(linked) && linked !== saved.joinCode) {
      clearKeys("student", saved.sessionId);
      forgetClass(saved.sessionId);
      saved = null;
    }
    const savedKeys = saved ? loadKeys("student", saved.sessionId) : null;
    // Read once from this device's storage, which the server cannot know.
    /* eslint-disable react-hooks/set-state-in-effect */
    setFollowState(loadFollow());
    if (saved && savedKeys) {
      setCurrent(saved);
      setKeys({ participantId: savedKeys.participantId, resumeKey: savedKeys.resumeKey });
      setAnswers(loadAnswers(saved.sessionId));
      setStage("class");
    } else {
      if (saved) forgetClass(saved.sessionId);
      setStage("join");
    }
    /* eslint-enable react-hooks/set-state-in-effect */
  }, []);

  // The first paint's choice (components/layout/projector-boot.ts) has done its work once the page
  // draws the state it read: before the paint, so that no later state is hidden by it.
  useLayoutEffect(() => {
    if (stage !== "loading") delete document.documentElement.dataset.liveStudent;
  }, [stage]);

  // These pages say each change of the class once, through the live region below; Next's route
  // announcer would read each new page's title as well (hidden by app/globals.css meanwhile).
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.liveAnnouncer = "own";
    return () => {
      delete root.dataset.liveAnnouncer;
    };
  }, []);

  // Another tab of this browser answered or left: keep this one in step.
  useEffect(() => {
    if (!current) return;
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key.includes(current.sessionId))
        setAnswers(loadAnswers(current.sessionId));
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [current]);

  // The device says it lost the network: say so at once, before the stream notices by itself.
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    const update = () => setOffline(!navigator.onLine);
    update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);

  // The student's own state from the server: answers this device lost, and the language.
  const participantUrl = current && keys ? liveApi.participant(current.sessionId, keys.participantId) : null;
  const refreshParticipant = useCallback(async () => {
    if (!current || !keys || !participantUrl) return null;
    const result = await liveRequest<ParticipantState>(participantUrl, { key: keys.resumeKey });
    if (!result.ok) {
      if (result.code === "forbidden" || result.code === "unknown-session") {
        leave(current.sessionId);
        setProblem(errorText(result.code));
      }
      return null;
    }
    return result.data;
  }, [current, keys, participantUrl, leave, errorText]);

  useEffect(() => {
    if (stage !== "class" || !current || !keys || !participantUrl) return;
    let live = true;
    void (async () => {
      const state = await refreshParticipant();
      if (!live || !state) return;
      setAnswers((mine) => {
        const merged = { ...mine };
        for (const a of state.answers)
          // An answer the server has and this device forgot: a later change must outrank it.
          if (!merged[a.question])
            merged[a.question] = { answer: a.answer, seq: 1000, recorded: true, sent: a.answer };
        saveAnswers(current.sessionId, merged);
        return merged;
      });
      setScore(state.score);
      if (state.locale !== locale)
        await liveRequest(participantUrl, { body: { locale }, key: keys.resumeKey });
    })();
    return () => {
      live = false;
    };
  }, [stage, current, keys, participantUrl, locale, refreshParticipant]);

  // The stream, shared by every tab of this browser that is in this class.
  useEffect(() => {
    if (stage !== "class" || !current) return;
    const sessionId = current.sessionId;
    const onFrame = (frame: LiveFrame) => {
      const next = applyFrame(viewRef.current, frame);
      if (next === viewRef.current) return;
      viewRef.current = next;
      setView(next);
    };
    const shared = openSharedStream({
      sessionId,
      url: liveApi.events(sessionId),
      lastSeq: () => viewRef.current?.seq ?? null,
      onFrame,
      onStatus: setStatus,
      onFatal: ({ code }) => {
        // After a `deleted` event the stream's 404 says nothing new.
        if (viewRef.current?.deleted) return;
        if (code === "ended") setEnd("ended");
        else {
          leave(sessionId);
          setProblem(errorText(code));
        }
      },
    });
    return () => shared.close();
  }, [stage, current, leave, errorText]);

  // What the class's state means for this student: announcements, the end, the score.
  const phase = view?.phase;
  const openIndex = view ? view.questions.indexOf("open") : -1;
  const revealed = view?.reveal?.question ?? null;
  const deleted = view?.deleted ?? false;
  useEffect(() => {
    if (!current) return;
    if (openIndex >= 0)
      announceOnce(`open:${current.sessionId}:${openIndex}`, fill(ui.t.questionOpen, { n: openIndex + 1 }));
  }, [current, openIndex, announceOnce, ui]);
  // The teacher moved the class to a step: "Step 3: …" (not the step the page opened on).
  const step = phase === "step" ? (view?.step ?? null) : null;
  const lastStep = useRef<{ session: string; step: number | null } | null>(null);
  useEffect(() => {
    if (!current || phase === undefined) return;
    const before = lastStep.current;
    lastStep.current = { session: current.sessionId, step };
    if (!before || before.session !== current.sessionId || step === null || step === before.step) return;
    say(fill(ui.t.stepNow, { n: step + 1, title: stepTitles[step] ?? "" }));
  }, [current, phase, step, say, ui, stepTitles]);
  useEffect(() => {
    if (current && revealed !== null && phase === "question")
      announceOnce(`reveal:${current.sessionId}:${revealed}`, ui.t.answerRevealed);
  }, [current, revealed, phase, announceOnce, ui]);
  // The teacher switching the phones to letters only (or back) redraws an open question: say so.
  const lettersOnly = view?.lettersOnly;
  const lettersBefore = useRef<boolean | undefined>(undefined);
  useEffect(() => {
    const before = lettersBefore.current;
    lettersBefore.current = lettersOnly;
    if (before === undefined || lettersOnly === undefined || before === lettersOnly || openIndex < 0) return;
    say(lettersOnly ? ui.t.lookAtProjector : ui.t.fullTextShown);
  }, [lettersOnly, openIndex, say, ui]);
  useEffect(() => {
    if (!current) return;
    if (deleted) {
      // The class is gone: its keys and answers too.
      clearKeys("student", current.sessionId);
      forgetClass(current.sessionId);
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setEnd("deleted");
    } else if (phase === "ended") setEnd("ended");
  }, [current, phase, deleted]);
  useEffect(() => {
    if (end || (phase !== "summary" && revealed === null)) return;
    // The score comes from the server, after the request: not a synchronous update.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refreshParticipant().then((state) => state && setScore(state.score));
  }, [end, phase, revealed, refreshParticipant]);
  // The class is over: the score is read once more, then its keys and answers leave this device
  // (LIVE.md, "Codes and keys"); the score card stays on screen until the student moves on.
  useEffect(() => {
    if (end !== "ended" || !current || !keys || !participantUrl) return;
    let live = true;
    void (async () => {
      const result = await liveRequest<ParticipantState>(participantUrl, { key: keys.resumeKey });
      if (live && result.ok) setScore(result.data.score);
      clearKeys("student", current.sessionId);
      forgetClass(current.sessionId);
    })();
    return () => {
      live = false;
    };
  }, [end, current, keys, participantUrl]);

  // Follow the teacher: when the teacher moves, this tab moves to the same place.
  const target =
    view && !view.deleted
      ? view.phase === "step" && view.slug
        ? paths.liveStep(locale, view.slug)
        : paths.live(locale)
      : null;
  const lastTarget = useRef<string | null>(null);
  useEffect(() => {
    if (!target || target === lastTarget.current) return;
    lastTarget.current = target;
    if (follow && pathname !== target) router.push(target);
  }, [target, follow, pathname, router]);

  const setFollow = useCallback(
    (on: boolean) => {
      saveFollow(on);
      setFollowState(on);
      if (on && target && pathname !== target) router.push(target);
    },
    [target, pathname, router],
  );

  const join = useCallback(
    async (raw: string) => {
      setProblem(null);
      const joinCode = normalizeCode(raw);
      const result = await liveRequest<JoinAnswer>(liveApi.join(), { body: { joinCode, locale } });
      if (!result.ok) {
        setProblem(errorText(result.code, result.retryAfter));
        return;
      }
      const { sessionId, participantId, resumeKey, classCode, count, datasetVersion } = result.data;
      const next: CurrentClass = { sessionId, joinCode, classCode, count, datasetVersion };
      saveKeys({ role: "student", sessionId, participantId, resumeKey });
      saveCurrent(next);
      announced.current.clear();
      lastTarget.current = null;
      viewRef.current = null;
      setView(null);
      setEnd(null);
      setScore(null);
      setAnswers(loadAnswers(sessionId));
      setKeys({ participantId, resumeKey });
      setCurrent(next);
      setStage("class");
      // Drop `?code=` so a reload resumes instead of joining again.
      window.history.replaceState(window.history.state, "", paths.live(locale));
    },
    [locale, errorText],
  );

  const answersRef = useRef(answers);
  useEffect(() => {
    answersRef.current = answers;
  }, [answers]);

  const post = useCallback(
    async (i: number, answer: LiveAnswer, seq: number) => {
      if (!current || !keys) return;
      setSending(i);
      const result = await liveRequest(liveApi.answers(current.sessionId), {
        body: { participantId: keys.participantId, question: i, answer, answerSeq: seq },
        key: keys.resumeKey,
      });
      setSending((s) => (s === i ? null : s));
      if (result.ok) {
        setProblem(null);
        setAnswers((all) => {
          const mine = all[i];
          if (!mine || mine.seq !== seq) return all;
          const next = { ...all, [i]: { ...mine, recorded: true, tried: false, sent: answer } };
          saveAnswers(current.sessionId, next);
          return next;
        });
        announceOnce(`recorded:${current.sessionId}:${i}:${seq}`, ui.t.answerRecorded);
        return;
      }
      setProblem(errorText(result.code, result.retryAfter));
      if (result.code === "forbidden" || result.code === "unknown-session") leave(current.sessionId);
    },
    [current, keys, announceOnce, ui, errorText, leave],
  );

  const store = useCallback(
    (i: number, answer: LiveAnswer, bump: boolean) => {
      if (!current) return null;
      // The newest seq of any tab of this browser, so two tabs never send the same one.
      const stored = { ...loadAnswers(current.sessionId), ...answersRef.current };
      const seq = Math.max(stored[i]?.seq ?? 0, loadAnswers(current.sessionId)[i]?.seq ?? 0) + (bump ? 1 : 0);
      const before = answersRef.current[i];
      const next = {
        ...answersRef.current,
        [i]: {
          answer,
          seq: Math.max(seq, 1),
          recorded: false,
          ...(bump ? { tried: true } : {}),
          ...(before?.sent ? { sent: before.sent } : {}),
        },
      };
      answersRef.current = next;
      saveAnswers(current.sessionId, next);
      setAnswers(next);
      return next[i]!;
    },
    [current],
  );

  const choose = useCallback(
    (i: number, answer: LiveAnswer, sendNow: boolean) => {
      const entry = store(i, answer, sendNow);
      if (entry && sendNow) void post(i, entry.answer, entry.seq);
    },
    [store, post],
  );
  const send = useCallback(
    (i: number) => {
      const mine = answersRef.current[i];
      if (!mine) return;
      const entry = store(i, mine.answer, true);
      if (entry) void post(i, entry.answer, entry.seq);
    },
    [store, post],
  );

  // Back online with an answer the server never confirmed for the open question: send it again.
  useEffect(() => {
    if (status !== "open" || offline || openIndex < 0) return;
    const mine = answersRef.current[openIndex];
    if (mine?.tried && !mine.recorded) void post(openIndex, mine.answer, mine.seq);
  }, [status, offline, openIndex, post]);

  const someoneElse = useCallback(() => {
    if (current) leave(current.sessionId);
    setEnd(null);
    setProblem(null);
    router.push(paths.live(locale));
  }, [current, leave, router, locale]);

  const switchLocale = useCallback(
    async (next: Locale) => {
      if (current && keys && participantUrl)
        await liveRequest(participantUrl, { body: { locale: next }, key: keys.resumeKey });
      // A full load: <html lang>, metadata and the server-rendered strings change together.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign(`${paths.inLocale(window.location.pathname, next)}${window.location.search}`);
    },
    [current, keys, participantUrl],
  );

  const value = useMemo<StudentClassValue>(
    () => ({
      locale,
      ui,
      version,
      bundles,
      stage,
      current,
      view,
      status: offline ? "reconnecting" : status,
      end,
      answers,
      sending,
      problem,
      score,
      follow,
      setFollow,
      join,
      choose,
      send,
      someoneElse,
      switchLocale,
      announce,
      errorText,
    }),
    [
      locale,
      ui,
      version,
      bundles,
      stage,
      current,
      view,
      status,
      offline,
      end,
      answers,
      sending,
      problem,
      score,
      follow,
      setFollow,
      join,
      choose,
      send,
      someoneElse,
      switchLocale,
      announce,
      errorText,
    ],
  );

  return (
    <Context.Provider value={value}>
      {children}
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="sr-only"
        data-testid="live-announcer"
      >
        {message}
      </div>
    </Context.Provider>
  );
}
