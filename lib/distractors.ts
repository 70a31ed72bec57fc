/**
 * Wrong figures of the same shape as the right one, so the form of an option never gives it away:
 * a round answer (nearly 100,000) gets round distractors, an exact one (8,314) gets exact-looking
 * ones, a range (5,000–6,000) gets ranges of the same width.
 */
import { createRandom, type Random } from "./random";
import type { NumberClaim } from "./schemas";

export interface Figure {
  value?: number;
  range?: { min: number; max: number };
}

/** Number of significant digits: 100000 → 1, 8314 → 4, 243 → 3, 40000 → 1, 5068 → 4. */
export function significantDigits(n: number): number {
  const digits = String(Math.round(Math.abs(n))).replace(/0+$/, "");
  return Math.max(1, digits.length);
}

function roundTo(n: number, sig: number): number {
  if (n <= 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - sig + 1);
  return Math.round(n / magnitude) * magnitude;
}

const isRoundLike = (n: number, sig: number) => significantDigits(n) <= sig;

export function distractorValues(
  value: number,
  unit: NumberClaim["unit"],
  count: number,
  random: Random,
): number[] {
  const sig = significantDigits(value);
  const exact = sig >= 3 && value % 10 !== 0;
  const out = new Set<number>();
  const factors = [0.25, 0.4, 0.5, 0.6, 0.7, 1.3, 1.5, 1.6, 2, 2.5, 3, 4];
  for (let tries = 0; out.size < count && tries < 500; tries++) {
    const f = random.pick(factors) * (1 + (random.next() - 0.5) * 0.1);
    let candidate: number;
    if (exact) {
      // Same number of digits and a non-zero last digit, like the answer.
      candidate = Math.round(value * f);
      if (candidate % 10 === 0) candidate += random.int(1, 9);
      if (String(candidate).length !== String(value).length) continue;
    } else {
      candidate = roundTo(value * f, Math.max(1, Math.min(sig, 2)));
      if (!isRoundLike(candidate, Math.max(sig, 1))) continue;
    }
    if (unit === "percent" && (candidate <= 0 || candidate >= 100)) continue;
    if (candidate <= 0 || candidate === value || out.has(candidate)) continue;
    // Too close to the answer would be unfair: at least 15% apart from it and from each other.
    if ([value, ...out].some((v) => Math.abs(v - candidate) / Math.max(v, candidate) < 0.15)) continue;
    out.add(candidate);
  }
  if (out.size < count) throw new Error(`could not find ${count} distractors for ${value}`);
  return [...out];
}

export function distractorFigures(
  answer: Figure,
  unit: NumberClaim["unit"],
  count: number,
  random: Random,
): Figure[] {
  if (answer.range) {
    const { min, max } = answer.range;
    const width = max - min;
    return distractorValues(min, unit, count, random)
      .filter((m) => m !== min)
      .map((m) => ({ range: { min: m, max: m + width } }));
  }
  return distractorValues(answer.value!, unit, count, random).map((value) => ({ value }));
}

export const claimFigure = (c: {
  value?: number | undefined;
  range?: { min: number; max: number } | undefined;
}): Figure => (c.range ? { range: c.range } : { value: c.value! });

/**
 * A number claim's three wrong figures. Fixed per claim (seeded by its id, not the class code), so
 * every wording of them can be rendered ahead of time in every language.
 */
export function claimDistractors(claim: {
  id: string;
  unit: NumberClaim["unit"];
  value?: number | undefined;
  range?: { min: number; max: number } | undefined;
}): Figure[] {
  return distractorFigures(claimFigure(claim), claim.unit, 3, createRandom(`distractors:${claim.id}`));
}
