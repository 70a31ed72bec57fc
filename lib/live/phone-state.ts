/**
 * A student's phone in a live class, as one pure state machine: `reducePhone(state, event)` gives the
 * next state and the effects the screen must carry out (a request, a write to storage, a move to
 * another page), as `applyCommand` does for the server (state.ts). Everything the phone does is decided
 * here; components/live/student/StudentClass.tsx only feeds events in (the stream, storage, timers,
 * the router, taps) and draws the state. The class's own state (`view`) changes only through
 * `applyFrame` (client-state.ts), from the stream.
 *
 * To add a state (as `leaving`, "are you sure?", was added): a field here, the events that enter and
 * leave it, a case in `reducePhone`, and a line in phone-state.test.ts; the screen then draws it.
 * Time comes in the same way: a retry is an effect asking for an event later (`later`, as a move
 * waiting for the network does; the effects runner sets the timer), and that event's case decides
 * what it means then.
 */
import { applyFrame, type LiveFrame, type LiveView, type StreamStatus } from "./client-state";
import { isJoinCode, normalizeCode } from "./codes";
import type { LiveErrorCode } from "./error-codes";
import type { Locale } from "../locales";

/** The class this device is in, as the join answer gave it. */
export interface CurrentClass {
  sessionId: string;
  joinCode: string;
  classCode: string;
  count: number;
  datasetVersion: string;
}

export interface PhoneKeys {
  participantId: string;
  resumeKey: string;
}

export type LiveAnswer = string | string[];

/**
 * One question's answer on this device, as kept in storage: `seq` rises with every answer sent;
 * `recorded` once the server said 200 to this very answer; `sent` is the last answer the server
 * confirmed (an order can be rearranged on the phone after it was sent); `tried` marks an answer sent
 * but not yet confirmed (it is sent again when the connection comes back).
 */
export interface StoredAnswer {
  answer: LiveAnswer;
  seq: number;
  recorded: boolean;
  tried?: boolean;
  sent?: LiveAnswer;
}
export type StoredAnswers = Record<number, StoredAnswer>;

export interface Score {
  correct: number;
  revealed: number;
}

/** What the server keeps of this student: `GET …/participants/{id}`. */
export interface ParticipantState {
  participantId: string;
  locale: string;
  phase: string;
  answers: { question: number; answer: LiveAnswer; correct?: boolean }[];
  score: Score;
}

/** What went wrong last, as the API's code; the screen says it in the student's language. */
export interface Problem {
  code: LiveErrorCode;
  retryAfter?: number;
}

export type Stage = "loading" | "join" | "class";
/** Why the class screen stopped: the class ended, or was deleted by the teacher. */
export type ClassEnd = "ended" | "deleted" | null;

/** Where the class is: its page, or a step of the explainer shown live. */
export type Place = { kind: "class" } | { kind: "step"; slug: string };

/**
 * A move of this tab not made yet (following the teacher, or a tap on a link of the class): the page
 * is checked before the tab moves, so that a failing network never shows the browser's error page;
 * `failed` once a check failed (the phone says "Reconnecting…" and tries again).
 */
export interface Move {
  to: Place;
  failed: boolean;
}

/** How long a failed move waits before its page is checked again. */
export const MOVE_RETRY_MS = 2000;
/** The stream's longest wait between reconnections: shorter while a move waits for the network. */
export const STREAM_RETRY_MAX_MS = 10_000;
export const STREAM_RETRY_MOVING_MS = 3000;

/** A change said once through the page's polite live region. */
export type PhoneNews =
  | { kind: "question-open"; question: number }
  | { kind: "step"; step: number }
  | { kind: "revealed" }
  | { kind: "recorded" }
  | { kind: "letters-only" }
  | { kind: "full-text" };

/** Why the phone asks the server for the student's own state. */
export type ParticipantPurpose =
  /** Entering the class: answers this device lost, the score, and whether the language changed. */
  | "resume"
  /** A reveal or the summary: the score. */
  | "score"
  /** The class ended: the score once more, then the keys leave the device. */
  | "final";

