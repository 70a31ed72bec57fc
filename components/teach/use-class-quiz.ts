import { useMemo } from "react";
import { generateQuiz } from "@/lib/quiz";
import { renderQuestion, type QuizBundle } from "@/lib/quiz-render";

/** A class's quiz (same code and length → same questions as the students get), in the bundle's language. */
export function useClassQuiz({ data, pack }: QuizBundle, code: string, count: number) {
  const quiz = useMemo(() => generateQuiz(data, { seed: code, count }), [data, code, count]);
  const rendered = useMemo(() => quiz.questions.map((q) => renderQuestion(q, pack)), [quiz, pack]);
  return { questions: quiz.questions, rendered };
}
