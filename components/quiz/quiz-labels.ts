/**
 * The Quiz messages that leave the server raw (unformatted), each list with the type derived from it.
 * The server reads them with `rawLabels` (server/raw-labels.ts); the browser fills their `{slots}`
 * with `fill` (lib/fill.ts). Every key must exist in messages/en.json: the lists are checked against
 * next-intl's typed messages, and tests/unit/raw-labels.test.ts checks no string has ICU syntax.
 */
import type { Messages } from "next-intl";

type QuizKey = keyof Messages["Quiz"];

/** What `QuizBundleGate` shows while `/{locale}/quiz.json` loads, or when it cannot. */
export const loadLabelKeys = ["loading", "loadFailed", "tryAgain"] as const satisfies readonly QuizKey[];
export type LoadLabels = Record<(typeof loadLabelKeys)[number], string>;

/** What shows an answer's evidence (`AnswerEvidence`): the quotes, our translation, the links. */
export const evidenceUiKeys = [
  "seeQuote",
  "readStep",
  "quoteNumber",
  "ourTranslation",
] as const satisfies readonly QuizKey[];
export type EvidenceUi = Record<(typeof evidenceUiKeys)[number], string>;

/** Every string of the quiz page's client island (`QuizApp` and the components it renders). */
export const quizUiKeys = [
  "classCode",
  "shareHint",
  "questionOf",
  "retryRound",
  "check",
  "next",
  "finish",
  "chooseFirst",
  "correct",
  "incorrect",
  "rightAnswer",
  "yourAnswer",
  ...evidenceUiKeys,
  "moveUp",
  "moveDown",
  "resultsTitle",
  "score",
  "bandHigh",
  "bandMid",
  "bandLow",
  "reviewTitle",
  "retryMissed",
  "newQuiz",
  "resultsCard",
  "cardDate",
  "cardCode",
  "cardScore",
  "allRight",
  "restart",
  ...loadLabelKeys,
] as const satisfies readonly QuizKey[];
export type QuizUi = Record<(typeof quizUiKeys)[number], string>;
