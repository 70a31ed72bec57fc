/**
 * A non-reader model: what a test-wise student who never read the article can score. It sees only
 * what the student sees before answering — the stem, the statement, the options and their order,
 * and the earlier questions' texts and feedback in the same quiz (`lib/quiz-audit-features.ts`) —
 * and picks the option it scores highest.
 *
 * Per kind, a logistic regression (`ml-logistic-regression`) learns which option of a question is
 * the key from the differences between the key's features and each other option's (a pairwise,
 * conditional model: "this option rather than that one"; no intercept needed, none is fitted).
 * Rows are the distinct (question, context) pairs, weighted by how often the quizzes use them.
 * It is tested leaving one claim out: the claim (or not-stated item, or event) it answers was never
 * in its training. The L2 regularisation is chosen by inner validation that never sees the test
 * claim: the claims are dealt into blocks, and a test claim's strength is the one that did best on
 * the other blocks, trained on the rest of them; if no strength beats chance there, the model
 * guesses (a model that cannot find a cue must not invent one — see `pick`). An ablation drops
 * each feature group in turn.
 */
import LogisticRegression from "ml-logistic-regression/src/logreg_2classes.js";
import { Matrix } from "ml-matrix";
import type { QuestionKind } from "./quiz-types";
import { createRandom } from "./random";

export interface ModelRow {
  kind: QuestionKind;
  /** The claim, not-stated item or event asked about: left out together. */
  group: string;
  /** One feature vector per option, by feature group. */
  options: Record<string, number[]>[];
  key: number;
  weight: number;
}

export interface ModelScore {
  kind: QuestionKind;
  items: number;
  options: number;
  /** Held out (leave one claim out), weighted by use. */
  accuracy: number;
  /** Accuracy on the rows it was trained on (all of them, weakest regularisation). */
  train: number;
  chance: number;
  /** Held-out accuracy without each feature group. */
  without: Record<string, number>;
  /** The group whose loss costs the model most ("none" when no loss costs anything). */
  best: string;
  /** The regularisation each block of claims was given by inner validation, or "guess". */
  chosen: string[];
}

/** L2 strengths tried (per training pair, on features scaled to unit spread). */
const GRID = [0.003, 0.03, 0.3];
/** Blocks of claims for the inner validation. */
const BLOCKS = 6;
/** Question rows a kind's training set holds, each repeated about as often as the quizzes use it. */
const BUDGET = 120;
/** Gradient steps, each of 1/L (L bounds the loss's curvature: see `prepare`). */
const STEPS = 30;

