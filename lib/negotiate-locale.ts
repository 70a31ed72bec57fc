import { isLocale, locales, type Locale } from "./locales";

/**
 * The reader's language from an `Accept-Language` header: the highest-weighted tag whose language
 * is one of ours (`ru-RU` → ru, `kk-KZ` → kk), or null when none is.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1]).find(Boolean);
      const weight = q === undefined ? 1 : Number(q);
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", weight, index };
    })
    .filter((t) => t.weight > 0 && Number.isFinite(t.weight))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { language } of ranked) if (isLocale(language)) return language;
  return null;
}

/**
 * The language a link without one opens in: the reader's earlier choice (the cookie), then the
 * browser's languages, then the language the link suggests (for a join link: the teacher's), then
 * the default.
 */
export function negotiateLocale(input: {
  cookie?: string | null;
  acceptLanguage?: string | null;
  suggested?: string | null;
}): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  const fromBrowser = localeFromAcceptLanguage(input.acceptLanguage);
  if (fromBrowser) return fromBrowser;
  if (isLocale(input.suggested)) return input.suggested;
  return locales[0];
}
