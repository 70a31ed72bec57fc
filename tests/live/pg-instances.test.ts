/**
 * Several `next start` instances on one PostgreSQL (LIVE_TEST_ENGINE=postgres): the host on one,
 * the students on another; the database connections cut under a running instance; and a restart of
 * the server behind a proxy that answers 502 meanwhile. Ports: LIVE_TEST_PORT + 1…4.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { classQuiz } from "@/server/live/class-quiz";
import { postgresUrl, terminateConnections } from "../pg-database";
import {
  ReconnectingStream,
  removeDir,
  request,
  startProxy,
  startServer,
  stateSeqs,
  StreamClient,
  tempDataDir,
  type Frame,
  type Server,
} from "./harness";

const databaseUrl = inject("liveDatabaseUrl");
const adminUrl = postgresUrl()!;
const BASE_PORT = Number(process.env.LIVE_TEST_PORT ?? 3141);
const env = (instance: string) => ({
  DATABASE_URL: databaseUrl,
  LIVE_INSTANCE: instance,
  LIVE_PG_POOL_SIZE: "4",
  LIVE_MAX_PARTICIPANTS: "60",
});
const dir = tempDataDir();
const servers: Server[] = [];
const streams: { close(): void }[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let a: Server;
let b: Server;

beforeAll(async () => {
  if (inject("liveEngine") !== "postgres") throw new Error("run with LIVE_TEST_ENGINE=postgres");
  [a, b] = await Promise.all([
    startServer(BASE_PORT + 1, dir, env("live-test-a")),
    startServer(BASE_PORT + 2, dir, env("live-test-b")),
  ]);
  servers.push(a, b);
});

afterAll(async () => {
  streams.forEach((s) => s.close());
  await Promise.all(servers.map((s) => s.stop()));
  removeDir(dir);
});

interface Session {
  sessionId: string;
  joinCode: string;
  hostKey: string;
}
interface Student {
  participantId: string;
  resumeKey: string;
}

async function createClass(base: string, classCode: string): Promise<Session> {
  const r = await request<Session>(base, "POST", "/sessions", {
    body: { classCode, count: 5, locale: "en" },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

async function join(base: string, s: Session, n: number): Promise<Student[]> {
  const out: Student[] = [];
  for (let j = 0; j < n; j++) {
    const r = await request<Student>(base, "POST", "/join", {
      body: { joinCode: s.joinCode, locale: ["en", "ru", "kk"][j % 3] },
    });
    expect(r.status).toBe(201);
    out.push(r.body);
  }
  return out;
}

function open(url: string, key?: string): Promise<StreamClient> {
  const s = new StreamClient(url, key);
  streams.push(s);
  return s.open();
}

/** The log of state events as an audience sees it (the poll endpoint, from 0). */
async function log(base: string, s: Session, audience: "host" | "student"): Promise<string[]> {
  const path =
    audience === "host"
      ? `/s/${s.sessionId}/host/events?poll=1&since=0`
      : `/s/${s.sessionId}/events?poll=1&since=0`;
  const r = await request<{ frames: Frame[] }>(base, "GET", path, {
    key: audience === "host" ? s.hostKey : undefined,
  });
  expect(r.status).toBe(200);
  return stateSeqs(r.body.frames);
}

function answerTo(code: string, i: number): string | string[] {
  const q = classQuiz(code, 5).questions[i]!;
  return q.answer === "order" ? [...q.options] : q.options[0]!;
}

