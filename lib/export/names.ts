import { fill } from "../fill";
import type { ExportQuestion, ExportQuiz } from "./class-quiz";

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

export const pad = (n: number) => String(n).padStart(2, "0");

export function quizTitle(quiz: ExportQuiz): string {
  return fill(quiz.labels.title, { code: quiz.seed, count: quiz.count });
}

export function quizAbout(quiz: ExportQuiz): string {
  return fill(quiz.labels.about, { site: `${quiz.site}/${quiz.locale}` });
}

/** "Put in order" as matching: each event and its place ("1st", "2nd", …). */
export function orderPairs(
  q: ExportQuestion,
  ordinals: readonly string[],
): { event: string; place: string }[] {
  if (q.events.length > ordinals.length) throw new Error(`${q.id}: more events than ordinals`);
  return q.shownEvents.map((event) => ({ event, place: ordinals[q.events.indexOf(event)]! }));
}

/**
 * The question-bank category a file imports into, one per class quiz and language. `/` would nest
 * categories and GIFT reads `$CATEGORY:` lines raw, so neither `/` nor `:` goes in.
 */
export function categoryName(title: string, locale: string): string {
  return `${title} (${locale})`.replace(/[/:]/g, "").replace(/\s+/g, " ");
}
