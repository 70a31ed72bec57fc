"use client";

import { useEffect, useState } from "react";
import type { Messages } from "next-intl";
import { liveApi, liveRequest } from "./client-api";

type Labels = Messages["roomCheck"];
type Outcome = "checking" | "ok" | "over" | "failed";

const DEVICE_KEY = "live.roomCheckDevice";

/** An anonymous id for this phone, so that opening the page twice counts it once. */
function deviceId(): string {
  try {
    const kept = localStorage.getItem(DEVICE_KEY);
    if (kept && /^[A-Za-z0-9_-]{22}$/.test(kept)) return kept;
  } catch {
    // Storage off (private mode): a new id each time is fine.
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
  try {
    localStorage.setItem(DEVICE_KEY, id);
  } catch {
    // See above.
  }
  return id;
}

/**
 * "Can this phone reach the class?": the page itself loading says the phone reaches this server;
 * telling the server ticks the phone on the teacher's page.
 */
export function RoomCheckPage({ labels }: { labels: Labels }) {
  const [outcome, setOutcome] = useState<Outcome>("checking");
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const checkId = new URLSearchParams(window.location.search).get("c") ?? "";
    const controller = new AbortController();
    void liveRequest(liveApi.roomCheck(checkId), {
      body: { device: deviceId() },
      signal: controller.signal,
    }).then((r) => {
      if (controller.signal.aborted) return;
      setOutcome(r.ok ? "ok" : r.status === 404 || r.status === 400 ? "over" : "failed");
    });
    return () => controller.abort();
  }, [attempt]);

  return (
    <div className="mx-auto max-w-[68ch] space-y-4">
      <h1 className="text-3xl">{labels.title}</h1>
      <p role="status" className="flex gap-3 text-xl" data-testid="room-check" data-outcome={outcome}>
        {outcome !== "checking" && (
          <span aria-hidden="true" className="shrink-0 text-2xl font-bold">
            {outcome === "ok" ? "✓" : "✗"}
          </span>
        )}
        <span className={outcome === "ok" ? "font-semibold" : undefined}>{labels[outcome]}</span>
      </p>
      {outcome === "failed" && (
        <button type="button" className="btn btn-secondary" onClick={() => setAttempt((n) => n + 1)}>
          {labels.tryAgain}
        </button>
      )}
    </div>
  );
}
