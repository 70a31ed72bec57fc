"use client";

import { useEffect, useState } from "react";
import { PROJECTOR_KEY } from "@/components/layout/projector-boot";

/** Larger type and less chrome for a wall screen; remembered on this device across steps. */
export function ProjectorToggle({ onLabel, offLabel, help }: { onLabel: string; offLabel: string; help: string }) {
  const [on, setOn] = useState(false);
  useEffect(() => {
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
    <button type="button" aria-pressed={on} onClick={toggle} title={help} className="btn btn-secondary text-base">
      <span aria-hidden="true">⛶</span>
      {on ? onLabel : offLabel}
    </button>
  );
}