export interface PhoneState {
  /** The language of this page (a switch loads the page again in the other one). */
  locale: Locale;
  /** `loading` until this device's storage has been read (also the server's render). */
  stage: Stage;
  current: CurrentClass | null;
  keys: PhoneKeys | null;
  /** The class as the stream tells it; null until its first snapshot. */
  view: LiveView | null;
  stream: StreamStatus;
  /** The device's own idea of the network (`navigator.onLine`), which knows before the stream does. */
  online: boolean;
  end: ClassEnd;
  answers: StoredAnswers;
  /** The answer on its way to the server: its question and seq. */
  sending: { question: number; seq: number } | null;
  score: Score | null;
  /** Follow the teacher: move to the page the class is on whenever the teacher moves. */
  follow: boolean;
  problem: Problem | null;
  /** A join request is on its way. */
  joining: boolean;
  /** The last thing said, numbered so that the same sentence twice is still news. */
  said: { news: PhoneNews; n: number } | null;
  /** Keys of what has been said once in this class (a question opened, revealed, an answer recorded). */
  announced: string[];
  /** The step shown at the last view of this class; undefined before its first view. */
  lastStep: number | null | undefined;
  /** Where the teacher was at the last view (a `momentKey`), so that only a move is followed. */
  followed: string | null;
  /** The page this tab shows (the router says), null until known. */
  here: Place | null;
  moving: Move | null;
  /** The quote open over the page (from a reveal's link or a step's citation mark), by its id. */
  reading: string | null;
  /** "Leave the class on this phone?" is asked and not yet answered. */
  leaving: boolean;
}

export type PhoneEvent =
  /** This device's storage was read: the class it was in, its keys and answers, the QR link's code. */
  | {
      type: "booted";
      saved: CurrentClass | null;
      keys: PhoneKeys | null;
      answers: StoredAnswers;
      follow: boolean;
      linkedCode: string;
      online: boolean;
    }
  | { type: "join-asked"; code: string }
  | { type: "joined"; current: CurrentClass; keys: PhoneKeys; answers: StoredAnswers }
  /** `joinCode`: the code that was refused (a homework code is sent on to the homework page). */
  | { type: "join-refused"; problem: Problem; joinCode?: string }
  /** From the stream of class `sessionId` (a closing stream of a class left may still speak). */
  | { type: "frame"; sessionId: string; frame: LiveFrame }
  | { type: "stream-status"; sessionId: string; status: StreamStatus }
  /** The stream stopped for good (403, 404, 410). */
  | { type: "stream-failed"; sessionId: string; code: LiveErrorCode }
  | { type: "network"; online: boolean }
  /** Another tab of this browser wrote this class's answers. */
  | { type: "answers-synced"; sessionId: string; answers: StoredAnswers }
  /**
   * A choice, or an order arranged; `send` false keeps it on the device. `storedSeq`: the highest seq
   * of this question in storage, which another tab may have raised, so two tabs never send one seq.
   */
  | { type: "answer-chosen"; question: number; answer: LiveAnswer; send: boolean; storedSeq: number }
  /** "Send" for an order arranged on the device. */
  | { type: "answer-sent"; question: number; storedSeq: number }
  | { type: "answer-confirmed"; sessionId: string; question: number; seq: number; answer: LiveAnswer }
  | { type: "answer-refused"; sessionId: string; question: number; seq: number; problem: Problem }
  | {
      type: "participant-loaded";
      sessionId: string;
      purpose: ParticipantPurpose;
      participant: ParticipantState;
    }
  | { type: "participant-refused"; sessionId: string; purpose: ParticipantPurpose; code: LiveErrorCode }
  | { type: "follow-set"; on: boolean }
  | { type: "locale-switched"; locale: Locale }
  /** "Join another class" after the end: this device forgets the class. */
  | { type: "someone-else" }
  /** "Leave the class on this phone": asked, then confirmed or not. */
  | { type: "leave-asked" }
  | { type: "leave-answered"; leave: boolean }
  /** The router shows `place` (null: a page outside the class's pages). */
  | { type: "arrived"; place: Place | null }
  /** A tap on a link to a page of the class ("Read the step", "Back to the question"). */
  | { type: "place-asked"; to: Place }
  /** Whether the page of a move answered its check; and the later event to check again. */
  | { type: "move-checked"; to: Place; ok: boolean }
  | { type: "move-retry" }
  /** A quote opened over the page (a reveal's "See the quote", a step's citation mark), or closed. */
  | { type: "quote-opened"; quoteId: string }
  | { type: "quote-closed" };

