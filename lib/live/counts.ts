/** Counts the teacher sees (never who answered what) and the privacy rule for counts by language. */
import { locales, type Locale } from "../locales";

/** Below this, a language's count is not shown: one child reading in Kazakh must not be singled out. */
export const LOCALE_COUNT_MIN = 3;

/**
 * Joined counts by language, only when every language present has at least `LOCALE_COUNT_MIN`
 * students; otherwise null (the screen shows the total only).
 */
export function visibleLocaleCounts(
  byLocale: Partial<Record<string, number>>,
): Record<Locale, number> | null {
  const out = Object.fromEntries(locales.map((l) => [l, byLocale[l] ?? 0])) as Record<Locale, number>;
  const present = Object.values(out).filter((n) => n > 0);
  if (present.length === 0 || present.some((n) => n < LOCALE_COUNT_MIN)) return null;
  return out;
}

export interface Distribution {
  answered: number;
  correct: number;
  /** Answers by stored answer (an option id, or an order as ids joined by ","). */
  byOption: Record<string, number>;
}

export function distribution(rows: readonly { answer: string; correct: boolean }[]): Distribution {
  const byOption: Record<string, number> = {};
  let correct = 0;
  for (const r of rows) {
    byOption[r.answer] = (byOption[r.answer] ?? 0) + 1;
    if (r.correct) correct++;
  }
  return { answered: rows.length, correct, byOption };
}

/** The same distribution from answers already grouped (`n` students gave `answer`), as SQL counts them. */
export function groupedDistribution(
  groups: readonly { answer: string; correct: boolean; n: number }[],
): Distribution {
  const byOption: Record<string, number> = {};
  let correct = 0;
  let answered = 0;
  for (const g of groups) {
    byOption[g.answer] = (byOption[g.answer] ?? 0) + g.n;
    if (g.correct) correct += g.n;
    answered += g.n;
  }
  return { answered, correct, byOption };
}

/**
 * A CSV cell: quoted when it holds the separator, a quote or a line break; formula-looking cells
 * defused (a leading = + - @ would make a spreadsheet run it).
 */
export function csvCell(value: string | number, separator = ","): string {
  let s = String(value);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return s.includes(separator) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
