import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/quiz";
import { isClassCode } from "./class-code";
import { freshState, parseSaved } from "./quiz-state";

const questions: Question[] = [
  {
    id: "says:a",
    kind: "says",
    subject: { type: "claim", id: "a" },
    options: ["says", "otherwise", "not-said"],
    correct: "says",
    quoteId: "q",
    step: "s",
  },
  {
    id: "order:x",
    kind: "order",
    subject: { type: "events", ids: ["e1", "e2", "e3"] },
    options: ["e2", "e1", "e3"],
    correct: "e1,e2,e3",
    quoteId: "q",
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
