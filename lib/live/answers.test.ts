import { describe, expect, it } from "vitest";
import { normalizeAnswer, type LiveQuestion } from "./answers";

const choice: LiveQuestion = {
  id: "who:c1",
  kind: "who",
  answer: "choice",
  options: ["a", "b", "nobody"],
  correct: "a",
};
const order: LiveQuestion = {
  id: "order:x",
  kind: "order",
  answer: "order",
  options: ["e2", "e1", "e3"],
  correct: "e1,e2,e3",
};

describe("normalizeAnswer", () => {
  it("keeps an option id of a choice question", () => {
    expect(normalizeAnswer(choice, "nobody")).toBe("nobody");
  });
  it("refuses an option not in the question and the wrong kind of answer", () => {
    expect(normalizeAnswer(choice, "z")).toBeNull();
    expect(normalizeAnswer(choice, ["a"])).toBeNull();
    expect(normalizeAnswer(order, "e1")).toBeNull();
  });
  it("keeps an order that uses every event once, and refuses a malformed one", () => {
    expect(normalizeAnswer(order, ["e3", "e1", "e2"])).toBe("e3,e1,e2");
    expect(normalizeAnswer(order, ["e1", "e2"])).toBeNull();
    expect(normalizeAnswer(order, ["e1", "e1", "e2"])).toBeNull();
    expect(normalizeAnswer(order, ["e1", "e2", "e9"])).toBeNull();
  });
});
