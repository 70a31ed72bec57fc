import { expect, type Page } from "@playwright/test";
import { generateQuiz, type Question } from "../../lib/quiz";
import type { QuizBundle } from "../../lib/quiz-render";
import { renderQuestion } from "../../lib/quiz-render";
import type { Locale } from "../../lib/locales";
import en from "../../messages/en.json" with { type: "json" };
import ru from "../../messages/ru.json" with { type: "json" };
import kk from "../../messages/kk.json" with { type: "json" };

// The teacher's screen in the e2e specs (live-host, live-projector): a class started from the
// teacher page; the students played through the HTTP API, as phones would.

export const messages = { en, ru, kk } as const;
export const fill = (t: string, v: Record<string, string | number>) =>
  t.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? `{${k}}`));
/** A class code whose first questions the test knows how to answer (any six digits work). */
export const CLASS_CODE = "424242";
export const COUNT = 5;

export interface Student {
  participantId: string;
  resumeKey: string;
  locale: Locale;
}

export function apiBase(page: Page) {
  return new URL(page.url()).origin;
}

export async function api<T>(
  page: Page,
  path: string,
  init: { body?: unknown; key?: string } = {},
): Promise<{ status: number; body: T; text: string }> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  if (init.key) headers.Authorization = `Bearer ${init.key}`;
  const r = await fetch(`${apiBase(page)}${path}`, {
    method: init.body === undefined ? "GET" : "POST",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await r.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: r.status, body: body as T, text };
}

export async function join(page: Page, joinCode: string, locale: Locale): Promise<Student> {
  const r = await api<Student>(page, "/api/live/join", { body: { joinCode, locale } });
  expect(r.status).toBe(201);
  return { ...r.body, locale };
}

export async function answer(
  page: Page,
  sessionId: string,
  s: Student,
  question: number,
  value: string | string[],
) {
  const r = await api(page, `/api/live/s/${sessionId}/answers`, {
    key: s.resumeKey,
    body: { participantId: s.participantId, question, answer: value, answerSeq: 1 },
  });
  expect(r.status).toBe(200);
}

/** The value a student sends: the right one, or a wrong one (`wrong` picks which). */
export function answerOf(q: Question, right: boolean, wrong = 0): string | string[] {
  if (q.kind === "order") {
    const ids = q.correct.split(",");
    return right ? ids : [...ids.slice(1), ids[0]!];
  }
  if (right) return q.correct;
  const others = q.options.filter((o) => o !== q.correct);
  return others[wrong % others.length]!;
}

export const stored = (v: string | string[]) => (Array.isArray(v) ? v.join(",") : v);

export async function classQuiz(page: Page, locale: Locale) {
  const bundle = (await (await fetch(`${apiBase(page)}/${locale}/quiz.json`)).json()) as QuizBundle;
  const questions = generateQuiz(bundle.data, { seed: CLASS_CODE, count: COUNT }).questions;
  return { questions, rendered: questions.map((q) => renderQuestion(q, bundle.pack)) };
}

/** Starts a class from the teacher page, as a teacher would; returns the session and its join code. */
export async function startFromTeachPage(
  page: Page,
  locale: Locale,
  options: { lettersOnly?: boolean } = {},
) {
  const m = messages[locale];
  await page.goto(`/${locale}/teach?code=${CLASS_CODE}&count=${COUNT}`);
  if (options.lettersOnly) await page.getByRole("checkbox", { name: m.liveHost.lettersOnlyStart }).check();
  await page.getByRole("button", { name: m.liveHost.startLive }).click();
  await page.waitForURL(new RegExp(`/${locale}/live/host\\?s=[A-Za-z0-9_-]{22}$`));
  const sessionId = new URL(page.url()).searchParams.get("s")!;
  await expect(page.getByRole("heading", { level: 1, name: m.liveHost.lobbyTitle })).toBeVisible();
  const joinCode = (await page.getByTestId("join-code").innerText()).replace(/\s/g, "");
  expect(joinCode).toMatch(/^\d{8}$/);
  // The key stays in this browser's storage, never in the address.
  expect(page.url()).not.toContain(await hostKey(page, sessionId));
  return { sessionId, joinCode };
}

export async function hostKey(page: Page, sessionId: string): Promise<string> {
  const raw = await page.evaluate((id) => localStorage.getItem(`live:keys:host:${id}`), sessionId);
  const key = (JSON.parse(raw ?? "{}") as { hostKey?: string }).hostKey;
  expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return key!;
}
