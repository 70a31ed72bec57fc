import "server-only";
import { dataset } from "@/server/evidence";
import { datasetVersion } from "@/lib/dataset";
import type { Locale } from "@/lib/locales";
import { toQuizData } from "@/lib/quiz";
import type { QuizBundle } from "@/lib/quiz-render";
import { quizPackFor } from "./quiz-pack-for";

/** The dataset version the quiz pages are built with; the fetched bundle must carry the same. */
export const quizVersion = datasetVersion(dataset);

/** The body of `/{locale}/quiz.json`. */
export async function quizBundleFor(locale: Locale): Promise<QuizBundle> {
  return { version: quizVersion, data: toQuizData(dataset), pack: await quizPackFor(locale) };
}