interface Auth {
  sessionId: string;
  keys: PhoneKeys;
}

export type PhoneEffect =
  | { type: "join"; joinCode: string }
  /** Keep the class and its keys on this device, and drop `?code=` so a reload resumes. */
  | { type: "remember-class"; current: CurrentClass; keys: PhoneKeys }
  /** The class's keys and answers leave this device. */
  | { type: "forget-class"; sessionId: string }
  | { type: "save-answers"; sessionId: string; answers: StoredAnswers }
  | { type: "save-follow"; on: boolean }
  | ({ type: "post-answer"; question: number; answer: LiveAnswer; seq: number } & Auth)
  | ({ type: "load-participant"; purpose: ParticipantPurpose } & Auth)
  | ({ type: "tell-locale"; locale: Locale } & Auth)
  /** Tell the server (when in a class), then load this page in `locale`. */
  | { type: "switch-locale"; locale: Locale; tell: Auth | null }
  /** A move to `to`: check that its page answers (`move-checked`), unless the tab is there already. */
  | { type: "go"; to: Place }
  /** The checked page: the router moves the tab there and then reports `arrived`. */
  | { type: "navigate"; to: Place }
  /** `event`, `ms` from now (a retry). */
  | { type: "later"; ms: number; event: PhoneEvent }
  /** A homework's code typed on the live class's join page: open the homework page with it. */
  | { type: "open-homework"; joinCode: string };

export interface PhoneTransition {
  state: PhoneState;
  effects: PhoneEffect[];
}

export function initialPhone(locale: Locale): PhoneState {
  return {
    locale,
    stage: "loading",
    current: null,
    keys: null,
    view: null,
    stream: "connecting",
    online: true,
    end: null,
    answers: {},
    sending: null,
    score: null,
    follow: true,
    problem: null,
    joining: false,
    said: null,
    announced: [],
    lastStep: undefined,
    followed: null,
    here: null,
    moving: null,
    reading: null,
    leaving: false,
  };
}

// ---- What the screen reads ------------------------------------------------------------------------

/**
 * The connection as the student sees it: "Reconnecting…" at once when the device goes offline, and
 * while the teacher's page cannot be reached.
 */
export function shownStatus(s: PhoneState): StreamStatus {
  return s.online && !s.moving?.failed ? s.stream : "reconnecting";
}

/** The stream's longest wait before reconnecting now: short while a move waits for the network. */
export function streamRetryMaxMs(s: PhoneState): number {
  return s.moving ? STREAM_RETRY_MOVING_MS : STREAM_RETRY_MAX_MS;
}

/** The question open right now, or -1. */
export function openQuestionIndex(view: LiveView | null): number {
  return view ? view.questions.indexOf("open") : -1;
}

/** Where the class is, to follow the teacher; null before the first view and once deleted. */
export function placeOf(view: LiveView | null): Place | null {
  if (!view || view.deleted) return null;
  return view.phase === "step" && view.slug ? { kind: "step", slug: view.slug } : { kind: "class" };
}

export function placeKey(place: Place): string {
  return place.kind === "step" ? `step:${place.slug}` : "class";
}

/**
 * Where the teacher is, finer than the page: each step, each question, the lobby, the summary. A
 * change is a move the phone follows from wherever it is (a step read from a reveal, a quote), while
 * a question closing or revealed is not.
 */
export function momentKey(view: LiveView): string {
  if (view.phase === "step" && view.slug) return `step:${view.slug}`;
  return view.phase === "question" ? `question:${view.question}` : view.phase;
}

/** What a link opens when followed inside the class: a page of the class, or a quote over the page. */
export type ClassLink = { kind: "place"; to: Place } | { kind: "quote"; quoteId: string };

