/** Every row of LIVE.md's "Bad input, abuse and limits" table, against a running `next start`. */
import { describe, expect, inject, it } from "vitest";
import { classQuiz } from "@/server/live/class-quiz";
import { request, StreamClient, type Reply } from "./harness";

/** A class code whose 5 questions include an order question (searched, so a generator change cannot break it). */
const CLASS_CODE = (() => {
  for (let c = 424242; c < 425242; c++) {
    const questions = classQuiz(String(c), 5).questions;
    if (questions.some((q) => q.answer === "order") && questions.some((q) => q.answer === "choice"))
      return String(c);
  }
  throw new Error("no class code of 5 questions has an order question");
})();

const base = inject("liveBase");
let addressCounter = 0;
/** Each test acts from its own client address (the test server trusts one proxy). */
const newAddress = () => `198.51.100.${++addressCounter}`;

interface Created {
  sessionId: string;
  joinCode: string;
  hostKey: string;
}
interface Joined {
  participantId: string;
  resumeKey: string;
}

async function create(address = newAddress(), classCode = CLASS_CODE, count = 5): Promise<Created> {
  const r = await request<Created>(base, "POST", "/sessions", {
    body: { classCode, count, locale: "en" },
    address,
  });
  expect(r.status).toBe(201);
  return r.body;
}
async function join(code: string, locale = "en", address = newAddress()): Promise<Reply<Joined>> {
  return request<Joined>(base, "POST", "/join", { body: { joinCode: code, locale }, address });
}
const command = (s: Created, body: unknown, ...keys: [] | [string | undefined]) =>
  request(base, "POST", `/s/${s.sessionId}/commands`, { body, key: keys.length ? keys[0] : s.hostKey });
const answer = (s: Created, p: Joined, body: Record<string, unknown>, key = p.resumeKey) =>
  request(base, "POST", `/s/${s.sessionId}/answers`, {
    body: { participantId: p.participantId, ...body },
    key,
  });

describe("join codes", () => {
  it("unknown → 404 unknown-session; not 8 digits → 400 bad-code", async () => {
    const unknown = await join("00000000");
    expect([unknown.status, unknown.body]).toEqual([404, { error: "unknown-session" }]);
    for (const code of ["1234567", "123456789", "abcdefgh", "123456"]) {
      const r = await join(code);
      expect([r.status, r.body], code).toEqual([400, { error: "bad-code" }]);
    }
  });

  it("a locked class → 403 locked, a full one → 403 full, an ended one → 410 ended", async () => {
    const s = await create();
    expect((await command(s, { type: "lock" })).status).toBe(200);
    expect(await join(s.joinCode).then((r) => [r.status, r.body])).toEqual([403, { error: "locked" }]);
    expect((await command(s, { type: "unlock" })).status).toBe(200);
    // The test server's cap is 40 (LIVE_MAX_PARTICIPANTS; 300 by default).
    for (let i = 0; i < 40; i++) expect((await join(s.joinCode)).status).toBe(201);
    expect(await join(s.joinCode).then((r) => [r.status, r.body])).toEqual([403, { error: "full" }]);
    const t = await create();
    expect((await command(t, { type: "end" })).status).toBe(200);
    expect(await join(t.joinCode).then((r) => [r.status, r.body])).toEqual([410, { error: "ended" }]);
  });
});

