/**
 * Faults on one machine: killed during the very first start, a second process on the same data
 * folder, and SIGKILL mid-question (every acknowledged answer kept, clients catch up).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { classQuiz } from "@/server/live/class-quiz";
import { migrate } from "@/server/live/migrate";
import { openPglite } from "@/server/live/pglite";
import {
  removeDir,
  request,
  startServer,
  stateSeqs,
  StreamClient,
  tempDataDir,
  type Frame,
  type Server,
} from "./harness";

// Next to the main server's port (3141 unless LIVE_TEST_PORT moves them).
const PORT = Number(process.env.LIVE_TEST_PORT ?? 3141) + 1;
const SECOND_PORT = PORT + 1;
const env = { LIVE_FAILED_LOOKUPS_PER_ADDRESS: "5" };
const dir = tempDataDir();
let server: Server | undefined;
const streams: StreamClient[] = [];

afterAll(async () => {
  streams.forEach((s) => s.close());
  await server?.stop();
  removeDir(dir);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("faults", () => {
  it("killed during its very first start: the next start recovers", async () => {
    server = await startServer(PORT, dir, env);
    // The first request opens the store: PGlite creates its files (seconds).
    const first = request(server.base, "POST", "/sessions", {
      body: { classCode: "123456", count: 5, locale: "en" },
    }).catch((e: unknown) => e);
    const pg = join(dir, "pg");
    const deadline = Date.now() + 60_000;
    while (!existsSync(pg) && Date.now() < deadline) await sleep(20);
    expect(existsSync(pg)).toBe(true);
    await sleep(100);
    const halfMade = !existsSync(join(dir, "pg-ready"));
    await server.stop("SIGKILL");
    await first;
    expect(halfMade, "killed before the folder was complete").toBe(true);
    // The lock names a process that no longer exists.
    expect(readFileSync(join(dir, "live.lock"), "utf8").trim()).toBe(String(server.proc.pid));

    server = await startServer(PORT, dir, env);
    const created = await request(server.base, "POST", "/sessions", {
      body: { classCode: "123456", count: 5, locale: "en" },
    });
    expect(created.status).toBe(201);
    expect(readdirSync(dir).some((f) => f.startsWith("pg.half-created-"))).toBe(true);
    expect(server.output()).toMatch(/left half-created/);
    expect(readFileSync(join(dir, "live.lock"), "utf8").trim()).toBe(String(server.proc.pid));
  });

  it("a second process on the same data folder refuses, with a clear message", async () => {
    const second = await startServer(SECOND_PORT, dir, env);
    try {
      const r = await request(second.base, "POST", "/sessions", {
        body: { classCode: "123456", count: 5, locale: "en" },
      });
      expect([r.status, r.body]).toEqual([503, { error: "store-busy" }]);
      expect(second.output()).toContain(`in use by process ${server!.proc.pid}`);
      expect(second.output()).toContain("PGlite allows one server process per folder");
    } finally {
      await second.stop();
    }
    // The first one is untouched.
    expect(readFileSync(join(dir, "live.lock"), "utf8").trim()).toBe(String(server!.proc.pid));
    const ok = await request(server!.base, "POST", "/sessions", {
      body: { classCode: "123456", count: 5, locale: "en" },
    });
    expect(ok.status).toBe(201);
  });

  it("SIGKILL mid-question and a restart: every answer that got a 2xx is kept, and clients catch up", async () => {
    if (!server || server.proc.exitCode !== null || server.proc.signalCode !== null)
      server = await startServer(PORT, dir, env);
    let base = server.base;
    const quiz = classQuiz("246810", 5);
    const s = (
      await request<{ sessionId: string; joinCode: string; hostKey: string }>(base, "POST", "/sessions", {
        body: { classCode: "246810", count: 5, locale: "en" },
      })
    ).body;
    const students: { participantId: string; resumeKey: string }[] = [];
    for (let j = 0; j < 20; j++) {
      const r = await request<{ participantId: string; resumeKey: string }>(base, "POST", "/join", {
        body: { joinCode: s.joinCode, locale: ["en", "ru", "kk"][j % 3] },
      });
      expect(r.status).toBe(201);
      students.push(r.body);
    }
    const host = new StreamClient(`${base}/api/live/s/${s.sessionId}/host/events`, s.hostKey);
    const student = new StreamClient(`${base}/api/live/s/${s.sessionId}/events`);
    streams.push(host, student);
    await host.open();
    await student.open();
    const cmd = (body: Record<string, unknown>) =>
      request(base, "POST", `/s/${s.sessionId}/commands`, { body, key: s.hostKey });
    expect((await cmd({ type: "start" })).status).toBe(200);
    expect((await cmd({ type: "open", index: 0 })).status).toBe(200);
    await student.until((f) => f.some((x) => x.event === "open"), "open");

    const q = quiz.questions[0]!;
    const value = q.answer === "order" ? [...q.options] : q.options[0]!;
    const acked = new Set<string>();
    let killed = false;
    const sending = students.map(async (p, j) => {
      await sleep(j * 15);
      try {
        const r = await request(base, "POST", `/s/${s.sessionId}/answers`, {
          body: { participantId: p.participantId, question: 0, answer: value, answerSeq: 1 },
          key: p.resumeKey,
        });
        if (r.status === 200) acked.add(p.participantId);
      } catch {
        // Cut by the kill: not acknowledged.
      }
    });
    // Kill while answers are still coming in.
    while (acked.size < 8) await sleep(5);
    await server!.stop("SIGKILL");
    killed = true;
    await Promise.all(sending);
    expect(killed).toBe(true);
    expect(acked.size).toBeGreaterThanOrEqual(8);
    await host.until(() => host.ended, "host stream cut", 10_000).catch(() => {});
    const studentSince = student.lastId!;
    const hostSince = host.lastId!;

    server = await startServer(PORT, dir, env);
    base = server.base;
    // Every acknowledged answer is there.
    for (const p of students) {
      const own = await request<{ answers: { question: number; answer: unknown }[] }>(
        base,
        "GET",
        `/s/${s.sessionId}/participants/${p.participantId}`,
        { key: p.resumeKey },
      );
      expect(own.status).toBe(200);
      if (acked.has(p.participantId)) expect(own.body.answers).toEqual([{ question: 0, answer: value }]);
    }
    // The question is still open after the restart: the rest answer now.
    for (const p of students.filter((x) => !acked.has(x.participantId))) {
      const r = await request(base, "POST", `/s/${s.sessionId}/answers`, {
        body: { participantId: p.participantId, question: 0, answer: value, answerSeq: 1 },
        key: p.resumeKey,
      });
      expect(r.status).toBe(200);
    }
    // Clients come back with ?since= and catch up, in order, with nothing twice.
    const host2 = new StreamClient(
      `${base}/api/live/s/${s.sessionId}/host/events?since=${hostSince}`,
      s.hostKey,
    );
    const student2 = new StreamClient(`${base}/api/live/s/${s.sessionId}/events?since=${studentSince}`);
    streams.push(host2, student2);
    await host2.open();
    await student2.open();
    await host2.until((f) => f.some((x) => x.event === "counts" && x.data.answered === 20), "all 20 counted");
    expect((await cmd({ type: "reveal" })).status).toBe(200);
    await student2.until((f) => f.some((x) => x.event === "reveal"), "reveal after the restart");
    const reveal = student2.frames.find((x) => x.event === "reveal")!;
    expect(reveal.data).toMatchObject({ question: 0, distribution: { answered: 20 } });
    expect(student2.frames.some((f) => f.event === "snapshot")).toBe(false);
    const all = await request<{ frames: Frame[] }>(base, "GET", `/s/${s.sessionId}/events?poll=1&since=0`);
    const log = stateSeqs(all.body.frames);
    expect(stateSeqs(student.frames.concat(student2.frames))).toEqual(log);

    // The log has no gap: seq 1..n, from the counter (not a sequence that jumps after a crash).
    // (The server ends its streams on SIGTERM, so the streams still open here do not hold it up.)
    const stopping = Date.now();
    await server.stop();
    expect(Date.now() - stopping).toBeLessThan(15_000);
    server = undefined;
    const opened = await openPglite(dir);
    try {
      await migrate(opened.db);
      const { rows } = await opened.db.query<{ seq: number }>(
        "SELECT seq FROM live_events WHERE session_id = $1 ORDER BY seq",
        [s.sessionId],
      );
      expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, k) => k + 1));
      const { rows: answers } = await opened.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM live_answers WHERE session_id = $1",
        [s.sessionId],
      );
      expect(answers[0]!.n).toBe(20);
    } finally {
      await opened.db.close();
    }
  });
  // Last: it blocks this machine's address for the rest of the limiter's window.
  it("per-address limits use the socket address: a claimed X-Forwarded-For does not dodge them", async () => {
    if (!server || server.proc.exitCode !== null || server.proc.signalCode !== null)
      server = await startServer(PORT, dir, env);
    for (let i = 0; i < 5; i++) {
      const r = await request(server!.base, "POST", "/join", {
        body: { joinCode: "00000003", locale: "en" },
        address: `203.0.113.${i}`,
      });
      expect(r.status).toBe(404);
    }
    const r = await request(server!.base, "POST", "/join", {
      body: { joinCode: "00000003", locale: "en" },
      address: "203.0.113.200",
    });
    expect([r.status, r.body]).toEqual([429, { error: "rate-limited" }]);
  });
});