/**
 * Inside the class every link stays in it: the class's pages, an explainer step (shown as the live
 * step, with the class bar), a quote on the sources page (opened over the page); null for any other.
 */
export function classLinkAt(pathname: string, hash: string): ClassLink | null {
  const quote = /^#quote-([A-Za-z0-9_-]+)$/.exec(hash);
  if (quote && /^\/[a-z]{2}\/sources\/?$/.test(pathname)) return { kind: "quote", quoteId: quote[1]! };
  // A link within a page (the skip link, a heading's anchor) is the page's own business.
  if (hash) return null;
  const place = placeAt(pathname);
  if (place) return { kind: "place", to: place };
  const step = /^\/[a-z]{2}\/explainer\/([a-z0-9-]+)\/?$/.exec(pathname);
  return step ? { kind: "place", to: { kind: "step", slug: step[1]! } } : null;
}

/** The class's page at `pathname` (`/{locale}/live`, `/{locale}/live/step/{slug}`), else null. */
export function placeAt(pathname: string): Place | null {
  const m = /^\/[a-z]{2}\/live(?:\/step\/([a-z0-9-]+))?\/?$/.exec(pathname);
  if (!m) return null;
  return m[1] ? { kind: "step", slug: m[1] } : { kind: "class" };
}

/** Whether the answer to question `i` is on its way (its newest seq). */
export function isSending(s: PhoneState, i: number): boolean {
  return s.sending?.question === i;
}

// ---- Transitions ----------------------------------------------------------------------------------

const same = (state: PhoneState): PhoneTransition => ({ state, effects: [] });

const auth = (s: PhoneState): Auth | null =>
  s.current && s.keys ? { sessionId: s.current.sessionId, keys: s.keys } : null;

/** The class leaves this device: back to the join form (with `problem`, when something went wrong). */
function leave(s: PhoneState, problem: Problem | null): PhoneTransition {
  return {
    state: {
      ...s,
      leaving: false,
      reading: null,
      stage: "join",
      current: null,
      keys: null,
      view: null,
      answers: {},
      sending: null,
      score: null,
      problem,
    },
    effects: s.current ? [{ type: "forget-class", sessionId: s.current.sessionId }] : [],
  };
}

/** The same state for a new class: nothing said, followed or seen in it yet. */
function enterClass(
  s: PhoneState,
  current: CurrentClass,
  keys: PhoneKeys,
  answers: StoredAnswers,
): PhoneTransition {
  return {
    state: {
      ...s,
      stage: "class",
      current,
      keys,
      answers,
      view: null,
      stream: "connecting",
      end: null,
      sending: null,
      score: null,
      problem: null,
      joining: false,
      announced: [],
      lastStep: undefined,
      followed: null,
      reading: null,
      leaving: false,
    },
    effects: [{ type: "load-participant", purpose: "resume", sessionId: current.sessionId, keys }],
  };
}

/** Says `news` (once per `key`, when one is given). */
function say(s: PhoneState, news: PhoneNews, key?: string): PhoneState {
  if (key !== undefined && s.announced.includes(key)) return s;
  return {
    ...s,
    said: { news, n: (s.said?.n ?? 0) + 1 },
    announced: key === undefined ? s.announced : [...s.announced, key],
  };
}

/** Sends the open question's answer again if the server never confirmed it and the way is clear now. */
function resendDue(before: PhoneState, after: PhoneState): PhoneTransition {
  const open = openQuestionIndex(after.view);
  const moved =
    before.stream !== after.stream ||
    before.online !== after.online ||
    openQuestionIndex(before.view) !== open;
  const a = auth(after);
  const mine = after.answers[open];
  if (!moved || !a || after.end || after.stream !== "open" || !after.online || !mine?.tried || mine.recorded)
    return same(after);
  return {
    state: { ...after, sending: { question: open, seq: mine.seq } },
    effects: [{ type: "post-answer", question: open, answer: mine.answer, seq: mine.seq, ...a }],
  };
}

