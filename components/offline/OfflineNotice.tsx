"use client";
import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/**
 * The live pages, opened (or left open) with no connection: says plainly that a live class needs one.
 * The page itself is saved offline, and the class picks up again by itself when the network is back
 * (lib/live/phone-state.ts keeps an unsent answer and sends it then). The status region is always
 * there, so screen readers announce the change.
 */
export function OfflineNotice({ text }: { text: string }) {
  const offline = useSyncExternalStore(
    subscribe,
    () => !navigator.onLine,
    () => false,
  );
  return (
    <p role="status" className={offline ? "mb-6 rounded-lg border-2 border-note p-4" : "sr-only"}>
      {offline ? text : ""}
    </p>
  );
}
