/** One thing the teacher can do: a button on the control bar, a key, and a line in the `?` overlay. */
export interface HostAction {
  id: string;
  /** `KeyboardEvent.key` values that run it. */
  keys: string[];
  /** How the key is written in the overlay. */
  keyLabel: string;
  label: string;
  enabled: boolean;
  /** For on/off actions (shown as switches). */
  pressed?: boolean;
  primary?: boolean;
  /** A button on the control bar too, not only a key. */
  inBar: boolean;
  run: () => void;
}

/** Keys never act while the reader types in a field, with a modifier held, or with a dialog open. */
export function shortcutTarget(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = event.target as HTMLElement | null;
  if (target?.closest("input, textarea, select, [contenteditable=''], [contenteditable='true'], dialog"))
    return false;
  return !document.querySelector("dialog[open]");
}
