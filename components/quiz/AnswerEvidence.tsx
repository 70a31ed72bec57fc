import { QuoteSpans } from "@/components/evidence/QuoteSpans";
import type { RenderedQuestion } from "@/lib/quiz-render";
import { EvidenceLinks } from "./EvidenceLinks";
import type { EvidenceUi } from "./quiz-labels";

/**
 * Under an answer: who says so, every quote of the article that shows the answer (with our
 * translation in ru and kk), and the links to the quotes and the step. In the quiz's feedback (the
 * phone's reveal too) and in its results.
 */
export function AnswerEvidence({
  ui,
  view,
  linksClassName,
  linkClassName,
}: {
  ui: EvidenceUi;
  view: RenderedQuestion;
  linksClassName: string;
  linkClassName?: string;
}) {
  return (
    <>
      {view.attribution && <p className="mt-1 text-base">{view.attribution}</p>}
      <QuoteSpans
        quotes={view.quotes}
        numberLabel={ui.quoteNumber}
        translationLabel={ui.ourTranslation}
        className="mt-2 text-base"
      />
      <EvidenceLinks ui={ui} view={view} className={linksClassName} linkClassName={linkClassName} />
    </>
  );
}
