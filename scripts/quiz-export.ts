// `npm run --silent quiz:export -- --format moodle|gift|qti --seed S --count N --locale en|ru|kk|all
//  [--order matching|ordering] [--out FILE]`: a class quiz as a file for a learning platform.
// Text formats go to stdout unless --out is given; the QTI zip needs --out. The file is written
// whole or not at all (to a temporary name, then renamed).
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { siteUrl } from "../lib/alternates";
import { classQuizForExport } from "../lib/export/class-quiz";
import { exportFormats, isExportFormat, makeExportFile, moodleOrders } from "../lib/export/export-file";
import { isLocale, locales, type Locale } from "../lib/locales";
import { QUIZ_DEFAULT, QUIZ_MAX, QUIZ_MIN } from "../lib/quiz";

const usage = `usage: npm run --silent quiz:export -- --format ${exportFormats.join("|")} --seed DIGITS --locale ${locales.join("|")}|all [--count ${QUIZ_MIN}-${QUIZ_MAX}] [--order ${moodleOrders.join("|")}] [--out FILE]`;

function fail(message: string): never {
  process.stderr.write(`quiz:export: ${message}\n${usage}\n`);
  process.exit(2);
}

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      format: { type: "string" },
      seed: { type: "string" },
      count: { type: "string" },
      locale: { type: "string" },
      order: { type: "string" },
      out: { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail((error as Error).message);
}

const format = values.format ?? fail("--format is required");
if (!isExportFormat(format)) fail(`--format must be one of ${exportFormats.join(", ")}, not "${format}"`);
const seed = values.seed ?? fail("--seed is required");
if (!/^\d{1,9}$/.test(seed)) fail(`--seed must be 1 to 9 digits (a class code), not "${seed}"`);
const countText = values.count ?? String(QUIZ_DEFAULT);
const count = /^\d{1,4}$/.test(countText) ? Number(countText) : NaN;
if (!Number.isInteger(count) || count < QUIZ_MIN || count > QUIZ_MAX)
  fail(`--count must be a whole number from ${QUIZ_MIN} to ${QUIZ_MAX}, not "${countText}"`);
const locale = values.locale ?? fail("--locale is required");
if (locale !== "all" && !isLocale(locale))
  fail(`--locale must be one of ${locales.join(", ")} or all, not "${locale}"`);
if (locale === "all" && format !== "moodle")
  fail(
    `--locale all is for --format moodle only (Moodle's multi-language markup); ${format} takes one language`,
  );
const order = values.order ?? "matching";
if (!(moodleOrders as readonly string[]).includes(order))
  fail(`--order must be one of ${moodleOrders.join(", ")}, not "${order}"`);
if (values.order !== undefined && format !== "moodle") fail("--order is for --format moodle only");
if (format === "qti" && !values.out) fail("--format qti writes a zip file: give --out FILE");
if (values.out === "") fail("--out needs a file name");

// The dataset is loaded only once the arguments are known to be good: bad input answers at once.
const { exportLabels, quizSource } = await import("./quiz-source");
const chosen: readonly Locale[] = locale === "all" ? locales : [locale as Locale];
const quizzes = chosen.map((l) =>
  classQuizForExport({ source: quizSource(l), seed, count, labels: exportLabels(l), siteUrl: siteUrl.href }),
);
const file = await makeExportFile({ format, quizzes, order: order as (typeof moodleOrders)[number] });

if (values.out) {
  const temp = `${values.out}.${process.pid}.part`;
  try {
    writeFileSync(temp, file.bytes);
    renameSync(temp, values.out);
  } catch (error) {
    rmSync(temp, { force: true });
    fail(`cannot write ${values.out}: ${(error as Error).message}`);
  }
  process.stderr.write(`quiz:export: wrote ${values.out} (${file.name}, ${file.bytes.length} bytes)\n`);
} else {
  process.stdout.write(file.bytes);
}
