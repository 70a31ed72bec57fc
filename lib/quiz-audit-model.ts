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
  chance: number;
  /** Accuracy without each feature group. */
  without: Record<string, number>;
  /** The group whose loss costs the model most. */
  best: string;
}

const vector = (o: Record<string, number[]>, groups: readonly string[]) => groups.flatMap((g) => o[g] ?? []);

/** Standardized copies of the training and test option vectors (the fit is by gradient steps). */
function standardize(train: number[][], test: number[][]) {
  const n = train[0]?.length ?? 0;
  const mean = new Array(n).fill(0);
  const sd = new Array(n).fill(0);
  for (const r of train) r.forEach((x, j) => (mean[j] += x / train.length));
  for (const r of train) r.forEach((x, j) => (sd[j] += (x - mean[j]) ** 2 / train.length));
  const z = (r: number[]) => [1, ...r.map((x, j) => (sd[j] > 1e-12 ? (x - mean[j]) / Math.sqrt(sd[j]) : 0))];
  return [train.map(z), test.map(z)] as const;
}

/** The model's leave-one-group-out accuracy on `rows` (weighted), with `groups` of features. */
function accuracy(rows: ModelRow[], groups: readonly string[]): number {
  const folds = [...new Set(rows.map((r) => r.group))];
  const total = rows.reduce((s, r) => s + r.weight, 0);
  // Rows repeat as often as the quizzes use them, scaled so that a fold trains on about 250 options
  // (rounded at random, with a fixed seed: in expectation each row weighs what its uses do).
  const unit = Math.max(1, rows.reduce((s, r) => s + r.weight * r.options.length, 0) / 250);
  const random = createRandom(`model:${rows[0]?.kind}`);
  const copiesOf = new Map(rows.map((r) => [r, Math.floor(r.weight / unit + random.next())]));
  let right = 0;
  for (const fold of folds) {
    const train: number[][] = [];
    const labels: number[] = [];
    for (const r of rows) {
      if (r.group === fold) continue;
      const copies = copiesOf.get(r)!;
      r.options.forEach((o, i) => {
        const v = vector(o, groups);
        for (let c = 0; c < copies; c++) {
          train.push(v);
          labels.push(i === r.key ? 1 : 0);
        }
      });
    }
    const held = rows.filter((r) => r.group === fold);
    const test = held.flatMap((r) => r.options.map((o) => vector(o, groups)));
    if (train.length === 0 || new Set(labels).size < 2) continue;
    const [X, T] = standardize(train, test);
    const model = new LogisticRegression({ numSteps: 60, learningRate: 2 / X.length });
    model.train(new Matrix(X), Matrix.columnVector(labels));
    const scores = model.testScores(new Matrix(T));
    let at = 0;
    for (const r of held) {
      const s = scores.slice(at, at + r.options.length);
      at += r.options.length;
      const top = Math.max(...s);
      const tied = s.filter((x) => x === top).length;
      if (s[r.key] === top) right += r.weight / tied;
    }
  }
  return right / total;
}

export function scoreModel(rows: ModelRow[], groups: readonly string[], ablate = true): ModelScore[] {
  const kinds = [...new Set(rows.map((r) => r.kind))];
  return kinds.map((kind) => {
    const of = rows.filter((r) => r.kind === kind);
    const k = of[0]!.options.length;
    const acc = accuracy(of, groups);
    const without = Object.fromEntries(
      (ablate ? groups : []).map((g) => [
        g,
        accuracy(
          of,
          groups.filter((x) => x !== g),
        ),
      ]),
    );
    const best = ablate ? groups.reduce((b, g) => (without[g]! < without[b]! ? g : b), groups[0]!) : "(en)";
    return {
      kind,
      items: new Set(of.map((r) => r.group)).size,
      options: k,
      accuracy: acc,
      chance: 1 / k,
      without,
      best,
    };
  });
}
