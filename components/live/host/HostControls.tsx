import { useEffect, useRef } from "react";
import type { HostAction } from "./host-actions";

/**
 * The control bar: one button per action. An action that does not fit the moment is
 * `aria-disabled` rather than `disabled`, so the button keeps focus when the class moves on (a
 * disabled button would drop it onto <body>) and stays in the Tab order. Its height, as it wraps, is
 * kept in `--live-bar` on <html>: the page's scroll padding (app/globals.css), so a focused link or
 * a step's last line scrolled into view is never under the bar (WCAG 2.4.11). On a small screen
 * (a phone, or a projector's page zoomed to 200%) the bar would cover half of it: there it is the
 * page's last part instead of sticking (`.live-host-bar`, app/globals.css; WCAG 1.4.10).
 */
export function HostControls({
  actions,
  label,
  hint,
}: {
  actions: HostAction[];
  label: string;
  hint: string;
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
      className="live-host-bar no-print z-10 -mx-4 border-t-2 border-border bg-bg px-4 py-3"
    >
      <div className="flex flex-wrap items-center gap-1.5 text-[0.62rem]">
        {actions.map((action) => (
          <button
            key={action.id}
            type="button"
            data-action={action.id}
            aria-disabled={action.enabled ? undefined : true}
            aria-pressed={action.pressed}
            aria-keyshortcuts={action.keys.map(keyName).join(" ")}
            onClick={() => {
              if (action.enabled) action.run();
            }}
            className={`btn px-3! py-1! ${action.primary ? "btn-primary" : "btn-secondary"} aria-disabled:cursor-not-allowed aria-disabled:opacity-55 aria-pressed:bg-surface`}
          >
            {action.label}
            <kbd aria-hidden="true" className="rounded border border-current px-1 text-[0.8em] font-normal">
              {action.keyLabel}
            </kbd>
          </button>
        ))}
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
