import { describe, expect, it } from "vitest";
import {
  distractorsAtRank,
  divisorScores,
  familyScores,
  numberFigures,
  significantDigits,
  type FigureClaim,
} from "./distractors";
import { disjoint, figureInterval, figurePoint } from "./figures";

const claim = (c: Partial<FigureClaim> & Pick<FigureClaim, "unit" | "qualifier">): FigureClaim => ({
  id: `c-${JSON.stringify(c)}`,
  ...c,
});

describe("wrong figures", () => {
  it("counts significant digits", () => {
    expect(significantDigits(100000)).toBe(1);
    expect(significantDigits(8314)).toBe(4);
    expect(significantDigits(243)).toBe(3);
    expect(significantDigits(5068)).toBe(4);
  });

  for (const value of [100000, 40000, 6000, 3000, 1000, 10000]) {
    it(`round answer ${value} gets round distractors, at every rank the shape allows`, () => {
      for (const rank of [0, 1, 2, 3]) {
        const ds = distractorsAtRank(claim({ value, unit: "russians", qualifier: "some" }), rank);
        if (!ds) continue;
        expect(ds.filter((d) => d.value! < value)).toHaveLength(rank);
        for (const d of ds) expect(significantDigits(d.value!)).toBeLessThanOrEqual(2);
      }
    });
  }

  for (const value of [8314, 5068, 243, 896]) {
    it(`exact answer ${value} gets exact-looking distractors`, () => {
      for (const rank of [0, 1, 2, 3]) {
        const ds = distractorsAtRank(claim({ value, unit: "russians", qualifier: "exactly" }), rank) ?? [];
        for (const d of ds) {
          expect(String(d.value)).toHaveLength(String(value).length);
          expect(d.value! % 10).not.toBe(0);
        }
      }
    });
  }

  it("ranges get ranges of the same width, kept under a cap", () => {
    // Few round ranges fit under the cap: no set without an arithmetic family, so `even` is off.
    const ds = distractorsAtRank(
      claim({ range: { min: 5000, max: 6000 }, unit: "people", qualifier: "exactly" }),
      2,
      10000,
      0,
    )!;
    expect(ds).toHaveLength(3);
    for (const d of ds) {
      expect(d.range!.max - d.range!.min).toBe(1000);
      expect(d.range!.max).toBeLessThan(10000);
    }
  });

  it("makes no option the centre of an arithmetic family (×2, ×¾, ×0.4 …) of the others", () => {
    for (const value of [8314, 896, 100000, 40000])
      for (const rank of [0, 1, 2, 3]) {
        const ds = distractorsAtRank(claim({ value, unit: "russians", qualifier: "exactly" }), rank);
        if (!ds) continue;
        const values = [value, ...ds.map((d) => d.value!)];
        expect(new Set(familyScores(values)).size, `${values}`).toBe(1);
        const [key, ...rest] = divisorScores(values);
        expect(key === 0 || key! < Math.max(...rest), `${values}`).toBe(true);
      }
  });

  it("never offers a multiplier of 1 or less (“almost 1 times” is no answer)", () => {
    const c = claim({ value: 2, unit: "times", qualifier: "almost" });
    expect(distractorsAtRank(c, 1)).toBeNull();
    for (const d of distractorsAtRank(c, 0)!) expect(d.value!).toBeGreaterThan(1);
  });

  it("keeps every wrong figure's interval apart from the answer's and from each other", () => {
    for (const [value, qualifier] of [
      [100000, "nearly"],
      [3000, "some"],
      [1000, "about"],
      [8314, "exactly"],
      [10, "about"],
    ] as const) {
      for (const rank of [0, 1, 2, 3]) {
        const c = claim({ value, unit: value === 10 ? "percent" : "people", qualifier });
        const ds = distractorsAtRank(c, rank);
        if (!ds) continue;
        const all = [{ value }, ...ds];
        for (let i = 0; i < all.length; i++)
          for (let j = i + 1; j < all.length; j++) {
            expect(disjoint(figureInterval(all[i]!, qualifier), figureInterval(all[j]!, qualifier))).toBe(
              true,
            );
            if (qualifier === "about" || qualifier === "some") {
              const [a, b] = [figurePoint(all[i]!), figurePoint(all[j]!)];
              expect(Math.abs(a - b) / Math.max(a, b)).toBeGreaterThanOrEqual(0.25);
            }
          }
      }
    }
  });

  it("spreads the answer's rank evenly over the claims", () => {
    const claims = [100000, 40000, 6000, 3000, 1000, 8314, 5068, 243].map((value, i) => ({
      id: `c${i}`,
      kind: "number",
      value,
      unit: "russians" as const,
      qualifier: "some" as const,
      quiz: { howMany: true },
    }));
    const ranks = [...numberFigures(claims).values()].map((f) => f.rank);
    for (const r of [0, 1, 2, 3]) expect(ranks.filter((x) => x === r)).toHaveLength(2);
  });
});
