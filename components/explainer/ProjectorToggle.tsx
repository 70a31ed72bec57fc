"use client";

import { useEffect, useState } from "react";
import { PROJECTOR_KEY } from "@/components/layout/projector-boot";

/** Larger type and less chrome for a wall screen; remembered on this device across steps. */
export function ProjectorToggle({
  onLabel,
  offLabel,
  help,
}: {
  onLabel: string;
  offLabel: string;
  help: string;
}) {
  const [on, setOn] = useState(false);
  useEffect(() => {
    // The boot script in <head> has already set the attribute from storage; mirror it once.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOn(document.documentElement.dataset.projector === "on");
  }, []);

  function toggle() {
    const next = !on;
    setOn(next);
    if (next) document.documentElement.dataset.projector = "on";
    else delete document.documentElement.dataset.projector;
    try {
      localStorage.setItem(PROJECTOR_KEY, next ? "on" : "off");
    } catch {
      // Storage can be blocked (private mode); the toggle still works for this page.
    }
  }

  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={toggle}
      title={help}
      className="btn btn-secondary text-base"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="20"
        height="20"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <rect x="3" y="4" width="18" height="12" rx="1" />
        <path d="M12 16v4M8 20h8" />
      </svg>
      {on ? onLabel : offLabel}
    </button>
  );
}
