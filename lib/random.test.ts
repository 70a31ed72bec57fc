import { describe, expect, it } from "vitest";
import { createRandom, seedToNumber } from "./random";

describe("seeded random", () => {
  it("repeats for the same seed and differs for neighbouring seeds", () => {
    const a = createRandom("4821");
    const b = createRandom("4821");
    const c = createRandom("4822");
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it("stays in range and is roughly uniform", () => {
    const r = createRandom(7);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[r.int(0, 3)]!++;
    for (const n of counts) expect(n).toBeGreaterThan(850);
  });

  it("shuffles without losing items", () => {
    const r = createRandom(1);
    expect(r.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(() => r.pick([])).toThrow();
  });

  it("hashes codes to 32-bit numbers", () => {
    expect(seedToNumber("123")).toBe(seedToNumber(123));
    expect(seedToNumber("x")).toBeLessThan(2 ** 32);
  });
});
