/**
 * The pages' side of the offline lesson: registering the service worker (app/sw.ts), asking it to
 * save languages, and noticing a new version. Plain browser APIs: this runs on every page, after
 * load, and must cost next to nothing.
 */
import type { Locale } from "@/lib/locales";
import { offlineMessages, type SaveResult } from "@/lib/offline/precache";
import { paths } from "@/lib/paths";

/** Service workers run only in a secure context: an https:// address, or localhost. */
export function offlineSupported(): boolean {
  return window.isSecureContext && "serviceWorker" in navigator;
}

/** The reader asked their browser to save data (Save-Data): then nothing is saved unasked. */
export function savesData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

/** After the page's `load` event, once the browser is idle. */
export function afterLoadWhenIdle(): Promise<void> {
  const loaded =
    document.readyState === "complete"
      ? Promise.resolve()
      : new Promise<void>((resolve) => window.addEventListener("load", () => resolve(), { once: true }));
  return loaded.then(
    () =>
      new Promise<void>((resolve) =>
        "requestIdleCallback" in window
          ? requestIdleCallback(() => resolve(), { timeout: 10_000 })
          : setTimeout(resolve, 200),
      ),
  );
}

/**
 * Registers the worker and calls `onUpdate` when a new version has been installed and waits: it is
 * used on the next visit, or now if the reader reloads (`applyUpdate`).
 */
export async function registerWorker(onUpdate: (waiting: ServiceWorker) => void): Promise<void> {
  const registration = await navigator.serviceWorker.register(paths.serviceWorker, { scope: "/" });
  const check = () => {
    // Only an update: the very first worker has nothing to replace.
    if (registration.waiting && registration.active) onUpdate(registration.waiting);
  };
  check();
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed") check();
    });
  });
}

/** Lets the waiting version take over, then reloads the page under it. */
export function applyUpdate(waiting: ServiceWorker): void {
  navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
  // An uncontrolled page (its first visit) sees no controller change: reload once the worker is active.
  waiting.addEventListener("statechange", () => {
    if (waiting.state === "activated" && !navigator.serviceWorker.controller) location.reload();
  });
  waiting.postMessage({ type: "SKIP_WAITING" });
}

/**
 * Asks the active worker to save these languages; resolves when it has (or has failed). `measure`:
 * also count the bytes it holds for them (the worker then reads every file).
 */
export async function saveLocales(wanted: readonly Locale[], measure = false): Promise<SaveResult> {
  const worker = (await navigator.serviceWorker.ready).active;
  if (!worker) return { ok: false, locales: [...wanted], failed: 0 };
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<SaveResult>) => resolve(event.data);
    worker.postMessage({ type: offlineMessages.save, locales: wanted, measure }, [channel.port2]);
  });
}
