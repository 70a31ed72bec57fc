// One thread of `npm run quiz:audit`'s non-reader model (see scripts/quiz-audit.ts): the class
// quizzes of seeds 1–2,000 at 20 questions, generated here again (the same draws as the main
// thread's), and the model of each locale in `workerData.locales`.
import { parentPort, workerData } from "node:worker_threads";
import { dataset } from "../content";
import type { Locale } from "../lib/locales";
import { toQuizData } from "../lib/quiz";
import { classQuizzes } from "../lib/quiz-audit";
import { modelAudit } from "../lib/quiz-audit-fair";
import { quizPacksFromFiles } from "./quiz-packs";

const { locales, seeds, count } = workerData as { locales: Locale[]; seeds: number; count: number };
const packs = quizPacksFromFiles();
const quizzes = classQuizzes(toQuizData(dataset), seeds, [count, count]).get(count)!;
parentPort!.postMessage(locales.map((l) => modelAudit(quizzes, packs[l])));