describe("sessions and keys", () => {
  it("an unknown session id → 404 unknown-session on every route", async () => {
    const s = await create();
    const p = (await join(s.joinCode)).body;
    for (const id of ["AAAAAAAAAAAAAAAAAAAAAA", "nope", "x".repeat(300)]) {
      const replies = [
        await request(base, "GET", `/s/${id}/events?poll=1`),
        await request(base, "GET", `/s/${id}/host/events?poll=1`, { key: s.hostKey }),
        await request(base, "POST", `/s/${id}/commands`, { body: { type: "lock" }, key: s.hostKey }),
        await request(base, "POST", `/s/${id}/answers`, {
          body: { participantId: p.participantId, question: 0, answer: "x", answerSeq: 1 },
          key: p.resumeKey,
        }),
        await request(base, "GET", `/s/${id}/participants/${p.participantId}`, { key: p.resumeKey }),
        await request(base, "GET", `/s/${id}/summary`, { key: s.hostKey }),
      ];
      for (const r of replies) expect([r.status, r.body], id).toEqual([404, { error: "unknown-session" }]);
    }
    const stream = await new StreamClient(`${base}/api/live/s/AAAAAAAAAAAAAAAAAAAAAA/events`).open();
    expect(stream.status).toBe(404);
  });

  it("a host command, host stream or summary without or with a wrong key → 403 forbidden", async () => {
    const s = await create();
    const other = await create();
    for (const key of [undefined, "wrong", other.hostKey]) {
      expect(await command(s, { type: "start" }, key).then((r) => [r.status, r.body])).toEqual([
        403,
        { error: "forbidden" },
      ]);
      const summary = await request(base, "GET", `/s/${s.sessionId}/summary`, { key });
      expect([summary.status, summary.body]).toEqual([403, { error: "forbidden" }]);
      const host = await request(base, "GET", `/s/${s.sessionId}/host/events?poll=1`, { key });
      expect([host.status, host.body]).toEqual([403, { error: "forbidden" }]);
    }
  });

  it("an answer or a student's own state with a wrong resume key → 403 forbidden", async () => {
    const s = await create();
    const p = (await join(s.joinCode)).body;
    const q = (await join(s.joinCode)).body;
    await command(s, { type: "open", index: 0 });
    const option = classQuiz(CLASS_CODE, 5).questions[0]!;
    const body = {
      question: 0,
      answer: option.answer === "order" ? option.options : option.options[0],
      answerSeq: 1,
    };
    for (const key of ["wrong", q.resumeKey]) {
      expect(await answer(s, p, body, key).then((r) => [r.status, r.body])).toEqual([
        403,
        { error: "forbidden" },
      ]);
      const own = await request(base, "GET", `/s/${s.sessionId}/participants/${p.participantId}`, { key });
      expect([own.status, own.body]).toEqual([403, { error: "forbidden" }]);
    }
    const noKey = await request(base, "POST", `/s/${s.sessionId}/answers`, {
      body: { participantId: p.participantId, ...body },
    });
    expect([noKey.status, noKey.body]).toEqual([403, { error: "forbidden" }]);
  });
});

describe("creating and changing language", () => {
  it("a class code that is not 6 digits → 400 bad-code; a count out of 5–20 or an unknown locale → 400 bad-request", async () => {
    const post = (body: unknown) => request(base, "POST", "/sessions", { body, address: newAddress() });
    for (const classCode of ["12345", "12345678", "abcdef"])
      expect(await post({ classCode, count: 5, locale: "en" }).then((r) => [r.status, r.body])).toEqual([
        400,
        { error: "bad-code" },
      ]);
    for (const body of [
      { classCode: "123456", count: 4, locale: "en" },
      { classCode: "123456", count: 21, locale: "en" },
      { classCode: "123456", count: 5, locale: "de" },
      { classCode: "123456" },
    ])
      expect(await post(body).then((r) => [r.status, r.body])).toEqual([400, { error: "bad-request" }]);
  });

  it("a student changes language and stays the same participant, with their answers", async () => {
    const s = await create();
    const p = (await join(s.joinCode, "kk")).body;
    const path = `/s/${s.sessionId}/participants/${p.participantId}`;
    const changed = await request(base, "POST", path, { body: { locale: "ru" }, key: p.resumeKey });
    expect([changed.status, changed.body]).toEqual([200, { participantId: p.participantId, locale: "ru" }]);
    const own = await request(base, "GET", path, { key: p.resumeKey });
    expect(own.body).toMatchObject({ participantId: p.participantId, locale: "ru", answers: [] });
    const bad = await request(base, "POST", path, { body: { locale: "xx" }, key: p.resumeKey });
    expect([bad.status, bad.body]).toEqual([400, { error: "bad-request" }]);
    const wrong = await request(base, "POST", path, { body: { locale: "en" }, key: "wrong" });
    expect([wrong.status, wrong.body]).toEqual([403, { error: "forbidden" }]);
  });
});

