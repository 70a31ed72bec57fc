import { QuoteSpans } from "@/components/evidence/QuoteSpans";
import { fill } from "@/lib/fill";
import type { Question } from "@/lib/quiz";
import type { RenderedQuestion } from "@/lib/quiz-render";
import type { AnswerKeyLabels } from "./teach-labels";

/** Each question's right answer with who reported it and every quote behind it. */
export function AnswerKey({
  questions,
  rendered,
  labels,
}: {
  questions: Question[];
  rendered: RenderedQuestion[];
  labels: AnswerKeyLabels;
}) {
  return (
    <ol className="space-y-4">
      {questions.map((q, i) => {
        const r = rendered[i]!;
        const letter =
          q.kind === "order"
            ? null
            : String.fromCharCode(65 + r.options.findIndex((o) => o.id === q.correct));
        return (
          <li key={q.id} className="print-avoid-break" data-key-question={q.id}>
            <p className="font-semibold">
              {i + 1}. {fill(labels.keyAnswer, { answer: letter ? `${letter} — ${r.answer}` : r.answer })}
            </p>
            <p className="text-base">{r.explanation}</p>
            {r.attribution && <p className="text-base">{r.attribution}</p>}
            <QuoteSpans quotes={r.quotes} numberLabel={labels.keyQuote} className="mt-1 text-base" />
          </li>
        );
      })}
    </ol>
  );
}
