// `npm run --silent quiz:export -- --format moodle|gift|qti --seed S --count N --locale en|ru|kk|all
//  [--order ordering|matching] [--site URL] [--out FILE]`: a class quiz as a file for a learning platform.
// Links point to --site, else SITE_URL; without either they point to localhost, said on stderr.
// Text formats go to stdout unless --out is given; the QTI zip needs --out. The file is written
// whole or not at all (to a temporary name, then renamed).
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { classQuizForExport } from "../lib/export/class-quiz";
import { makeExportFile } from "../lib/export/export-file";
import { cliLinkOrigin } from "../lib/export/link-origin";
import { parseExportArgs, usage } from "./quiz-export-args";

function fail(message: string): never {
  process.stderr.write(`quiz:export: ${message}\n${usage}\n`);
  process.exit(2);
}

const parsed = parseExportArgs(process.argv.slice(2));
if (!parsed.ok) fail(parsed.error);
const { format, seed, count, locales, order, site, out } = parsed.args;
const links = cliLinkOrigin(site, process.env.SITE_URL || undefined);
if (links.warning) process.stderr.write(`quiz:export: warning: ${links.warning}\n`);

// The dataset is loaded only once the arguments are known to be good: bad input answers at once.
const { exportLabels, quizSource } = await import("./quiz-source");
const quizzes = locales.map((l) =>
  classQuizForExport({ source: quizSource(l), seed, count, labels: exportLabels(l), siteUrl: links.origin }),
);
const file = await makeExportFile({ format, quizzes, order });

if (out !== undefined) {
  const temp = `${out}.${process.pid}.part`;
  try {
    writeFileSync(temp, file.bytes);
    renameSync(temp, out);
  } catch (error) {
    rmSync(temp, { force: true });
    fail(`cannot write ${out}: ${(error as Error).message}`);
  }
  process.stderr.write(`quiz:export: wrote ${out} (${file.name}, ${file.bytes.length} bytes)\n`);
} else {
  process.stdout.write(file.bytes);
}
