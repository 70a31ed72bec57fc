import type { RenderedQuestion } from "@/lib/quiz-render";
import type { QuizUi } from "./quiz-labels";

/** "See the quote [n]" and "Read the step: …" under an answer, in the feedback and in the results. */
export function EvidenceLinks({
  ui,
  view,
  className,
  linkClassName = "",
}: {
  ui: Pick<QuizUi, "seeQuote" | "readStep">;
  view: RenderedQuestion;
  /** Spacing and text size of the row where it sits. */
  className: string;
  linkClassName?: string;
}) {
  const link = `inline-flex min-h-11 items-center ${linkClassName}`.trim();
  return (
    <p className={`flex flex-wrap gap-x-5 ${className}`}>
      <a href={view.links.quote} className={link}>
        {/* One inline box: a flex item would drop the space before the number. */}
        <span>
          {`${ui.seeQuote}\u00a0`}
          <span className="tabular-nums">[{view.quote.number}]</span>
        </span>
      </a>
      <a href={view.links.step} className={link}>
        {ui.readStep}: {view.step.title}
      </a>
    </p>
  );
}
