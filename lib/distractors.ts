/**
 * Wrong figures for a number claim, computed once for the generator (which picks them) and the
 * quiz pack (which labels them): `numberFigures`. They have the answer's shape — a round answer
 * (nearly 100,000) gets round distractors, an exact one (8,314) exact-looking ones, a range
 * (5,000–6,000) ranges of the same width — and they are really wrong: read as intervals (see
 * `lib/figures.ts`) none overlaps the answer or another distractor, "about"/"some" figures stay at
 * least 25% apart, and a multiplier is never 1 or less. They are no arithmetic family of the
 * answer: every one of the four stands in as many simple ratios (×2, ×¾, ×0.4 …) as the others.
 */
import { claimFigure, disjoint, figureInterval, figurePoint, type Figure } from "./figures";
import { createRandom, type Random } from "./random";
import type { NumberClaim, Qualifier } from "./schemas";

/** What distractors need of a number claim (a `Dataset` claim and the browser's copy both fit). */
export type FigureClaim = Pick<NumberClaim, "id" | "unit" | "qualifier"> & Figure;

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

/**
 * Can the claim be asked "how many?" or altered? Not a "more than X" figure: every smaller "more
 * than" is true and every larger one is not stated, so no wrong option exists.
 */
export const hasWrongFigures = (c: { qualifier: Qualifier }) => c.qualifier !== "more-than";

/**
 * Numbers of the answer's shape, near and far, above and below it: drawn at random on a log scale
 * between a fifth and five times the answer (not a fixed list of factors, so the wrong options are
 * no arithmetic family of the answer).
 */
