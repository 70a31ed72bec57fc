/**
 * Kazakh dates and times without the browser's locale data. Chromium's ICU (Debian's build here, and
 * Chrome's own reduced data) lists `kk` but has no Kazakh patterns or names for it: in a browser,
 * `Intl.DateTimeFormat("kk", …)` prints "M12 11, Fri 18:00". Node carries full ICU, so the server's
 * pages were right and every date formatted in the browser was not. These functions print what
 * CLDR prints (checked against Node's full ICU in `kk-calendar.test.ts`), for the option sets the
 * project uses; any other set falls back to Intl.
 */

/** Name, abbreviation, and the locative attributive ending a following noun needs ("қыркүйектегі"). */
export const kkMonths: readonly [name: string, short: string, locativeAttributive: string][] = [
  ["қаңтар", "қаң.", "дағы"],
  ["ақпан", "ақп.", "дағы"],
  ["наурыз", "нау.", "дағы"],
  ["сәуір", "сәу.", "дегі"],
  ["мамыр", "мам.", "дағы"],
  ["маусым", "мау.", "дағы"],
  ["шілде", "шіл.", "дегі"],
  ["тамыз", "там.", "дағы"],
  ["қыркүйек", "қыр.", "тегі"],
  ["қазан", "қаз.", "дағы"],
  ["қараша", "қар.", "дағы"],
  ["желтоқсан", "жел.", "дағы"],
];

/** Sunday first, as `Date#getUTCDay`. */
export const kkWeekdays = [
  "жексенбі",
  "дүйсенбі",
  "сейсенбі",
  "сәрсенбі",
  "бейсенбі",
  "жұма",
  "сенбі",
] as const;

const two = (n: number) => String(n).padStart(2, "0");

type Options = Intl.DateTimeFormatOptions;
const same = (a: Options, b: Options) =>
  Object.keys(a).length === Object.keys(b).length &&
  (Object.keys(a) as (keyof Options)[]).every((k) => a[k] === b[k]);

/** The option sets this module prints (`weekdayDayTime`: "3 қаңтар, сенбі, 18:05"). */
export const KK_FORMATS = {
  weekdayDayTime: {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  },
  long: { dateStyle: "long" },
  longTime: { dateStyle: "long", timeStyle: "short" },
  mediumTime: { dateStyle: "medium", timeStyle: "short" },
  shortTime: { dateStyle: "short", timeStyle: "short" },
} as const satisfies Record<string, Options>;

/**
 * `date`'s UTC fields in Kazakh, for one of `KK_FORMATS` (the caller shifts the instant to the zone it
 * means, as `formatInstant` does); null for any other option set.
 */
export function formatKkUtc(date: Date, options: Options): string | null {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
  const [name, short] = kkMonths[m]!;
  const long = `${y} ж. ${d} ${name}`;
  const f = KK_FORMATS;
  if (same(options, f.weekdayDayTime)) return `${d} ${name}, ${kkWeekdays[date.getUTCDay()]}, ${time}`;
  if (same(options, f.long)) return long;
  if (same(options, f.longTime)) return `${long}, ${time}`;
  if (same(options, f.mediumTime)) return `${y} ж. ${two(d)} ${short}, ${time}`;
  if (same(options, f.shortTime)) return `${two(d)}.${two(m + 1)}.${two(y % 100)}, ${time}`;
  return null;
}
