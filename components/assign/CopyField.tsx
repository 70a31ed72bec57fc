import { useRef, useState } from "react";

/**
 * A value to copy: the text (selectable, large) and a button. Where the clipboard is unavailable
 * (plain http, an old browser) the button selects the text and says to copy it by hand.
 */
export function CopyField({
  value,
  label,
  copy,
  copied,
  fallback,
  big = false,
  testId,
}: {
  value: string;
  label: string;
  copy: string;
  copied: string;
  fallback: string;
  big?: boolean;
  testId?: string;
}) {
  const ref = useRef<HTMLSpanElement>(null);
  const [said, setSaid] = useState<string | null>(null);

  function select() {
    const node = ref.current;
    const selection = window.getSelection();
    if (!node || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(node);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  async function onCopy() {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(value);
      setSaid(copied);
    } catch {
      select();
      setSaid(fallback);
    }
  }

  return (
    <div>
      <span className="block font-semibold">{label}</span>
      <span
        ref={ref}
        data-testid={testId}
        className={`block select-all ${
          // A receipt stays on one line, in type that fits a 320 px phone; a link breaks anywhere.
          big
            ? "tabular-nums text-[clamp(1.75rem,9vw,3rem)] font-bold whitespace-nowrap tracking-widest"
            : "break-all text-xl"
        }`}
      >
        {value}
      </span>
      <span className="no-print mt-2 flex flex-wrap items-center gap-3">
        <button type="button" className="btn btn-secondary" onClick={() => void onCopy()}>
          {copy}
        </button>
        <span role="status">{said}</span>
      </span>
    </div>
  );
}