/** A new answer on the device, sent at once or kept (an order being arranged). */
function choose(
  s: PhoneState,
  question: number,
  answer: LiveAnswer,
  send: boolean,
  storedSeq: number,
): PhoneTransition {
  const a = auth(s);
  if (s.stage !== "class" || !a || s.end) return same(s);
  const before = s.answers[question];
  const seq = Math.max(1, Math.max(before?.seq ?? 0, storedSeq) + (send ? 1 : 0));
  const entry: StoredAnswer = {
    answer,
    seq,
    recorded: false,
    ...(send ? { tried: true } : {}),
    ...(before?.sent ? { sent: before.sent } : {}),
  };
  const answers = { ...s.answers, [question]: entry };
  const effects: PhoneEffect[] = [{ type: "save-answers", sessionId: a.sessionId, answers }];
  if (send) effects.push({ type: "post-answer", question, answer, seq, ...a });
  return { state: { ...s, answers, ...(send ? { sending: { question, seq } } : {}) }, effects };
}

/** What a new view of the class means for this student: news, the end, the score, where to go. */
function onView(s: PhoneState, view: LiveView): PhoneTransition {
  const before = s.view;
  const sid = s.current?.sessionId ?? "";
  let next: PhoneState = { ...s, view };
  const effects: PhoneEffect[] = [];
  const a = auth(s);

  const open = openQuestionIndex(view);
  if (open >= 0) next = say(next, { kind: "question-open", question: open }, `open:${sid}:${open}`);
  // The teacher moved the class to a step: "Step 3: …" (not the step this page opened on).
  const step = view.phase === "step" ? view.step : null;
  if (next.lastStep !== undefined && step !== null && step !== next.lastStep)
    next = say(next, { kind: "step", step });
  next = { ...next, lastStep: step };
  const revealed = view.reveal?.question ?? null;
  if (revealed !== null && view.phase === "question")
    next = say(next, { kind: "revealed" }, `reveal:${sid}:${revealed}`);
  // The teacher switching the phones to letters only (or back) redraws an open question: say so.
  if (before && before.lettersOnly !== view.lettersOnly && open >= 0)
    next = say(next, { kind: view.lettersOnly ? "letters-only" : "full-text" });

  if (view.deleted && s.end !== "deleted") {
    // The class is gone: its keys and answers too.
    next = { ...next, end: "deleted", sending: null };
    if (s.current) effects.push({ type: "forget-class", sessionId: sid });
  } else if (view.phase === "ended" && s.end === null) {
    next = { ...next, end: "ended", sending: null };
    if (a) effects.push({ type: "load-participant", purpose: "final", ...a });
  } else if (next.end === null && a) {
    const newReveal = revealed !== null && revealed !== (before?.reveal?.question ?? null);
    const toSummary = view.phase === "summary" && before?.phase !== "summary";
    if (newReveal || toSummary) effects.push({ type: "load-participant", purpose: "score", ...a });
  }

  const place = placeOf(view);
  if (place && momentKey(view) !== s.followed) {
    next = { ...next, followed: momentKey(view) };
    if (s.follow) {
      const moved = goTo({ ...next, reading: null }, place);
      next = moved.state;
      effects.push(...moved.effects);
    }
  }

  const resend = resendDue(s, next);
  return { state: resend.state, effects: [...effects, ...resend.effects] };
}

function onParticipant(
  s: PhoneState,
  purpose: ParticipantPurpose,
  participant: ParticipantState,
): PhoneTransition {
  const a = auth(s);
  const state = { ...s, score: participant.score };
  if (purpose === "final")
    return { state, effects: a ? [{ type: "forget-class", sessionId: a.sessionId }] : [] };
  if (purpose === "score" || !a) return same(state);
  const answers = { ...s.answers };
  for (const x of participant.answers)
    // An answer the server has and this device forgot: a later change must outrank it.
    if (!answers[x.question])
      answers[x.question] = { answer: x.answer, seq: 1000, recorded: true, sent: x.answer };
  const effects: PhoneEffect[] = [{ type: "save-answers", sessionId: a.sessionId, answers }];
  if (participant.locale !== s.locale) effects.push({ type: "tell-locale", locale: s.locale, ...a });
  return { state: { ...state, answers }, effects };
}

