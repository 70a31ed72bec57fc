/**
 * For bench/live.mjs: one valid answer to each question of the given class codes' quizzes (5 questions),
 * from the same generator the live class uses, as JSON on stdout. `tsx bench/live-answers.ts 123456 …`
 */
import { dataset } from "@/content";
import { generateQuiz, toQuizData } from "@/lib/quiz";

const data = toQuizData(dataset);
const out: Record<string, (string | string[])[]> = {};
for (const code of process.argv.slice(2))
  out[code] = generateQuiz(data, { seed: code, count: 5 }).questions.map((q) =>
    q.kind === "order" ? [...q.options] : q.options[0]!,
  );
console.log(JSON.stringify(out));
