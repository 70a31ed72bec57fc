/** Dated periods (a day or a range of days) as spans, so the quiz can tell which events overlap. */
import type { DatedPeriod } from "./schemas";

/** First and last day (ISO dates; equal for a single day). */
export function periodBounds(p: DatedPeriod): { from: string; to: string } {
  return p.kind === "day" ? { from: p.date, to: p.date } : { from: p.from, to: p.to };
}

/** Do two periods share a day? 1–24 September contains 21 September; 21–25 ends on the 25th. */
export function periodsOverlap(a: DatedPeriod, b: DatedPeriod): boolean {
  const x = periodBounds(a);
  const y = periodBounds(b);
  return x.from <= y.to && y.from <= x.to;
}

/** Can these be put in order? Only if no two of them overlap. */
export function pairwiseDisjoint(periods: readonly DatedPeriod[]): boolean {
  return periods.every((p, i) => periods.slice(i + 1).every((q) => !periodsOverlap(p, q)));
}
