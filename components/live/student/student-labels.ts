/**
 * The messages the student's live screens get raw from the server (see components/quiz/quiz-labels.ts
 * for how raw labels are read, filled and checked): the `liveStudent` strings, every `liveErrors`
 * sentence, and the quiz strings the question and its feedback share with the self-paced quiz.
 */
import { liveErrorCodes } from "@/components/live/client-api";
import type { Messages } from "next-intl";
import { evidenceUiKeys, type QuizUi } from "@/components/quiz/quiz-labels";

type StudentKey = keyof Messages["liveStudent"];
type ErrorKey = keyof Messages["liveErrors"];

export const liveStudentKeys = [
  "title",
  "intro",
  "codeLabel",
  "codeHelp",
  "join",
  "joining",
  "codeInvalid",
  "toQuiz",
  "privacyTitle",
  "privacy",
  "languageLabel",
  "lobbyTitle",
  "waiting",
  "keepOpen",
  "classLabel",
  "leaveClass",
  "leaveHelp",
  "leaveTitle",
  "leaveLost",
  "leaveKept",
  "leaveStay",
  "leaveConfirm",
  "backToQuestion",
  "backToStep",
  "follow",
  "followHelp",
  "teacherElsewhere",
  "goToTeacher",
  "questionOpen",
  "stepNow",
  "answerRecorded",
  "canChange",
  "sending",
  "sendOrder",
  "orderHelp",
  "questionClosed",
  "waitReveal",
  "answerRevealed",
  "noAnswer",
  "waitNext",
  "summary",
  "endedTitle",
  "deleted",
  "scoreTitle",
  "score",
  "scoreNote",
  "scoreNone",
  "practise",
  "joinAnother",
  "statusLabel",
  "statusConnecting",
  "statusOpen",
  "statusReconnecting",
  "statusPolling",
  "oldBuild",
  "reload",
  "liveBadge",
  "backToClass",
  "tryAgain",
  "lookAtProjector",
  "lookAtProjectorOrder",
  "optionLetter",
  "showHere",
  "hideHere",
  "fullTextShown",
] as const satisfies readonly StudentKey[];

/** A sentence for every code the API client knows, and one for a rate limit with its wait. */
export const liveErrorKeys = [...liveErrorCodes, "rate-limited-wait"] as const satisfies readonly ErrorKey[];

/** How a quote is labelled on the sources page, for a quote opened over a page of the class. */
export const liveEvidenceKeys = [
  "quoteNumber",
  "original",
  "translationLabel",
  "translationOfDirect",
  // Whose words the quote is (`CaptionLine`), and the note under a direct quote.
  "direct",
  "reported",
  "contextCaption",
  "vagueSource",
  "narration",
  "renderedNote",
] as const satisfies readonly (keyof Messages["Evidence"])[];

/** The quiz's own strings reused by the live question and its feedback. */
export const liveQuizKeys = [
  "questionOf",
  "correct",
  "incorrect",
  "rightAnswer",
  "yourAnswer",
  ...evidenceUiKeys,
  "moveUp",
  "moveDown",
  "loading",
  "loadFailed",
  "tryAgain",
] as const satisfies readonly (keyof QuizUi)[];

export type StudentLabels = Record<(typeof liveStudentKeys)[number], string>;
export type LiveErrorLabels = Record<(typeof liveErrorKeys)[number], string>;
export type LiveQuizLabels = Record<(typeof liveQuizKeys)[number], string>;

export interface StudentUi {
  t: StudentLabels;
  errors: LiveErrorLabels;
  quiz: LiveQuizLabels;
  evidence: Record<(typeof liveEvidenceKeys)[number], string>;
}
