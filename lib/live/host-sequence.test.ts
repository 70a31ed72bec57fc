import { describe, expect, it } from "vitest";
import { nextCommand, nextNewQuestion, prevCommand, type SequenceView } from "./host-sequence";

const view = (v: Partial<SequenceView>): SequenceView => ({
  phase: "lobby",
  step: null,
  question: null,
  questions: ["new", "new", "new"],
  ...v,
});

describe("nextCommand", () => {
  it("starts the class from the lobby, then walks the steps", () => {
    expect(nextCommand(view({}), 4)).toEqual({ type: "start" });
    expect(nextCommand(view({ phase: "step", step: 0 }), 4)).toEqual({ type: "step", index: 1 });
    expect(nextCommand(view({ phase: "step", step: 2 }), 4)).toEqual({ type: "step", index: 3 });
  });

  it("after the last step opens the first question not asked yet", () => {
    expect(nextCommand(view({ phase: "step", step: 3 }), 4)).toEqual({ type: "open", index: 0 });
    expect(
      nextCommand(view({ phase: "step", step: 3, question: 0, questions: ["revealed", "new", "new"] }), 4),
    ).toEqual({ type: "open", index: 1 });
  });

  it("reveals an open or closed question, then opens the next one, then the summary", () => {
    const open = view({ phase: "question", question: 1, questions: ["revealed", "open", "new"] });
    expect(nextCommand(open, 4)).toEqual({ type: "reveal", index: 1 });
    const closed = view({ phase: "question", question: 1, questions: ["revealed", "closed", "new"] });
    expect(nextCommand(closed, 4)).toEqual({ type: "reveal", index: 1 });
    const revealed = view({ phase: "question", question: 1, questions: ["revealed", "revealed", "new"] });
    expect(nextCommand(revealed, 4)).toEqual({ type: "open", index: 2 });
    const last = view({ phase: "question", question: 2, questions: ["revealed", "revealed", "revealed"] });
    expect(nextCommand(last, 4)).toEqual({ type: "summary" });
    // A question skipped earlier is still asked before the summary.
    const skipped = view({ phase: "question", question: 2, questions: ["new", "revealed", "revealed"] });
    expect(nextCommand(skipped, 4)).toEqual({ type: "open", index: 0 });
  });

  it("has nothing after the summary or the end", () => {
    expect(nextCommand(view({ phase: "summary" }), 4)).toBeNull();
    expect(nextCommand(view({ phase: "ended" }), 4)).toBeNull();
  });
});

describe("prevCommand", () => {
  it("goes back a step, and not before the first", () => {
    expect(prevCommand(view({ phase: "step", step: 2 }), 4)).toEqual({ type: "step", index: 1 });
    expect(prevCommand(view({ phase: "step", step: 0 }), 4)).toBeNull();
    expect(prevCommand(view({}), 4)).toBeNull();
  });

  it("from a question shows the revealed one before it again, or the last step shown", () => {
    const second = view({ phase: "question", step: 3, question: 1, questions: ["revealed", "open", "new"] });
    expect(prevCommand(second, 4)).toEqual({ type: "reveal", index: 0 });
    const first = view({ phase: "question", step: 3, question: 0, questions: ["open", "new", "new"] });
    expect(prevCommand(first, 4)).toEqual({ type: "step", index: 3 });
  });

  it("from the summary shows the last revealed question again", () => {
    const s = view({ phase: "summary", step: 3, question: 2, questions: ["revealed", "revealed", "closed"] });
    expect(prevCommand(s, 4)).toEqual({ type: "reveal", index: 1 });
  });
});

describe("nextNewQuestion", () => {
  it("looks after the current question first, then from the start", () => {
    expect(nextNewQuestion(view({ question: 0, questions: ["revealed", "new", "new"] }))).toBe(1);
    expect(nextNewQuestion(view({ question: 2, questions: ["new", "revealed", "revealed"] }))).toBe(0);
    expect(
      nextNewQuestion(view({ question: 2, questions: ["revealed", "revealed", "revealed"] })),
    ).toBeNull();
  });
});
