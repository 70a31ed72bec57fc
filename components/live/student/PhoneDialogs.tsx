"use client";

import { useEffect, useRef, type ReactNode, type RefObject } from "react";
import { usePathname } from "next/navigation";
import { useQuizBundle } from "@/components/quiz/use-quiz-bundle";
import { attributionText } from "@/lib/attribution";
import { fill } from "@/lib/fill";
import { placeAt } from "@/lib/live/phone-state";
import { BundleFailed } from "./BundleFailed";
import { ClassBar } from "./ClassBar";
import { useStudentClass } from "./StudentClass";

/**
 * A modal `<dialog>` of the phone: the page behind is inert, Esc closes it (reported by `onClose`),
 * focus goes to `focusRef` (the safe choice) when it opens and back to what had it when it closes.
 * Its content exists only while it is open.
 */
function PhoneDialog({
  open,
  titleId,
  onClose,
  focusRef,
  className,
  children,
}: {
  open: boolean;
  titleId: string;
  onClose: () => void;
  focusRef: RefObject<HTMLElement | null>;
  className: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!open) return;
    const shown = ref.current!;
    shown.showModal();
    focusRef.current?.focus();
    return () => shown.close();
  }, [open, focusRef]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className={`bg-bg text-text backdrop:bg-black/60 ${className}`}
    >
      {open && children}
    </dialog>
  );
}

/**
 * "Leave the class on this phone?": what is lost, said before it is; "Stay in the class" is the
 * choice that has the focus.
 */
export function LeaveDialog() {
  const { ui, leaving, answerLeave } = useStudentClass();
  const stay = useRef<HTMLButtonElement>(null);
  return (
    <PhoneDialog
      open={leaving}
      titleId="live-leave-title"
      onClose={() => answerLeave(false)}
      focusRef={stay}
      className="m-auto w-[min(32rem,92vw)] rounded-lg border-2 border-border p-5"
    >
      <h2 id="live-leave-title" className="text-2xl">
        {ui.t.leaveTitle}
      </h2>
      <p className="mt-3">{ui.t.leaveLost}</p>
      <p className="mt-2">{ui.t.leaveKept}</p>
      <div className="mt-5 flex flex-col gap-3">
        <button ref={stay} type="button" className="btn btn-primary" onClick={() => answerLeave(false)}>
          {ui.t.leaveStay}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => answerLeave(true)}>
          {ui.t.leaveConfirm}
        </button>
      </div>
    </PhoneDialog>
  );
}

/**
 * A quote opened from the class (a reveal's "See the quote", a live step's citation mark) over the
 * page, with the class bar, so the phone stays in the class and follows the teacher from here.
 */
export function QuoteDialog() {
  const { ui, reading, closeQuote } = useStudentClass();
  const back = useRef<HTMLButtonElement>(null);
  const onStep = placeAt(usePathname())?.kind === "step";
  return (
    <PhoneDialog
      open={reading !== null}
      titleId="live-quote-title"
      onClose={closeQuote}
      focusRef={back}
      className="m-0 h-full max-h-none w-full max-w-none overflow-y-auto p-4"
    >
      <div className="mx-auto max-w-[68ch]" data-testid="live-quote">
        <ClassBar />
        <button ref={back} type="button" className="btn btn-primary" onClick={closeQuote}>
          {onStep ? ui.t.backToStep : ui.t.backToQuestion}
        </button>
        {reading && <QuoteText id={reading} />}
      </div>
    </PhoneDialog>
  );
}

/** The quote as the article printed it, and its translation, from the quiz bundle of this language. */
function QuoteText({ id }: { id: string }) {
  const { ui, locale, bundles } = useStudentClass();
  const { state, retry } = useQuizBundle(bundles[locale], locale);
  const quote = state.status === "ready" ? state.bundle.pack.quotes[id] : undefined;
  const title = (
    <h2 id="live-quote-title" className="mt-5 text-2xl">
      {quote ? fill(ui.evidence.quoteNumber, { number: quote.number }) : ui.quiz.loading}
    </h2>
  );
  if (state.status === "failed")
    return (
      <>
        {title}
        <BundleFailed ui={ui} retry={retry} className="mt-3" />
      </>
    );
  return (
    <figure>
      {title}
      {quote && (
        <>
          {locale !== "en" && <p className="mt-3 text-base font-semibold">{ui.evidence.original}</p>}
          <blockquote lang="en" className="mt-2 border-s-4 border-accent ps-4 text-xl">
            {`“${quote.text}”`}
          </blockquote>
          {locale !== "en" && quote.translation && (
            <div className="mt-4">
              <p className="text-base font-semibold">
                {/* A translation of a direct quote must not pass for the speaker's own wording. */}
                {quote.direct ? ui.evidence.translationOfDirect : ui.evidence.translationLabel}
              </p>
              <p className="mt-1 text-xl">{quote.translation}</p>
            </div>
          )}
          {/* Who said it, as the sources page's card says it. */}
          <figcaption className="mt-4 text-base text-muted" data-testid="quote-caption">
            {`— ${attributionText(quote.caption, (key, values) => fill(ui.evidence[key], values ?? {}))}`}
            {quote.direct && <span className="block">{ui.evidence.renderedNote}</span>}
          </figcaption>
        </>
      )}
    </figure>
  );
}
