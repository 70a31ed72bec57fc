"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** ← and → move between steps, except while typing in a field or with a modifier key held. */
export function StepKeys({
  prevHref,
  nextHref,
}: {
  prevHref?: string | undefined;
  nextHref?: string | undefined;
}) {
  const router = useRouter();
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']")) return;
      const href = event.key === "ArrowLeft" ? prevHref : event.key === "ArrowRight" ? nextHref : undefined;
      if (!href) return;
      event.preventDefault();
      router.push(href);
    }
    window.addEventListener("keydown", onKey);
    // Says the shortcuts are live (the hint under the step is shown only then) and where they lead.
    const root = document.documentElement;
    root.dataset.stepKeys = `${prevHref ?? ""}|${nextHref ?? ""}`;
    return () => {
      window.removeEventListener("keydown", onKey);
      delete root.dataset.stepKeys;
    };
  }, [prevHref, nextHref, router]);
  return null;
}
