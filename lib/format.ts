/**
 * Locale formatting of the article's figures and dates. Pure: the same input gives the same text in
 * Node (build, tests, CLI) and in the browser.
 */
import type { Figure } from "./figures";
import { formatKkUtc, kkMonths, kkWeekdays } from "./kk-calendar";
import type { Locale } from "./locales";
import type { NumberClaim, Period, Qualifier } from "./schemas";

// Kazakh numbers are written as Russian ones (no-break-space groups, decimal comma; CLDR agrees,
// checked in kk-calendar.test.ts), and a browser's ICU may lack Kazakh data (see `kk-calendar.ts`): so
// `kk` numbers go through `ru`'s format, and a Kazakh percent is that number with "%" and no space.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, percent = false) {
  const key = `${locale}:${percent}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      locale === "kk" ? "ru" : locale,
      percent ? { style: "percent", maximumFractionDigits: 1 } : {},
    );
    numberFormats.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value);
}

/** `value` is in percent (10 → "10%", ru "10 %", kk "10%"). */
export function formatPercent(value: number, locale: Locale): string {
  if (locale === "kk") return `${numberFormat(locale).format(Math.round(value * 10) / 10)}%`;
  return numberFormat(locale, true).format(value / 100);
}

const utc = (iso: string) => new Date(`${iso}T12:00:00Z`);

// Building an Intl.DateTimeFormat costs far more than using one, and the quiz renders thousands of
// dates: keep one per locale and style.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    dateFormats.set(key, f);
  }
  return f;
}

/** "September 25" / "25 сентября" / "25 қыркүйек". */
export function formatDayMonth(iso: string, locale: Locale): string {
  return dateFormat(locale, { day: "numeric", month: "long" }).format(utc(iso));
}

/**
 * "Sunday, September 25, 2022" / "воскресенье, 25 сентября 2022 г." / "2022 жылғы 25 қыркүйек,
 * жексенбі": in Kazakh as `kkLongDate` writes the date (CLDR's "2022 ж. 25 қыркүйек, жексенбі" is a
 * label), so that a quiz's when-explanation writes its date as the options beside it do.
 */
export function formatFullDate(iso: string, locale: Locale): string {
  if (locale === "kk") return `${kkLongDate(iso)}, ${kkWeekdays[utc(iso).getUTCDay()]}`;
  return dateFormat(locale, { dateStyle: "full" }).format(utc(iso));
}

/** A time of day given as "HH:MM" (24-hour clock): "11:20 AM" / "11:20" / "11:20". */
export function formatClockTime(hhmm: string, locale: Locale): string {
  return dateFormat(locale, { hour: "numeric", minute: "2-digit" }).format(
    new Date(`1970-01-01T${hhmm}:00Z`),
  );
}

/** "September 25, 2022" / "25 сентября 2022 г." / "2022 жылғы 25 қыркүйек" (see `kkLongDate`). */
export function formatLongDate(iso: string, locale: Locale): string {
  if (locale === "kk") return kkLongDate(iso);
  return dateFormat(locale, { dateStyle: "long" }).format(utc(iso));
}

/**
 * A date inside a sentence: en "September 27, 2022", ru "27 сентября 2022 года" (the year written
 * out, not CLDR's "г.", which would also stand before the sentence's full stop), kk "2022 жылғы 27
 * қыркүйек".
 */
export function formatDateInSentence(iso: string, locale: Locale): string {
  if (locale !== "ru") return formatLongDate(iso, locale);
  return `${formatDayMonth(iso, locale)} ${iso.slice(0, 4)} года`;
}

/**
 * The publication date as the object of "as reported on …": en "September 27, 2022", ru "27 сентября
 * 2022 г.", kk "2022 жылғы 27 қыркүйектегі" (the attributive locative, so that a noun can follow:
 * «… хабарлар бойынша»).
 */
export function formatReportDate(iso: string, locale: Locale): string {
  if (locale !== "kk") return formatLongDate(iso, locale);
  const month = Number(iso.slice(5, 7)) - 1;
  return `${kkLongDate(iso)}${kkMonths[month]![2]}`;
}

// Kazakh dates in running text. CLDR's long form "2022 ж. 27 қыркүйек" is a label: prose writes
// "2022 жылғы 27 қыркүйек", and a following noun needs the month's locative ending ("қыркүйектегі"),
// which follows the month name's last sound and vowels, so each month carries its own (`kkMonths`).
/** "2022 жылғы 27 қыркүйек". */
export function kkLongDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return `${year} жылғы ${day} ${kkMonths[month - 1]![0]}`;
}

export function formatWeekday(iso: string, locale: Locale): string {
  return dateFormat(locale, { weekday: "long" }).format(utc(iso));
}

/** "September 21 – 25" / "21–25 сентября" / "21–25 қыркүйек": the month is written once. */
export function formatDayRange(from: string, to: string, locale: Locale): string {
  return dateFormat(locale, { day: "numeric", month: "long" }).formatRange(utc(from), utc(to));
}

/**
 * The two ends of a day range for a sentence that puts its own words around them ("Between {from}
 * and {to}", «с {from} по {to}», "{from}–{to} аралығында"), with a shared month written once, on
 * the side where the locale writes it: en "September 21" and "25"; ru "21" and "25 сентября";
 * kk "21" and "25 қыркүйек". Different months keep both.
 */
export function dayRangeEnds(from: string, to: string, locale: Locale): { from: string; to: string } {
  const whole = { from: formatDayMonth(from, locale), to: formatDayMonth(to, locale) };
  if (from.slice(0, 7) !== to.slice(0, 7)) return whole;
  const day = (iso: string) => dateFormat(locale, { day: "numeric" }).format(utc(iso));
  const parts = dateFormat(locale, { day: "numeric", month: "long" })
    .formatToParts(utc(from))
    .map((p) => p.type);
  const monthFirst = parts.indexOf("month") < parts.indexOf("day");
  return monthFirst ? { from: whole.from, to: day(to) } : { from: day(from), to: whole.to };
}

/** A period as a short stand-alone label; relative periods are worded by the UI (see `periodKey`). */
export function formatPeriodDates(period: Period, locale: Locale): string | null {
  if (period.kind === "day") return formatDayMonth(period.date, locale);
  if (period.kind === "range") return formatDayRange(period.from, period.to, locale);
  return null;
}

// ---- Kazakh case endings after numerals -------------------------------------------------------
// Kazakh writes "100 000-ға", "300 000-нан": the ending follows the sound of the last spoken word.

type KkCase = "dat" | "abl" | "loc";
/** The last spoken word of a number decides the ending: [dative, ablative, locative]. */
const kkEndings: Record<string, [string, string, string]> = {
  бір: ["ге", "ден", "де"],
  екі: ["ге", "ден", "де"],
  үш: ["ке", "тен", "те"],
  төрт: ["ке", "тен", "те"],
  бес: ["ке", "тен", "те"],
  алты: ["ға", "дан", "да"],
  жеті: ["ге", "ден", "де"],
  сегіз: ["ге", "ден", "де"],
  тоғыз: ["ға", "дан", "да"],
  он: ["ға", "нан", "да"],
  жиырма: ["ға", "дан", "да"],
  отыз: ["ға", "дан", "да"],
  қырық: ["қа", "тан", "та"],
  елу: ["ге", "ден", "де"],
  алпыс: ["қа", "тан", "та"],
  жетпіс: ["ке", "тен", "те"],
  сексен: ["ге", "нен", "де"],
  тоқсан: ["ға", "нан", "да"],
  жүз: ["ге", "ден", "де"],
  мың: ["ға", "нан", "да"],
  миллион: ["ға", "нан", "да"],
  пайыз: ["ға", "дан", "да"],
  нөл: ["ге", "ден", "де"],
};
const units = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];
const tens = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];

/** The last word of a whole number as spoken in Kazakh: 243 → "үш", 100 000 → "мың". */
export function kkLastWord(n: number): string {
  const whole = Math.floor(Math.abs(n));
  if (whole === 0) return "нөл";
  if (whole % 10 !== 0) return units[whole % 10]!;
  if (whole % 100 !== 0) return tens[(whole % 100) / 10]!;
  if (whole % 1000 !== 0) return "жүз";
  if (whole % 1_000_000 !== 0) return "мың";
  return "миллион";
}

export function kkWithCase(formatted: string, lastWord: string, kkCase: KkCase): string {
  const endings = kkEndings[lastWord];
  if (!endings) throw new Error(`no Kazakh endings for "${lastWord}"`);
  const ending = endings[kkCase === "dat" ? 0 : kkCase === "abl" ? 1 : 2];
  return `${formatted}-${ending}`;
}

/** 100000 → "100 000-ға" (dat), 300000 → "300 000-нан" (abl). Percent: 10 → "10%-ға". */
export function kkNumberCase(value: number, kkCase: KkCase, percent = false): string {
  const text = percent ? formatPercent(value, "kk") : formatNumber(value, "kk");
  return kkWithCase(text, percent ? "пайыз" : kkLastWord(value), kkCase);
}

// ---- Figures with the article's precision --------------------------------------------------------

/** A figure with the article's precision and unit. */
export interface FigureValue extends Figure {
  qualifier: Qualifier;
  unit: NumberClaim["unit"];
}

function plain(f: FigureValue, locale: Locale): string {
  const fmt = (n: number) => (f.unit === "percent" ? formatPercent(n, locale) : formatNumber(n, locale));
  if (f.range) return `${fmt(f.range.min)}–${fmt(f.range.max)}`;
  return fmt(f.value ?? 0);
}

/** The bare number as an answer option: "8,314", "5,000–6,000", "10%". */
export function formatFigureValue(f: FigureValue, locale: Locale): string {
  return plain(f, locale);
}

type Approximate = Exclude<Qualifier, "exactly">;

/**
 * How each language puts a qualifier to a formatted figure. One entry per locale, each required: a
 * new locale without its own grammar here is a type error, not another language's word order.
 */
const qualified: Record<Locale, (text: string, q: Approximate, f: FigureValue) => string> = {
  en: (text, q) =>
    `${{ nearly: "nearly", almost: "almost", about: "about", some: "some", "more-than": "more than" }[q]} ${text}`,
  ru: (text, q) =>
    `${{ nearly: "почти", almost: "почти", about: "около", some: "около", "more-than": "более" }[q]} ${text}`,
  // Kazakh puts the word after the number, whose case ending follows its last spoken word.
  kk: (text, q, f) => {
    const last = f.unit === "percent" ? "пайыз" : kkLastWord(f.range ? f.range.max : (f.value ?? 0));
    if (q === "nearly" || q === "almost") return `${kkWithCase(text, last, "dat")} жуық`;
    if (q === "more-than") return `${kkWithCase(text, last, "abl")} астам`;
    return `шамамен ${text}`;
  },
};

/**
 * The figure with its qualifier, as the article gives it: "nearly 100,000", "more than 300,000",
 * ru "почти 100 000", kk "100 000-ға жуық", "300 000-нан астам", "шамамен 3 000".
 */
export function formatFigure(f: FigureValue, locale: Locale): string {
  const text = plain(f, locale);
  return f.qualifier === "exactly" ? text : qualified[locale](text, f.qualifier, f);
}

/**
 * An instant as the wall clock `offsetMinutes` east of UTC shows it, in `locale` — Kazakh without
 * the browser's locale data (see `kk-calendar.ts`), so a phone prints the same as the server.
 */
export function formatInstant(
  instant: Date,
  offsetMinutes: number,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): string {
  const shifted = new Date(instant.getTime() + offsetMinutes * 60_000);
  const kk = locale === "kk" ? formatKkUtc(shifted, options) : null;
  return kk ?? new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(shifted);
}
