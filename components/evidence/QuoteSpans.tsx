import { fill } from "@/lib/fill";
import type { QuoteView } from "@/lib/quiz-render";

/**
 * Every span of the article an answer cites, each with its number on the sources page, the English
 * as the article prints it (`lang="en"`) and, in ru and kk, our translation. The one component for
 * an answer's evidence wherever it is shown: quiz feedback and results, the phone's reveal, the
 * projector's evidence panel and summary, and the worksheet's answer key. No hooks: it renders on
 * the server and in the browser alike.
 */
export function QuoteSpans({
  quotes,
  numberLabel,
  translationLabel,
  linked = false,
  className = "",
}: {
  quotes: readonly QuoteView[];
  /** Raw label with `{number}`: "Quote {number} from the article". */
  numberLabel: string;
  /** Shown before the translation ("Our translation"); none where the page says it once. */
  translationLabel?: string;
  /** Each number links to its card on the sources page. */
  linked?: boolean;
  className?: string;
}) {
  return (
    <div className={`quote-spans ${className}`.trim()} data-testid="quote-spans">
      {quotes.map((q) => {
        const label = fill(numberLabel, { number: q.number });
        return (
          <figure key={q.id} data-quote={q.id} className="border-s-4 border-accent ps-3">
            <figcaption className="font-semibold text-muted">
              {linked ? <a href={q.href}>{label}</a> : label}
            </figcaption>
            <blockquote lang="en">{`“${q.text}”`}</blockquote>
            {q.translation && (
              <p className="mt-1">
                {translationLabel && <span className="font-semibold">{`${translationLabel}: `}</span>}
                {q.translation}
              </p>
            )}
          </figure>
        );
      })}
    </div>
  );
}