describe("answers", () => {
  const quiz = classQuiz(CLASS_CODE, 5);
  const valid = (i: number) => {
    const q = quiz.questions[i]!;
    return q.answer === "order" ? [...q.options] : q.options[0]!;
  };

  it("an answer to a question that is not open → 409 not-open", async () => {
    const s = await create();
    const p = (await join(s.joinCode)).body;
    const before = await answer(s, p, { question: 0, answer: valid(0), answerSeq: 1 });
    expect([before.status, before.body]).toEqual([409, { error: "not-open" }]);
    await command(s, { type: "open", index: 0 });
    const other = await answer(s, p, { question: 1, answer: valid(1), answerSeq: 1 });
    expect([other.status, other.body]).toEqual([409, { error: "not-open" }]);
    await command(s, { type: "close" });
    const after = await answer(s, p, { question: 0, answer: valid(0), answerSeq: 2 });
    expect([after.status, after.body]).toEqual([409, { error: "not-open" }]);
  });

  it("an option not in the question, a malformed order or the wrong kind → 400 bad-answer", async () => {
    const s = await create();
    const p = (await join(s.joinCode)).body;
    const order = quiz.questions.findIndex((q) => q.answer === "order");
    const choice = quiz.questions.findIndex((q) => q.answer === "choice");
    expect(order).toBeGreaterThanOrEqual(0);
    await command(s, { type: "open", index: choice });
    const opts = quiz.questions[order]!.options;
    const bad: [number, unknown][] = [
      [choice, "not-an-option"],
      [choice, [quiz.questions[choice]!.options[0]]],
      [choice, 3],
      [choice, null],
    ];
    for (const [question, value] of bad) {
      const r = await answer(s, p, { question, answer: value, answerSeq: 1 });
      expect([r.status, r.body], JSON.stringify(value)).toEqual([400, { error: "bad-answer" }]);
    }
    await command(s, { type: "open", index: order });
    for (const value of [
      opts[0],
      opts.slice(1),
      [...opts, opts[0]],
      [opts[0], opts[0], ...opts.slice(2)],
      [...opts.slice(1), "x"],
    ]) {
      const r = await answer(s, p, { question: order, answer: value, answerSeq: 1 });
      expect([r.status, r.body], JSON.stringify(value)).toEqual([400, { error: "bad-answer" }]);
    }
    const ok = await answer(s, p, { question: order, answer: [...opts].reverse(), answerSeq: 1 });
    expect([ok.status, ok.body]).toEqual([200, { recorded: true }]);
  });

  it("the same answer twice, or an older answerSeq after a newer one → 200, counted once, the newer kept", async () => {
    const s = await create();
    const p = (await join(s.joinCode)).body;
    const i = quiz.questions.findIndex((q) => q.answer === "choice");
    const [a, b] = quiz.questions[i]!.options;
    await command(s, { type: "open", index: i });
    for (const [value, seq] of [
      [a, 1],
      [a, 1],
      [b, 3],
      [a, 2],
      [b, 3],
    ] as const) {
      const r = await answer(s, p, { question: i, answer: value, answerSeq: seq });
      expect([r.status, r.body]).toEqual([200, { recorded: true }]);
    }
    const summary = await request<{ questions: { answered: number; byOption: Record<string, number> }[] }>(
      base,
      "GET",
      `/s/${s.sessionId}/summary`,
      { key: s.hostKey },
    );
    expect(summary.body.questions[i]).toMatchObject({ answered: 1, byOption: { [b!]: 1 } });
    const own = await request<{ answers: unknown[] }>(
      base,
      "GET",
      `/s/${s.sessionId}/participants/${p.participantId}`,
      {
        key: p.resumeKey,
      },
    );
    expect(own.body.answers).toEqual([{ question: i, answer: b }]);
  });

  it("a question index out of range in an answer → 400 bad-index", async () => {
    const s = await create();
    const p = (await join(s.joinCode)).body;
    const r = await answer(s, p, { question: 5, answer: "x", answerSeq: 1 });
    expect([r.status, r.body]).toEqual([400, { error: "bad-index" }]);
  });
});

describe("commands", () => {
  it("a step or question index out of range → 400 bad-index", async () => {
    const s = await create();
    for (const body of [
      { type: "step", index: 99 },
      { type: "step", index: -1 },
      { type: "step" },
      { type: "open", index: 5 },
      { type: "open" },
      { type: "reveal", index: 7 },
      { type: "close", index: 5 },
    ]) {
      const r = await command(s, body);
      expect([r.status, r.body], JSON.stringify(body)).toEqual([400, { error: "bad-index" }]);
    }
    const badType = await command(s, { type: "explode" });
    expect([badType.status, badType.body]).toEqual([400, { error: "bad-request" }]);
  });
});

