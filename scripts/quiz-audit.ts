// `npm run --silent quiz:audit`: every kind's pool, chance and cue scores over seeds 1–2,000 ×
// lengths 5–20, then the non-reader model, the strategies, leaks and exposure (issue 28), with the
// time it took; exits non-zero when a limit is over (see lib/quiz-audit.ts, lib/quiz-audit-fair.ts).
import { performance } from "node:perf_hooks";
import { dataset } from "../content";
import { toQuizData } from "../lib/quiz";
import { auditQuiz, classQuizzes, formatAudit } from "../lib/quiz-audit";
import { auditFairness, formatFairness } from "../lib/quiz-audit-fair";
import { keyForms } from "../lib/quiz-mentions";
import { quizPacksFromFiles } from "./quiz-packs";

const start = performance.now();
const data = toQuizData(dataset);
const packs = quizPacksFromFiles();
const quizzes = classQuizzes(data);
process.stdout.write(`${formatAudit(auditQuiz(data, packs, {}, quizzes))}\n`);
const fair = auditFairness(quizzes, packs, keyForms(dataset));
process.stdout.write(`${formatFairness(fair)}\n`);
process.stdout.write(`\nquiz:audit took ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
if (fair.failures.length > 0) process.exitCode = 1;
