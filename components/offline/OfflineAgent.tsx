"use client";
import { useEffect, useState } from "react";
import type { Locale } from "@/lib/locales";
import {
  afterLoadWhenIdle,
  applyUpdate,
  offlineSupported,
  registerWorker,
  saveLocales,
  savesData,
} from "./offline-client";

export interface OfflineAgentLabels {
  updateReady: string;
  reload: string;
}

/**
 * On every page: once the page has loaded and the browser is idle, registers the service worker and
 * (unless the reader saves data) saves this page's language for offline use. When a new version
 * is waiting, says so quietly with a reload button; nothing reloads by itself, so a quiz in
 * progress is never cut off (and a reload keeps its answers: it is saved on the device).
 */
export function OfflineAgent({ locale, labels }: { locale: Locale; labels: OfflineAgentLabels }) {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (!offlineSupported()) return;
    let cancelled = false;
    void (async () => {
      await afterLoadWhenIdle();
      if (cancelled) return;
      await registerWorker((worker) => !cancelled && setWaiting(worker));
      if (savesData()) return;
      const result = await saveLocales([locale]);
      // For tests and the curious: which languages this page has made available offline.
      if (result.ok && !cancelled) document.documentElement.dataset.offline = result.locales.join(" ");
    })().catch(() => {
      // No worker (a private window, storage full): the page works online as before.
    });
    return () => {
      cancelled = true;
    };
  }, [locale]);

  if (!waiting) return null;
  return (
    <div
      role="status"
      className="fixed bottom-3 end-3 z-40 flex max-w-[calc(100vw-1.5rem)] flex-wrap items-center gap-3 rounded-lg border border-border bg-bg px-4 py-2 shadow-lg print:hidden"
    >
      <span>{labels.updateReady}</span>
      <button type="button" className="btn btn-secondary" onClick={() => applyUpdate(waiting)}>
        {labels.reload}
      </button>
    </div>
  );
}
