/**
 * The feedback every format carries: right or wrong, the explanation, who reported the figure, every
 * verbatim English span the answer cites (with our translation in ru and kk) and absolute links to
 * the quotes and the step. Built once as parts, then written as HTML (Moodle XML, QTI) or plain text (GIFT).
 */
import { fill } from "../fill";
import type { ExportChoice, ExportFileLabels, ExportQuestion } from "./class-quiz";
import { escapeXml, escapeXmlAttr } from "./escape";

export interface Feedback {
  /** "Correct." / "Not quite." — absent in general feedback. */
  verdict?: string;
  /** "The right answer: …", after a wrong answer. */
  rightAnswer?: string;
  /** Explanation and who reported it. */
  lines: string[];
  /** Every span of the article the answer cites, each with our translation in ru and kk. */
  quotes: { intro: string; text: string; translation?: { intro: string; text: string } }[];
  links: { label: string; href: string }[];
}

/** What explains a question whatever was answered. */
export function evidence(q: ExportQuestion, L: ExportFileLabels): Feedback {
  return {
    lines: [q.explanation, ...(q.attribution ? [q.attribution] : [])],
    quotes: q.quotes.map((quote) => ({
      intro: fill(L.quote, { number: quote.number }),
      text: quote.text,
      ...(quote.translation ? { translation: { intro: L.translation, text: quote.translation } } : {}),
    })),
    links: [
      ...q.quotes.map((quote) => ({ label: `${L.seeQuote} [${quote.number}]`, href: quote.link })),
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

/** Feedback on one option, or on the whole answer (`correct` true/false) where a format has no per-option feedback. */
export function answerFeedback(
  q: ExportQuestion,
  L: ExportFileLabels,
  choice: Pick<ExportChoice, "correct">,
): Feedback {
  return {
    verdict: choice.correct ? L.correct : L.incorrect,
    ...(choice.correct ? {} : { rightAnswer: fill(L.rightAnswer, { answer: q.answer }) }),
    ...evidence(q, L),
  };
}

/**
 * As an HTML fragment. Nothing in it is a `span`: Moodle's multi-language filter ends a language
 * block at the first `</span>`, so the quote is a `<q lang="en">`.
 */
export function feedbackHtml(f: Feedback, lang: string): string {
  const p = (inner: string) => `<p>${inner}</p>`;
  const parts: string[] = [];
  if (f.verdict)
    parts.push(
      p(`<strong>${escapeXml(f.verdict)}</strong>${f.rightAnswer ? ` ${escapeXml(f.rightAnswer)}` : ""}`),
    );
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

/** As plain text, one part a line (for GIFT, which escapes the breaks). */
export function feedbackText(f: Feedback, L: Pick<ExportFileLabels, "quoted">): string {
  const lines: string[] = [];
  if (f.verdict) lines.push(f.rightAnswer ? `${f.verdict} ${f.rightAnswer}` : f.verdict);
  lines.push(...f.lines);
  for (const quote of f.quotes) {
    lines.push(`${quote.intro} ${fill(L.quoted, { text: quote.text })}`);
    if (quote.translation)
      lines.push(`${quote.translation.intro} ${fill(L.quoted, { text: quote.translation.text })}`);
  }
  for (const l of f.links) lines.push(`${l.label} — ${l.href}`);
  return lines.join("\n");
}
