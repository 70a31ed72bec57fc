// `npm run --silent quiz:json -- --seed S --locale L --count N`: a class quiz, rendered, as JSON.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { dataset } from "../content";
import { isLocale, locales } from "../lib/locales";
import { generateQuiz, QUIZ_MAX, QUIZ_MIN, questionKinds, toQuizData, type QuestionKind } from "../lib/quiz";
import { buildQuizPack } from "../lib/quiz-pack";
import { renderQuestion, type QuizLabels } from "../lib/quiz-render";
import { readStepMeta } from "../lib/step-source";

const usage = `usage: npm run --silent quiz:json -- --seed DIGITS --locale ${locales.join("|")} [--count ${QUIZ_MIN}-${QUIZ_MAX}] [--kinds ${questionKinds.join(",")}]`;

function fail(message: string): never {
  process.stderr.write(`quiz:json: ${message}\n${usage}\n`);
  process.exit(2);
}

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      seed: { type: "string" },
      locale: { type: "string" },
      count: { type: "string" },
      kinds: { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail((error as Error).message);
}

const seed = values.seed ?? fail("--seed is required");
if (!/^\d{1,9}$/.test(seed)) fail(`--seed must be 1 to 9 digits (a class code), not "${seed}"`);
const locale = values.locale ?? fail("--locale is required");
if (!isLocale(locale)) fail(`--locale must be one of ${locales.join(", ")}, not "${locale}"`);
const count = values.count === undefined ? 10 : Number(values.count);
if (!Number.isInteger(count) || count < QUIZ_MIN || count > QUIZ_MAX)
  fail(`--count must be a whole number from ${QUIZ_MIN} to ${QUIZ_MAX}`);
const kinds = values.kinds?.split(",").map((k) => k.trim()) ?? [];
for (const k of kinds)
  if (!(questionKinds as readonly string[]).includes(k)) fail(`unknown question kind "${k}"`);

const messages = JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), "utf8")) as {
  Quiz: Record<string, string>;
};
const labels = messages.Quiz as unknown as QuizLabels;
const stepTitles = Object.fromEntries(
  dataset.steps.map((s) => {
    const file = `content/steps/${s.slug}/${locale}.mdx`;
    return [s.slug, readStepMeta(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"), file).title];
  }),
);
const pack = buildQuizPack(dataset, locale, labels, stepTitles);
const quiz = generateQuiz(toQuizData(dataset), { seed, count, kinds: kinds as QuestionKind[] });

const out = {
  seed,
  locale,
  count: quiz.questions.length,
  questions: quiz.questions.map((q, i) => {
    const r = renderQuestion(q, pack);
    return {
      number: i + 1,
      id: r.id,
      kind: r.kind,
      question: r.text,
      ...(r.statement ? { statement: r.statement } : {}),
      options: r.options.map((o) => o.label),
      answer: r.answer,
      explanation: r.explanation,
      ...(r.attribution ? { attribution: r.attribution } : {}),
      quotes: r.quotes.map((quote) => ({
        id: quote.id,
        text: quote.text,
        ...(quote.translation ? { translation: quote.translation } : {}),
      })),
      links: r.links,
    };
  }),
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
