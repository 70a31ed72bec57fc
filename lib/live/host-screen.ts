/**
 * The teacher's screen of a live class, as one pure state machine: `reduceHost(state, event)` gives
 * the next state and the effects to carry out (a command to the server, a key to forget, a choice to
 * remember), as `applyCommand` does for the server (state.ts). The class itself (`view`) changes only
 * through `applyFrame` (client-state.ts), from the host's stream, so every tab shows the same class;
 * what is the teacher's alone lives here: the commands in flight, the keys and buttons and what they
 * may do now, the dialogs, and what the live region says. components/live/host/HostShell.tsx feeds
 * events in and draws the state.
 *
 * To add a state or an action: a field or an id here, its case in `reduceHost` (and `hostActions`),
 * a line in host-screen.test.ts; the screen then draws it. A retry or a timeout is an effect asking
 * for an event later, like the time `at` that actions carry: this file never reads a clock.
 */
import { applyFrame, type LiveFrame, type LiveView, type StreamStatus } from "./client-state";
import type { LiveErrorCode } from "./error-codes";
import { nextCommand, nextNewQuestion, openQuestionOf, prevCommand, type HostCommand } from "./host-sequence";

/** Everything the teacher can do, each a button on the control bar, a key and a line in `?`. */
export const hostActionIds = [
  "back",
  "next",
  "open",
  "close",
  "reveal",
  "distribution",
  "options",
  "letters",
  "lock",
  "summary",
  "end",
  "delete",
  "help",
  "hide",
] as const;
export type HostActionId = (typeof hostActionIds)[number];

/** `KeyboardEvent.key` values for each action (letters lower-cased), and how `?` writes them. */
const keyMap: Record<HostActionId, { keys: string[]; keyLabel: string }> = {
  back: { keys: ["ArrowLeft"], keyLabel: "←" },
  next: { keys: ["ArrowRight"], keyLabel: "→" },
  open: { keys: ["o"], keyLabel: "O" },
  close: { keys: ["c"], keyLabel: "C" },
  reveal: { keys: ["r"], keyLabel: "R" },
  distribution: { keys: ["d"], keyLabel: "D" },
  options: { keys: ["t"], keyLabel: "T" },
  letters: { keys: ["p"], keyLabel: "P" },
  lock: { keys: ["l"], keyLabel: "L" },
  summary: { keys: ["s"], keyLabel: "S" },
  end: { keys: ["e"], keyLabel: "E" },
  delete: { keys: ["x"], keyLabel: "X" },
  help: { keys: ["?"], keyLabel: "?" },
  hide: { keys: ["h"], keyLabel: "H" },
};

export type HostDialogName = "help" | "end" | "delete";

/** A change said once through the screen's polite live region. */
export type HostNews =
  | { kind: "step"; step: number }
  | { kind: "open"; question: number }
  | { kind: "closed"; question: number }
  | { kind: "revealed" }
  | { kind: "locked" }
  | { kind: "unlocked" }
  | { kind: "letters-only" }
  | { kind: "full-text" }
  | { kind: "summary" }
  | { kind: "ended" }
  | { kind: "reconnecting" }
  | { kind: "reconnected" }
  | { kind: "problem"; code: LiveErrorCode };

export interface HostScreen {
  /** `starting` until the address bar and storage have been read (also on the server). */
  status: "starting" | "no-session" | "live";
  sessionId: string | null;
  hostKey: string | null;
  /** The explainer's step count, for "next" after the last step. */
  stepCount: number;
  view: LiveView | null;
  stream: StreamStatus;
  /** The stream has been open once: a drop after that is news; the first connection is not. */
  streamSeen: boolean;
  /** The stream stopped for good (403/404/410): the class is gone or not ours. */
  fatal: LiveErrorCode | null;
  /**
   * The last command sent, until the stream has shown its result (`seq`). The same command again
   * meanwhile is a key pressed twice or held down ("next" computed from a view that has not moved
   * yet) and is dropped, so a double press never skips a step or a question.
   */
  pending: { key: string; seq: number | null; at: number } | null;
  /** The last command's refusal, until one goes through. */
  problem: LiveErrorCode | null;
  said: { news: HostNews[]; n: number } | null;
  /** Questions whose answers so far the teacher has put on the projector. */
  distributionShown: Record<number, boolean>;
  /** The teacher's choice: the options on the projector too, or the question only. */
  showOptions: boolean;
  /** The control bar put away (the projector shows the class alone); the keys still work. */
  barHidden: boolean;
  dialog: HostDialogName | null;
}

