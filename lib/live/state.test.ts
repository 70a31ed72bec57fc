import { describe, expect, it } from "vitest";
import { applyCommand, canAnswer, initialState, openQuestion, type LiveState } from "./state";

const limits = { steps: 3, questions: 2 };

function run(commands: Parameters<typeof applyCommand>[1][]): { state: LiveState; events: string[] } {
  let state = initialState(2);
  const events: string[] = [];
  for (const c of commands) {
    const t = applyCommand(state, c, limits);
    if (!t.ok) throw new Error(`${c.type}: ${t.error}`);
    state = t.state;
    events.push(...t.events.map((e) => `${e.type}${"question" in e.payload ? e.payload.question : ""}`));
  }
  return { state, events };
}

describe("live state machine", () => {
  it("runs a class: start, a step, a question opened, closed, revealed, summary, end", () => {
    const { state, events } = run([
      { type: "start" },
      { type: "step", index: 2 },
      { type: "open", index: 1 },
      { type: "close" },
      { type: "reveal" },
      { type: "summary" },
      { type: "end" },
    ]);
    expect(events).toEqual(["step", "step", "open1", "close1", "reveal1", "summary", "end"]);
    expect(state.phase).toBe("ended");
    expect(state.questions).toEqual(["new", "revealed"]);
  });

  it("closes an open question when the host moves elsewhere or reveals it", () => {
    expect(
      run([
        { type: "open", index: 0 },
        { type: "step", index: 0 },
      ]).events,
    ).toEqual(["open0", "close0", "step"]);
    expect(run([{ type: "open", index: 0 }, { type: "reveal" }]).events).toEqual([
      "open0",
      "close0",
      "reveal0",
    ]);
    expect(
      run([
        { type: "open", index: 0 },
        { type: "open", index: 1 },
      ]).events,
    ).toEqual(["open0", "close0", "open1"]);
  });

  it("opens a question once only, and answers only while open", () => {
    const { state } = run([{ type: "open", index: 0 }]);
    expect(canAnswer(state, 0)).toBe(true);
    expect(canAnswer(state, 1)).toBe(false);
    expect(openQuestion(state)).toBe(0);
    const closed = run([{ type: "open", index: 0 }, { type: "close" }]).state;
    expect(canAnswer(closed, 0)).toBe(false);
    expect(applyCommand(closed, { type: "open", index: 0 }, limits)).toMatchObject({
      ok: false,
      error: "bad-state",
    });
  });

  it("answers bad indexes with bad-index and anything after the end with ended", () => {
    const s = initialState(2);
    expect(applyCommand(s, { type: "step", index: 3 }, limits)).toMatchObject({
      status: 400,
      error: "bad-index",
    });
    expect(applyCommand(s, { type: "step" }, limits)).toMatchObject({ status: 400, error: "bad-index" });
    expect(applyCommand(s, { type: "open", index: -1 }, limits)).toMatchObject({
      status: 400,
      error: "bad-index",
    });
    expect(applyCommand(s, { type: "reveal", index: 2 }, limits)).toMatchObject({
      status: 400,
      error: "bad-index",
    });
    expect(applyCommand(s, { type: "close" }, limits)).toMatchObject({ status: 409, error: "bad-state" });
    const ended = run([{ type: "end" }]).state;
    expect(applyCommand(ended, { type: "lock" }, limits)).toMatchObject({ status: 410, error: "ended" });
  });

  it("locks and unlocks without changing what is shown", () => {
    const { state } = run([{ type: "start" }, { type: "lock" }]);
    expect(state).toMatchObject({ phase: "step", step: 0, locked: true });
    expect(run([{ type: "lock" }, { type: "unlock" }]).state.locked).toBe(false);
  });

  it("switches the phones to option letters and back, in any phase, an open question included", () => {
    expect(initialState(3).lettersOnly).toBe(false);
    expect(initialState(3, { lettersOnly: true }).lettersOnly).toBe(true);
    const { state, events } = run([{ type: "start" }, { type: "open", index: 1 }, { type: "letters-only" }]);
    expect(state).toMatchObject({ phase: "question", question: 1, lettersOnly: true });
    expect(state.questions[1]).toBe("open");
    expect(events.at(-1)).toBe("letters-only");
    expect(run([{ type: "letters-only" }, { type: "full-text" }]).state.lettersOnly).toBe(false);
    const ended = run([{ type: "end" }]).state;
    expect(applyCommand(ended, { type: "letters-only" }, limits)).toMatchObject({ status: 410 });
  });
});