describe("several instances on one PostgreSQL", () => {
  it("host on one instance, students on another: every event on both sides, in order, no gap", async () => {
    const s = await createClass(a.base, "135790");
    const students = await join(b.base, s, 12);
    const host = await open(`${a.base}/api/live/s/${s.sessionId}/host/events`, s.hostKey);
    const onB = await Promise.all(
      students.slice(0, 6).map(() => open(`${b.base}/api/live/s/${s.sessionId}/events`)),
    );
    // One student watches through instance A too: both instances fan out the same log.
    const onA = await open(`${a.base}/api/live/s/${s.sessionId}/events`);
    const cmd = async (body: Record<string, unknown>) => {
      const r = await request(a.base, "POST", `/s/${s.sessionId}/commands`, { body, key: s.hostKey });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    };
    await cmd({ type: "start" });
    for (let i = 0; i < 3; i++) {
      await cmd({ type: "step", index: i + 1 });
      await cmd({ type: "open", index: i });
      const value = answerTo("135790", i);
      await Promise.all(
        students.map(async (p) => {
          const r = await request(b.base, "POST", `/s/${s.sessionId}/answers`, {
            body: { participantId: p.participantId, question: i, answer: value, answerSeq: 1 },
            key: p.resumeKey,
          });
          expect(r.status).toBe(200);
        }),
      );
      // The host on A sees the answers given on B.
      await host.until(
        (f) => f.some((x) => x.event === "counts" && x.data.answered === 12 && x.data.question === i),
        `12 answers to question ${i} counted on A`,
      );
      await cmd({ type: "reveal" });
    }
    await cmd({ type: "end" });
    const studentLog = await log(b.base, s, "student");
    const hostLog = await log(a.base, s, "host");
    for (const st of [...onB, onA])
      await st.until((f) => stateSeqs(f).length >= studentLog.length, "the whole log on a student stream");
    await host.until((f) => stateSeqs(f).length >= hostLog.length, "the whole log on the host stream");
    expect(stateSeqs(host.frames)).toEqual(hostLog);
    for (const st of [...onB, onA]) expect(stateSeqs(st.frames)).toEqual(studentLog);
    // In order and without a gap: the host's log is seq 1…n with nothing left out by either instance.
    const hostSeqs = stateSeqs(host.frames).map((x) => Number(x.split(":")[0]));
    expect(hostSeqs).toEqual([...hostSeqs].sort((x, y) => x - y));
    expect(studentLog.at(-1)).toMatch(/:end$/);
  });

  it("its database connections cut (pg_terminate_backend): the instance recovers by itself, no gap, nothing acknowledged lost", async () => {
    const s = await createClass(a.base, "246802");
    const students = await join(a.base, s, 10);
    const host = await open(`${a.base}/api/live/s/${s.sessionId}/host/events`, s.hostKey);
    const student = new ReconnectingStream(
      (since) => `${a.base}/api/live/s/${s.sessionId}/events${since === null ? "" : `?since=${since}`}`,
    ).start();
    streams.push({ close: () => void student.stop() });
    const cmd = (body: Record<string, unknown>) =>
      request(a.base, "POST", `/s/${s.sessionId}/commands`, { body, key: s.hostKey });
    expect((await cmd({ type: "start" })).status).toBe(200);
    expect((await cmd({ type: "open", index: 0 })).status).toBe(200);
    await student.until((f) => f.some((x) => x.event === "open"), "open");

    const value = answerTo("246802", 0);
    const acked = new Set<string>();
    const statuses: number[] = [];
    // Answers keep coming while every connection of instance A (pool and LISTEN) is cut, twice.
    const sending = students.map(async (p, j) => {
      await sleep(j * 40);
      for (let attempt = 0; attempt < 20 && !acked.has(p.participantId); attempt++) {
        const r = await request(a.base, "POST", `/s/${s.sessionId}/answers`, {
          body: { participantId: p.participantId, question: 0, answer: value, answerSeq: 1 },
          key: p.resumeKey,
        }).catch(() => ({ status: 0 }));
        statuses.push(r.status);
        if (r.status === 200) acked.add(p.participantId);
        else await sleep(200);
      }
    });
    await sleep(100);
    expect(await terminateConnections(adminUrl, "live-test-a")).toBeGreaterThan(0);
    await sleep(150);
    await terminateConnections(adminUrl, "live-test-a");
    await Promise.all(sending);
    expect(acked.size).toBe(10);
    // Only clean answers while the connections were down: retried by the client, never a 500.
    expect(statuses.filter((x) => x !== 200 && x !== 503)).toEqual([]);
    // Events written by the other instance while A's LISTEN connection was down reach A's streams.
    const viaB = await request(b.base, "POST", `/s/${s.sessionId}/commands`, {
      body: { type: "reveal" },
      key: s.hostKey,
    });
    expect(viaB.status).toBe(200);
    await student.until((f) => f.some((x) => x.event === "reveal"), "reveal written on B, seen on A");
    await host.until((f) => f.some((x) => x.event === "counts" && x.data.answered === 10), "10 counted");
    const reveal = student.frames.find((x) => x.event === "reveal")!;
    expect(reveal.data).toMatchObject({ question: 0, distribution: { answered: 10 } });
    expect(stateSeqs(student.frames)).toEqual(await log(a.base, s, "student"));
    expect(a.output()).toMatch(/LISTEN connection is back/);
    // Every acknowledged answer is stored.
    for (const p of students) {
      const own = await request<{ answers: { question: number; answer: unknown }[] }>(
        b.base,
        "GET",
        `/s/${s.sessionId}/participants/${p.participantId}`,
        { key: p.resumeKey },
      );
      expect(own.body.answers).toMatchObject([{ question: 0, answer: value }]);
    }
    await student.stop();
  });

  it("behind a proxy that answers 502 while the server restarts, a reconnecting client catches up", async () => {
    const proxyPort = BASE_PORT + 4;
    const upstreamPort = BASE_PORT + 3;
    let c = await startServer(upstreamPort, dir, env("live-test-c"));
    servers.push(c);
    const proxy = await startProxy(proxyPort, upstreamPort);
    const viaProxy = `http://127.0.0.1:${proxyPort}`;
    try {
      const s = await createClass(viaProxy, "975310");
      const client = new ReconnectingStream(
        (since) => `${viaProxy}/api/live/s/${s.sessionId}/events${since === null ? "" : `?since=${since}`}`,
      ).start();
      streams.push({ close: () => void client.stop() });
      const cmd = async (base: string, body: Record<string, unknown>) => {
        const r = await request(base, "POST", `/s/${s.sessionId}/commands`, { body, key: s.hostKey });
        expect(r.status, JSON.stringify(r.body)).toBe(200);
      };
      await cmd(viaProxy, { type: "start" });
      await cmd(viaProxy, { type: "step", index: 1 });
      await client.until((f) => f.some((x) => x.event === "step"), "step 1");

      await c.stop();
      // While it is down the host goes on through another instance; the client sees 502s.
      await cmd(b.base, { type: "step", index: 2 });
      await cmd(b.base, { type: "step", index: 3 });
      const bad = client.statuses.length;
      await sleep(700);
      expect(client.statuses.slice(bad)).toContain(502);

      c = await startServer(upstreamPort, dir, env("live-test-c"));
      servers.push(c);
      await cmd(viaProxy, { type: "step", index: 4 });
      await client.until(
        (f) => f.some((x) => x.event === "step" && x.data.step === 4),
        "step 4 after the restart",
      );
      expect(stateSeqs(client.frames)).toEqual(await log(viaProxy, s, "student"));
      expect(client.frames.filter((f) => f.event === "snapshot")).toHaveLength(1);
      await client.stop();
    } finally {
      await proxy.close();
      await c.stop();
    }
  });
});
