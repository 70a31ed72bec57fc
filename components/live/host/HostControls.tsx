import { useEffect, useRef } from "react";
import type { HostAction } from "./host-actions";

/**
 * The control bar: one button per action (R is a key only: "next" reveals whenever R could), the
 * on/off ones as switches that say "on"/"off". An action that does not fit the moment is
 * `aria-disabled` rather than `disabled`, so the button keeps focus when the class moves on (a
 * disabled button would drop it onto <body>) and stays in the Tab order. It is the class screen's
 * last part and never covers it; only on a step page, where the screen has room, it sticks to the
 * bottom (`.live-host-bar`, app/globals.css): its height, as it wraps, is kept in `--live-bar` on
 * <html> for the page's scroll padding, so a focused link or a step's last line scrolled into view
 * is never under the bar (WCAG 2.4.11). H puts it away (HostClass).
 */
export function HostControls({
  actions,
  label,
  hint,
  on,
  off,
}: {
  actions: HostAction[];
  label: string;
  hint: string;
  /** The state written beside an on/off action's label. */
  on: string;
  off: string;
}) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = bar.current;
    if (!node) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty("--live-bar", `${Math.ceil(node.getBoundingClientRect().height)}px`),
    );
    observer.observe(node);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--live-bar");
    };
  }, []);
  return (
    <div
      ref={bar}
      role="group"
      aria-label={label}
      className="live-host-bar no-print z-10 -mx-4 border-t-2 border-border bg-bg px-4 py-[0.3em] text-[max(0.55rem,14px)]"
    >
      <div className="flex flex-wrap items-center gap-[0.3em]">
        {actions
          .filter((action) => action.inBar)
          .map((action) => {
            const toggle = action.pressed !== undefined;
            return (
              <button
                key={action.id}
                type="button"
                data-action={action.id}
                // An on/off action is a switch: its name stays the label, its state is said as
                // "on"/"off" by the role and written beside the label for the room to see.
                role={toggle ? "switch" : undefined}
                aria-checked={toggle ? action.pressed : undefined}
                aria-disabled={action.enabled ? undefined : true}
                aria-keyshortcuts={action.keys.map(keyName).join(" ")}
                onClick={() => {
                  if (action.enabled) action.run();
                }}
                className={`btn min-h-[max(2.1em,24px)]! gap-[0.4em]! px-[0.7em]! py-[0.1em]! ${action.primary ? "btn-primary" : "btn-secondary"} aria-disabled:cursor-not-allowed aria-disabled:opacity-55 aria-checked:bg-surface`}
              >
                {action.label}
                {toggle && (
                  <span
                    aria-hidden="true"
                    data-testid="switch-state"
                    className={`rounded-full border-2 border-current px-[0.4em] text-[0.85em] leading-tight ${action.pressed ? "bg-accent text-on-accent" : "font-normal"}`}
                  >
                    {action.pressed ? on : off}
                  </span>
                )}
                <kbd
                  aria-hidden="true"
                  className="rounded border border-current px-1 text-[0.8em] font-normal"
                >
                  {action.keyLabel}
                </kbd>
              </button>
            );
          })}
      </div>
      <p className="sr-only">{hint}</p>
    </div>
  );
}

/** `aria-keyshortcuts` spelling of a `KeyboardEvent.key`. */
function keyName(key: string): string {
  if (key === "?") return "Shift+?";
  return key.length === 1 ? key.toUpperCase() : key;
}

export function ShortcutsTable({
  actions,
  keyColumn,
  actionColumn,
}: {
  actions: HostAction[];
  keyColumn: string;
  actionColumn: string;
}) {
  return (
    <table className="mt-4 w-full text-start text-base" data-testid="shortcuts">
      <thead>
        <tr className="border-b border-border">
          <th scope="col" className="py-1 pe-4 text-start">
            {keyColumn}
          </th>
          <th scope="col" className="py-1 text-start">
            {actionColumn}
          </th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => (
          <tr key={action.id} className="border-b border-border">
            <td className="py-1 pe-4">
              <kbd className="rounded border border-border px-2 font-semibold">{action.keyLabel}</kbd>
            </td>
            <td className="py-1">{action.label}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
