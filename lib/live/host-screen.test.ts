import { afterAll, describe, expect, it } from "vitest";
import type { LiveFrame } from "./client-state";
import {
  actionForKey,
  hostActionIds,
  hostActions,
  hostLayout,
  initialHost,
  isStale,
  reduceHost,
  type HostEffect,
  type HostEvent,
  type HostScreen,
} from "./host-screen";

const SID = "session-aaaaaaaaaaaaaaaa";
const KEY = "host-key-aaaaaaaaaaaaaaaa";
const STEPS = 3;

const everyEvent: Record<HostEvent["type"], true> = {
  booted: true,
  frames: true,
  "stream-status": true,
  "stream-failed": true,
  action: true,
  "command-done": true,
  confirmed: true,
  "dialog-closed": true,
};
const walked = new Set<string>();

function walk(state: HostScreen, ...events: HostEvent[]) {
  const effects: HostEffect[] = [];
  for (const event of events) {
    walked.add(event.type);
    const t = reduceHost(state, event);
    state = t.state;
    effects.push(...t.effects);
  }
  return { state, effects };
}

const frames = (...list: [number | null, string, unknown?][]): HostEvent => ({
  type: "frames",
  frames: list.map(([id, event, data]) => ({ id, event, data: data ?? {} }) satisfies LiveFrame),
});
const snapshot = (over: Record<string, unknown> = {}, seq = 10): HostEvent =>
  frames([
    seq,
    "snapshot",
    {
      seq,
      classCode: "424242",
      count: 3,
      datasetVersion: "v1",
      phase: "lobby",
      step: null,
      slug: null,
      question: null,
      questions: ["new", "new", "new"],
      locked: false,
      counts: { question: null, answered: 0, joined: 0 },
      reveal: null,
      joinCode: "12345678",
      ...over,
    },
  ]);
const act = (id: (typeof hostActionIds)[number], at = 1000): HostEvent => ({ type: "action", id, at });
const sent = (effects: HostEffect[]) =>
  effects.flatMap((e) => (e.type === "send-command" ? [e.command] : []));
const reveal = (question: number, id = 0): [number, string, unknown] => [
  id,
  "reveal",
  { question, id: `q${question}`, kind: "who", correct: "a", distribution: { answered: 0, correct: 0 } },
];

/** A teacher's screen with the class on it, the stream open. */
function live(over: Record<string, unknown> = {}) {
  return walk(
    initialHost(STEPS),
    { type: "booted", session: { sessionId: SID, hostKey: KEY }, showOptions: true },
    { type: "stream-status", status: "open" },
    snapshot(over),
  ).state;
}