describe("bodies", () => {
  it("over 4 kB → 413, not JSON → 400, a wrong content type → 415", async () => {
    const big = JSON.stringify({ joinCode: "12345678", locale: "en", pad: "x".repeat(5000) });
    const r413 = await request(base, "POST", "/join", { rawBody: big, address: newAddress() });
    expect([r413.status, r413.body]).toEqual([413, { error: "too-large" }]);
    const r400 = await request(base, "POST", "/join", { rawBody: "{joinCode:", address: newAddress() });
    expect([r400.status, r400.body]).toEqual([400, { error: "bad-json" }]);
    const r415 = await request(base, "POST", "/join", {
      rawBody: JSON.stringify({ joinCode: "12345678", locale: "en" }),
      contentType: "text/plain",
      address: newAddress(),
    });
    expect([r415.status, r415.body]).toEqual([415, { error: "bad-content-type" }]);
    // The same rules on a host route and a student route.
    const s = await create();
    const cmd = await request(base, "POST", `/s/${s.sessionId}/commands`, { rawBody: big, key: s.hostKey });
    expect(cmd.status).toBe(413);
    const ans = await request(base, "POST", `/s/${s.sessionId}/answers`, { rawBody: "nope" });
    expect(ans.status).toBe(400);
  });
});

describe("abuse limits", () => {
  it("many failed code lookups from one address → 429 rate-limited with Retry-After", async () => {
    const address = newAddress();
    for (let i = 0; i < 5; i++) expect((await join("00000001", "en", address)).status).toBe(404);
    const r = await join("00000001", "en", address);
    expect([r.status, r.body]).toEqual([429, { error: "rate-limited" }]);
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    // Even a real code is refused to that address for a while; another address is not affected.
    const s = await create();
    expect((await join(s.joinCode, "en", address)).status).toBe(429);
    expect((await join(s.joinCode, "en", newAddress())).status).toBe(201);
  });

  it("many failed code lookups in all (from many addresses) → 429 for everyone, for a while", async () => {
    const s = await create();
    // Let the 3 s window of earlier failures pass first.
    await new Promise((r) => setTimeout(r, 3100));
    for (let a = 0; a < 5; a++) {
      const address = newAddress();
      for (let i = 0; i < 5; i++) expect((await join("00000002", "en", address)).status).toBe(404);
    }
    const fresh = await join(s.joinCode, "en", newAddress());
    expect([fresh.status, fresh.body]).toEqual([429, { error: "rate-limited" }]);
    expect(Number(fresh.headers.get("retry-after"))).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 3100));
    expect((await join(s.joinCode, "en", newAddress())).status).toBe(201);
  });

  it("session creation beyond the rate → 429 rate-limited", async () => {
    const address = newAddress();
    for (let i = 0; i < 5; i++) await create(address);
    const r = await request(base, "POST", "/sessions", {
      body: { classCode: CLASS_CODE, count: 5, locale: "en" },
      address,
    });
    expect([r.status, r.body]).toEqual([429, { error: "rate-limited" }]);
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("streams beyond the cap per session and per address → 429", async () => {
    const s = await create();
    const url = `${base}/api/live/s/${s.sessionId}/events`;
    const open: StreamClient[] = [];
    try {
      // Per address (40 on the test server): from the test's own address (127.0.0.1, no header).
      for (let i = 0; i < 40; i++) open.push(await new StreamClient(url).open());
      expect(open.every((c) => c.status === 200)).toBe(true);
      const over = await new StreamClient(url).open();
      expect(over.status).toBe(429);
      // Per session (45): from other addresses.
      const viaProxy = async (address: string) => {
        const res = await fetch(url, { headers: { "x-forwarded-for": address } });
        if (res.status === 200) open.push({ close: () => void res.body?.cancel() } as StreamClient);
        else await res.text();
        return res.status;
      };
      for (let i = 0; i < 5; i++) expect(await viaProxy(newAddress())).toBe(200);
      expect(await viaProxy(newAddress())).toBe(429);
    } finally {
      for (const c of open) c.close();
    }
    // Closing streams frees their slots.
    await new Promise((r) => setTimeout(r, 300));
    const again = await new StreamClient(url).open();
    expect(again.status).toBe(200);
    again.close();
  });
});
