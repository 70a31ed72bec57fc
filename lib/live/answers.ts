/**
 * Checking a student's answer against a question, on the server. The question shape here is the
 * live class's own (`LiveQuestion`), filled from the quiz generator by one adapter on the server, so
 * a change inside the generator does not reach this file.
 */
import type { AnswerValue } from "./schemas";

export interface LiveQuestion {
  /** The generator's question id (stable within a quiz). */
  id: string;
  /** The generator's kind ("how-many", "who", …, "order"). */
  kind: string;
  /** "choice": one option id; "order": every option id once, in the student's order. */
  answer: "choice" | "order";
  options: readonly string[];
  /** The stored form of the right answer (for "order", the ids in order joined by ","). */
  correct: string;
}

/** The stored form of a valid answer, or null when it does not fit the question (`bad-answer`). */
export function normalizeAnswer(q: LiveQuestion, value: AnswerValue): string | null {
  if (q.answer === "choice") {
    return typeof value === "string" && q.options.includes(value) ? value : null;
  }
  if (!Array.isArray(value) || value.length !== q.options.length) return null;
  const seen = new Set(value);
  if (seen.size !== value.length || !value.every((id) => q.options.includes(id))) return null;
  // Option ids never contain ","; the check above has already refused any that is not an option.
  return value.join(",");
}
