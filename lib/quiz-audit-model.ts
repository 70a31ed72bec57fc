/**
 * A non-reader model: what a test-wise student who never read the article can score. It sees only
 * what the student sees before answering — the stem, the statement, the options and their order,
 * and the earlier questions' texts and feedback in the same quiz — scores every option by surface
 * features (`lib/quiz-audit-features.ts`) with a logistic regression (`ml-logistic-regression`),
 * and picks the highest. Trained per kind on distinct (item, quiz-context) rows weighted by how
 * often the quizzes use them, and tested leaving one claim out: the item it answers was never in
 * its training. An ablation drops each feature group in turn.
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
  accuracy: number;
  /** Accuracy on the rows it was trained on (all of them). */
  train: number;
  chance: number;
  /** Accuracy without each feature group. */
  without: Record<string, number>;
  /** The group whose loss costs the model most. */
  best: string;
}

const vector = (o: Record<string, number[]>, groups: readonly string[]) => groups.flatMap((g) => o[g] ?? []);

/**
 * Each option's features less the mean of its question's options: what sets an option apart from
 * the others, so that the two-class regression ranks options within a question (a conditional
 * logit in effect) and a question-level value (a long statement, say) cannot stand in for a key.
 */
function centred(r: ModelRow, groups: readonly string[]): number[][] {
  const v = r.options.map((o) => vector(o, groups));
  const n = v[0]?.length ?? 0;
  const mean = new Array<number>(n).fill(0);
  for (const x of v) x.forEach((y, j) => (mean[j] = mean[j]! + y / v.length));
  return v.map((x) => x.map((y, j) => y - mean[j]!));
}

/** Scaled copies of the training and test option vectors (the fit is by gradient steps). */
function standardize(train: number[][], test: number[][]) {
  const n = train[0]?.length ?? 0;
  const sd = new Array(n).fill(0);
  for (const r of train) r.forEach((x, j) => (sd[j] += x ** 2 / train.length));
  const z = (r: number[]) => r.map((x, j) => (sd[j] > 1e-12 ? x / Math.sqrt(sd[j]) : 0));
  return [train.map(z), test.map(z)] as const;
}

/** Options a fold trains on: each row repeated about as often as the quizzes use it. */
const BUDGET = 250;
/** Full-batch gradient steps, and their size per option of the (standardized) training set. */
const STEPS = 60;
const RATE = 10;

/** Pick the top-scoring option of each row; the weighted share right, ties split. */
function scoreRows(rows: ModelRow[], scores: number[]): number {
  let right = 0;
  let at = 0;
  for (const r of rows) {
    const s = scores.slice(at, at + r.options.length);
    at += r.options.length;
    const top = Math.max(...s);
    const tied = s.filter((x) => x === top).length;
    if (s[r.key] === top) right += r.weight / tied;
  }
  return right;
}

/**
 * The model's leave-one-group-out accuracy on `rows` (weighted), with `groups` of features, and its
 * accuracy on the rows it was trained on (a model that cannot fit its own training rows proves
 * nothing held out).
 */
function accuracy(rows: ModelRow[], groups: readonly string[]): { held: number; train: number } {
  const folds = [...new Set(rows.map((r) => r.group))];
  const total = rows.reduce((s, r) => s + r.weight, 0);
  // Rounded at random, with a fixed seed: in expectation each row weighs what its uses do.
  const unit = Math.max(1e-9, rows.reduce((s, r) => s + r.weight * r.options.length, 0) / BUDGET);
  const random = createRandom(`model:${rows[0]?.kind}`);
  const copiesOf = new Map(
    rows.map((r) => [r, Math.max(1, Math.round(r.weight / unit + random.next() - 0.5))]),
  );
  const vectors = new Map(rows.map((r) => [r, centred(r, groups)]));
  const fit = (train: ModelRow[], test: ModelRow[]) => {
    const X: number[][] = [];
    const labels: number[] = [];
    for (const r of train)
      vectors.get(r)!.forEach((v, i) => {
        for (let c = 0; c < copiesOf.get(r)!; c++) {
          X.push(v);
          labels.push(i === r.key ? 1 : 0);
        }
      });
    if (X.length === 0 || new Set(labels).size < 2) return null;
    const [Xs, Ts] = standardize(
      X,
      test.flatMap((r) => vectors.get(r)!),
    );
    const model = new LogisticRegression({ numSteps: STEPS, learningRate: RATE / Xs.length });
    model.train(new Matrix(Xs), Matrix.columnVector(labels));
    return model.testScores(new Matrix(Ts));
  };
  let right = 0;
  for (const fold of folds) {
    const held = rows.filter((r) => r.group === fold);
    const scores = fit(
      rows.filter((r) => r.group !== fold),
      held,
    );
    if (scores) right += scoreRows(held, scores);
  }
  const all = fit(rows, rows);
  return { held: right / total, train: all ? scoreRows(rows, all) / total : 0 };
}

export function scoreModel(rows: ModelRow[], groups: readonly string[], ablate = true): ModelScore[] {
  const kinds = [...new Set(rows.map((r) => r.kind))];
  return kinds.map((kind) => {
    const of = rows.filter((r) => r.kind === kind);
    const k = of[0]!.options.length;
    const { held: acc, train } = accuracy(of, groups);
    const without = Object.fromEntries(
      (ablate ? groups : []).map((g) => [
        g,
        accuracy(
          of,
          groups.filter((x) => x !== g),
        ).held,
      ]),
    );
    const best = ablate ? groups.reduce((b, g) => (without[g]! < without[b]! ? g : b), groups[0]!) : "(en)";
    return {
      kind,
      items: new Set(of.map((r) => r.group)).size,
      options: k,
      accuracy: acc,
      train,
      chance: 1 / k,
      without,
      best,
    };
  });
}
