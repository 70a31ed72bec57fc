import { defaultLocale, locales, type Locale } from "./locales";

/** The site's public origin, for absolute `hreflang` links. Set SITE_URL when deploying. */
export const siteUrl = new URL(process.env.SITE_URL ?? "http://localhost:3000");

/** SITE_URL only if it was set: the exported files' links fall back to the page's origin otherwise. */
export const configuredSiteUrl: string | null = process.env.SITE_URL ? siteUrl.href : null;

/** `hreflang` alternates for one page, the same from every locale: `pathIn` is its address builder from lib/paths.ts. */
export function alternatesFor(pathIn: (locale: Locale) => string): { languages: Record<string, string> } {
  const languages: Record<string, string> = {};
  for (const l of locales) languages[l] = pathIn(l);
  languages["x-default"] = pathIn(defaultLocale);
  // No canonical: each language version is its own page, and the alternates already link them.
  return { languages };
}
