// `npm run --silent quiz:audit`: every kind's pool, chance and cue scores over seeds 1–2,000 ×
// lengths 5–20, then the non-reader model, the strategies, leaks and exposure (issue 28), with the
// time it took; exits non-zero when a limit is over (see lib/quiz-audit.ts, lib/quiz-audit-fair.ts).
// The model (most of the time) runs in worker threads, beside the rest on the main thread.
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { dataset } from "../content";
import type { Locale } from "../lib/locales";
import { locales } from "../lib/locales";
import { toQuizData } from "../lib/quiz";
import { auditQuiz, classQuizzes, formatAudit } from "../lib/quiz-audit";
import { auditFairness, formatFairness, modelFailures, type ModelAudit } from "../lib/quiz-audit-fair";
import { keyForms } from "../lib/quiz-mentions";
import { quizPacksFromFiles } from "./quiz-packs";

const start = performance.now();
const seeds = 2000;
const modelCount = 20;

/** A worker thread that runs TypeScript through tsx, as this script does. */
const boot = `import("tsx/esm/api").then((m) => { m.register(); return import(require("node:worker_threads").workerData.entry); })`;
function modelThread(ls: Locale[]): Promise<ModelAudit[]> {
  const entry = new URL("./quiz-audit-model-worker.ts", import.meta.url).href;
  const worker = new Worker(boot, {
    eval: true,
    workerData: { entry, locales: ls, seeds, count: modelCount },
  });
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}
// Two threads (en and kk, ru) beside the main one: the machine has two cores.
const models = Promise.all([
  modelThread(locales.filter((_, i) => i % 2 === 0)),
  modelThread(locales.filter((_, i) => i % 2 === 1)),
]);

const data = toQuizData(dataset);
const packs = quizPacksFromFiles();
const quizzes = classQuizzes(data, seeds);
process.stdout.write(`${formatAudit(auditQuiz(data, packs, {}, quizzes))}\n`);
// Strategies, leaks and exposure here while the model threads run; then the model's lines.
const fair = auditFairness(quizzes, packs, keyForms(dataset), { model: [] });
const rest = performance.now();
fair.model = (await models).flat().sort((a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale));
fair.failures.unshift(...modelFailures(fair.model));
const waited = (performance.now() - rest) / 1000;
const model = fair.model;
process.stdout.write(`${formatFairness(fair)}\n`);
process.stdout.write(
  `\nquiz:audit took ${((performance.now() - start) / 1000).toFixed(1)} s (model ${model.map((m) => `${m.locale} ${m.seconds.toFixed(1)} s`).join(", ")}, in worker threads; the main thread waited ${waited.toFixed(1)} s for them)\n`,
);
if (fair.failures.length > 0) process.exitCode = 1;
