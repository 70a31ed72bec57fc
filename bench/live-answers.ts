/**
 * For bench/live.mjs: the options of each question of the given class codes' quizzes (5 questions, or
 * `--count=N`), from the same generator the live class uses, as JSON on stdout: a valid answer to a
 * choice is any of them, to an order all of them. `tsx bench/live-answers.ts [--count=20] 123456 …`
 */
import { dataset } from "@/content";
import { generateQuiz, toQuizData } from "@/lib/quiz";

const data = toQuizData(dataset);
const args = process.argv.slice(2);
const count = Number(/^--count=(\d+)$/.exec(args.find((a) => a.startsWith("--count=")) ?? "")?.[1] ?? 5);
const out: Record<string, { kind: string; options: string[] }[]> = {};
for (const code of args.filter((a) => !a.startsWith("--")))
  out[code] = generateQuiz(data, { seed: code, count }).questions.map((q) => ({
    kind: q.kind,
    options: [...q.options],
  }));
console.log(JSON.stringify(out));
