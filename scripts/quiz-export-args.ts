// The quiz:export command line, checked: either the request or one clear message (no side effects,
// so the checks are tested without starting a process for each).
import { parseArgs } from "node:util";
import { exportFormats, isExportFormat, moodleOrders, type ExportFormat } from "../lib/export/export-file";
import type { MoodleOrder } from "../lib/export/moodle-xml";
import { isLocale, locales, type Locale } from "../lib/locales";
import { QUIZ_DEFAULT, QUIZ_MAX, QUIZ_MIN } from "../lib/quiz";

export const usage = `usage: npm run --silent quiz:export -- --format ${exportFormats.join("|")} --seed DIGITS --locale ${locales.join("|")}|all [--count ${QUIZ_MIN}-${QUIZ_MAX}] [--order ${moodleOrders.join("|")}] [--site https://PUBLIC.ADDRESS] [--out FILE]`;

export interface ExportArgs {
  format: ExportFormat;
  seed: string;
  count: number;
  locales: readonly Locale[];
  order: MoodleOrder;
  /** The origin the links point to (else SITE_URL). */
  site?: string;
  out?: string;
}

export function parseExportArgs(
  args: string[],
): { ok: true; args: ExportArgs } | { ok: false; error: string } {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        format: { type: "string" },
        seed: { type: "string" },
        count: { type: "string" },
        locale: { type: "string" },
        order: { type: "string" },
        site: { type: "string" },
        out: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const fail = (error: string) => ({ ok: false as const, error });

  const { format, seed, locale, site, out } = values;
  if (format === undefined) return fail("--format is required");
  if (!isExportFormat(format))
    return fail(`--format must be one of ${exportFormats.join(", ")}, not "${format}"`);
  if (seed === undefined) return fail("--seed is required");
  if (!/^\d{1,9}$/.test(seed)) return fail(`--seed must be 1 to 9 digits (a class code), not "${seed}"`);
  const countText = values.count ?? String(QUIZ_DEFAULT);
  const count = /^\d{1,4}$/.test(countText) ? Number(countText) : NaN;
  if (!Number.isInteger(count) || count < QUIZ_MIN || count > QUIZ_MAX)
    return fail(`--count must be a whole number from ${QUIZ_MIN} to ${QUIZ_MAX}, not "${countText}"`);
  if (locale === undefined) return fail("--locale is required");
  if (locale !== "all" && !isLocale(locale))
    return fail(`--locale must be one of ${locales.join(", ")} or all, not "${locale}"`);
  if (locale === "all" && format !== "moodle")
    return fail(
      `--locale all is for --format moodle only (Moodle's multi-language markup); ${format} takes one language`,
    );
  const order = values.order ?? "ordering";
  if (!(moodleOrders as readonly string[]).includes(order))
    return fail(`--order must be one of ${moodleOrders.join(", ")}, not "${order}"`);
  if (values.order !== undefined && format !== "moodle") return fail("--order is for --format moodle only");
  if (site !== undefined && !isWebOrigin(site))
    return fail(`--site must be an http or https address, such as https://class.example.org, not "${site}"`);
  if (out === "") return fail("--out needs a file name");
  if (format === "qti" && out === undefined) return fail("--format qti writes a zip file: give --out FILE");
  return {
    ok: true,
    args: {
      format,
      seed,
      count,
      locales: locale === "all" ? locales : [locale],
      order: order as MoodleOrder,
      ...(site !== undefined ? { site } : {}),
      ...(out !== undefined ? { out } : {}),
    },
  };
}

function isWebOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
