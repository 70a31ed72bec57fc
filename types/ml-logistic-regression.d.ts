// Just what lib/quiz-audit-model.ts uses: the package ships no types. Its two-class model is the
// one the package's one-vs-all model trains per class; the audit needs only "answer or not".
declare module "ml-logistic-regression/src/logreg_2classes.js" {
  import type { Matrix } from "ml-matrix";
  export default class LogisticRegressionTwoClasses {
    constructor(options?: { numSteps?: number; learningRate?: number });
    train(features: Matrix, target: Matrix): void;
    testScores(features: Matrix): number[];
    /** The fitted coefficients, one row. */
    weights: Matrix;
  }
}
