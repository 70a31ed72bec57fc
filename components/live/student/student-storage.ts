/**
 * What the student's phone keeps in `localStorage` beside its keys (components/live/keys-storage.ts): which
 * class it is in, and its answers with their `answerSeq`, so a reload, a language switch or a locked
 * phone resumes with the answer still chosen. Never throws: private mode and full storage only mean
 * nothing is remembered.
 */
import { isJoinCode } from "@/lib/live/codes";
import type { CurrentClass, LiveAnswer, StoredAnswers } from "@/lib/live/phone-state";
import { CURRENT_CLASS } from "@/lib/live/storage-names";

const FOLLOW = "live-student:follow";
const answersKey = (sessionId: string) => `live-student:answers:${sessionId}`;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Blocked or full storage: this visit still works.
  }
}
function parse(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

export function loadCurrent(): CurrentClass | null {
  const v = parse(read(CURRENT_CLASS));
  if (
    !isObject(v) ||
    typeof v.sessionId !== "string" ||
    typeof v.joinCode !== "string" ||
    !isJoinCode(v.joinCode) ||
    typeof v.classCode !== "string" ||
    typeof v.count !== "number" ||
    typeof v.datasetVersion !== "string"
  )
    return null;
  return {
    sessionId: v.sessionId,
    joinCode: v.joinCode,
    classCode: v.classCode,
    count: v.count,
    datasetVersion: v.datasetVersion,
  };
}

export function saveCurrent(current: CurrentClass | null) {
  write(CURRENT_CLASS, current && JSON.stringify(current));
}

function isAnswer(v: unknown): v is LiveAnswer {
  return typeof v === "string" || (Array.isArray(v) && v.every((x) => typeof x === "string"));
}

export function loadAnswers(sessionId: string): StoredAnswers {
  const v = parse(read(answersKey(sessionId)));
  const out: StoredAnswers = {};
  if (!isObject(v)) return out;
  for (const [k, a] of Object.entries(v)) {
    const i = Number(k);
    if (!Number.isInteger(i) || i < 0 || !isObject(a) || !isAnswer(a.answer)) continue;
    if (typeof a.seq !== "number" || !Number.isInteger(a.seq) || a.seq < 1) continue;
    out[i] = {
      answer: a.answer,
      seq: a.seq,
      recorded: a.recorded === true,
      ...(a.tried === true ? { tried: true } : {}),
      ...(isAnswer(a.sent) ? { sent: a.sent } : {}),
    };
  }
  return out;
}

export function saveAnswers(sessionId: string, answers: StoredAnswers) {
  write(answersKey(sessionId), JSON.stringify(answers));
}

export function forgetClass(sessionId: string) {
  write(answersKey(sessionId), null);
  const current = loadCurrent();
  if (!current || current.sessionId === sessionId) saveCurrent(null);
}

/** "Follow the teacher" is on unless this device turned it off. */
export function loadFollow(): boolean {
  return read(FOLLOW) !== "0";
}
export function saveFollow(on: boolean) {
  write(FOLLOW, on ? "1" : "0");
}
