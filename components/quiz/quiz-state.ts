/**
 * Quiz progress saved on this device only (localStorage). Anything that doesn't look exactly like
 * what this version wrote — corrupt JSON, another dataset version, another quiz — is dropped.
 */
import * as z from "zod/mini";
import type { Question } from "@/lib/quiz";

const STORAGE_PREFIX = "explainer.quiz.v1";
export const LAST_KEY = `${STORAGE_PREFIX}.last`;

export type Answer = string | string[];

export interface SavedQuiz {
  v: 1;
  version: string;
  seed: string;
  count: number;
  answers: Record<string, Answer>;
  checked: string[];
  index: number;
  /** Ids of the questions being retried, or null for the first round. */
  retry: string[] | null;
  finished: boolean;
}

export const storageKey = (seed: string, count: number) => `${STORAGE_PREFIX}.${seed}.${count}`;

export function freshState(version: string, seed: string, count: number): SavedQuiz {
  return { v: 1, version, seed, count, answers: {}, checked: [], index: 0, retry: null, finished: false };
}

// ---- Transitions: pure, so the quiz's rules are tested without a browser ----------------------

/** A choice made, or an order arranged, for one question. */
export function answerQuestion(s: SavedQuiz, questionId: string, value: Answer): SavedQuiz {
  return { ...s, answers: { ...s.answers, [questionId]: value } };
}

/** Whether "Check" may go ahead: an order question can be checked as shown, any other needs a choice. */
export function canCheck(question: Question, answer: Answer | undefined): boolean {
  return answer !== undefined || question.kind === "order";
}

/** "Check": the answer is final (an order question left as shown is answered with that order). */
export function checkQuestion(s: SavedQuiz, question: Question): SavedQuiz {
  return {
    ...s,
    answers: { ...s.answers, [question.id]: s.answers[question.id] ?? question.options },
    checked: [...s.checked, question.id],
  };
}

/** "Next", or "Finish" after the round's last question. */
export function nextQuestion(s: SavedQuiz, roundLength: number): SavedQuiz {
  return s.index >= roundLength - 1 ? { ...s, finished: true } : { ...s, index: s.index + 1 };
}

/** A new round of only the missed questions, their answers cleared, from the first. */
export function retryMissed(s: SavedQuiz, missed: string[]): SavedQuiz {
  const answers = { ...s.answers };
  for (const id of missed) delete answers[id];
  return {
    ...s,
    answers,
    checked: s.checked.filter((id) => !missed.includes(id)),
    retry: missed,
    index: 0,
    finished: false,
  };
}

/** The shape of a saved entry, checked on load; `zod/mini` keeps the quiz page's JS small. */
const savedSchema = z.object({
  v: z.literal(1),
  version: z.string(),
  seed: z.string(),
  count: z.number(),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  checked: z.array(z.string()),
  index: z.int().check(z.minimum(0)),
  retry: z.nullable(z.array(z.string()).check(z.minLength(1))),
  finished: z.boolean(),
});

/** Returns the saved state if it is valid for exactly this quiz, otherwise null. */
export function parseSaved(
  raw: string | null,
  version: string,
  seed: string,
  count: number,
  questions: Question[],
): SavedQuiz | null {
  if (!raw) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = savedSchema.safeParse(json);
  if (!parsed.success) return null;
  const data = parsed.data;
  if (data.version !== version || data.seed !== seed || data.count !== count) return null;
  // Every answer must belong to this quiz and be one of its options.
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answers: Record<string, Answer> = {};
  for (const [id, value] of Object.entries(data.answers)) {
    const q = byId.get(id);
    if (!q) return null;
    if (q.kind === "order") {
      if (!Array.isArray(value) || value.length !== q.options.length || new Set(value).size !== value.length)
        return null;
      if (!value.every((v) => q.options.includes(v))) return null;
    } else if (typeof value !== "string" || !q.options.includes(value)) return null;
    answers[id] = value;
  }
  if (!data.checked.every((id) => id in answers)) return null;
  if (data.retry && !data.retry.every((id) => byId.has(id))) return null;
  const round = data.retry ?? questions.map((q) => q.id);
  if (data.index >= round.length) return null;
  return {
    v: 1,
    version,
    seed,
    count,
    answers,
    checked: data.checked,
    index: data.index,
    retry: data.retry,
    finished: data.finished,
  };
}
