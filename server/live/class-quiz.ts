import "server-only";
/**
 * The one place the live class meets the quiz generator: it regenerates a class's quiz from its class
 * code with the same generator the pages use, and judges answers with the generator's own rule. A
 * change to the generator's internals touches only this file.
 */
import { dataset } from "@/content";
import { datasetVersion } from "@/lib/dataset";
import type { LiveQuestion } from "@/lib/live/answers";
import { generateQuiz, isCorrect, QUIZ_MAX, QUIZ_MIN, toQuizData, type Question } from "@/lib/quiz";

export const LIVE_COUNT_MIN = QUIZ_MIN;
export const LIVE_COUNT_MAX = QUIZ_MAX;

export interface ClassQuiz {
  classCode: string;
  count: number;
  datasetVersion: string;
  questions: LiveQuestion[];
  /** The generator's own questions, for rendering them in a language (the summary's CSV). */
  generated: readonly Question[];
  /** Judges a stored answer (see `normalizeAnswer`) to question `i`. */
  judge(i: number, stored: string): boolean;
}

const version = datasetVersion(dataset);
const quizData = toQuizData(dataset);
const cache = new Map<string, ClassQuiz>();

/** The explainer's steps, in order: `step` commands index into this. */
export const stepSlugs: readonly string[] = dataset.steps.map((s) => s.slug);

function toLive(q: Question): LiveQuestion {
  return {
    id: q.id,
    kind: q.kind,
    answer: q.kind === "order" ? "order" : "choice",
    options: q.options,
    correct: q.correct,
  };
}

export function classQuiz(classCode: string, count: number): ClassQuiz {
  const key = `${classCode}:${count}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const generated = generateQuiz(quizData, { seed: classCode, count }).questions;
  const quiz: ClassQuiz = {
    classCode,
    count,
    datasetVersion: version,
    questions: generated.map(toLive),
    generated,
    judge: (i, stored) => {
      const q = generated[i];
      if (!q) return false;
      return isCorrect(q, q.kind === "order" ? stored.split(",") : stored);
    },
  };
  if (cache.size > 500) cache.clear();
  cache.set(key, quiz);
  return quiz;
}