/** Moves this tab to `to` (once its page answers), unless it is there already. */
function goTo(s: PhoneState, to: Place): PhoneTransition {
  const key = placeKey(to);
  if (s.here && placeKey(s.here) === key) return same(s.moving ? { ...s, moving: null } : s);
  // Waiting for the network already: its retries carry on.
  if (s.moving?.failed && placeKey(s.moving.to) === key) return same(s);
  return { state: { ...s, moving: { to, failed: false } }, effects: [{ type: "go", to }] };
}

const ownClass = (s: PhoneState, sessionId: string) => s.current?.sessionId === sessionId;
/** The server does not know this student (any more) in this class. */
const lost = (code: LiveErrorCode) => code === "forbidden" || code === "unknown-session";

export function reducePhone(s: PhoneState, event: PhoneEvent): PhoneTransition {
  switch (event.type) {
    case "booted": {
      const start = { ...s, follow: event.follow, online: event.online };
      let saved = event.saved;
      const effects: PhoneEffect[] = [];
      const linked = normalizeCode(event.linkedCode);
      // A QR link to another class than the one this device is in: that one is over for this student.
      if (saved && isJoinCode(linked) && linked !== saved.joinCode) {
        effects.push({ type: "forget-class", sessionId: saved.sessionId });
        saved = null;
      }
      if (saved && event.keys) {
        const entered = enterClass(start, saved, event.keys, event.answers);
        return { state: entered.state, effects: [...effects, ...entered.effects] };
      }
      if (saved) effects.push({ type: "forget-class", sessionId: saved.sessionId });
      return { state: { ...start, stage: "join" }, effects };
    }

    case "join-asked":
      if (s.joining) return same(s);
      return {
        state: { ...s, problem: null, joining: true },
        effects: [{ type: "join", joinCode: normalizeCode(event.code) }],
      };

    case "joined": {
      const entered = enterClass(s, event.current, event.keys, event.answers);
      return {
        state: entered.state,
        effects: [{ type: "remember-class", current: event.current, keys: event.keys }, ...entered.effects],
      };
    }

    case "join-refused":
      return {
        state: { ...s, joining: false, problem: event.problem },
        // The problem stays said, should the homework page not open.
        effects:
          event.problem.code === "is-assignment" && event.joinCode
            ? [{ type: "open-homework", joinCode: event.joinCode }]
            : [],
      };

    case "frame": {
      if (!ownClass(s, event.sessionId)) return same(s);
      const view = applyFrame(s.view, event.frame);
      return view === s.view || view === null ? same(s) : onView(s, view);
    }

    case "stream-status":
      if (!ownClass(s, event.sessionId) || event.status === s.stream) return same(s);
      return resendDue(s, { ...s, stream: event.status });

    case "stream-failed":
      // After a `deleted` event, or once the class is over, the stream's end says nothing new.
      if (!ownClass(s, event.sessionId) || s.end || s.view?.deleted) return same(s);
      if (event.code === "ended") {
        const a = auth(s);
        return {
          state: { ...s, end: "ended", sending: null },
          effects: a ? [{ type: "load-participant", purpose: "final", ...a }] : [],
        };
      }
      return leave(s, { code: event.code });

    case "network":
      return event.online === s.online ? same(s) : resendDue(s, { ...s, online: event.online });

    case "answers-synced":
      return ownClass(s, event.sessionId) && !s.end ? same({ ...s, answers: event.answers }) : same(s);

    case "answer-chosen":
      return choose(s, event.question, event.answer, event.send, event.storedSeq);

    case "answer-sent": {
      const mine = s.answers[event.question];
      return mine ? choose(s, event.question, mine.answer, true, event.storedSeq) : same(s);
    }

    case "answer-confirmed": {
      // A confirmation after the class was deleted or ended writes nothing back to this device.
      if (!ownClass(s, event.sessionId) || s.end) return same(s);
      const sending =
        s.sending?.seq === event.seq && s.sending.question === event.question ? null : s.sending;
      const mine = s.answers[event.question];
      // The student changed the answer meanwhile: the newer one is on its way, this one is history.
      if (!mine || mine.seq !== event.seq) return same({ ...s, sending, problem: null });
      const answers = {
        ...s.answers,
        [event.question]: { ...mine, recorded: true, tried: false, sent: event.answer },
      };
      const sid = event.sessionId;
      const state = say(
        { ...s, answers, sending, problem: null },
        { kind: "recorded" },
        `recorded:${sid}:${event.question}:${event.seq}`,
      );
      const effects: PhoneEffect[] = [{ type: "save-answers", sessionId: sid, answers }];
      // Revealed before the confirmation came back: the score may count this answer now.
      const a = auth(s);
      if (s.view?.questions[event.question] === "revealed" && a)
        effects.push({ type: "load-participant", purpose: "score", ...a });
      return { state, effects };
    }

    case "answer-refused": {
      if (!ownClass(s, event.sessionId) || s.end) return same(s);
      const sending =
        s.sending?.seq === event.seq && s.sending.question === event.question ? null : s.sending;
      // An older answer's failure says nothing about the newer one.
      if ((s.answers[event.question]?.seq ?? 0) > event.seq) return same({ ...s, sending });
      if (lost(event.problem.code)) return leave({ ...s, sending }, event.problem);
      return same({ ...s, sending, problem: event.problem });
    }

    case "participant-loaded":
      return ownClass(s, event.sessionId) ? onParticipant(s, event.purpose, event.participant) : same(s);

    case "participant-refused": {
      if (!ownClass(s, event.sessionId)) return same(s);
      if (event.purpose === "final")
        return { state: s, effects: [{ type: "forget-class", sessionId: event.sessionId }] };
      return lost(event.code) && !s.end ? leave(s, { code: event.code }) : same(s);
    }

    case "follow-set": {
      const effects: PhoneEffect[] = [{ type: "save-follow", on: event.on }];
      const place = placeOf(s.view);
      if (!event.on || !place || s.stage !== "class" || s.end)
        return { state: { ...s, follow: event.on }, effects };
      const moved = goTo({ ...s, follow: true, reading: null }, place);
      return { state: moved.state, effects: [...effects, ...moved.effects] };
    }

    case "locale-switched":
      return { state: s, effects: [{ type: "switch-locale", locale: event.locale, tell: auth(s) }] };

    case "someone-else":
      return leaveOnPurpose(s);

    case "leave-asked":
      return same(s.stage === "class" && s.current ? { ...s, leaving: true } : s);

    case "leave-answered":
      if (!s.leaving) return same(s);
      return event.leave ? leaveOnPurpose(s) : same({ ...s, leaving: false });

    case "arrived": {
      // The tab is somewhere new: where the move went, or where the student went by themselves
      // (the browser's back button), which ends the move as well.
      const here = event.place;
      const changed = (here && placeKey(here)) !== (s.here && placeKey(s.here));
      return same({ ...s, here, moving: null, ...(changed ? { reading: null } : {}) });
    }

    case "place-asked":
      return goTo({ ...s, reading: null }, event.to);

    case "move-checked":
      // A check of a move given up meanwhile (the teacher came back here) moves nothing.
      if (!s.moving || placeKey(s.moving.to) !== placeKey(event.to)) return same(s);
      if (event.ok) return { state: s, effects: [{ type: "navigate", to: event.to }] };
      return {
        state: { ...s, moving: { ...s.moving, failed: true } },
        effects: [{ type: "later", ms: MOVE_RETRY_MS, event: { type: "move-retry" } }],
      };

    case "move-retry":
      return s.moving ? { state: s, effects: [{ type: "go", to: s.moving.to }] } : same(s);

    case "quote-opened":
      return same({ ...s, reading: event.quoteId });

    case "quote-closed":
      return same(s.reading === null ? s : { ...s, reading: null });
  }
}

/** The student leaves the class on this device (confirmed) or joins another after its end. */
function leaveOnPurpose(s: PhoneState): PhoneTransition {
  const left = s.current ? leave(s, null) : same(s);
  const moved = goTo(
    { ...left.state, end: null, problem: null, leaving: false, reading: null },
    { kind: "class" },
  );
  return { state: moved.state, effects: [...left.effects, ...moved.effects] };
}
