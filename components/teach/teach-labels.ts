/**
 * The Teach messages that leave the server raw for the teacher page's and the worksheet's client
 * leaves, each list with the type derived from it (see components/quiz/quiz-labels.ts for how they
 * are read, filled and checked).
 */
import type { Messages } from "next-intl";

type TeachKey = keyof Messages["Teach"];

/** The answer key, shown on the teacher page and printed with the worksheet. */
const answerKeyLabelKeys = ["answerKeyTitle", "keyAnswer", "keyQuote"] as const satisfies readonly TeachKey[];
export type AnswerKeyLabels = Record<(typeof answerKeyLabelKeys)[number], string>;

/** The teacher page's class-code panel. */
export const teachPanelKeys = [
  "countLabel",
  "makeCode",
  "newCode",
  "codeLabel",
  "linkLabel",
  "qrLabel",
  "printWorksheet",
  "showAnswers",
  ...answerKeyLabelKeys,
] as const satisfies readonly TeachKey[];
export type TeachLabels = Record<(typeof teachPanelKeys)[number], string>;

/** The printable worksheet. */
export const worksheetKeys = [
  "worksheetTitle",
  "worksheetIntro",
  "nameLine",
  "dateLine",
  "printStudents",
  "printKey",
  "keyApart",
  "showAnswers",
  "noCode",
  "backToTeach",
  "codeChosen",
  ...answerKeyLabelKeys,
] as const satisfies readonly TeachKey[];
export type WorksheetLabels = Record<(typeof worksheetKeys)[number], string>;
