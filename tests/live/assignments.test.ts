/**
 * Homework (LIVE.md, "Assignments") against a running `next start`: a whole assignment, and each
 * row of the bad input — a clear error code, nothing stored. The tests never wait for a close
 * time: "close now" ends an assignment and "extend" reopens it.
 */
import { describe, expect, inject, it } from "vitest";
import { classQuiz } from "@/server/live/class-quiz";
import { request, stateSeqs, StreamClient } from "./harness";

const base = inject("liveBase");
const CLASS_CODE = "424242";
const COUNT = 5;
const quiz = classQuiz(CLASS_CODE, COUNT);
let addressCounter = 0;
const newAddress = () => `192.0.2.${++addressCounter}`;
const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

interface Created {
  sessionId: string;
  joinCode: string;
  hostKey: string;
}
interface Joined {
  sessionId: string;
  participantId: string;
  resumeKey: string;
}

const body = (over: Record<string, unknown> = {}) => ({
  classCode: CLASS_CODE,
  count: COUNT,
  locale: "kk",
  closesAt: inHours(48),
  timeZone: "Asia/Almaty",
  zoneOffset: 300,
  feedback: "close",
  explainerFirst: false,
  ...over,
});

async function create(over: Record<string, unknown> = {}): Promise<Created> {
  const r = await request<Created>(base, "POST", "/assignments", { body: body(over), address: newAddress() });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}
const join = (code: string, locale = "ru", address = newAddress()) =>
  request<Joined>(base, "POST", "/assignments/join", { body: { joinCode: code, locale }, address });
async function student(a: Created, locale = "ru"): Promise<Joined> {
  const r = await join(a.joinCode, locale);
  expect(r.status).toBe(201);
  return r.body;
}
const right = (i: number) => {
  const q = quiz.questions[i]!;
  return q.answer === "order" ? q.correct.split(",") : q.correct;
};
const wrong = (i: number) => {
  const q = quiz.questions[i]!;
  return q.answer === "order" ? [...q.correct.split(",")].reverse() : q.options.find((o) => o !== q.correct)!;
};
const answer = (a: Created, s: Joined, question: number, value: unknown, answerSeq = 1, key = s.resumeKey) =>
  request<{ recorded: boolean; correct?: boolean }>(base, "POST", `/a/${a.sessionId}/answers`, {
    body: { participantId: s.participantId, question, answer: value, answerSeq },
    key,
  });
const handIn = (a: Created, s: Joined) =>
  request<{ receipt: string; score: number | null; handedIn: boolean }>(
    base,
    "POST",
    `/a/${a.sessionId}/hand-in`,
    {
      body: { participantId: s.participantId },
      key: s.resumeKey,
    },
  );
const command = (a: Created, b: unknown, key = a.hostKey) =>
  request<Record<string, unknown>>(base, "POST", `/a/${a.sessionId}/commands`, { body: b, key });
const results = (a: Created, key = a.hostKey) =>
  request<Record<string, unknown> & { receipts: { receipt: string; score: number }[] }>(
    base,
    "GET",
    `/a/${a.sessionId}/results`,
    { key },
  );

