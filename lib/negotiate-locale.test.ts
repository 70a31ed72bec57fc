import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, negotiateLocale } from "./negotiate-locale";

describe("localeFromAcceptLanguage", () => {
  it("takes the highest-weighted language we have", () => {
    expect(localeFromAcceptLanguage("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("ru");
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,kk;q=0.8,ru;q=0.7")).toBe("kk");
    expect(localeFromAcceptLanguage("en;q=0.2, KK-kz;q=0.9")).toBe("kk");
    expect(localeFromAcceptLanguage("fr, ru")).toBe("ru");
  });

  it("ignores refused, malformed and unknown tags", () => {
    expect(localeFromAcceptLanguage("ru;q=0, de")).toBeNull();
    expect(localeFromAcceptLanguage("uz-UZ,tr;q=0.5")).toBeNull();
    expect(localeFromAcceptLanguage(";;;,,q=1")).toBeNull();
    expect(localeFromAcceptLanguage("")).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });
});

describe("negotiateLocale", () => {
  it("prefers the reader's earlier choice, then the browser, then the suggestion", () => {
    expect(negotiateLocale({ cookie: "kk", acceptLanguage: "ru", suggested: "en" })).toBe("kk");
    expect(negotiateLocale({ cookie: "xx", acceptLanguage: "ru-RU", suggested: "kk" })).toBe("ru");
    expect(negotiateLocale({ acceptLanguage: "uz", suggested: "kk" })).toBe("kk");
    expect(negotiateLocale({ suggested: "<script>" })).toBe("en");
    expect(negotiateLocale({})).toBe("en");
  });
});
