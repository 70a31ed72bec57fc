/**
 * The class's counts as a spreadsheet a teacher can open: in the class's language, one row per
 * option of each question asked (options nobody chose included), the option's letter as on the
 * projector, percentages as whole numbers. Excel opens a CSV with the separator of the computer's
 * regional settings — ";" where a decimal comma is used (ru, kk, most of Europe) — so the browser
 * says which one it uses (`csvSeparatorFor`). UTF-8 with a byte-order mark, so Excel reads Cyrillic;
 * no `sep=` line, which would make Excel ignore the mark.
 */
import { csvCell } from "./counts";
import { optionLetter } from "./letters";

export const csvSeparators = [",", ";"] as const;
export type CsvSeparator = (typeof csvSeparators)[number];

export function isCsvSeparator(value: unknown): value is CsvSeparator {
  return typeof value === "string" && (csvSeparators as readonly string[]).includes(value);
}

/**
 * Languages whose decimal comma some browsers' number data lacks: CLDR and Windows' regional
 * settings write 1,5 in Kazakh, but Chromium's built-in data formats `kk-KZ` as "1.5".
 */
const DECIMAL_COMMA_LANGUAGES = new Set(["kk"]);

/**
 * ";" where the reader's language writes 1.5 as "1,5" (Excel's list separator follows the decimal
 * sign), else ",". `language` is the browser's (`navigator.language`).
 */
export function csvSeparatorFor(language: string): CsvSeparator {
  let formatted = "1.5";
  try {
    formatted = new Intl.NumberFormat(language).format(1.5);
  } catch {
    // Not a language tag the browser knows: the table below decides.
  }
  const base = language.toLowerCase().split(/[-_]/)[0] ?? "";
  return formatted.includes(",") || DECIMAL_COMMA_LANGUAGES.has(base) ? ";" : ",";
}

/** The column titles and the word for "this is the right answer", in the class's language. */
export interface SummaryCsvLabels {
  number: string;
  question: string;
  letter: string;
  option: string;
  right: string;
  count: string;
  percent: string;
  yes: string;
}

/** A question as the class saw it: its text, options in the projector's order, the right answer. */
export interface CsvQuestion {
  kind: string;
  text: string;
  statement?: string | undefined;
  options: { id: string; label: string }[];
  /** The right option's id, or for an order question the ids in order, joined by ",". */
  correct: string;
}

/** One question's counts (`GET …/summary`): answers by stored answer. */
export interface CsvCounts {
  question: number;
  status: string;
  answered: number;
  byOption: Record<string, number>;
}

const BOM = "\uFEFF";

function percent(count: number, answered: number): string {
  return answered > 0 ? String(Math.round((count / answered) * 100)) : "0";
}

/** The rows of one question: each option (choice), or each order given plus the right one (order). */
function optionRows(q: CsvQuestion, counts: CsvCounts, yes: string): string[][] {
  if (q.kind === "order") {
    const letterOf = new Map(q.options.map((o, i) => [o.id, optionLetter(i)]));
    const labelOf = new Map(q.options.map((o) => [o.id, o.label]));
    const orders = new Map(Object.entries(counts.byOption));
    if (!orders.has(q.correct)) orders.set(q.correct, 0);
    // The right order first, then the others by how many gave them.
    const sorted = [...orders].sort(
      ([a, na], [b, nb]) =>
        Number(b === q.correct) - Number(a === q.correct) || nb - na || a.localeCompare(b),
    );
    return sorted.map(([order, n]) => {
      const ids = order.split(",");
      return [
        ids.map((id) => letterOf.get(id) ?? "?").join(" "),
        ids.map((id) => labelOf.get(id) ?? id).join(" → "),
        order === q.correct ? yes : "",
        String(n),
        percent(n, counts.answered),
      ];
    });
  }
  return q.options.map((o, i) => {
    const n = counts.byOption[o.id] ?? 0;
    return [optionLetter(i), o.label, o.id === q.correct ? yes : "", String(n), percent(n, counts.answered)];
  });
}

/** The CSV file's text: only the questions that were asked (opened at least once). */
export function summaryCsv(input: {
  questions: readonly CsvQuestion[];
  counts: readonly CsvCounts[];
  labels: SummaryCsvLabels;
  separator: CsvSeparator;
}): string {
  const { labels, separator } = input;
  const lines: string[][] = [
    [
      labels.number,
      labels.question,
      labels.letter,
      labels.option,
      labels.right,
      labels.count,
      labels.percent,
    ],
  ];
  for (const counts of input.counts) {
    const q = input.questions[counts.question];
    if (!q || counts.status === "new") continue;
    const text = q.statement ? `${q.text} ${q.statement}` : q.text;
    for (const row of optionRows(q, counts, labels.yes))
      lines.push([String(counts.question + 1), text, ...row]);
  }
  return csvText(lines, separator);
}

/** Rows as a CSV file's text: UTF-8 with a byte-order mark, CRLF line ends, cells defused. */
export function csvText(lines: readonly (readonly (string | number)[])[], separator: CsvSeparator): string {
  return (
    BOM + lines.map((l) => l.map((cell) => csvCell(cell, separator)).join(separator)).join("\r\n") + "\r\n"
  );
}
