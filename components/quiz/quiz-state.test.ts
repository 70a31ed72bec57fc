import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/quiz";
import { isClassCode } from "./class-code";
import {
  answerQuestion,
  canCheck,
  checkQuestion,
  freshState,
  nextQuestion,
  parseSaved,
  retryMissed,
} from "./quiz-state";

const questions: Question[] = [
  {
    id: "says:a",
    kind: "says",
    subject: { type: "claim", id: "a" },
    options: ["says", "otherwise", "not-said"],
    correct: "says",
    quoteIds: ["q"],
    step: "s",
  },
  {
    id: "order:x",
    kind: "order",
    subject: { type: "events", ids: ["e1", "e2", "e3"] },
    options: ["e2", "e1", "e3"],
    correct: "e1,e2,e3",
    quoteIds: ["q"],
    step: "s",
  },
];

describe("saved quiz state", () => {
  const good = {
    ...freshState("v9", "123", 10),
    answers: { "says:a": "says", "order:x": ["e1", "e2", "e3"] },
    checked: ["says:a"],
    index: 1,
  };

  it("keeps a valid state for the same quiz", () => {
    expect(parseSaved(JSON.stringify(good), "v9", "123", 10, questions)).toEqual(good);
  });

  it("drops corrupt, foreign or old states", () => {
    expect(parseSaved("{not json", "v9", "123", 10, questions)).toBeNull();
    expect(parseSaved(JSON.stringify(good), "v10", "123", 10, questions)).toBeNull();
    expect(parseSaved(JSON.stringify(good), "v9", "124", 10, questions)).toBeNull();
    expect(parseSaved(JSON.stringify({ ...good, index: 7 }), "v9", "123", 10, questions)).toBeNull();
    expect(
      parseSaved(JSON.stringify({ ...good, answers: { "says:a": "maybe" } }), "v9", "123", 10, questions),
    ).toBeNull();
    expect(
      parseSaved(JSON.stringify({ ...good, answers: { "who:zz": "x" } }), "v9", "123", 10, questions),
    ).toBeNull();
    expect(
      parseSaved(JSON.stringify({ ...good, checked: ["order:x", "nope"] }), "v9", "123", 10, questions),
    ).toBeNull();
    expect(parseSaved("null", "v9", "123", 10, questions)).toBeNull();
    expect(parseSaved(JSON.stringify([1, 2]), "v9", "123", 10, questions)).toBeNull();
  });

  it("accepts only short digit codes", () => {
    expect(isClassCode("482913")).toBe(true);
    expect(isClassCode("<script>alert(1)</script>")).toBe(false);
    expect(isClassCode("12a")).toBe(false);
    expect(isClassCode("")).toBe(false);
    expect(isClassCode("1234567890")).toBe(false);
  });
});

describe("quiz transitions", () => {
  const [says, order] = questions as [Question, Question];
  const start = freshState("v9", "123", 10);

  it("records an answer without checking it", () => {
    const s = answerQuestion(start, says.id, "otherwise");
    expect(s.answers).toEqual({ [says.id]: "otherwise" });
    expect(s.checked).toEqual([]);
    expect(start.answers).toEqual({});
  });

  it("checks only a chosen answer, except an order question, which is checked as shown", () => {
    expect(canCheck(says, undefined)).toBe(false);
    expect(canCheck(says, "says")).toBe(true);
    expect(canCheck(order, undefined)).toBe(true);
    const s = checkQuestion(start, order);
    expect(s.answers[order.id]).toEqual(order.options);
    expect(s.checked).toEqual([order.id]);
    const t = checkQuestion(answerQuestion(start, says.id, "says"), says);
    expect(t.answers[says.id]).toBe("says");
    expect(t.checked).toEqual([says.id]);
  });

  it("moves to the next question, and finishes after the round's last", () => {
    const s = nextQuestion(start, 2);
    expect(s).toMatchObject({ index: 1, finished: false });
    expect(nextQuestion(s, 2)).toMatchObject({ index: 1, finished: true });
  });

  it("retries only the missed questions, from the first, with their answers cleared", () => {
    let s = checkQuestion(answerQuestion(start, says.id, "says"), says);
    s = checkQuestion(answerQuestion(s, order.id, ["e2", "e1", "e3"]), order);
    s = nextQuestion(nextQuestion(s, 2), 2);
    const r = retryMissed(s, [order.id]);
    expect(r).toMatchObject({ retry: [order.id], index: 0, finished: false, checked: [says.id] });
    expect(r.answers).toEqual({ [says.id]: "says" });
  });
});
