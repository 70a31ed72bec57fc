import { describe, expect, it } from "vitest";
import { csvCell, distribution, groupedDistribution, visibleLocaleCounts } from "./counts";

describe("visibleLocaleCounts", () => {
  it("shows counts by language only when each language present has 3 or more", () => {
    expect(visibleLocaleCounts({ en: 10, ru: 3 })).toEqual({ en: 10, ru: 3, kk: 0 });
    expect(visibleLocaleCounts({ en: 10, ru: 3, kk: 1 })).toBeNull();
    expect(visibleLocaleCounts({ en: 2 })).toBeNull();
    expect(visibleLocaleCounts({})).toBeNull();
  });
});

describe("distribution", () => {
  it("counts answers by option and the right ones", () => {
    expect(
      distribution([
        { answer: "a", correct: true },
        { answer: "b", correct: false },
        { answer: "a", correct: true },
      ]),
    ).toEqual({ answered: 3, correct: 2, byOption: { a: 2, b: 1 } });
    expect(distribution([])).toEqual({ answered: 0, correct: 0, byOption: {} });
  });
});

describe("groupedDistribution", () => {
  it("gives from SQL's groups what distribution gives from the rows", () => {
    const groups = [
      { answer: "a", correct: true, n: 3 },
      { answer: "b", correct: false, n: 2 },
      { answer: "a,b", correct: false, n: 1 },
    ];
    const rows = groups.flatMap((g) => Array.from({ length: g.n }, () => g));
    expect(groupedDistribution(groups)).toEqual(distribution(rows));
    expect(groupedDistribution([])).toEqual(distribution([]));
  });
});

describe("csvCell", () => {
  it("quotes commas and quotes, and defuses formulas", () => {
    expect(csvCell("e1,e2")).toBe('"e1,e2"');
    expect(csvCell('say "x"')).toBe('"say ""x"""');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell(5)).toBe("5");
  });
});
