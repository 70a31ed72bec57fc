import { describe, expect, it } from "vitest";
import { formatInstant, formatNumber, formatPercent } from "./format";
import { formatKkUtc, KK_FORMATS } from "./kk-calendar";

// Node carries full ICU: its Kazakh is CLDR's, the yardstick for what a browser without Kazakh data
// must print through `kk-calendar.ts`.
const cldr = (date: Date, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("kk", { ...options, timeZone: "UTC" }).format(date);

// Every month, every weekday, single- and two-digit days and hours, midnight, two years.
const instants: Date[] = [];
for (const year of [2026, 2027])
  for (let month = 0; month < 12; month++)
    for (const [day, hour, minute] of [
      [1, 0, 0],
      [3, 9, 5],
      [11, 18, 0],
      [28, 23, 59],
    ] as const)
      instants.push(new Date(Date.UTC(year, month, day + (month % 7), hour, minute)));

describe("Kazakh dates without the browser's locale data", () => {
  it("prints exactly what CLDR prints, for every option set the project uses", () => {
    expect(new Intl.DateTimeFormat("kk").resolvedOptions().locale).toBe("kk"); // full ICU here
    let compared = 0;
    for (const options of Object.values(KK_FORMATS))
      for (const at of instants) {
        expect(formatKkUtc(at, options), JSON.stringify(options)).toBe(cldr(at, options));
        compared++;
      }
    expect(compared).toBe(Object.keys(KK_FORMATS).length * instants.length);
  });

  it("declines any other option set, and formatInstant then falls back to Intl", () => {
    const at = new Date(Date.UTC(2026, 11, 11, 18, 0));
    expect(formatKkUtc(at, { dateStyle: "full" })).toBeNull();
    expect(formatInstant(at, 0, "kk", { dateStyle: "full" })).toBe(cldr(at, { dateStyle: "full" }));
  });

  it("shifts the instant to the teacher's zone before formatting, in every language", () => {
    const at = new Date(Date.UTC(2026, 11, 11, 13, 0)); // 18:00 in Kazakhstan (UTC+5)
    expect(formatInstant(at, 300, "kk", KK_FORMATS.weekdayDayTime)).toBe("11 желтоқсан, жұма, 18:00");
    expect(formatInstant(at, 300, "ru", KK_FORMATS.weekdayDayTime)).toBe("пятница, 11 декабря в 18:00");
  });

  it("numbers and percents in Kazakh are CLDR's, without Kazakh number data", () => {
    for (const v of [0, 7, 999, 1000, 1234.5, 6000, 8314, 300000, 1234567.891]) {
      expect(formatNumber(v, "kk")).toBe(new Intl.NumberFormat("kk").format(v));
    }
    const pct = new Intl.NumberFormat("kk", { style: "percent", maximumFractionDigits: 1 });
    for (const v of [0, 12.5, 33.3, 40, 66.7, 99.9, 100])
      expect(formatPercent(v, "kk")).toBe(pct.format(v / 100));
  });
});
