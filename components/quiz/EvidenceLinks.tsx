import type { RenderedQuestion } from "@/lib/quiz-render";
import type { QuizUi } from "./quiz-labels";

/** "See the quote [n] [m]" (one link per span) and "Read the step: …" under an answer. */
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
      <span className="inline-flex flex-wrap gap-x-[0.3em]">
        {view.quotes.map((q, i) => (
          <a key={q.id} href={q.href} className={i === 0 ? link : `${link} min-w-11 justify-center`}>
            {/* One inline box: a flex item would drop the space before the number. */}
            <span>
              {i === 0 && `${ui.seeQuote}\u00a0`}
              <span className="tabular-nums">[{q.number}]</span>
            </span>
          </a>
        ))}
      </span>
      <a href={view.links.step} className={link}>
        {ui.readStep}: {view.step.title}
      </a>
    </p>
  );
}
