import { useCallback, useEffect, useRef, useState } from "react";
import { liveRequest, tellLocale, type LiveErrorCode } from "@/components/live/client-api";
import { clearKeys, loadKeys, saveKeys, type StudentKeys } from "@/components/live/keys-storage";
import { freshProgress, nextAnswerSeq, type TakeProgress } from "@/lib/assign/take-state";
import { isJoinCode, normalizeCode } from "@/lib/live/codes";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import type { LiveFrame } from "@/components/live/client-stream";
import { assignApi, type MyAssignment } from "./assign-api";
import { forgetProgress, loadProgress, saveProgress } from "./take-storage";
import { useAssignmentStream } from "./use-assignment-stream";

export type HomeworkPhase =
  | { kind: "loading" }
  | { kind: "enter"; code: string; closed: boolean }
  | { kind: "in"; code: string; me: MyAssignment; progress: TakeProgress; keys: StudentKeys };

type Answer = string | string[];

/** The events after which a student's page fetches its state again. */
const CHANGES = new Set(["closed", "reopened", "deleted"]);

/**
 * The homework on this device: the join, the server's view of this student, the progress kept
 * between visits, and the actions of the page. Every request goes through `liveRequest` (errors as
 * stable codes); the server is the source of the answers, storage only of where the student was.
 */
export function useHomework(locale: Locale) {
  const [phase, setPhase] = useState<HomeworkPhase>({ kind: "loading" });
  const [problem, setProblem] = useState<LiveErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const phaseRef = useRef(phase);
  useEffect(() => {
    phaseRef.current = phase;
  }, [phase]);

  const enter = useCallback(async (code: string, keys: StudentKeys, progress: TakeProgress) => {
    const r = await liveRequest<MyAssignment>(assignApi.me(keys.sessionId, keys.participantId), {
      key: keys.resumeKey,
    });
    if (r.ok) {
      setPhase({ kind: "in", code, me: r.data, progress, keys });
      return r.data;
    }
    if (r.code === "forbidden" || r.code === "unknown-session") {
      clearKeys("student", keys.sessionId);
      forgetProgress(code);
      setPhase({ kind: "enter", code, closed: false });
    } else setProblem(r.code);
    return null;
  }, []);

  // The code from the link (`?code=`), and this device's earlier visit to it, if any.
  useEffect(() => {
    const code = normalizeCode(new URLSearchParams(window.location.search).get("code") ?? "");
    const progress = isJoinCode(code) ? loadProgress(code) : null;
    const keys = progress ? loadKeys("student", progress.sessionId) : null;
    // The address bar and storage are only readable once in the browser: a static page cannot know them.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (progress && keys) void enter(code, keys, progress);
    else setPhase({ kind: "enter", code: isJoinCode(code) ? code : "", closed: false });
  }, [enter]);

  const refresh = useCallback(async () => {
    const p = phaseRef.current;
    if (p.kind === "in") await enter(p.code, p.keys, p.progress);
  }, [enter]);

  // A language chosen on this page: the server counts students by language.
  const me = phase.kind === "in" ? phase.me : null;
  const keys = phase.kind === "in" ? phase.keys : null;
  useEffect(() => {
    if (!me || !keys || me.locale === locale) return;
    void tellLocale(keys.sessionId, keys, locale);
  }, [me, keys, locale]);

  // Its stream says when it closes (at closes-at, or the teacher's "close now"), reopens or is
  // deleted: the student's own state is fetched again, so the page switches without a reload.
  const watching = me !== null && !(me.closed && me.handedIn);
  const sessionId = keys?.sessionId;
  useAssignmentStream(
    watching && sessionId ? assignApi.events(sessionId) : null,
    null,
    useCallback(
      (frame: LiveFrame, first: boolean) => {
        if (CHANGES.has(frame.event) || (frame.event === "snapshot" && !first)) void refresh();
      },
      [refresh],
    ),
    useCallback(() => void refresh(), [refresh]),
  );

  const update = useCallback((change: (p: TakeProgress) => TakeProgress) => {
    setPhase((p) => {
      if (p.kind !== "in") return p;
      const progress = change(p.progress);
      saveProgress(p.code, progress);
      return { ...p, progress };
    });
  }, []);

  async function join(raw: string) {
    const code = normalizeCode(raw);
    setProblem(null);
    if (!isJoinCode(code)) return setProblem("bad-code");
    setBusy(true);
    const r = await liveRequest<MyAssignment & { resumeKey: string }>(assignApi.join(), {
      body: { joinCode: code, locale },
    });
    setBusy(false);
    if (!r.ok) {
      // A live class's code: its own page joins it.
      if (r.code === "is-live-class") return window.location.assign(paths.live(locale, code));
      if (r.code === "closed") return setPhase({ kind: "enter", code, closed: true });
      return setProblem(r.code);
    }
    const joined: StudentKeys = {
      role: "student",
      sessionId: r.data.sessionId,
      participantId: r.data.participantId,
      resumeKey: r.data.resumeKey,
    };
    saveKeys(joined);
    const progress = freshProgress(joined.sessionId);
    saveProgress(code, progress);
    window.history.replaceState(window.history.state, "", paths.homework(locale, code));
    await enter(code, joined, progress);
  }

  async function answer(question: number, value: Answer) {
    const p = phaseRef.current;
    if (p.kind !== "in") return;
    const answerSeq = nextAnswerSeq(p.progress.seq, Date.now());
    update((old) => ({ ...old, seq: answerSeq }));
    setProblem(null);
    setBusy(true);
    const r = await liveRequest<{ correct?: boolean }>(assignApi.answers(p.keys.sessionId), {
      body: { participantId: p.keys.participantId, question, answer: value, answerSeq },
      key: p.keys.resumeKey,
    });
    setBusy(false);
    if (!r.ok) {
      setProblem(r.code);
      if (r.code === "closed" || r.code === "handed-in") await refresh();
      return;
    }
    const given = {
      question,
      answer: value,
      ...(r.data.correct === undefined ? {} : { correct: r.data.correct }),
    };
    setPhase((now) =>
      now.kind === "in"
        ? {
            ...now,
            me: { ...now.me, answers: [...now.me.answers.filter((a) => a.question !== question), given] },
          }
        : now,
    );
  }

  async function handIn() {
    const p = phaseRef.current;
    if (p.kind !== "in") return;
    setProblem(null);
    setBusy(true);
    const r = await liveRequest<MyAssignment>(assignApi.handIn(p.keys.sessionId), {
      body: { participantId: p.keys.participantId },
      key: p.keys.resumeKey,
    });
    setBusy(false);
    if (r.ok) setPhase({ ...p, me: r.data });
    else {
      setProblem(r.code);
      if (r.code === "closed") await refresh();
    }
  }

  return {
    phase,
    problem,
    busy,
    join,
    answer,
    handIn,
    goTo: (index: number) => update((p) => ({ ...p, index })),
    markRead: () => update((p) => ({ ...p, read: true })),
  };
}
