/**
 * Wrong figures for a number claim, computed once for the generator (which picks them) and the
 * quiz pack (which labels them): `numberFigures`. They have the answer's shape — a round answer
 * (nearly 100,000) gets round distractors, an exact one (8,314) exact-looking ones, a range
 * (5,000–6,000) ranges of the same width — and they are really wrong: read as intervals (see
 * `lib/figures.ts`) none overlaps the answer or another distractor, "about"/"some" figures stay at
 * least 25% apart, and a multiplier is never 1 or less.
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

const factors = [0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 1.3, 1.4, 1.5, 1.6, 1.75, 2, 2.5, 3, 3.5, 4, 5, 6];

/** Numbers of the answer's shape, near and far, above and below it. */
function candidatePoints(c: FigureClaim, random: Random): number[] {
  const v = figurePoint(c);
  // "grown by a factor of almost 1" is no answer: multipliers are whole numbers above 1.
  if (c.unit === "times") return [2, 3, 4, 5, 6, 7, 8].filter((k) => k !== v);
  const sig = significantDigits(v);
  const exact = sig >= 3 && v % 10 !== 0;
  const out = new Set<number>();
  for (const f of factors) {
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
  return [...out];
}

/** "About"/"some" figures are fuzzy both ways: keep them at least 25% apart, others 15%. */
const minGap = (q: Qualifier) => (q === "about" || q === "some" ? 0.25 : 0.15);

/**
 * Three wrong figures with the answer at `rank` among the four values (0 = the smallest), or null
 * where the shape allows no such set. Seeded by the claim's id, not the class code, so every
 * wording can be rendered ahead of time in every language.
 */
export function distractorsAtRank(c: FigureClaim, rank: number, cap?: number): Figure[] | null {
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
  const search = (pool: number[], n: number, taken: number[]): number[] | null => {
    if (n === 0) return taken;
    for (let i = 0; i < pool.length; i++) {
      const x = pool[i]!;
      if (!fits(x, taken)) continue;
      const found = search(pool.slice(i + 1), n - 1, [...taken, x]);
      if (found) return found;
    }
    return null;
  };
  const below = search(random.shuffle(points.filter((x) => x < v)), rank, []);
  const picked = below && search(random.shuffle(points.filter((x) => x > v)), 3 - rank, below);
  if (!picked) return null;
  return picked.sort((a, b) => a - b).map(make);
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
    byRank: [0, 1, 2, 3].map((r) => distractorsAtRank(c, r, capOf(c))),
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
