/**
 * A figure as the article gives it, and what it means: "nearly 100,000" is not the number 100,000
 * but every number from 90,000 up to (not including) 100,000. The quiz reads figures as intervals
 * so that a wrong answer is really wrong and a "says otherwise" statement is really contradicted.
 */
import type { Qualifier } from "./schemas";

/** One figure: a value or a range (the one shape used by claims, distractors and formatting). */
export interface Figure {
  value?: number | undefined;
  range?: { min: number; max: number } | undefined;
}

/** The stable id of a figure among a question's options: "n:8314", "r:5000-6000". */
export function figureKey(f: Figure): string {
  return f.range ? `r:${f.range.min}-${f.range.max}` : `n:${f.value}`;
}

export function claimFigure(c: Figure): Figure {
  return c.range ? { range: { min: c.range.min, max: c.range.max } } : { value: c.value! };
}

/** The figure's point for sorting and spacing: a range counts by its lower end. */
export function figurePoint(f: Figure): number {
  return f.range ? f.range.min : f.value!;
}

/** A set of numbers between `lo` and `hi`; an open end excludes its bound. */
export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/**
 * exactly X → {X}; a range X–Y → [X, Y]; nearly/almost X → [0.9X, X); about/some X → [0.9X, 1.1X];
 * more than X → (X, ∞).
 */
export function figureInterval(f: Figure, qualifier: Qualifier): Interval {
  const lo = f.range ? f.range.min : f.value!;
  const hi = f.range ? f.range.max : f.value!;
  switch (qualifier) {
    case "exactly":
      return { lo, hi, loOpen: false, hiOpen: false };
    case "nearly":
    case "almost":
      return { lo: (lo * 9) / 10, hi, loOpen: false, hiOpen: true };
    case "about":
    case "some":
      return { lo: (lo * 9) / 10, hi: (hi * 11) / 10, loOpen: false, hiOpen: false };
    case "more-than":
      return { lo: hi, hi: Infinity, loOpen: true, hiOpen: false };
  }
}

/** Do two intervals share no number? */
export function disjoint(a: Interval, b: Interval): boolean {
  const endsBefore = (x: Interval, y: Interval) => x.hi < y.lo || (x.hi === y.lo && (x.hiOpen || y.loOpen));
  return endsBefore(a, b) || endsBefore(b, a);
}

/** Is every number of `inner` also in `outer`? */
export function contains(outer: Interval, inner: Interval): boolean {
  const loOk = outer.lo < inner.lo || (outer.lo === inner.lo && (!outer.loOpen || inner.loOpen));
  const hiOk = outer.hi > inner.hi || (outer.hi === inner.hi && (!outer.hiOpen || inner.hiOpen));
  return loOk && hiOk;
}

export type Entailment = "entailed" | "contradicted" | "not-stated";

/**
 * What the article's figure says about a statement with another figure of the same measure: the
 * article's interval inside the statement's → entailed; no overlap → contradicted; else not stated.
 */
export function compareFigures(article: Figure, statement: Figure, qualifier: Qualifier): Entailment {
  const a = figureInterval(article, qualifier);
  const s = figureInterval(statement, qualifier);
  if (contains(s, a)) return "entailed";
  if (disjoint(a, s)) return "contradicted";
  return "not-stated";
}
