import { fill } from "../fill";
import type { ExportFileLabels, ExportQuestion, ExportQuiz } from "./class-quiz";

/** A question's name in a question bank: its number and the start of what it asks, cut at a word. */
export function questionName(q: ExportQuestion, max = 80): string {
  const words = (q.statement ?? q.text).split(/\s+/);
  let name = "";
  for (const word of words) {
    if (name && name.length + word.length + 1 > max) return `${pad(q.number)}. ${name}…`;
    name = name ? `${name} ${word}` : word;
  }
  return `${pad(q.number)}. ${name}`;
}

/**
 * A question's name in a file of several languages: plain text, "01 · en/ru/kk". Moodle shows
 * names through its multi-language filter only where the filter applies to headings too, and its
 * preview page shows the markup whatever the setting, so a name holds no language blocks.
 */
export function multilingualName(q: ExportQuestion, langs: readonly string[]): string {
  return `${pad(q.number)} · ${langs.join("/")}`;
}

export const pad = (n: number) => String(n).padStart(2, "0");

export function quizTitle(quiz: ExportQuiz): string {
  return fill(quiz.labels.title, { code: quiz.seed, count: quiz.count });
}

export function quizAbout(quiz: ExportQuiz): string {
  return fill(quiz.labels.about, { site: `${quiz.site}/${quiz.locale}` });
}

/**
 * "Put in order" as matching: one slot a place in time, earliest first, with the event that
 * belongs there. The places are the questions (shown in this order) and the events the answers:
 * Moodle and Canvas shuffle a matching question's answers in every drop-down, and a list of events
 * reads well in any order, where "3rd, 1st, 4th, 2nd" does not.
 */
export function orderSlots(
  q: ExportQuestion,
  ordinals: readonly string[],
): { place: string; event: string }[] {
  if (q.events.length > ordinals.length) throw new Error(`${q.id}: more events than ordinals`);
  return q.events.map((event, k) => ({ place: ordinals[k]!, event }));
}

/** How a file writes its "put in order" questions, which names its question-bank category. */
export type QuestionStyle = "ordering" | "matching" | "gift";

const styleLabel = (L: ExportFileLabels, style: QuestionStyle) =>
  style === "ordering" ? L.styleOrdering : style === "matching" ? L.styleMatching : L.styleGift;

/**
 * The question-bank category a file imports into: one per class quiz, language and question
 * style, so that importing the ordering and the matching file of one language keeps them apart.
 * `/` would nest categories and GIFT reads `$CATEGORY:` lines raw, so neither `/` nor `:` goes in.
 */
export function categoryName(quiz: ExportQuiz, locale: string, style: QuestionStyle): string {
  return `${quizTitle(quiz)} · ${locale} · ${styleLabel(quiz.labels, style)}`
    .replace(/[/:]/g, "")
    .replace(/\s+/g, " ");
}
