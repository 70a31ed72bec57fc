import { describe, expect, it } from "vitest";
import { pairwiseDisjoint, periodBounds, periodsOverlap } from "./periods";

const day = (date: string) => ({ kind: "day" as const, date });
const range = (from: string, to: string) => ({ kind: "range" as const, from, to });

describe("dated periods", () => {
  it("bounds a day and a range", () => {
    expect(periodBounds(day("2022-09-25"))).toEqual({ from: "2022-09-25", to: "2022-09-25" });
    expect(periodBounds(range("2022-09-21", "2022-09-25"))).toEqual({ from: "2022-09-21", to: "2022-09-25" });
  });

  it("finds the overlaps that made order questions unanswerable", () => {
    expect(periodsOverlap(range("2022-09-01", "2022-09-24"), day("2022-09-21"))).toBe(true);
    expect(periodsOverlap(range("2022-09-21", "2022-09-25"), day("2022-09-25"))).toBe(true);
    expect(periodsOverlap(range("2022-09-21", "2022-09-25"), day("2022-09-26"))).toBe(false);
    expect(pairwiseDisjoint([day("2022-09-21"), day("2022-09-25"), day("2022-09-26")])).toBe(true);
    expect(pairwiseDisjoint([range("2022-09-21", "2022-09-25"), day("2022-09-25"), day("2022-09-27")])).toBe(
      false,
    );
  });
});
