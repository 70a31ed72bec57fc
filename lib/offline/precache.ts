/**
 * What the service worker (`app/sw.ts`) keeps for offline use, as plain functions of its precache
 * manifest: the files a language needs, the languages a cache already holds, and the addresses it
 * must never touch. The manifest lists every file of the build (scripts, styles, fonts, icons, each
 * prerendered page and each quiz bundle); a language is saved only when a reader has opened it (or
 * pressed "Save for offline"), so a first visit downloads nothing it does not show.
 */
import { isLocale, type Locale } from "../locales";

/** One manifest entry, as Serwist's build writes it (`revision` is null for content-hashed files). */
export interface ManifestEntry {
  url: string;
  revision?: string | null;
  integrity?: string;
}

/** The path of a manifest URL: entries are site-absolute (`/kk/quiz`), or relative to the worker. */
function pathOf(url: string): string {
  return new URL(url, "http://x/").pathname;
}

/** The language a page or file belongs to (`/kk/…` → kk), or null for files every language shares. */
export function localeOfPath(pathname: string): Locale | null {
  const first = pathname.split("/")[1];
  return isLocale(first) ? first : null;
}

/** The entries that make these languages work offline: their own pages and data, and the shared files. */
export function entriesForLocales<E extends ManifestEntry | string>(
  entries: readonly E[],
  wanted: readonly Locale[],
): E[] {
  return entries.filter((entry) => {
    const locale = localeOfPath(pathOf(typeof entry === "string" ? entry : entry.url));
    return locale === null || wanted.includes(locale);
  });
}

/**
 * The languages a cache holds, from the URLs it has: a language counts when its home page is there.
 * A new version of the worker saves these again before it takes over, so an update keeps them offline.
 */
export function savedLocales(cachedUrls: readonly string[]): Locale[] {
  const found = new Set<Locale>();
  for (const url of cachedUrls) {
    const path = pathOf(url).replace(/\/$/, "");
    const locale = localeOfPath(path);
    if (locale && path === `/${locale}`) found.add(locale);
  }
  return [...found];
}

/**
 * The live class's API (`/api/…`): the worker never answers for it and never caches it — its event
 * streams must reach the server, and a student's answers must not stay on a shared device.
 */
export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

/**
 * Query parameters ignored when a request is matched against the cache: all but `_rsc`, so that
 * `/kk/quiz?seed=123456&count=10` opens the cached quiz page offline, while a client-side navigation's
 * React Server Components request (`?_rsc=…`) still goes to the network rather than getting HTML.
 */
export const ignoredQueryParameters = /^(?!_rsc$)/;

/** The messages between the pages and the worker. */
export const offlineMessages = {
  /** Page → worker: save these languages; the worker answers on the given port. */
  save: "SAVE_LOCALES",
} as const;

/** The worker's answer to a save request. */
export type SaveResult =
  | { ok: true; locales: Locale[]; files: number; bytes: number }
  | { ok: false; locales: Locale[]; failed: number };
