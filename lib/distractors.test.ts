import { describe, expect, it } from "vitest";
import { distractorFigures, significantDigits } from "./distractors";
import { createRandom } from "./random";

describe("distractors have the answer's shape", () => {
  it("counts significant digits", () => {
    expect(significantDigits(100000)).toBe(1);
    expect(significantDigits(8314)).toBe(4);
    expect(significantDigits(243)).toBe(3);
    expect(significantDigits(5068)).toBe(4);
  });

  for (const value of [100000, 300000, 40000, 6000, 3000, 1000, 10000]) {
    it(`round answer ${value} gets round distractors`, () => {
      for (let seed = 0; seed < 30; seed++) {
        const ds = distractorFigures({ value }, "russians", 3, createRandom(seed)).map((f) => f.value!);
        expect(new Set([value, ...ds]).size).toBe(4);
        for (const d of ds) expect(significantDigits(d)).toBeLessThanOrEqual(2);
      }
    });
  }

  for (const value of [8314, 5068, 243, 896]) {
    it(`exact answer ${value} gets exact-looking distractors`, () => {
      for (let seed = 0; seed < 30; seed++) {
        const ds = distractorFigures({ value }, "russians", 3, createRandom(seed)).map((f) => f.value!);
        expect(new Set([value, ...ds]).size).toBe(4);
        for (const d of ds) {
          expect(String(d)).toHaveLength(String(value).length);
          expect(d % 10).not.toBe(0);
        }
      }
    });
  }

  it("ranges get ranges of the same width", () => {
    const ds = distractorFigures({ range: { min: 5000, max: 6000 } }, "people", 3, createRandom(3));
    expect(ds).toHaveLength(3);
    for (const d of ds) {
      expect(d.range!.max - d.range!.min).toBe(1000);
      expect(d.range!.min).not.toBe(5000);
    }
  });

  it("percentages stay between 0 and 100", () => {
    for (let seed = 0; seed < 30; seed++) {
      for (const d of distractorFigures({ value: 10 }, "percent", 3, createRandom(seed))) {
        expect(d.value!).toBeGreaterThan(0);
        expect(d.value!).toBeLessThan(100);
      }
    }
  });
});
