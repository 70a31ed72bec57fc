/**
 * Renders a claim's ICU statement in one locale. Numbers and dates are arguments, never typed into
 * the text, so a quiz can show the same sentence with another figure (a "says otherwise" variant).
 */
import { IntlMessageFormat } from "intl-messageformat";
import {
  dayRangeEnds,
  formatDayMonth,
  formatFigure,
  formatDateInSentence,
  formatNumber,
  formatPercent,
  kkNumberCase,
} from "./format";
import type { Figure } from "./figures";
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

export function periodArgs(period: Period | undefined, locale: Locale): Args {
  if (!period) return {};
  if (period.kind === "day") return { date: formatDayMonth(period.date, locale) };
  // One range, its month written once: "Between September 21 and 25", «с 21 по 25 сентября».
  if (period.kind === "range") return dayRangeEnds(period.from, period.to, locale);
  return {};
}

export function numberArgs(claim: NumberClaim, locale: Locale, override: Figure = {}): Args {
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

export function claimArgs(claim: Claim, locale: Locale, override?: Figure): Args {
  const period = "period" in claim ? claim.period : undefined;
  return {
    ...periodArgs(period, locale),
    ...(claim.kind === "number" ? numberArgs(claim, locale, override) : {}),
  };
}

/** The claim's sentence in `locale`, with its own figure or with `override`. */
export function renderStatement(claim: Claim, locale: Locale, override?: Figure): string {
  return formatMessage(claim.statement[locale], locale, claimArgs(claim, locale, override));
}

/**
 * A not-stated item's sentence: its numbers come in like a claim's (`{value, plural, …}`,
 * `{valueText}`, Kazakh `{valueDat}` …); a key ending in "Percent" is a share in percent.
 */
export function notStatedArgs(values: Record<string, number> | undefined, locale: Locale): Args {
  const args: Args = {};
  for (const [key, n] of Object.entries(values ?? {})) {
    const percent = key.endsWith("Percent");
    args[key] = n;
    args[`${key}Text`] = percent ? formatPercent(n, locale) : formatNumber(n, locale);
    args[`${key}Dat`] = kkNumberCase(n, "dat", percent);
    args[`${key}Abl`] = kkNumberCase(n, "abl", percent);
    args[`${key}Loc`] = kkNumberCase(n, "loc", percent);
  }
  return args;
}

export function renderNotStated(
  item: { statement: LocalizedText; values?: Record<string, number> | undefined },
  locale: Locale,
): string {
  return formatMessage(item.statement[locale], locale, notStatedArgs(item.values, locale));
}

/** Any per-claim text (question stems) with the claim's arguments. */
export function renderClaimText(claim: Claim, text: LocalizedText, locale: Locale): string {
  return formatMessage(text[locale], locale, claimArgs(claim, locale));
}

/** An event's "when?" stem: `{published}` is the article's date ("September 27, 2022", «27 сентября 2022 года»). */
export function eventArgs(datePublished: string, locale: Locale): Args {
  return { published: formatDateInSentence(datePublished, locale) };
}
