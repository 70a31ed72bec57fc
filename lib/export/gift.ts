/**
 * GIFT (Moodle's plain-text format): one language a file, readable and editable by hand. Every
 * question is `[html]`, so its feedback (which takes the question's format) can hold real links.
 * Multiple choice `{=right#feedback ~wrong#feedback ####general}`; "put in order" becomes matching
 * (`1st -> event`), which has no per-answer feedback, so its evidence goes in the general feedback.
 * GIFT cannot say "keep the options in this order": Moodle shuffles them and letters them a, b, c,
 * which the header says (Moodle XML keeps the order).
 */
import type { ExportQuestion, ExportQuiz } from "./class-quiz";
import { escapeGift, escapeXml } from "./escape";
import { answerFeedback, evidence, feedbackHtml, linksFeedback, type Feedback } from "./feedback";
import { categoryName, orderSlots, questionName, quizAbout, quizTitle } from "./names";

export function giftFile(quiz: ExportQuiz): string {
  const L = quiz.labels;
  const notes = [
    quizAbout(quiz),
    L.noteGift,
    L.noteOneLanguage,
    ...(hasOrder(quiz) ? [L.noteOrderMatching] : []),
  ];
  const out = [
    `// ${oneLine(quizTitle(quiz))}`,
    ...notes.map((n) => `// ${oneLine(n)}`),
    "",
    `$CATEGORY: $course$/top/${categoryName(quiz, quiz.locale, "gift")}`,
    "",
  ];
  for (const q of quiz.questions) out.push(question(q, quiz), "");
  return out.join("\n");
}

function question(q: ExportQuestion, quiz: ExportQuiz): string {
  const L = quiz.labels;
  const html = (f: Feedback) => escapeGift(feedbackHtml(f, quiz.locale));
  const stem =
    `<p>${escapeXml(q.text)}</p>` +
    (q.statement ? `<blockquote><p>${escapeXml(q.statement)}</p></blockquote>` : "") +
    (q.kind === "order" ? `<p>${escapeXml(L.matchHint)}</p>` : "");
  const lines = [`// ${q.id}`, `::${escapeGift(questionName(q))}::[html]${escapeGift(stem)}{`];
  if (q.kind === "order") {
    for (const { place, event } of orderSlots(q, L.ordinals)) {
      if (event.includes("->") || place.includes("->")) throw new Error(`${q.id}: "->" in a matching pair`);
      // The place is HTML (the question's format); the event, a drop-down entry, is plain text.
      lines.push(`=${escapeGift(escapeXml(place))} -> ${escapeGift(event)}`);
    }
    lines.push(`####${html(evidence(q, L))}`);
  } else {
    for (const c of q.choices)
      lines.push(
        `${c.correct ? "=" : "~"}${escapeGift(escapeXml(c.label))}#${html(answerFeedback(q, L, c))}`,
      );
    lines.push(`####${html(linksFeedback(q, L))}`);
  }
  lines.push("}");
  return lines.join("\n");
}

const hasOrder = (quiz: ExportQuiz) => quiz.questions.some((q) => q.kind === "order");
const oneLine = (s: string) => s.replace(/\s+/g, " ");
