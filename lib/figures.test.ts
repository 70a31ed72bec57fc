import { describe, expect, it } from "vitest";
import { compareFigures, disjoint, figureInterval, figureKey } from "./figures";

describe("figures as intervals", () => {
  it("reads each qualifier as the issue's table says", () => {
    expect(figureInterval({ value: 100 }, "exactly")).toEqual({
      lo: 100,
      hi: 100,
      loOpen: false,
      hiOpen: false,
    });
    expect(figureInterval({ value: 100 }, "nearly")).toEqual({
      lo: 90,
      hi: 100,
      loOpen: false,
      hiOpen: true,
    });
    expect(figureInterval({ value: 100 }, "some")).toEqual({ lo: 90, hi: 110, loOpen: false, hiOpen: false });
    expect(figureInterval({ value: 100 }, "more-than").lo).toBe(100);
    expect(figureInterval({ range: { min: 5, max: 6 } }, "exactly")).toMatchObject({ lo: 5, hi: 6 });
  });

  it("knows entailed, contradicted and not stated", () => {
    // "more than 300,000" entails "more than 200,000": the altered statement would be true.
    expect(compareFigures({ value: 300000 }, { value: 200000 }, "more-than")).toBe("entailed");
    expect(compareFigures({ value: 300000 }, { value: 400000 }, "more-than")).toBe("not-stated");
    expect(compareFigures({ value: 100000 }, { value: 60000 }, "nearly")).toBe("contradicted");
    // nearly 110,000 = [99,000, 110,000) overlaps nearly 100,000 = [90,000, 100,000).
    expect(compareFigures({ value: 100000 }, { value: 110000 }, "nearly")).toBe("not-stated");
    expect(compareFigures({ value: 8314 }, { value: 6231 }, "exactly")).toBe("contradicted");
    expect(compareFigures({ value: 8314 }, { value: 8314 }, "exactly")).toBe("entailed");
  });

  it("treats open ends as open", () => {
    const nearly100 = figureInterval({ value: 100 }, "nearly");
    expect(disjoint(nearly100, figureInterval({ value: 100 }, "exactly"))).toBe(true);
    expect(disjoint(nearly100, figureInterval({ value: 99 }, "exactly"))).toBe(false);
  });

  it("keys figures", () => {
    expect(figureKey({ value: 8314 })).toBe("n:8314");
    expect(figureKey({ range: { min: 5000, max: 6000 } })).toBe("r:5000-6000");
  });
});
