import { useEffect, useRef, type ReactNode } from "react";

/**
 * A modal `<dialog>`: the page behind it is inert (so Tab stays inside), Esc closes it, and the
 * browser gives focus back to what had it; a button marked `data-autofocus` gets the focus on
 * opening. `open` is the parent's state; closing by Esc or by one of its `buttons` (each closes it,
 * as a submit button of its `method="dialog"` form) reports through `onClose`.
 */
export function HostDialog({
  open,
  title,
  onClose,
  children,
  buttons,
  id,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  buttons: ReactNode;
  id: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first button (React's autoFocus acts on mount, long before): the one
      // marked `data-autofocus` takes it instead, the safe choice of a confirmation.
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onKeyDown={(event) => {
        // Tab and Shift+Tab go round inside the dialog rather than out to the browser's own controls.
        if (event.key !== "Tab") return;
        const items = [
          ...event.currentTarget.querySelectorAll<HTMLElement>("a[href], button, [tabindex='0']"),
        ];
        const first = items[0];
        const last = items.at(-1);
        if (!first || !last) return;
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }}
      className="m-auto max-h-[90vh] w-[min(40rem,92vw)] overflow-auto rounded-lg border-2 border-border bg-bg p-6 text-text backdrop:bg-black/60"
    >
      <h2 id={`${id}-title`} className="text-2xl">
        {title}
      </h2>
      {children}
      <form method="dialog" className="mt-5 flex flex-wrap gap-3">
        {buttons}
      </form>
    </dialog>
  );
}
