/**
 * Renders a claim's ICU statement in one locale. Numbers and dates are arguments, never typed into
 * the text, so a quiz can show the same sentence with another figure (a "says otherwise" variant).
 */
import { IntlMessageFormat } from "intl-messageformat";
import {
  dayRangeEnds,
  formatDayMonth,
  formatFigure,
  formatNumber,
  formatPercent,
  kkNumberCase,
} from "./format";
import type { Locale } from "./locales";
import type { Claim, LocalizedText, NumberClaim, Period } from "./schemas";

type Args = Record<string, string | number>;

const compiled = new Map<string, IntlMessageFormat>();
export function formatMessage(message: string, locale: Locale, args: Args = {}): string {
  const key = `${locale}\u0000${message}`;
  let m = compiled.get(key);
  if (!m) {
    m = new IntlMessageFormat(message, locale);
    compiled.set(key, m);
  }
  const out = m.format(args);
  if (typeof out !== "string") throw new Error(`message did not render to text: ${message}`);
  return out;
}

export interface FigureOverride {
  value?: number;
  range?: { min: number; max: number };
}

export function periodArgs(period: Period | undefined, locale: Locale): Args {
  if (!period) return {};
  if (period.kind === "day") return { date: formatDayMonth(period.date, locale) };
  // One range, its month written once: "Between September 21 and 25", «с 21 по 25 сентября».
  if (period.kind === "range") return dayRangeEnds(period.from, period.to, locale);
  return {};
}

export function numberArgs(claim: NumberClaim, locale: Locale, override: FigureOverride = {}): Args {
  const value = override.value ?? claim.value;
  const range = override.range ?? claim.range;
  const percent = claim.unit === "percent";
  const args: Args = {};
  if (value !== undefined) {
    args.value = value;
    args.valueText = percent ? formatPercent(value, locale) : formatNumber(value, locale);
    args.figure = formatFigure({ value, qualifier: claim.qualifier, unit: claim.unit }, locale);
    args.valueAbl = kkNumberCase(value, "abl", percent);
    args.valueDat = kkNumberCase(value, "dat", percent);
    args.valueLoc = kkNumberCase(value, "loc", percent);
  }
  if (range) {
    args.min = range.min;
    args.max = range.max;
    args.value = range.max;
    args.figure = formatFigure({ range, qualifier: claim.qualifier, unit: claim.unit }, locale);
  }
  return args;
}

export function claimArgs(claim: Claim, locale: Locale, override?: FigureOverride): Args {
  const period = "period" in claim ? claim.period : undefined;
  return {
    ...periodArgs(period, locale),
    ...(claim.kind === "number" ? numberArgs(claim, locale, override) : {}),
  };
}

/** The claim's sentence in `locale`, with its own figure or with `override`. */
export function renderStatement(claim: Claim, locale: Locale, override?: FigureOverride): string {
  return formatMessage(claim.statement[locale], locale, claimArgs(claim, locale, override));
}

/** Any per-claim text (question stems) with the claim's arguments. */
export function renderClaimText(claim: Claim, text: LocalizedText, locale: Locale): string {
  return formatMessage(text[locale], locale, claimArgs(claim, locale));
}
