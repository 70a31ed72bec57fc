import { defaultLocale, locales } from "./locales";

/** The site's public origin, for absolute `hreflang` links. Set SITE_URL when deploying. */
export const siteUrl = new URL(process.env.SITE_URL ?? "http://localhost:3000");

/** `hreflang` alternates for one page, the same from every locale: `path` is the part after the locale ("" for home, "/quiz"). */
export function alternatesFor(path: string): { languages: Record<string, string> } {
  const clean = path === "/" ? "" : path;
  const languages: Record<string, string> = {};
  for (const l of locales) languages[l] = `/${l}${clean}`;
  languages["x-default"] = `/${defaultLocale}${clean}`;
  // No canonical: each language version is its own page, and the alternates already link them.
  return { languages };
}