export type HostEvent =
  | { type: "booted"; session: { sessionId: string; hostKey: string } | null; showOptions: boolean }
  /** Frames that arrived together (one chunk of the stream): one change of the class. */
  | { type: "frames"; frames: LiveFrame[] }
  | { type: "stream-status"; status: StreamStatus }
  | { type: "stream-failed"; code: LiveErrorCode }
  /** A key or a button; `at` is the time (ms), for telling a double press from a new one. */
  | { type: "action"; id: HostActionId; at: number }
  | {
      type: "command-done";
      command: HostCommand;
      at: number;
      ok: boolean;
      seq?: number;
      deleted?: boolean;
      code?: LiveErrorCode;
    }
  /** "Yes" in the end / end-and-delete dialog. */
  | { type: "confirmed"; at: number }
  | { type: "dialog-closed" };

export type HostEffect =
  | { type: "send-command"; sessionId: string; hostKey: string; command: HostCommand }
  /** The class is gone or not ours: this computer's key is useless. */
  | { type: "forget-keys"; sessionId: string }
  | { type: "save-options"; on: boolean };

export interface HostTransition {
  state: HostScreen;
  effects: HostEffect[];
}

export function initialHost(stepCount: number): HostScreen {
  return {
    status: "starting",
    sessionId: null,
    hostKey: null,
    stepCount,
    view: null,
    stream: "connecting",
    streamSeen: false,
    fatal: null,
    pending: null,
    problem: null,
    said: null,
    distributionShown: {},
    showOptions: true,
    barHidden: false,
    dialog: null,
  };
}

// ---- What the screen reads ------------------------------------------------------------------------

/** The stream is (re)connecting: the class on screen may be behind. */
export function isStale(s: HostScreen): boolean {
  return s.stream === "connecting" || s.stream === "reconnecting";
}

/** A class is on this screen (projector layout on); `none` once it is known there is none. */
export function hostLayout(s: HostScreen): "starting" | "class" | "none" {
  if (s.status === "starting") return "starting";
  return s.status === "live" && !s.fatal && !s.view?.deleted ? "class" : "none";
}

/** The question on screen, if any. */
export function questionOnScreen(view: LiveView): number | null {
  return view.phase === "question" ? view.question : null;
}

export interface HostActionState {
  id: HostActionId;
  keys: string[];
  keyLabel: string;
  enabled: boolean;
  /** For on/off actions (switches: their label stays, their state is said beside it). */
  pressed?: boolean;
  primary?: boolean;
  /**
   * A button on the control bar too (else a key and a line in `?` only). R is a key only: whenever
   * it can reveal, "next" reveals too, and one button is enough (the bar is the projector's to share).
   */
  inBar: boolean;
  /** What the action sends to the server, for those that do. */
  command?: HostCommand | null;
}

