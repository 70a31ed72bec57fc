/**
 * The feedback every format carries: right or wrong, the explanation, who reported the figure, the
 * verbatim English quotes (with our translation in ru and kk) and absolute links to the quote and
 * the step. Built once as parts, then written as HTML (every format: GIFT too, as `[html]`).
 *
 * The right answer is not in it: Moodle prints its own "The correct answer is: …" after a wrong
 * answer (and Canvas marks the right option), so saying it again makes students read it twice.
 * QTI's "general incorrect" feedback is the one place that names it (see qti.ts).
 */
import { fill } from "../fill";
import type { ExportChoice, ExportFileLabels, ExportQuestion } from "./class-quiz";
import { escapeXml, escapeXmlAttr } from "./escape";

export interface FeedbackQuote {
  /** "Quote 12 from the article:" */
  intro: string;
  /** The article's words, in English. */
  text: string;
  translation?: { intro: string; text: string };
}

export interface Feedback {
  /** "Correct." / "Not quite." — absent in general feedback. */
  verdict?: string;
  /** Explanation and who reported it. */
  lines: string[];
  /** Every quote that shows the answer, in the order the question cites them. */
  quotes: FeedbackQuote[];
  links: { label: string; href: string }[];
}

/**
 * The quotes a question cites. One today (`q.quote`); when a claim's evidence becomes several
 * spans, this is the one function to widen: every format takes the list from here.
 */
export function questionQuotes(q: ExportQuestion, L: ExportFileLabels): FeedbackQuote[] {
  return [q.quote].map((quote) => ({
    intro: fill(L.quote, { number: quote.number }),
    text: quote.text,
    ...(quote.translation ? { translation: { intro: L.translation, text: quote.translation } } : {}),
  }));
}

/** What explains a question whatever was answered. */
export function evidence(q: ExportQuestion, L: ExportFileLabels): Feedback {
  return {
    lines: [q.explanation, ...(q.attribution ? [q.attribution] : [])],
    quotes: questionQuotes(q, L),
    links: [
      { label: L.seeQuote, href: q.links.quote },
      { label: fill(L.readStep, { title: q.step.title }), href: q.links.step },
    ],
  };
}

/**
 * The general feedback of a choice question: every option already carries the evidence, and
 * platforms show general feedback beside it, so this holds the links only (no quote twice).
 */
export function linksFeedback(q: ExportQuestion, L: ExportFileLabels): Feedback {
  return { lines: [], quotes: [], links: evidence(q, L).links };
}

/** Feedback on one option: right or wrong, and the evidence. */
export function answerFeedback(
  q: ExportQuestion,
  L: ExportFileLabels,
  choice: Pick<ExportChoice, "correct">,
): Feedback {
  return { verdict: choice.correct ? L.correct : L.incorrect, ...evidence(q, L) };
}

/**
 * As an HTML fragment. Nothing in it is a `span`: Moodle's multi-language filter ends a language
 * block at the first `</span>`, so a quote is a `<q lang="en">`.
 */
export function feedbackHtml(f: Feedback, lang: string): string {
  const p = (inner: string) => `<p>${inner}</p>`;
  const parts: string[] = [];
  if (f.verdict) parts.push(p(`<strong>${escapeXml(f.verdict)}</strong>`));
  for (const line of f.lines) parts.push(p(escapeXml(line)));
  for (const quote of f.quotes) {
    parts.push(p(`${escapeXml(quote.intro)} <q lang="en">${escapeXml(quote.text)}</q>`));
    if (quote.translation)
      parts.push(
        p(
          `${escapeXml(quote.translation.intro)} <q lang="${escapeXmlAttr(lang)}">${escapeXml(quote.translation.text)}</q>`,
        ),
      );
  }
  parts.push(
    p(f.links.map((l) => `<a href="${escapeXmlAttr(l.href)}">${escapeXml(l.label)}</a>`).join(" · ")),
  );
  return parts.join("");
}
