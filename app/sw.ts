/// <reference lib="webworker" />
/**
 * The service worker, built by `scripts/build-sw.ts` (Serwist) into `/sw.js` after every build.
 * Serwist injects the build's file list (`self.__SW_MANIFEST`: each prerendered page, quiz bundle,
 * script, style, font and icon with a revision) and serves whatever is saved from its precache.
 *
 * Unlike a plain Serwist worker it saves nothing at install: a language is saved when a reader has
 * opened it (the page asks once it is loaded and idle, not under Save-Data) or when the teacher
 * presses "Save for offline" (lib/offline/precache.ts). A new version saves the same languages
 * again before it can take over, then waits until the reader is done (no skipWaiting): the pages
 * offer a reload, and a quiz in progress is never cut off.
 *
 * `/api/` is never answered here, so the live class always reaches the server and nothing of it
 * is stored (there is no runtime cache at all, and Serwist's `defaultCache` is not used).
 */
import { copyResponse, Serwist, type PrecacheEntry } from "serwist";
import { locales, isLocale, type Locale } from "../lib/locales";
import {
  entriesForLocales,
  ignoredQueryParameters,
  isApiPath,
  offlineMessages,
  savedLocales,
  type SaveResult,
} from "../lib/offline/precache";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const manifest = self.__SW_MANIFEST ?? [];
const serwist = new Serwist({
  precacheEntries: manifest,
  precacheOptions: {
    ignoreURLParametersMatching: [ignoredQueryParameters],
    cleanupOutdatedCaches: true,
    matchOptions: { ignoreVary: true },
  },
  skipWaiting: false,
  clientsClaim: false,
  navigationPreload: false,
  disableDevLogs: true,
});

const PARALLEL = 6;
/** Languages this worker has saved whole since it started: every page view asks again, cheaply. */
const complete = new Set<Locale>();

/**
 * Saves every file these languages need that the cache does not hold yet. With `measure`, also adds
 * up the bytes the cache holds for them (reading each file: only when a reader asks to see it).
 */
async function save(wanted: readonly Locale[], measure = false): Promise<SaveResult> {
  if (!measure && wanted.every((l) => complete.has(l)))
    return { ok: true, locales: [...wanted], files: 0, bytes: 0 };
  const cache = await caches.open(serwist.precacheStrategy.cacheName);
  const queue = entriesForLocales(manifest, wanted);
  let files = 0;
  let bytes = 0;
  let failed = 0;
  const one = async (entry: PrecacheEntry | string) => {
    const url = new URL(typeof entry === "string" ? entry : entry.url, self.location.href).href;
    const key = serwist.getPrecacheKeyForUrl(url);
    if (!key) return;
    let response = await cache.match(key);
    if (!response) {
      // A revisioned file may sit stale in the HTTP cache; a content-hashed one cannot.
      const revised = typeof entry !== "string" && !!entry.revision;
      const fresh = await fetch(url, { cache: revised ? "reload" : "default", credentials: "same-origin" });
      if (!fresh.ok) throw new Error(`${url}: ${fresh.status}`);
      // A redirected response cannot answer a navigation: store a plain copy.
      response = fresh.redirected ? await copyResponse(fresh) : fresh;
      await cache.put(key, response.clone());
    }
    if (measure) bytes += (await response.blob()).size;
    files++;
  };
  const worker = async () => {
    for (let entry = queue.shift(); entry !== undefined; entry = queue.shift()) {
      await one(entry).catch(() => failed++);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (failed === 0) for (const locale of wanted) complete.add(locale);
  return failed === 0
    ? { ok: true, locales: [...wanted], files, bytes }
    : { ok: false, locales: [...wanted], failed };
}

self.addEventListener("install", (event) => {
  // Keep offline what the previous version kept: its languages, in this version's files.
  event.waitUntil(
    (async () => {
      const cache = await caches.open(serwist.precacheStrategy.cacheName);
      const saved = savedLocales((await cache.keys()).map((r) => r.url));
      if (saved.length > 0) {
        const result = await save(saved);
        if (!result.ok) throw new Error(`${result.failed} files could not be saved`);
      }
    })(),
  );
});

self.addEventListener("activate", serwist.handleActivate);

self.addEventListener("fetch", (event) => {
  // Not even a pass-through: the browser alone handles the live class's requests.
  if (isApiPath(new URL(event.request.url).pathname)) return;
  serwist.handleFetch(event);
});

self.addEventListener("message", (event) => {
  const data: unknown = event.data;
  if (typeof data !== "object" || data === null || (data as { type?: unknown }).type !== offlineMessages.save)
    return;
  const asked = (data as { locales?: unknown }).locales;
  const wanted = Array.isArray(asked) ? locales.filter((l) => asked.some((a) => isLocale(a) && a === l)) : [];
  const measure = (data as { measure?: unknown }).measure === true;
  const port = event.ports[0];
  event.waitUntil(save(wanted, measure).then((result) => port?.postMessage(result)));
});