/** Every action with whether it can run now; none before the class's first view. */
export function hostActions(s: HostScreen): HostActionState[] {
  const view = s.view;
  if (!view) return [];
  const question = questionOnScreen(view);
  const status = question === null ? null : view.questions[question];
  const ended = view.phase === "ended";
  const canReveal = question !== null && (status === "open" || status === "closed");
  const toOpen = nextNewQuestion(view);
  const open = openQuestionOf(view);
  const next = nextCommand(view, s.stepCount);
  const prev = prevCommand(view, s.stepCount);
  const commands: Partial<Record<HostActionId, HostCommand | null>> = {
    back: prev,
    next,
    open: ended || toOpen === null ? null : { type: "open", index: toOpen },
    close: open === null ? null : { type: "close", index: open },
    reveal: canReveal ? { type: "reveal", index: question } : null,
    letters: ended ? null : { type: view.lettersOnly ? "full-text" : "letters-only" },
    lock: ended ? null : { type: view.locked ? "unlock" : "lock" },
    summary: ended || view.phase === "summary" ? null : { type: "summary" },
  };
  const toggles: Partial<Record<HostActionId, { enabled: boolean; pressed?: boolean }>> = {
    distribution: {
      enabled: canReveal,
      pressed: question !== null && s.distributionShown[question] === true,
    },
    // With letters only on the phones, the options must be on the projector.
    options: { enabled: !view.lettersOnly, pressed: s.showOptions || view.lettersOnly },
    end: { enabled: !ended },
    delete: { enabled: true },
    help: { enabled: true },
    hide: { enabled: true },
  };
  return hostActionIds.map((id) => {
    const base = { id, ...keyMap[id], inBar: id !== "reveal" };
    if (id in commands) {
      const command = commands[id] ?? null;
      const pressed = id === "letters" ? view.lettersOnly : id === "lock" ? view.locked : undefined;
      return {
        ...base,
        enabled: command !== null,
        command,
        ...(pressed === undefined ? {} : { pressed }),
        ...(id === "next" ? { primary: true } : {}),
      };
    }
    return { ...base, ...toggles[id]! };
  });
}

/**
 * The action a key runs, if any (`key` as `KeyboardEvent.key`, a letter in lower case). `code`
 * (`KeyboardEvent.code`, the key's place on the keyboard) answers when `key` does not: on a Russian
 * or Kazakh layout the O key writes «щ», and a teacher should not have to switch layouts to teach.
 */
export function actionForKey(key: string, code = ""): HostActionId | null {
  const byKey = hostActionIds.find((id) => keyMap[id].keys.includes(key));
  if (byKey) return byKey;
  const latin = /^Key([A-Z])$/.exec(code)?.[1]?.toLowerCase();
  return latin ? (hostActionIds.find((id) => keyMap[id].keys.includes(latin)) ?? null) : null;
}

// ---- Transitions ----------------------------------------------------------------------------------

const same = (state: HostScreen): HostTransition => ({ state, effects: [] });

function say(s: HostScreen, news: HostNews[]): HostScreen {
  return news.length ? { ...s, said: { news, n: (s.said?.n ?? 0) + 1 } } : s;
}

/** What changed between two views of the class, for the live region. */
export function viewNews(before: LiveView, view: LiveView): HostNews[] {
  const news: HostNews[] = [];
  if (view.phase === "step" && (before.phase !== "step" || before.step !== view.step) && view.step !== null)
    news.push({ kind: "step", step: view.step });
  view.questions.forEach((s, i) => {
    if (s === before.questions[i]) return;
    if (s === "open") news.push({ kind: "open", question: i });
    else if (s === "closed") news.push({ kind: "closed", question: i });
    else if (s === "revealed") news.push({ kind: "revealed" });
  });
  // Back to a question revealed before: its reveal again.
  if (
    before.questions[view.question ?? -1] === "revealed" &&
    view.reveal &&
    before.reveal?.question !== view.reveal.question
  )
    news.push({ kind: "revealed" });
  if (view.locked !== before.locked) news.push({ kind: view.locked ? "locked" : "unlocked" });
  if (view.lettersOnly !== before.lettersOnly)
    news.push({ kind: view.lettersOnly ? "letters-only" : "full-text" });
  if (view.phase !== before.phase && view.phase === "summary") news.push({ kind: "summary" });
  if (view.phase !== before.phase && view.phase === "ended") news.push({ kind: "ended" });
  return news;
}