function candidatePoints(c: FigureClaim, random: Random): number[] {
  const v = figurePoint(c);
  // "grown by a factor of almost 1" is no answer: multipliers are whole numbers above 1.
  if (c.unit === "times") return [2, 3, 4, 5, 6, 7, 8].filter((k) => k !== v);
  const sig = significantDigits(v);
  const exact = sig >= 3 && v % 10 !== 0;
  const out = new Set<number>();
  for (let i = 0; i < 400 && out.size < 60; i++) {
    const f = Math.exp(random.next() * Math.log(25)) / 5;
    let x: number;
    if (exact) {
      // Same number of digits and a non-zero last digit, like the answer.
      x = Math.round(v * f);
      if (x % 10 === 0) x += random.int(1, 9);
      if (String(x).length !== String(v).length) continue;
    } else {
      x = roundTo(v * f, Math.max(1, Math.min(sig, 2)));
      if (significantDigits(x) > sig) continue;
    }
    if (c.unit === "percent" && x >= 100) continue;
    if (x <= 0 || x === v) continue;
    out.add(x);
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * Is one number a simple multiple or fraction of the other — ×2, ×2.5, ×3, ×¾, ×0.4, ×0.7 … — the
 * pattern a test-wise student looks for ("the one the others are multiples of")?
 */
export function simpleRatio(a: number, b: number): boolean {
  const hi = Math.max(a, b);
  const lo = Math.min(a, b);
  if (lo <= 0) return false;
  const near = (x: number) => Math.abs(x - Math.round(x)) <= 0.01 * Math.max(1, x);
  return near((hi / lo) * 4) || near((lo / hi) * 10) || near((lo / hi) * 4) || near((lo / hi) * 3);
}

/** For each value, how many of the others are whole multiples of it ("the others are ×2, ×3, ×5 of it"). */
export function divisorScores(values: readonly number[]): number[] {
  return values.map((x, i) => values.filter((y, j) => j !== i && y > x && Number.isInteger(y / x)).length);
}

/** For each value, how many of the others it stands in a simple ratio to. */
export function familyScores(values: readonly number[]): number[] {
  return values.map((x, i) => values.filter((y, j) => j !== i && simpleRatio(x, y)).length);
}

/** "About"/"some" figures are fuzzy both ways: keep them at least 25% apart, others 15%. */
const minGap = (q: Qualifier) => (q === "about" || q === "some" ? 0.25 : 0.15);

/**
 * Three wrong figures with the answer at `rank` among the four values (0 = the smallest), or null
 * where the shape allows no such set. Seeded by the claim's id, not the class code, so every
 * wording can be rendered ahead of time in every language.
 */
export function distractorsAtRank(
  c: FigureClaim,
  rank: number,
  cap?: number,
  strictness = 2,
): Figure[] | null {
  const answer = claimFigure(c);
  const v = figurePoint(answer);
  const width = answer.range ? answer.range.max - answer.range.min : 0;
  const make = (x: number): Figure => (answer.range ? { range: { min: x, max: x + width } } : { value: x });
  const interval = (x: number) => figureInterval(make(x), c.qualifier);
  const random = createRandom(`distractors:${c.id}`);
  // A "before" figure's wrong answers stay under the "after" figure it grew to.
  const points = candidatePoints(c, random).filter((x) => cap === undefined || x + width < cap);
  const gap = minGap(c.qualifier);
  const fits = (x: number, taken: number[]) =>
    [v, ...taken].every((y) => disjoint(interval(x), interval(y)) && Math.abs(x - y) / Math.max(x, y) >= gap);
  // Depth-first over the shuffled candidates, so a greedy first pick cannot block a set that fits.
  const first = (x: Figure) => (x.range ? x.range.min : figurePoint(x));
  // Every option stands in as many simple ratios as every other: none is the family's centre.
  // 2: no family and the answer not the one the others are multiples of; 1: only the latter; 0: any.
  const level = (taken: number[]) => {
    if (strictness === 0) return true;
    const values = [v, ...taken].map((x) => first(make(x)));
    const [key, ...rest] = divisorScores(values);
    const divides = key === 0 || key! < Math.max(...rest);
    return divides && (strictness === 1 || c.unit === "times" || new Set(familyScores(values)).size === 1);
  };
  const search = (pool: number[], n: number, taken: number[], last: boolean): number[] | null => {
    if (n === 0) return !last || level(taken) ? taken : null;
    for (let i = 0; i < pool.length; i++) {
      const x = pool[i]!;
      if (!fits(x, taken)) continue;
      const found = search(pool.slice(i + 1), n - 1, [...taken, x], last);
      if (found) return found;
    }
    return null;
  };
  const lower = random.shuffle(points.filter((x) => x < v));
  const upper = random.shuffle(points.filter((x) => x > v));
  // Each set of wrong figures below the answer, until one leaves a set above that fits.
  const found: { set: number[] | null } = { set: null };
  const pickBelow = (pool: number[], n: number, taken: number[]): boolean => {
    if (n === 0) return Boolean((found.set = search(upper, 3 - rank, taken, true)));
    for (let i = 0; i < pool.length; i++) {
      const x = pool[i]!;
      if (fits(x, taken) && pickBelow(pool.slice(i + 1), n - 1, [...taken, x])) return true;
    }
    return false;
  };
  pickBelow(lower, rank, []);
  return found.set ? [...found.set].sort((a, b) => a - b).map(make) : null;
}

/**
 * The wrong figures at each rank, with no family among the four where any rank allows it, else with
 * the answer at least not the one the others are multiples of, else (a figure whose rank the data
 * fixes, or a narrow one: few round numbers fit) as the shape allows.
 */
function atRanks(c: FigureSource & FigureClaim, cap: number | undefined): (Figure[] | null)[] {
  const chosen = c.quiz?.keyRank;
  for (const strictness of [2, 1]) {
    const sets = [0, 1, 2, 3].map((r) => distractorsAtRank(c, r, cap, strictness));
    if (chosen === undefined ? sets.some(Boolean) : sets[chosen]) return sets;
  }
  return [0, 1, 2, 3].map((r) => distractorsAtRank(c, r, cap, 0));
}

export interface NumberFigures {
  answer: Figure;
  distractors: Figure[];
  /** The answer's place among the four values, 0 = smallest. */
  rank: number;
}

/** A claim as the generator or the pack holds it. */
export type FigureSource = {
  id: string;
  kind: string;
  quiz?: { howMany?: unknown; wrongBelow?: string; keyRank?: number };
} & Partial<Omit<FigureClaim, "id">>;

const cache = new WeakMap<readonly object[], Map<string, NumberFigures>>();

/**
 * Every number claim's answer and wrong figures, by claim id. The answer's rank among the four
 * values is spread evenly over the claims (a test-wise student cannot bet on the largest, or never
 * on the smallest): the claims with fewest possible ranks choose first, each takes the possible
 * rank used least so far.
 */
export function numberFigures(claims: readonly FigureSource[]): Map<string, NumberFigures> {
  const cached = cache.get(claims);
  if (cached) return cached;
  const eligible = claims.filter(
    (c): c is FigureSource & FigureClaim => c.kind === "number" && hasWrongFigures(c as FigureClaim),
  );
  const capOf = (c: FigureSource) => {
    const id = c.quiz?.wrongBelow;
    const other = id ? eligible.find((o) => o.id === id) : undefined;
    return other ? figurePoint(other) : undefined;
  };
  const options = eligible.map((c) => ({
    claim: c,
    asked: Boolean(c.quiz?.howMany),
    byRank: atRanks(c, capOf(c)),
  }));
  const used = [0, 0, 0, 0];
  const out = new Map<string, NumberFigures>();
  // Claims asked "how many?" first, so that their ranks are the evenly spread ones.
  const freedom = (o: (typeof options)[number]) => o.byRank.filter(Boolean).length;
  const order = [...options].sort((a, b) => Number(b.asked) - Number(a.asked) || freedom(a) - freedom(b));
  for (const { claim, byRank } of order) {
    const possible = [0, 1, 2, 3].filter((r) => byRank[r]);
    if (possible.length === 0) throw new Error(`no wrong figures fit the claim "${claim.id}"`);
    const chosen = claim.quiz?.keyRank;
    if (chosen !== undefined && !byRank[chosen])
      throw new Error(`claim "${claim.id}": no wrong figures put the answer at rank ${chosen}`);
    const rank = chosen ?? possible.reduce((best, r) => (used[r]! < used[best]! ? r : best));
    used[rank]!++;
    out.set(claim.id, { answer: claimFigure(claim), distractors: byRank[rank]!, rank });
  }
  cache.set(claims, out);
  return out;
}
