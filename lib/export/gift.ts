/**
 * GIFT (Moodle's plain-text format): one language a file, readable and editable by hand.
 * Multiple choice `{=right#feedback ~wrong#feedback ####general}`; "put in order" becomes matching
 * (`event -> 1st`), which has no per-answer feedback, so its evidence goes in the general feedback.
 */
import type { ExportQuestion, ExportQuiz } from "./class-quiz";
import { escapeGift } from "./escape";
import { answerFeedback, evidence, feedbackText, linksFeedback, type Feedback } from "./feedback";
import { categoryName, orderPairs, questionName, quizAbout, quizTitle } from "./names";

export function giftFile(quiz: ExportQuiz): string {
  const L = quiz.labels;
  const notes = [quizAbout(quiz), L.noteOneLanguage, ...(hasOrder(quiz) ? [L.noteOrderMatching] : [])];
  const out = [
    `// ${oneLine(quizTitle(quiz))}`,
    ...notes.map((n) => `// ${oneLine(n)}`),
    "",
    `$CATEGORY: $course$/top/${categoryName(quizTitle(quiz), quiz.locale)}`,
    "",
  ];
  for (const q of quiz.questions) out.push(question(q, quiz), "");
  return out.join("\n");
}

function question(q: ExportQuestion, quiz: ExportQuiz): string {
  const L = quiz.labels;
  const text = (f: Feedback) => escapeGift(feedbackText(f, L));
  const stem = [q.text, ...(q.statement ? [q.statement] : []), ...(q.kind === "order" ? [L.matchHint] : [])];
  const lines = [`// ${q.id}`, `::${escapeGift(questionName(q))}::${escapeGift(stem.join("\n"))}{`];
  if (q.kind === "order") {
    for (const { event, place } of orderPairs(q, L.ordinals)) {
      if (event.includes("->") || place.includes("->")) throw new Error(`${q.id}: "->" in a matching pair`);
      lines.push(`=${escapeGift(event)} -> ${escapeGift(place)}`);
    }
    lines.push(`####${text(evidence(q, L))}`);
  } else {
    for (const c of q.choices)
      lines.push(`${c.correct ? "=" : "~"}${escapeGift(c.label)}#${text(answerFeedback(q, L, c))}`);
    lines.push(`####${text(linksFeedback(q, L))}`);
  }
  lines.push("}");
  return lines.join("\n");
}

const hasOrder = (quiz: ExportQuiz) => quiz.questions.some((q) => q.kind === "order");
const oneLine = (s: string) => s.replace(/\s+/g, " ");
