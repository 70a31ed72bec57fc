import { describe, expect, it } from "vitest";
import {
  dayRangeEnds,
  formatDayMonth,
  formatDayRange,
  formatLongDate,
  formatDateInSentence,
  formatFullDate,
  formatClockTime,
  formatReportDate,
  formatFigure,
  formatNumber,
  formatPercent,
  kkLastWord,
  kkNumberCase,
} from "./format";

const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("numbers and dates per locale", () => {
  it("groups thousands the locale's way", () => {
    expect(formatNumber(100000, "en")).toBe("100,000");
    expect(nb(formatNumber(100000, "ru"))).toBe("100 000");
    expect(nb(formatNumber(8314, "kk"))).toBe("8 314");
    expect(nb(formatPercent(10, "ru"))).toBe("10 %");
  });
  it("writes day and month", () => {
    expect(formatDayMonth("2022-09-25", "en")).toBe("September 25");
    expect(formatDayMonth("2022-09-25", "ru")).toBe("25 сентября");
    expect(formatDayMonth("2022-09-25", "kk")).toBe("25 қыркүйек");
  });
  it("writes a day range with its month once", () => {
    expect(nb(formatDayRange("2022-09-21", "2022-09-25", "ru"))).toBe("21–25 сентября");
    expect(nb(formatDayRange("2022-09-21", "2022-09-25", "kk"))).toBe("21–25 қыркүйек");
    expect(dayRangeEnds("2022-09-21", "2022-09-25", "en")).toEqual({ from: "September 21", to: "25" });
    expect(dayRangeEnds("2022-09-01", "2022-09-24", "ru")).toEqual({ from: "1", to: "24 сентября" });
    expect(dayRangeEnds("2022-09-21", "2022-09-25", "kk")).toEqual({ from: "21", to: "25 қыркүйек" });
    expect(dayRangeEnds("2022-08-30", "2022-09-02", "ru")).toEqual({ from: "30 августа", to: "2 сентября" });
  });
  it("writes Kazakh dates as running text does, not as CLDR's label", () => {
    expect(formatLongDate("2022-09-27", "kk")).toBe("2022 жылғы 27 қыркүйек");
    expect(nb(formatClockTime("11:20", "en"))).toBe("11:20 AM");
    expect(formatClockTime("11:20", "ru")).toBe("11:20");
    expect(formatClockTime("11:20", "kk")).toBe("11:20");
    expect(formatReportDate("2022-09-27", "kk")).toBe("2022 жылғы 27 қыркүйектегі");
    expect(formatReportDate("2022-06-01", "kk")).toBe("2022 жылғы 1 маусымдағы");
    expect(formatReportDate("2022-09-27", "en")).toBe("September 27, 2022");
    expect(nb(formatLongDate("2022-09-27", "ru"))).toBe("27 сентября 2022 г.");
    // A when-question's explanation writes its date as the options do; ru prose writes the year out.
    expect(formatFullDate("2022-09-26", "kk")).toBe("2022 жылғы 26 қыркүйек, дүйсенбі");
    expect(nb(formatFullDate("2022-09-26", "ru"))).toBe("понедельник, 26 сентября 2022 г.");
    expect(formatDateInSentence("2022-09-27", "ru")).toBe("27 сентября 2022 года");
    expect(formatDateInSentence("2022-09-27", "kk")).toBe("2022 жылғы 27 қыркүйек");
    expect(formatDateInSentence("2022-09-27", "en")).toBe("September 27, 2022");
  });
});

describe("Kazakh endings after numbers", () => {
  it("finds the last spoken word", () => {
    expect(kkLastWord(243)).toBe("үш");
    expect(kkLastWord(100000)).toBe("мың");
    expect(kkLastWord(5068)).toBe("сегіз");
    expect(kkLastWord(40)).toBe("қырық");
    expect(kkLastWord(300)).toBe("жүз");
  });
  it("adds the right ending", () => {
    expect(nb(kkNumberCase(100000, "dat"))).toBe("100 000-ға");
    expect(nb(kkNumberCase(300000, "abl"))).toBe("300 000-нан");
    expect(nb(kkNumberCase(243, "loc"))).toBe("243-те");
    expect(nb(kkNumberCase(6000, "dat"))).toBe("6 000-ға");
    expect(nb(kkNumberCase(8315, "abl"))).toBe("8 315-тен");
    expect(kkNumberCase(10, "dat", true)).toBe("10%-ға");
  });
});

describe("figures keep the article's precision", () => {
  const f = (over: object) =>
    ({ qualifier: "exactly", unit: "russians", ...over }) as Parameters<typeof formatFigure>[0];
  it("en", () => {
    expect(formatFigure(f({ value: 100000, qualifier: "nearly" }), "en")).toBe("nearly 100,000");
    expect(formatFigure(f({ range: { min: 5000, max: 6000 } }), "en")).toBe("5,000–6,000");
    expect(formatFigure(f({ value: 10, qualifier: "about", unit: "percent" }), "en")).toBe("about 10%");
  });
  it("ru and kk", () => {
    expect(nb(formatFigure(f({ value: 300000, qualifier: "more-than" }), "ru"))).toBe("более 300 000");
    expect(nb(formatFigure(f({ value: 100000, qualifier: "nearly" }), "kk"))).toBe("100 000-ға жуық");
    expect(nb(formatFigure(f({ value: 300000, qualifier: "more-than" }), "kk"))).toBe("300 000-нан астам");
    expect(nb(formatFigure(f({ value: 3000, qualifier: "some" }), "kk"))).toBe("шамамен 3 000");
  });
});