describe("assignments", () => {
  it("set, taken by three students, handed in: receipts, scores after close, results that match", async () => {
    const a = await create();
    expect(a.joinCode).toMatch(/^\d{8}$/);
    const [en, ru, kk] = [await student(a, "en"), await student(a, "ru"), await student(a, "kk")];
    for (let i = 0; i < COUNT; i++) expect((await answer(a, en, i, right(i), i + 1)).status).toBe(200);
    expect(await answer(a, ru, 0, wrong(0))).toMatchObject({ status: 200, body: { recorded: true } });
    // Feedback after close: no verdict while open.
    expect((await answer(a, ru, 0, right(0), 2)).body).toEqual({ recorded: true });
    const h1 = await handIn(a, en);
    expect(h1.status).toBe(200);
    expect(h1.body.receipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(h1.body.score).toBeNull();
    // Handing in twice: the same receipt again, not a second one.
    expect((await handIn(a, en)).body.receipt).toBe(h1.body.receipt);
    expect(await answer(a, en, 0, wrong(0), 99)).toMatchObject({ status: 409, body: { error: "handed-in" } });
    const h2 = await handIn(a, ru);
    expect(h2.body.receipt).not.toBe(h1.body.receipt);
    const open = await results(a);
    expect(open.status).toBe(200);
    expect(open.headers.get("cache-control")).toBe("no-store");
    expect(open.body).toMatchObject({ started: 3, handedIn: 2, byLocale: null });
    expect(open.body.receipts.map((r) => [r.receipt, r.score])).toEqual([
      [h1.body.receipt, COUNT],
      [h2.body.receipt, 1],
    ]);
    // Close now: a late answer and a late hand-in are refused with the reason; scores appear.
    expect((await command(a, { type: "close" })).status).toBe(200);
    expect(await answer(a, kk, 1, right(1))).toMatchObject({ status: 410, body: { error: "closed" } });
    expect(await handIn(a, kk)).toMatchObject({ status: 410, body: { error: "closed" } });
    const me = await request<{ score: number; answers: { correct?: boolean }[] }>(
      base,
      "GET",
      `/a/${a.sessionId}/participants/${ru.participantId}`,
      { key: ru.resumeKey },
    );
    expect(me.body).toMatchObject({ score: 1, closed: true, handedIn: true });
    expect(me.body.answers[0]).toMatchObject({ correct: true });
    expect((await join(a.joinCode)).body).toEqual({ error: "closed" });
    // Extend reopens it.
    expect((await command(a, { type: "extend", closesAt: inHours(2), zoneOffset: 300 })).body).toMatchObject({
      closed: false,
    });
    expect((await answer(a, kk, 1, right(1))).status).toBe(200);
    // CSVs: counts and receipts with scores, nothing else per student.
    const csv = await request<string>(
      base,
      "GET",
      `/a/${a.sessionId}/results?format=csv&what=receipts&locale=ru`,
      {
        key: a.hostKey,
      },
    );
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    expect(csv.body).toContain(`${h1.body.receipt},`);
    expect(csv.body.split("\r\n")[0]).toBe("Квитанция,Сдано,Результат");
    const counts = await request<string>(base, "GET", `/a/${a.sessionId}/results?format=csv`, {
      key: a.hostKey,
    });
    expect(counts.status).toBe(200);
  });

  it("streams closing: open student and results streams get closed, reopened and deleted without a reload", async () => {
    const a = await create();
    const s = await student(a, "kk");
    const events = `${base}/api/live/a/${a.sessionId}/events`;
    const hostEvents = `${base}/api/live/a/${a.sessionId}/host/events`;
    expect((await new StreamClient(hostEvents, "wrong-key-wrong-key-wrong").open()).status).toBe(403);
    expect((await new StreamClient(`${base}/api/live/a/no-such-session/events`).open()).status).toBe(404);
    const phone = await new StreamClient(events).open();
    const host = await new StreamClient(hostEvents, a.hostKey).open();
    expect(phone.headers?.get("content-type")).toMatch(/^text\/event-stream/);
    await phone.until((f) => f[0]?.event === "snapshot", "the phone's snapshot");
    await host.until((f) => f[0]?.event === "snapshot", "the host's snapshot");
    // The results page hears a student's work as counts, and the hand-in.
    expect((await answer(a, s, 0, right(0))).status).toBe(200);
    await host.until((f) => f.some((x) => x.event === "counts"), "counts after an answer");
    expect((await handIn(a, s)).status).toBe(200);
    await host.until((f) => f.some((x) => x.event === "handin"), "the hand-in");
    // A student's page is sent neither (it ignores them): only its snapshot so far.
    expect(phone.frames.map((f) => f.event)).toEqual(["snapshot"]);
    expect((await command(a, { type: "close" })).status).toBe(200);
    await phone.until((f) => f.some((x) => x.event === "closed"), "closed on the phone");
    await host.until((f) => f.some((x) => x.event === "closed"), "closed on the results");
    const closed = phone.frames.find((f) => f.event === "closed")!;
    expect(closed.data).toEqual({ closesAt: expect.any(String) });
    expect(await command(a, { type: "extend", closesAt: inHours(3), zoneOffset: 300 })).toMatchObject({
      status: 200,
    });
    await phone.until((f) => f.some((x) => x.event === "reopened"), "reopened on the phone");
    // Polling (where streams are held back): the same events after a seq.
    const since = closed.id! - 1;
    const poll = await request<{ frames: { id?: number; event: string }[] }>(
      base,
      "GET",
      `/a/${a.sessionId}/events?since=${since}&poll=1`,
    );
    expect(poll.status).toBe(200);
    expect(poll.body.frames.map((f) => f.event)).toEqual(["closed", "reopened"]);
    expect(stateSeqs(host.frames)).toEqual(expect.arrayContaining(stateSeqs(phone.frames)));
    expect((await command(a, { type: "delete" })).body).toEqual({ deleted: true });
    await phone.until((f) => f.some((x) => x.event === "deleted"), "deleted on the phone");
    await host.until((f) => f.some((x) => x.event === "deleted"), "deleted on the results");
    phone.close();
    host.close();
  });

  it("feedback after each answer: the verdict at once, and the first answer stands", async () => {
    const a = await create({ feedback: "each" });
    const s = await student(a);
    expect((await answer(a, s, 0, wrong(0))).body).toEqual({ recorded: true, correct: false });
    expect(await answer(a, s, 0, right(0), 2)).toMatchObject({ status: 409, body: { error: "not-open" } });
  });

  it("checks receipts: malformed 400, unknown or another assignment's 404; wrong or rotated key 403", async () => {
    const a = await create();
    const other = await create();
    const s = await student(a);
    const { receipt } = (await handIn(a, s)).body;
    const check = (r: string, x = a, key = x.hostKey) =>
      request(base, "GET", `/a/${x.sessionId}/receipts/${encodeURIComponent(r)}`, {
        key,
        address: "198.51.100.250",
      });
    expect(await check(receipt.toLowerCase())).toMatchObject({ status: 200, body: { receipt, score: 0 } });
    expect(await check("ABC12")).toMatchObject({ status: 400, body: { error: "bad-receipt" } });
    expect(await check("ZZZZZZ")).toMatchObject({ status: 404, body: { error: "unknown-receipt" } });
    expect(await check(receipt, other)).toMatchObject({ status: 404, body: { error: "unknown-receipt" } });
    expect((await results(a, "wrong-key-wrong-key-wrong")).status).toBe(403);
    const rotated = await command(a, { type: "rotate-key" });
    expect(rotated.body.hostKey).toEqual(expect.any(String));
    expect(await results(a)).toMatchObject({ status: 403, body: { error: "forbidden" } });
    expect((await results(a, rotated.body.hostKey as string)).status).toBe(200);
  });

  it("refuses bad close times, answers out of range or of the wrong shape; sends codes to the right page", async () => {
    for (const closesAt of [inHours(-1), inHours(0.5), inHours(24 * 14 + 2), "Friday", "2026-12-11"]) {
      const r = await request(base, "POST", "/assignments", {
        body: body({ closesAt }),
        address: newAddress(),
      });
      expect([r.status, r.body], closesAt).toEqual([400, { error: "bad-closes-at" }]);
    }
    const a = await create();
    const s = await student(a);
    expect(await answer(a, s, COUNT, right(0))).toMatchObject({ status: 400, body: { error: "bad-index" } });
    expect(await answer(a, s, 0, { id: 1 })).toMatchObject({ status: 400, body: { error: "bad-answer" } });
    expect(await answer(a, s, 0, "no-such-option")).toMatchObject({
      status: 400,
      body: { error: "bad-answer" },
    });
    expect(await answer(a, s, 0, right(0), 1, "not-the-key")).toMatchObject({ status: 403 });
    const me = await request<{ answers: unknown[] }>(
      base,
      "GET",
      `/a/${a.sessionId}/participants/${s.participantId}`,
      {
        key: s.resumeKey,
      },
    );
    expect(me.body.answers).toEqual([]);
    // A homework code on the live class's join, and a live class's code here.
    const live = await request<{ joinCode: string }>(base, "POST", "/sessions", {
      body: { classCode: CLASS_CODE, count: COUNT, locale: "en" },
      address: newAddress(),
    });
    expect((await join(live.body.joinCode)).body).toEqual({ error: "is-live-class" });
    const wrongPage = await request(base, "POST", "/join", {
      body: { joinCode: a.joinCode, locale: "en" },
      address: newAddress(),
    });
    expect([wrongPage.status, wrongPage.body]).toEqual([409, { error: "is-assignment" }]);
  });

  it("refuses the student past the limit with 403 full, and deletes everything on delete", async () => {
    const a = await create();
    for (let i = 0; i < 12; i++) expect((await join(a.joinCode)).status).toBe(201);
    expect(await join(a.joinCode)).toMatchObject({ status: 403, body: { error: "full" } });
    expect((await command(a, { type: "delete" })).body).toEqual({ deleted: true });
    expect((await results(a)).status).toBe(404);
    expect(await join(a.joinCode)).toMatchObject({ status: 404, body: { error: "unknown-session" } });
  });
});