describe("the teacher's screen", () => {
  it("starts, finds its class or says there is none, and keeps the projector layout only for a class", () => {
    expect(hostLayout(initialHost(STEPS))).toBe("starting");
    const none = walk(initialHost(STEPS), { type: "booted", session: null, showOptions: true }).state;
    expect(none.status).toBe("no-session");
    expect(hostLayout(none)).toBe("none");
    const state = live();
    expect(state).toMatchObject({ status: "live", sessionId: SID, view: { phase: "lobby" } });
    expect(hostLayout(state)).toBe("class");
    // Gone (swept or deleted, 404) or not ours (403): the key is useless here.
    const gone = walk(state, { type: "stream-failed", code: "unknown-session" });
    expect(hostLayout(gone.state)).toBe("none");
    expect(gone.effects).toEqual([{ type: "forget-keys", sessionId: SID }]);
    expect(walk(state, { type: "stream-failed", code: "ended" }).effects).toEqual([]);
    const deleted = walk(state, frames([null, "deleted"]));
    expect(hostLayout(deleted.state)).toBe("none");
    expect(deleted.effects).toEqual([{ type: "forget-keys", sessionId: SID }]);
  });

  it("walks the class with next and back, each key mapped to its action", () => {
    let state = live();
    expect(actionForKey("ArrowRight")).toBe("next");
    expect(actionForKey("?")).toBe("help");
    expect(actionForKey("q")).toBeNull();
    // A Russian or Kazakh layout: the letter written is Cyrillic, the key's place answers.
    expect(actionForKey("щ", "KeyO")).toBe("open");
    expect(actionForKey("к", "KeyR")).toBe("reveal");
    expect(actionForKey("й", "KeyQ")).toBeNull();
    expect(actionForKey("?", "Digit7")).toBe("help");
    expect(sent(walk(state, act("next")).effects)).toEqual([{ type: "start" }]);
    expect(hostActions(state).find((a) => a.id === "back")?.enabled).toBe(false);
    state = walk(state, frames([11, "step", { step: 2, slug: "s2" }])).state;
    expect(sent(walk(state, act("next")).effects)).toEqual([{ type: "open", index: 0 }]);
    expect(sent(walk(state, act("back")).effects)).toEqual([{ type: "step", index: 1 }]);
    state = walk(state, frames([12, "open", { question: 0, id: "q0", kind: "who" }])).state;
    expect(sent(walk(state, act("next")).effects)).toEqual([{ type: "reveal", index: 0 }]);
    expect(sent(walk(state, act("close")).effects)).toEqual([{ type: "close", index: 0 }]);
    expect(sent(walk(state, act("open")).effects)).toEqual([{ type: "open", index: 1 }]);
    expect(sent(walk(state, act("summary")).effects)).toEqual([{ type: "summary" }]);
    expect(sent(walk(state, act("letters")).effects)).toEqual([{ type: "letters-only" }]);
    expect(sent(walk(state, act("lock")).effects)).toEqual([{ type: "lock" }]);
    expect(sent(walk(state, act("reveal")).effects)).toEqual([{ type: "reveal", index: 0 }]);
  });

  it("drops a double press of the same command while it is on its way, for 4 s at most", () => {
    const first = walk(live(), act("next", 1000), act("next", 1200));
    let state = first.state;
    expect(sent(first.effects)).toEqual([{ type: "start" }]);
    // Another command goes out at once.
    expect(sent(walk(state, act("lock", 1300)).effects)).toEqual([{ type: "lock" }]);
    expect(sent(walk(state, act("next", 5100)).effects)).toEqual([{ type: "start" }]);
    // The server took it (seq 11): still the same until the stream shows seq 11, then "next" moves on.
    ({ state } = walk(state, {
      type: "command-done",
      command: { type: "start" },
      at: 1500,
      ok: true,
      seq: 11,
    }));
    expect(state.pending).toMatchObject({ seq: 11 });
    expect(sent(walk(state, act("next", 1600)).effects)).toEqual([]);
    ({ state } = walk(state, frames([11, "step", { step: 0, slug: "s0" }])));
    expect(state.pending).toBeNull();
    expect(sent(walk(state, act("next", 1700)).effects)).toEqual([{ type: "step", index: 1 }]);
  });

  it("shows and says a refused command, and clears it when the next one goes through", () => {
    let { state } = walk(live(), act("next"), {
      type: "command-done",
      command: { type: "start" },
      at: 1100,
      ok: false,
      code: "bad-state",
    });
    expect(state).toMatchObject({ problem: "bad-state", pending: null });
    expect(state.said?.news).toEqual([{ kind: "problem", code: "bad-state" }]);
    ({ state } = walk(state, act("lock"), {
      type: "command-done",
      command: { type: "lock" },
      at: 1200,
      ok: true,
    }));
    expect(state.problem).toBeNull();
  });

  it("says each change of the class once; frames that come together are one change", () => {
    let state = live();
    expect(state.said).toBeNull();
    state = walk(state, frames([11, "step", { step: 1, slug: "s1" }])).state;
    expect(state.said?.news).toEqual([{ kind: "step", step: 1 }]);
    state = walk(state, frames([12, "open", { question: 0, id: "q0", kind: "who" }])).state;
    expect(state.said?.news).toEqual([{ kind: "open", question: 0 }]);
    state = walk(state, frames([13, "close", { question: 0 }], reveal(0, 14))).state;
    expect(state.said?.news).toEqual([{ kind: "revealed" }]);
    const n = state.said!.n;
    state = walk(state, frames([null, "counts", { question: 0, answered: 1, joined: 1 }])).state;
    expect(state.said!.n).toBe(n);
    state = walk(state, frames([15, "lock"], [16, "letters-only"])).state;
    expect(state.said?.news).toEqual([{ kind: "locked" }, { kind: "letters-only" }]);
    state = walk(state, frames([17, "unlock"], [18, "full-text"], [19, "summary"])).state;
    expect(state.said?.news).toEqual([{ kind: "unlocked" }, { kind: "full-text" }, { kind: "summary" }]);
    state = walk(state, frames([20, "end"])).state;
    expect(state.said?.news).toEqual([{ kind: "ended" }]);
  });

  it("going back to a revealed question says its reveal again", () => {
    let state = live({ phase: "question", question: 1, questions: ["revealed", "revealed", "new"] });
    state = walk(state, frames(reveal(0, 11))).state;
    expect(state.said?.news).toEqual([{ kind: "revealed" }]);
  });

  it("says a lost connection and its return, but not the first connection", () => {
    let state = walk(initialHost(STEPS), {
      type: "booted",
      session: { sessionId: SID, hostKey: KEY },
      showOptions: true,
    }).state;
    expect(isStale(state)).toBe(true);
    state = walk(state, { type: "stream-status", status: "open" }).state;
    expect(state.said).toBeNull();
    state = walk(state, { type: "stream-status", status: "reconnecting" }).state;
    expect(state.said?.news).toEqual([{ kind: "reconnecting" }]);
    state = walk(state, { type: "stream-status", status: "polling" }).state;
    expect(state.said?.news).toEqual([{ kind: "reconnected" }]);
  });

  it("toggles the answers so far and the options on the projector, remembering the options choice", () => {
    let state = live({ phase: "question", question: 0, questions: ["open", "new", "new"] });
    state = walk(state, act("distribution")).state;
    expect(hostActions(state).find((a) => a.id === "distribution")?.pressed).toBe(true);
    const { state: off, effects } = walk(state, act("options"));
    expect(off.showOptions).toBe(false);
    expect(effects).toEqual([{ type: "save-options", on: false }]);
    // With letters only on the phones the options stay on the projector, whatever the choice.
    const letters = walk(off, frames([11, "letters-only"])).state;
    const options = hostActions(letters).find((a) => a.id === "options")!;
    expect(options).toMatchObject({ enabled: false, pressed: true });
    expect(walk(letters, act("options")).state).toBe(letters);
  });

  it("hides the control bar with H and brings it back; R is a key only, as next reveals too", () => {
    let state = live({ phase: "question", question: 0, questions: ["open", "new", "new"] });
    expect(actionForKey("h")).toBe("hide");
    expect(state.barHidden).toBe(false);
    state = walk(state, act("hide")).state;
    expect(state.barHidden).toBe(true);
    // The keys still act with the bar away.
    expect(sent(walk(state, act("next")).effects)).toEqual([{ type: "reveal", index: 0 }]);
    state = walk(state, act("hide")).state;
    expect(state.barHidden).toBe(false);
    const actions = hostActions(state);
    expect(actions.filter((a) => !a.inBar).map((a) => a.id)).toEqual(["reveal"]);
    expect(actions.find((a) => a.id === "next")?.command).toEqual(
      actions.find((a) => a.id === "reveal")?.command,
    );
    // The on/off actions carry their state; the rest do not.
    expect(actions.filter((a) => a.pressed !== undefined).map((a) => a.id)).toEqual([
      "distribution",
      "options",
      "letters",
      "lock",
    ]);
  });

  it("ends or deletes only after the dialog's yes; the help dialog opens and closes", () => {
    let { state, effects } = walk(live(), act("end"));
    expect(state.dialog).toBe("end");
    expect(effects).toEqual([]);
    ({ state, effects } = walk(state, { type: "confirmed", at: 2000 }, { type: "dialog-closed" }));
    expect(sent(effects)).toEqual([{ type: "end" }]);
    expect(state.dialog).toBeNull();
    ({ state, effects } = walk(state, act("delete"), { type: "confirmed", at: 3000 }));
    expect(sent(effects)).toEqual([{ type: "delete" }]);
    const done = walk(state, {
      type: "command-done",
      command: { type: "delete" },
      at: 3100,
      ok: true,
      deleted: true,
    });
    expect(done.effects).toEqual([{ type: "forget-keys", sessionId: SID }]);
    ({ state } = walk(live(), act("help")));
    expect(state.dialog).toBe("help");
    expect(walk(state, { type: "confirmed", at: 1 }).effects).toEqual([]);
  });

  it("after the end only delete, help and the projector's own options choice can run", () => {
    const state = live({ phase: "ended" });
    const enabled = hostActions(state)
      .filter((a) => a.enabled)
      .map((a) => a.id);
    expect(enabled).toEqual(["options", "delete", "help", "hide"]);
    expect(walk(state, act("next")).effects).toEqual([]);
  });
});

afterAll(() => {
  expect([...walked].sort()).toEqual(Object.keys(everyEvent).sort());
});
