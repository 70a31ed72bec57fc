import { test, expect, type Page } from "@playwright/test";
import { generateQuiz, type Question, type QuizData } from "../../lib/quiz";
import en from "../../messages/en.json" with { type: "json" };
import ru from "../../messages/ru.json" with { type: "json" };
import kk from "../../messages/kk.json" with { type: "json" };
import { expectNoAxeViolations } from "./helpers";

// The live class's phone specs (live-student, live-phone) drive the teacher's side through the HTTP
// API (docs/live.md), so they test the phone pages for real without the projector page.

/** A phone, as the issue measured it: 390 × 844. */
export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export const messages = { en, ru, kk } as const;
export type Locale = keyof typeof messages;
export const COUNT = 5;

export interface Session {
  sessionId: string;
  joinCode: string;
  hostKey: string;
  classCode: string;
}

export async function api<T = Record<string, unknown>>(
  baseURL: string,
  path: string,
  body?: unknown,
  key?: string,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${baseURL}/api/live${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: {
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

let quizData: QuizData | null = null;
/** A class code whose quiz holds the kinds asked for, with the index of each. */
export async function classWith(baseURL: string, kinds: Question["kind"][]) {
  if (!quizData) {
    const bundle = (await (await fetch(`${baseURL}/en/quiz.json`)).json()) as { data: QuizData };
    quizData = bundle.data;
  }
  for (let c = 200000; c < 200400; c++) {
    const questions = generateQuiz(quizData, { seed: String(c), count: COUNT }).questions;
    const at = kinds.map((k) => questions.findIndex((q) => q.kind === k));
    if (at.every((i) => i >= 0)) return { classCode: String(c), at, questions };
  }
  throw new Error(`no class code with ${kinds.join(", ")}`);
}

export async function createClass(
  baseURL: string,
  classCode: string,
  locale: Locale = "en",
  lettersOnly = false,
): Promise<Session> {
  const r = await api<Session>(baseURL, "/sessions", { classCode, count: COUNT, locale, lettersOnly });
  expect(r.status).toBe(201);
  return { ...r.body, classCode };
}

export async function command(baseURL: string, s: Session, type: string, index?: number) {
  const r = await api(baseURL, `/s/${s.sessionId}/commands`, { type, index }, s.hostKey);
  expect(r.status, `${type} ${index ?? ""}: ${JSON.stringify(r.body)}`).toBe(200);
}

export async function summary(baseURL: string, s: Session) {
  const r = await api<{
    joined: number;
    questions: { answered: number; correct: number; byOption: Record<string, number> }[];
  }>(baseURL, `/s/${s.sessionId}/summary`, undefined, s.hostKey);
  expect(r.status).toBe(200);
  return r.body;
}

export async function joinByTyping(page: Page, locale: Locale, joinCode: string) {
  const t = messages[locale].liveStudent;
  await page.goto(`/${locale}/live`);
  const box = page.getByLabel(t.codeLabel);
  await box.fill(joinCode);
  await expect(box).toHaveValue(`${joinCode.slice(0, 4)} ${joinCode.slice(4)}`);
  await page.getByRole("button", { name: t.join }).click();
  await expect(page.getByText(t.waiting)).toBeVisible();
  // The lobby's message is in the first screen, with the reason to keep the page open.
  await expect(page.getByText(t.keepOpen)).toBeInViewport();
}

/**
 * A class whose quiz holds the kinds asked for (`classWith`), started by the teacher's API in
 * `locale`, and this phone in its lobby, joined by typing the code (`joinByTyping`).
 */
export async function joinedClassWith(
  page: Page,
  baseURL: string,
  kinds: Question["kind"][],
  locale: Locale = "en",
) {
  const { classCode, at, questions } = await classWith(baseURL, kinds);
  const s = await createClass(baseURL, classCode, locale);
  await joinByTyping(page, locale, s.joinCode);
  return { s, at, questions };
}

export async function expectRecorded(page: Page, locale: Locale) {
  const t = messages[locale].liveStudent;
  await expect(page.getByTestId("answer-state").getByText(t.answerRecorded)).toBeVisible();
}

/** The participant's own state, with the keys this phone keeps in localStorage. */
export async function participant(page: Page) {
  return page.evaluate(async () => {
    const current = JSON.parse(localStorage.getItem("live-student:current")!) as { sessionId: string };
    const keys = JSON.parse(localStorage.getItem(`live:keys:student:${current.sessionId}`)!) as {
      participantId: string;
      resumeKey: string;
    };
    const r = await fetch(`/api/live/s/${current.sessionId}/participants/${keys.participantId}`, {
      headers: { authorization: `Bearer ${keys.resumeKey}` },
    });
    return (await r.json()) as {
      locale: string;
      answers: { question: number; answer: string | string[] }[];
      score: { correct: number; revealed: number };
    };
  });
}

export async function axe(page: Page, state: string) {
  await test.step(`axe: ${state}`, () => expectNoAxeViolations(page));
}

export { en, ru, kk };
