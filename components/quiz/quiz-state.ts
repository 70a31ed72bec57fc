/**
 * Quiz progress saved on this device only (localStorage). Anything that doesn't look exactly like
 * what this version wrote — corrupt JSON, another dataset version, another quiz — is dropped.
 */
import type { Question } from "@/lib/quiz";

export const STORAGE_PREFIX = "explainer.quiz.v1";
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

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/** Returns the saved state if it is valid for exactly this quiz, otherwise null. */
export function parseSaved(
  raw: string | null,
  version: string,
  seed: string,
  count: number,
  questions: Question[],
): SavedQuiz | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (
    !isRecord(data) ||
    data.v !== 1 ||
    data.version !== version ||
    data.seed !== seed ||
    data.count !== count
  )
    return null;
  const byId = new Map(questions.map((q) => [q.id, q]));
  if (!isRecord(data.answers)) return null;
  const answers: Record<string, Answer> = {};
  for (const [id, value] of Object.entries(data.answers)) {
    const q = byId.get(id);
    if (!q) return null;
    if (q.kind === "order") {
      if (!Array.isArray(value) || value.length !== q.options.length) return null;
      if (!value.every((v) => typeof v === "string" && q.options.includes(v))) return null;
      if (new Set(value).size !== value.length) return null;
      answers[id] = value as string[];
    } else {
      if (typeof value !== "string" || !q.options.includes(value)) return null;
      answers[id] = value;
    }
  }
  if (!Array.isArray(data.checked) || !data.checked.every((id) => typeof id === "string" && id in answers))
    return null;
  const retry = data.retry;
  if (
    retry !== null &&
    (!Array.isArray(retry) ||
      !retry.every((id) => typeof id === "string" && byId.has(id)) ||
      retry.length === 0)
  )
    return null;
  const round = retry ?? questions.map((q) => q.id);
  if (
    typeof data.index !== "number" ||
    !Number.isInteger(data.index) ||
    data.index < 0 ||
    data.index >= round.length
  )
    return null;
  if (typeof data.finished !== "boolean") return null;
  return {
    v: 1,
    version,
    seed,
    count,
    answers,
    checked: data.checked as string[],
    index: data.index,
    retry: retry as string[] | null,
    finished: data.finished,
  };
}

/** Class codes: digits only, short enough to read out and type on any keyboard. */
export const CLASS_CODE = /^\d{1,9}$/;

export function isClassCode(value: string | null | undefined): value is string {
  return typeof value === "string" && CLASS_CODE.test(value);
}
