import { describe, expect, expectTypeOf, it } from "vitest";
import { isLocale, localeNames, locales, type Locale } from "./locales";
import { localizedTextSchemaFor, translationSchemaFor, type LocalizedText, type Source } from "./schemas";

// "Adding a language" (README): the schemas are built from the list of locales, so a new one makes
// every text in the dataset require it. A throwaway list with Uzbek shows what adding "uz" would do.
const withUzbek = [...locales, "uz"] as const;

describe("the list of locales", () => {
  it("names each language in itself and recognises only its codes", () => {
    expect(Object.keys(localeNames)).toEqual([...locales]);
    for (const locale of locales) expect(isLocale(locale)).toBe(true);
    expect(isLocale("uz")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it("types every text and translation as one string per locale", () => {
    expectTypeOf<LocalizedText>().toEqualTypeOf<Record<Locale, string>>();
    expectTypeOf<Source["headlineTranslation"]>().toEqualTypeOf<Record<Exclude<Locale, "en">, string>>();
  });
});

describe("schemas built from a list of locales", () => {
  const text = localizedTextSchemaFor(withUzbek);
  const translation = translationSchemaFor(withUzbek, "en");
  const full = { en: "Border", ru: "Граница", kk: "Шекара", uz: "Chegara" };

  it("require the new locale in every text", () => {
    expect(text.parse(full)).toEqual(full);
    const missing = text.safeParse({ en: "Border", ru: "Граница", kk: "Шекара" });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.path.join("."))).toEqual(["uz"]);
    expect(text.safeParse({ ...full, uz: "  " }).success).toBe(false);
    expectTypeOf(text.parse(full)).toEqualTypeOf<Record<(typeof withUzbek)[number], string>>();
  });

  it("require it in every translation of the English original, which is not repeated", () => {
    const others = { ru: full.ru, kk: full.kk, uz: full.uz };
    expect(translation.parse(others)).toEqual(others);
    expect(translation.safeParse(full).success).toBe(false);
    expect(translation.safeParse({ ru: "Граница", kk: "Шекара" }).success).toBe(false);
    expectTypeOf(translation.parse(others)).toEqualTypeOf<Record<"ru" | "kk" | "uz", string>>();
  });
});