/** The library's gradient step asks for the design's transpose every step: this one computes it once. */
class Design extends Matrix {
  #t: Matrix | undefined;
  override transpose(): Matrix {
    return (this.#t ??= super.transpose());
  }
}

interface Prepared {
  rows: ModelRow[];
  k: number;
  /** [row][option][column]: features scaled to unit spread, constant columns dropped. */
  x: number[][][];
  columns: Map<string, number[]>;
  copies: number[];
  /** Each row's claim, and each claim's block. */
  fold: number[];
  block: number[];
  /** Per row with copies: the key less each other option (the training pairs). */
  pairs: number[][][];
  /** Rows of each claim; of them, those with copies. */
  byFold: number[][];
  trainable: number[][];
  /** The largest eigenvalue of the whole pairwise design's Gram matrix: bounds every fold's. */
  L: number;
}

function prepare(rows: ModelRow[], groups: readonly string[]): Prepared {
  const k = rows[0]!.options.length;
  const full = rows.map((r) => r.options.map((o) => groups.flatMap((g) => o[g] ?? [])));
  const width = full[0]![0]!.length;
  // Spread of each column within questions (label-free: each option less its question's mean).
  const total = rows.reduce((s, r) => s + r.weight, 0);
  const spread = new Array<number>(width).fill(0);
  full.forEach((options, r) => {
    for (let j = 0; j < width; j++) {
      const m = options.reduce((s, o) => s + o[j]!, 0) / k;
      for (const o of options) spread[j]! += (rows[r]!.weight * (o[j]! - m) ** 2) / (total * k);
    }
  });
  const kept = spread.map((s, j) => (s > 1e-9 ? j : -1)).filter((j) => j >= 0);
  const x = full.map((options) => options.map((o) => kept.map((j) => o[j]! / Math.sqrt(spread[j]!))));
  const columns = new Map<string, number[]>();
  let at = 0;
  for (const g of groups) {
    const n = rows[0]!.options[0]![g]?.length ?? 0;
    const cols = kept.flatMap((j, c) => (j >= at && j < at + n ? [c] : []));
    if (cols.length) columns.set(g, cols);
    at += n;
  }
  const random = createRandom(`model:${rows[0]!.kind}`);
  const unit = total / BUDGET;
  const copies = rows.map((r) => Math.floor(r.weight / unit + random.next()));
  const folds = [...new Set(rows.map((r) => r.group))];
  const order = random.shuffle(folds.map((_, i) => i));
  const block = new Array<number>(folds.length);
  order.forEach((f, i) => (block[f] = i % Math.min(BLOCKS, folds.length)));
  const fold = rows.map((r) => folds.indexOf(r.group));
  const byFold = folds.map(() => [] as number[]);
  fold.forEach((f, r) => byFold[f]!.push(r));
  const trainable = byFold.map((rs) => rs.filter((r) => copies[r]! > 0));
  const pairs = x.map((options, r) =>
    copies[r]
      ? options.flatMap((o, i) =>
          i === rows[r]!.key ? [] : [options[rows[r]!.key]!.map((v, j) => v - o[j]!)],
        )
      : [],
  );
  // Power iteration on the Gram matrix of every training pair (key less another option).
  const d = kept.length;
  const gram = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  pairs.forEach((ps, r) => {
    for (const diff of ps)
      for (let a = 0; a < d; a++)
        for (let b = 0; b < d; b++) gram[a]![b]! += copies[r]! * diff[a]! * diff[b]!;
  });
  let v = new Array<number>(d).fill(1);
  let L = 0;
  for (let it = 0; it < 60; it++) {
    const w = gram.map((row) => row.reduce((s, g, j) => s + g * v[j]!, 0));
    L = Math.sqrt(w.reduce((s, y) => s + y * y, 0));
    v = w.map((y) => y / (L || 1));
  }
  return { rows, k, x, columns, copies, fold, block, pairs, byFold, trainable, L: L * 1.05 + 1e-9 };
}

/** Train on `train` (row indices) with `cols`, L2 strength `lambda`; null when there is nothing to learn. */
function fit(p: Prepared, train: number[], cols: number[], lambda: number): LogisticRegression | null {
  const X: number[][] = [];
  for (const r of train)
    for (const pair of p.pairs[r]!) {
      const diff = cols.map((c) => pair[c]!);
      for (let t = 0; t < p.copies[r]!; t++) X.push(diff);
    }
  if (X.length === 0 || cols.length === 0) return null;
  const labels: number[] = X.map(() => 1);
  // The penalty as data (a data-augmentation prior): for each weight, a row c·e_j labelled ½ adds
  // ½·log(1+e^(−c·w)) + ½·log(1+e^(c·w)) ≈ c²w²/8 to the loss: λ/2·w² per training pair.
  const c = Math.sqrt(4 * lambda * X.length);
  cols.forEach((_, j) => {
    X.push(cols.map((__, i) => (i === j ? c : 0)));
    labels.push(0.5);
  });
  const model = new LogisticRegression({ numSteps: STEPS, learningRate: 1 / (0.25 * (p.L + c * c)) });
  model.train(new Design(X), Matrix.columnVector(labels));
  return model;
}

/**
 * The weighted number of `test` rows the model gets right: it picks its top-scoring option, ties
 * split; with no model (`null`), it guesses. An option within 1e-9 of the top counts as tied.
 */
function right(p: Prepared, model: LogisticRegression | null, test: number[], cols: number[]): number {
  if (!model) return test.reduce((s, r) => s + p.rows[r]!.weight / p.k, 0);
  // The model's score of an option is σ(w·x), which ranks the options as w·x does.
  const w = model.weights.to1DArray();
  const scores = test.flatMap((r) => p.x[r]!.map((o) => cols.reduce((s, c, j) => s + w[j]! * o[c]!, 0)));
  let sum = 0;
  test.forEach((r, t) => {
    const s = scores.slice(t * p.k, (t + 1) * p.k);
    const top = Math.max(...s);
    const tied = s.filter((x) => x >= top - 1e-9).length;
    if (s[p.rows[r]!.key]! >= top - 1e-9) sum += p.rows[r]!.weight / tied;
  });
  return sum;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * Per block of claims, the L2 strength that did best on the other blocks, or null (guess) when none
 * beat chance there by more than one standard error (claims as the unit). Without that margin a
 * cue-free kind would still get a model for the blocks where noise put one above chance, and such a
 * model scores below chance on its held-out claim (leaving a claim out tilts the rest against its
 * key: see docs/wip/README.md, issue 28).
 */
function pick(p: Prepared, cols: number[]): (number | null)[] {
  const blocks = Math.max(...p.block) + 1;
  const folds = range(p.byFold.length);
  const foldsIn = (b: number) => folds.filter((f) => p.block[f] === b);
  const weightOf = (rs: number[]) => rs.reduce((s, r) => s + p.rows[r]!.weight, 0);
  // gain[λ][b][f]: what λ scores above chance on claim f, trained without f's block and b.
  const gain = GRID.map(() => range(blocks).map(() => new Map<number, number>()));
  const score = (l: number, b: number, model: LogisticRegression | null, test: number) => {
    for (const f of foldsIn(test))
      gain[l]![b]!.set(f, right(p, model, p.byFold[f]!, cols) - weightOf(p.byFold[f]!) / p.k);
  };
  GRID.forEach((lambda, l) => {
    for (let a = 0; a < blocks; a++)
      for (let b = a + 1; b < blocks; b++) {
        const train = range(blocks)
          .filter((x) => x !== a && x !== b)
          .flatMap((x) => foldsIn(x).flatMap((f) => p.trainable[f]!));
        const model = fit(p, train, cols, lambda);
        // Trained without a and b: it validates b for test block a, and a for test block b.
        score(l, a, model, b);
        score(l, b, model, a);
      }
  });
  return range(blocks).map((b) => {
    const margin = GRID.map((_, l) => {
      const g = [...gain[l]![b]!];
      const total = g.reduce((s, [, x]) => s + x, 0);
      const w = g.map(([f]) => weightOf(p.byFold[f]!));
      const all = w.reduce((s, x) => s + x, 0);
      const variance = g.reduce((s, [, x], i) => s + (x - (w[i]! * total) / all) ** 2, 0);
      return { total, over: total - Math.sqrt(variance) };
    });
    const best = margin.reduce((i, m, l) => (m.total > margin[i]!.total ? l : i), 0);
    return blocks > 2 && margin[best]!.over > 1e-9 ? GRID[best]! : null;
  });
}

/** Leave-one-claim-out accuracy (weighted) with `cols`, each claim's λ from its block. */
function heldOut(p: Prepared, cols: number[], lambdas: (number | null)[]): number {
  let sum = 0;
  p.byFold.forEach((test, f) => {
    const lambda = lambdas[p.block[f]!];
    const train = p.trainable.flatMap((rs, g) => (g === f ? [] : rs));
    sum += right(p, lambda == null ? null : fit(p, train, cols, lambda), test, cols);
  });
  return sum / p.rows.reduce((s, r) => s + r.weight, 0);
}

export function scoreModel(rows: ModelRow[], groups: readonly string[]): ModelScore[] {
  const kinds = [...new Set(rows.map((r) => r.kind))];
  return kinds.map((kind) => {
    const p = prepare(
      rows.filter((r) => r.kind === kind),
      groups,
    );
    const all = [...p.columns.values()].flat().sort((a, b) => a - b);
    const lambdas = pick(p, all);
    const accuracy = heldOut(p, all, lambdas);
    const without: Record<string, number> = {};
    for (const [g, cols] of p.columns)
      without[g] = lambdas.every((l) => l == null)
        ? accuracy
        : heldOut(
            p,
            all.filter((c) => !cols.includes(c)),
            lambdas,
          );
    const loss = (g: string) => accuracy - without[g]!;
    const best = Object.keys(without).reduce(
      (b, g) => (loss(g) > (b === "none" ? 1e-9 : loss(b)) ? g : b),
      "none",
    );
    const everyRow = range(p.rows.length);
    const trainable = p.trainable.flat();
    const total = p.rows.reduce((s, r) => s + r.weight, 0);
    return {
      kind,
      items: Math.max(...p.fold) + 1,
      options: p.k,
      accuracy,
      train: right(p, fit(p, trainable, all, GRID[0]!), everyRow, all) / total,
      chance: 1 / p.k,
      without,
      best,
      chosen: lambdas.map((l) => (l == null ? "guess" : String(l))),
    };
  });
}
