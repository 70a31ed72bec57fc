import { dataset } from "@/components/evidence/evidence";
import { datasetVersion } from "@/lib/dataset";
import type { Locale } from "@/lib/locales";
import { toQuizData } from "@/lib/quiz";
import type { QuizBundle } from "@/lib/quiz-render";
import { quizPackFor } from "./quiz-pack-for";

/** The body of `/{locale}/quiz.json`. */
export async function quizBundleFor(locale: Locale): Promise<QuizBundle> {
  return { version: datasetVersion(dataset), data: toQuizData(dataset), pack: await quizPackFor(locale) };
}

/** The version the quiz pages compare the fetched file with. */
export const quizVersion = datasetVersion(dataset);
