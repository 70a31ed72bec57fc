import { describe, expect, it } from "vitest";
import { fill } from "./fill";

describe("fill", () => {
  it("fills every {slot} it has a value for, numbers included", () => {
    expect(fill("Question {current} of {total}", { current: 3, total: 10 })).toBe("Question 3 of 10");
    expect(fill("{a}{a}", { a: "x" })).toBe("xx");
  });

  it("leaves a slot without a value as it is, so a missing value shows instead of vanishing", () => {
    expect(fill("Code: {code}", {})).toBe("Code: {code}");
  });

  it("does not understand ICU plurals or selects (why raw labels must not use them)", () => {
    const plural = "{count, plural, one {# question} other {# questions}}";
    expect(fill(plural, { count: 2 })).toBe(plural);
  });
});