/** Sends `command`, unless it is the one still on its way (a double press) within 4 s. */
function send(s: HostScreen, command: HostCommand | null | undefined, at: number): HostTransition {
  if (!command || !s.sessionId || !s.hostKey) return same(s);
  const key = JSON.stringify(command);
  // At most 4 s: the stream may have brought the result inside a snapshot after a reconnect.
  if (s.pending && s.pending.key === key && at - s.pending.at < 4000) return same(s);
  return {
    state: { ...s, pending: { key, seq: null, at } },
    effects: [{ type: "send-command", sessionId: s.sessionId, hostKey: s.hostKey, command }],
  };
}

function onAction(s: HostScreen, id: HostActionId, at: number): HostTransition {
  const action = hostActions(s).find((a) => a.id === id);
  if (!action?.enabled || !s.view) return same(s);
  if (action.command !== undefined) return send(s, action.command, at);
  switch (id) {
    case "distribution": {
      const q = questionOnScreen(s.view)!;
      return same({ ...s, distributionShown: { ...s.distributionShown, [q]: !s.distributionShown[q] } });
    }
    case "options":
      return {
        state: { ...s, showOptions: !s.showOptions },
        effects: [{ type: "save-options", on: !s.showOptions }],
      };
    case "hide":
      return same({ ...s, barHidden: !s.barHidden });
    default:
      return same({ ...s, dialog: id as HostDialogName });
  }
}

export function reduceHost(s: HostScreen, event: HostEvent): HostTransition {
  switch (event.type) {
    case "booted":
      if (!event.session) return same({ ...s, status: "no-session" });
      return same({ ...s, status: "live", ...event.session, showOptions: event.showOptions });

    case "frames": {
      if (s.status !== "live" || !s.sessionId) return same(s);
      const before = s.view;
      let view = before;
      const effects: HostEffect[] = [];
      for (const frame of event.frames) {
        if (frame.event === "deleted") effects.push({ type: "forget-keys", sessionId: s.sessionId });
        view = applyFrame(view, frame);
      }
      if (view === before || !view) return { state: s, effects };
      let next: HostScreen = { ...s, view };
      if (s.pending?.seq != null && view.seq >= s.pending.seq) next.pending = null;
      if (before) next = say(next, viewNews(before, view));
      return { state: next, effects };
    }

    case "stream-status": {
      if (event.status === s.stream) return same(s);
      const next = { ...s, stream: event.status };
      const stale = isStale(next);
      const news: HostNews[] =
        s.streamSeen && stale !== isStale(s) ? [{ kind: stale ? "reconnecting" : "reconnected" }] : [];
      return same(say({ ...next, streamSeen: s.streamSeen || !stale }, news));
    }

    case "stream-failed":
      return {
        state: { ...s, fatal: event.code },
        effects:
          (event.code === "unknown-session" || event.code === "forbidden") && s.sessionId
            ? [{ type: "forget-keys", sessionId: s.sessionId }]
            : [],
      };

    case "action":
      return onAction(s, event.id, event.at);

    case "command-done": {
      const key = JSON.stringify(event.command);
      const seenSeq = s.view?.seq ?? -1;
      const pending =
        event.ok && typeof event.seq === "number" && event.seq > seenSeq && s.pending?.key === key
          ? { key, seq: event.seq, at: event.at }
          : null;
      if (!event.ok)
        return same(
          event.code
            ? say({ ...s, pending, problem: event.code }, [{ kind: "problem", code: event.code }])
            : { ...s, pending },
        );
      return {
        state: { ...s, pending, problem: null },
        effects: event.deleted && s.sessionId ? [{ type: "forget-keys", sessionId: s.sessionId }] : [],
      };
    }

    case "confirmed":
      return s.dialog === "end" || s.dialog === "delete" ? send(s, { type: s.dialog }, event.at) : same(s);

    case "dialog-closed":
      return s.dialog === null ? same(s) : same({ ...s, dialog: null });
  }
}
