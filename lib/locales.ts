/**
 * The one list of locales. Everything else is built from it: `i18n/routing.ts`, the text schemas
 * (`lib/schemas.ts`), the number formatting (`lib/format.ts`), the global 404 page and the static
 * export's scripts (run with `tsx`, so they import this file too).
 */
export const locales = ["en", "ru", "kk"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** Each language's own name, for the switcher and the static export's language chooser. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  ru: "Русский",
  kk: "Қазақша",
};

/**
 * The cookie that remembers the reader's last language for `/`: next-intl's proxy reads it, and the
 * switcher and the static export's root page (which has no proxy) write or read it themselves.
 */
export const localeCookie = { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" } as const;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
