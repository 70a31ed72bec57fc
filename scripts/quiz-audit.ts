// `npm run --silent quiz:audit`: every kind's pool, chance and cue scores over seeds 1–2,000 ×
// lengths 5–20, so a data change shows its effect on the quiz (see lib/quiz-audit.ts).
import { dataset } from "../content";
import { toQuizData } from "../lib/quiz";
import { auditQuiz, formatAudit } from "../lib/quiz-audit";
import { quizPacksFromFiles } from "./quiz-packs";

process.stdout.write(`${formatAudit(auditQuiz(toQuizData(dataset), quizPacksFromFiles()))}\n`);
