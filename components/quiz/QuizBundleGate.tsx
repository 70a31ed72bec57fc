import type { ReactNode } from "react";
import type { Locale } from "@/lib/locales";
import type { QuizBundle } from "@/lib/quiz-render";
import type { LoadLabels } from "./quiz-labels";
import { useQuizBundle } from "./use-quiz-bundle";

/** Renders `children` with the locale's quiz bundle once it has loaded; a message and a retry button if it cannot. */
export function QuizBundleGate({
  url,
  locale,
  labels,
  className,
  before,
  children,
}: {
  /** The bundle's immutable URL, `paths.quizBundle(locale, hash)`. */
  url: string;
  locale: Locale;
  labels: LoadLabels;
  /** Room kept for what is coming, so nothing below jumps when it arrives. */
  className?: string;
  /** Shown above the message while loading or after a failure (e.g. the page's heading). */
  before?: ReactNode;
  children: (bundle: QuizBundle) => ReactNode;
}) {
  const { state, retry } = useQuizBundle(url, locale);
  if (state.status === "ready") return children(state.bundle);
  return (
    <div className={className}>
      {before}
      {state.status === "loading" ? (
        <p className="text-muted">{labels.loading}</p>
      ) : (
        <div role="alert" className="rounded-lg border-2 border-note p-4">
          <p>{labels.loadFailed}</p>
          <button type="button" className="btn btn-secondary mt-3" onClick={retry}>
            {labels.tryAgain}
          </button>
        </div>
      )}
    </div>
  );
}
