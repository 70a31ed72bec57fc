/**
 * The store's contract, run against every engine available: PGlite always; PostgreSQL whenever
 * DATABASE_URL is set (a database of its own per run, dropped afterwards). Under CI a missing
 * DATABASE_URL fails the run rather than skipping PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { distribution } from "@/lib/live/counts";
import { canAnswer, initialState, type LiveState } from "@/lib/live/state";
import { createTestDatabase, postgresUrl, requirePostgresInCi } from "@/tests/pg-database";
import { assignmentCases } from "./assignment-store.cases";
import { migrate } from "./migrate";
import { openMemoryPglite } from "./pglite";
import { openPostgres } from "./postgres";
import { RoomChecks } from "./room-checks";
import type { SqlDb } from "./sql";
import { SqlLiveStore, type LiveAnswerInput, type NewSession } from "./store";

async function openTestPostgres(): Promise<SqlDb> {
  const database = await createTestDatabase();
  const db = openPostgres({ url: database.url, applicationName: "live-contract-test" });
  return {
    ...db,
    close: async () => {
      await db.close();
      await database.drop();
    },
  };
}

const engines: { name: string; open: () => Promise<SqlDb> }[] = [
  { name: "pglite", open: openMemoryPglite },
  ...(postgresUrl() ? [{ name: "postgres", open: openTestPostgres }] : []),
];

describe("engines", () => {
  it("include PostgreSQL under CI (DATABASE_URL set)", () => {
    requirePostgresInCi();
    expect(engines.map((e) => e.name)).toContain("pglite");
  });
});

const open = (s: LiveState): LiveState => ({
  ...s,
  phase: "question",
  question: 0,
  questions: ["open", "new"],
});

function newSession(id: string, state: LiveState = initialState(2)): NewSession {
  return {
    id,
    hostKeyHash: "h",
    classCode: "123456",
    questionCount: 5,
    datasetVersion: "v",
    hostLocale: "en",
    state,
  };
}

describe.each(engines)("live store on $name", ({ open: openDb }) => {
  let db: SqlDb;
  let store: SqlLiveStore;

  // One database for the suite (opening PGlite takes seconds); each test uses its own session ids.
  beforeAll(async () => {
    db = await openDb();
    await migrate(db);
    store = new SqlLiveStore(db);
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  it("records its migrations and applies each once", async () => {
    expect(await migrate(db)).toEqual([]);
    const { rows } = await db.query<{ id: string }>("SELECT id FROM live_migrations ORDER BY id");
    expect(rows.map((r) => r.id)).toEqual([
      "001_live",
      "002_rate_limits",
      "003_room_checks",
      "004_assignments",
    ]);
  });

  it("draws another join code when one is taken", async () => {
    await store.createSession(newSession("t1s1"), () => "11111111");
    const codes = ["11111111", "12222222"];
    const s2 = await store.createSession(newSession("t1s2"), () => codes.shift()!);
    expect(s2.joinCode).toBe("12222222");
    expect((await store.findByJoinCode("12222222"))?.id).toBe("t1s2");
    expect(await store.findByJoinCode("13333333")).toBeNull();
  });

  it("keeps a gapless seq per session under concurrent writes", async () => {
    await store.createSession(newSession("t2s1", open(initialState(2))), () => "21111111");
    await store.createSession(newSession("t2s2", open(initialState(2))), () => "22222222");
    const joins = [];
    for (let i = 0; i < 20; i++) {
      joins.push(
        store.addParticipant(
          i % 2 ? "t2s1" : "t2s2",
          { id: `t2p${i}`, resumeKeyHash: "r", locale: "en" },
          300,
        ),
      );
    }
    await Promise.all(joins);
    const answers = [];
    for (let i = 0; i < 20; i++) {
      answers.push(
        store.recordAnswer({
          sessionId: i % 2 ? "t2s1" : "t2s2",
          participantId: `t2p${i}`,
          question: 0,
          answer: "a",
          correct: true,
          answerSeq: 1,
          resumeKeyHash: "r",
        }),
      );
    }
    await Promise.all(answers);
    for (const id of ["t2s1", "t2s2"]) {
      const seqs = (await store.eventsAfter(id, 0)).map((e) => e.seq);
      expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(await store.head(id)).toBe(20);
    }
  });

  it("keeps the newest answerSeq and counts a repeated answer once", async () => {
    await store.createSession(newSession("t3s1", open(initialState(2))), () => "31111111");
    await store.addParticipant("t3s1", { id: "t3p", resumeKeyHash: "r", locale: "kk" }, 300);
    const record = (answer: string, answerSeq: number) =>
      store.recordAnswer({
        sessionId: "t3s1",
        participantId: "t3p",
        question: 0,
        answer,
        correct: answer === "a",
        answerSeq,
        resumeKeyHash: "r",
      });
    expect(await record("a", 1)).toMatchObject({ ok: true, changed: true });
    expect(await record("a", 1)).toMatchObject({ ok: true, changed: false });
    expect(await record("b", 3)).toMatchObject({ ok: true, changed: true });
    expect(await record("a", 2)).toMatchObject({ ok: true, changed: false });
    expect(await record("b", 4)).toMatchObject({ ok: true, changed: false });
    expect(await record("a", 3)).toMatchObject({ ok: true, changed: false });
    expect(await store.answers("t3s1", 0)).toEqual([
      { participantId: "t3p", question: 0, answer: "b", correct: false },
    ]);
    const closed = await store.recordAnswer({
      sessionId: "t3s1",
      participantId: "t3p",
      question: 1,
      answer: "a",
      correct: true,
      answerSeq: 9,
      resumeKeyHash: "r",
    });
    expect(closed).toEqual({ ok: false, error: "not-open" });
  });

  it("answers in one statement: checks session, participant and key, says who it told", async () => {
    await store.createSession(newSession("t7s1", open(initialState(2))), () => "17111111");
    await store.addParticipant("t7s1", { id: "t7p", resumeKeyHash: "key-hash", locale: "en" }, 300);
    const heard: string[] = [];
    const stop = await db.listen("live", (payload) => heard.push(payload));
    const answer = (over: Partial<LiveAnswerInput>) =>
      store.recordAnswer({
        sessionId: "t7s1",
        participantId: "t7p",
        question: 0,
        answer: "a",
        correct: true,
        answerSeq: 1,
        resumeKeyHash: "key-hash",
        ...over,
      });
    try {
      expect(await answer({ sessionId: "t7nope" })).toEqual({ ok: false, error: "unknown-session" });
      expect(await answer({ resumeKeyHash: "other" })).toEqual({ ok: false, error: "forbidden" });
      expect(await answer({ participantId: "t3p" })).toEqual({ ok: false, error: "forbidden" });
      expect(await answer({ question: 1 })).toEqual({ ok: false, error: "not-open" });
      expect(await answer({ question: -1 })).toEqual({ ok: false, error: "not-open" });
      expect(await answer({ question: 7 })).toEqual({ ok: false, error: "not-open" });
      expect(await store.head("t7s1")).toBe(1); // Only the join: nothing refused was written.
      expect(await answer({})).toEqual({ ok: true, changed: true, seq: 2 });
      for (let i = 0; i < 50 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toEqual(["t7s1:2"]);
      expect(await store.eventsAfter("t7s1", 1)).toEqual([
        { seq: 2, type: "answer", payload: { question: 0 } },
      ]);
    } finally {
      await stop();
    }
  });

  it("decides 'open' in SQL exactly as canAnswer does", async () => {
    const states: LiveState[] = [];
    for (const phase of ["lobby", "step", "question", "ended"] as const)
      for (const status of ["new", "open", "closed", "revealed"] as const)
        states.push({ ...initialState(2), phase, question: 0, questions: [status, "open"] });
    for (const [i, state] of states.entries()) {
      const id = `t8s${i}`;
      await store.createSession(newSession(id, state), () => `18${String(i).padStart(6, "0")}`);
      await store.addParticipant(id, { id: `t8p${i}`, resumeKeyHash: "r", locale: "en" }, 300);
      await db.query("UPDATE live_sessions SET state = $2::jsonb WHERE id = $1", [id, JSON.stringify(state)]);
      for (const question of [0, 1, 2]) {
        const r = await store.recordAnswer({
          sessionId: id,
          participantId: `t8p${i}`,
          question,
          answer: "a",
          correct: true,
          answerSeq: 1,
          resumeKeyHash: "r",
        });
        expect([state.phase, state.questions, question, r.ok]).toEqual([
          state.phase,
          state.questions,
          question,
          canAnswer(state, question),
        ]);
      }
    }
  });

  it("keeps no answer that a concurrent close came before", async () => {
    await store.createSession(newSession("t9s1", open(initialState(2))), () => "19111111");
    for (let i = 0; i < 30; i++)
      await store.addParticipant("t9s1", { id: `t9p${i}`, resumeKeyHash: "r", locale: "en" }, 300);
    const answers = Array.from({ length: 30 }, (_, i) =>
      store.recordAnswer({
        sessionId: "t9s1",
        participantId: `t9p${i}`,
        question: 0,
        answer: "a",
        correct: true,
        answerSeq: 1,
        resumeKeyHash: "r",
      }),
    );
    const close = store.runCommand(
      "t9s1",
      (s) => ({
        ok: true,
        state: { ...s.state, questions: ["closed", "new"] },
        events: [{ type: "close", payload: {} }],
      }),
      async (e) => e.payload,
    );
    const results = await Promise.all(answers);
    const closed = await close;
    expect(closed).toMatchObject({ ok: true });
    const events = await store.eventsAfter("t9s1", 30);
    const closeSeq = events.find((e) => e.type === "close")!.seq;
    const kept = results.filter((r) => r.ok).length;
    expect(events.filter((e) => e.type === "answer").every((e) => e.seq < closeSeq)).toBe(true);
    expect(events.filter((e) => e.type === "answer")).toHaveLength(kept);
    expect(await store.answers("t9s1", 0)).toHaveLength(kept);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error === "not-open")).toBe(true);
  });

  it("reads a counts frame's data in one statement, as the separate reads give it", async () => {
    await store.createSession(newSession("t10s1", open(initialState(2))), () => "10111111");
    for (let i = 0; i < 7; i++) {
      const id = `t10p${i}`;
      await store.addParticipant(
        "t10s1",
        { id, resumeKeyHash: "r", locale: ["en", "ru", "kk"][i % 3]! },
        300,
      );
      if (i < 5)
        await store.recordAnswer({
          sessionId: "t10s1",
          participantId: id,
          question: 0,
          answer: i % 2 ? "b" : "a",
          correct: i % 2 === 0,
          answerSeq: 1,
          resumeKeyHash: "r",
        });
    }
    const c = (await store.liveCounts("t10s1"))!;
    expect(c.session.id).toBe("t10s1");
    expect(c.byLocale).toEqual(await store.joinedByLocale("t10s1"));
    const rows = c.answers.flatMap((a) => Array.from({ length: a.n }, () => a));
    expect(distribution(rows)).toEqual(distribution(await store.answers("t10s1", 0)));
    await db.query(
      `UPDATE live_sessions SET state = jsonb_set(state, '{question}', 'null') WHERE id = 't10s1'`,
    );
    expect((await store.liveCounts("t10s1"))!.answers).toEqual([]);
    expect(await store.liveCounts("t10nope")).toBeNull();
  });

  it("refuses joins when locked, full or ended", async () => {
    await store.createSession(newSession("t4s1"), () => "41111111");
    const join = (id: string, max = 2) =>
      store.addParticipant("t4s1", { id, resumeKeyHash: "r", locale: "ru" }, max);
    expect(await join("t4p1")).toMatchObject({ ok: true });
    expect(await join("t4p2")).toMatchObject({ ok: true });
    expect(await join("t4p3")).toEqual({ ok: false, error: "full" });
    await db.query(`UPDATE live_sessions SET state = jsonb_set(state, '{locked}', 'true') WHERE id = 't4s1'`);
    expect(await join("t4p4", 10)).toEqual({ ok: false, error: "locked" });
    await db.query(
      `UPDATE live_sessions SET state = jsonb_set(state, '{phase}', '"ended"') WHERE id = 't4s1'`,
    );
    expect(await join("t4p5", 10)).toEqual({ ok: false, error: "ended" });
    expect(
      await store.addParticipant("t4nope", { id: "t4p6", resumeKeyHash: "r", locale: "ru" }, 10),
    ).toEqual({
      ok: false,
      error: "unknown-session",
    });
    expect(await store.joinedByLocale("t4s1")).toEqual({ ru: 2 });
  });

  it("deletes everything of a session, at once or after the retention time", async () => {
    await store.createSession(newSession("t5s1", open(initialState(2))), () => "51111111");
    await store.createSession(newSession("t5s2"), () => "52222222");
    await store.addParticipant("t5s1", { id: "t5p", resumeKeyHash: "r", locale: "en" }, 300);
    expect(await store.deleteSession("t5s1")).toBe(true);
    for (const table of ["live_participants", "live_events", "live_answers"]) {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${table} WHERE session_id = $1`,
        ["t5s1"],
      );
      expect(rows[0]!.n, table).toBe(0);
    }
    expect(await store.sweep(1)).toEqual([]);
    await db.query("UPDATE live_sessions SET last_event_at = now() - interval '25 hours' WHERE id = 't5s2'");
    expect(await store.sweep(24)).toEqual(["t5s2"]);
    expect(await store.getSession("t5s2")).toBeNull();
  });

  it("counts each phone of a room check once, says when a check is unknown or over, sweeps old ones", async () => {
    const checks = new RoomChecks(db);
    await checks.create("room-check-1");
    expect(await checks.count("room-check-1")).toBe(0);
    expect(await checks.hit("room-check-1", "phoneAAAAAAAAAAAAAAAAA")).toBe(true);
    expect(await checks.hit("room-check-1", "phoneAAAAAAAAAAAAAAAAA")).toBe(true);
    expect(await checks.hit("room-check-1", "phoneBBBBBBBBBBBBBBBBB")).toBe(true);
    expect(await checks.count("room-check-1")).toBe(2);
    expect(await checks.hit("no-such-check", "phoneAAAAAAAAAAAAAAAAA")).toBe(false);
    expect(await checks.count("no-such-check")).toBeNull();
    // Past its two hours a check is over for phones and the teacher alike, and the sweep removes it.
    await checks.create("room-check-2");
    await db.query(
      "UPDATE live_room_checks SET created_at = created_at - interval '3 hours' WHERE id = 'room-check-2'",
    );
    expect(await checks.hit("room-check-2", "phoneAAAAAAAAAAAAAAAAA")).toBe(false);
    expect(await checks.count("room-check-2")).toBeNull();
    expect(await checks.sweep()).toBeGreaterThanOrEqual(1);
    expect(await checks.count("room-check-1")).toBe(2);
  });

  it("applies a command's state and events in one transaction", async () => {
    await store.createSession(newSession("t6s1"), () => "61111111");
    const result = await store.runCommand(
      "t6s1",
      (s) => ({
        ok: true,
        state: { ...s.state, phase: "step", step: 1 },
        events: [
          { type: "step", payload: { step: 1 } },
          { type: "lock", payload: {} },
        ],
      }),
      async (e) => ({ ...e.payload, extra: true }),
    );
    expect(result).toMatchObject({ ok: true, seq: 2 });
    expect((await store.getSession("t6s1"))?.state).toMatchObject({ phase: "step", step: 1 });
    expect(await store.eventsAfter("t6s1", 0)).toEqual([
      { seq: 1, type: "step", payload: { step: 1, extra: true } },
      { seq: 2, type: "lock", payload: { extra: true } },
    ]);
    const failed = await store.runCommand(
      "t6s1",
      () => ({ ok: false, status: 409, error: "bad-state" }),
      async () => ({}),
    );
    expect(failed).toEqual({ ok: false, status: 409, error: "bad-state" });
    expect(await store.head("t6s1")).toBe(2);
  });

  assignmentCases(() => ({ db, store }));
});
