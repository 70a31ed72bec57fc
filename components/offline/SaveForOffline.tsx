"use client";
import { useState } from "react";
import { fill } from "@/lib/fill";
import { formatNumber } from "@/lib/format";
import { locales, type Locale } from "@/lib/locales";
import { offlineSupported, registerWorker, saveLocales } from "./offline-client";
import type { SaveForOfflineLabels } from "./offline-labels";

type Status = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; bytes: number } | { kind: "failed" };

/**
 * The teacher page's "Save for offline": the whole lesson in every language, so the projector's
 * laptop (or a phone) can teach with no connection. A deliberate press, so Save-Data does not stop it.
 */
export function SaveForOffline({ locale, labels }: { locale: Locale; labels: SaveForOfflineLabels }) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function save() {
    if (!offlineSupported()) return setStatus({ kind: "failed" });
    setStatus({ kind: "saving" });
    try {
      // Registered already on most visits; registering again is harmless and covers the rest.
      await registerWorker(() => {});
      const result = await saveLocales(locales, true);
      setStatus(result.ok ? { kind: "saved", bytes: result.bytes } : { kind: "failed" });
    } catch {
      setStatus({ kind: "failed" });
    }
  }

  const message =
    status.kind === "saving"
      ? labels.saving
      : status.kind === "saved"
        ? fill(labels.saved, { megabytes: formatNumber(Math.round(status.bytes / 1e5) / 10, locale) })
        : status.kind === "failed"
          ? typeof window !== "undefined" && !offlineSupported()
            ? labels.saveUnavailable
            : labels.saveFailed
          : "";
  return (
    <div>
      <button type="button" className="btn btn-secondary" onClick={save} disabled={status.kind === "saving"}>
        {labels.saveButton}
      </button>
      <p role="status" className="mt-2 min-h-6">
        {message}
      </p>
    </div>
  );
}
