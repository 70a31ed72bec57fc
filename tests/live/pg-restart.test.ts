/**
 * A real PostgreSQL restart under a running instance, on a throwaway cluster of its own
 * (`pg_createcluster <version> livetest -p 5499`, dropped at the end) so no other test shares it. Run
 * alone (its own vitest invocation). Needs root and Debian's cluster tools: without them it is skipped
 * with a message, except under CI, where it fails. Port: LIVE_TEST_PORT + 5.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classQuiz } from "@/server/live/class-quiz";
import {
  ReconnectingStream,
  removeDir,
  request,
  startServer,
  stateSeqs,
  tempDataDir,
  type Frame,
  type Server,
} from "./harness";

const CLUSTER = "livetest";
const CLUSTER_PORT = 5499;
const PORT = Number(process.env.LIVE_TEST_PORT ?? 3141) + 5;
const ci = process.env.CI === "true" || process.env.CI === "1";
const tools = existsSync("/usr/bin/pg_createcluster") && process.getuid?.() === 0;
if (!tools && !ci)
  console.warn(
    "Skipping the PostgreSQL restart test: it needs root and Debian's pg_createcluster (postgresql-common).",
  );

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const version = () =>
  readdirSync("/usr/lib/postgresql")
    .filter((v) => /^\d+$/.test(v))
    .sort((x, y) => Number(x) - Number(y))
    .at(-1)!;
const ctl = (action: string) =>
  execFileSync("pg_ctlcluster", [version(), CLUSTER, action, ...(action === "stop" ? ["-m", "fast"] : [])], {
    stdio: "pipe",
  });

function dropCluster() {
  try {
    execFileSync("pg_dropcluster", ["--stop", version(), CLUSTER], { stdio: "pipe" });
  } catch {
    // Not there.
  }
}

describe.runIf(tools || ci)("a real PostgreSQL restart", () => {
  let server: Server | undefined;
  const dir = tempDataDir();

  beforeAll(() => {
    if (!tools) throw new Error("CI needs root and pg_createcluster for the PostgreSQL restart test");
    dropCluster(); // Left by an interrupted run.
    execFileSync(
      "pg_createcluster",
      [version(), CLUSTER, "-p", String(CLUSTER_PORT), "--", "--auth-local=trust", "--auth-host=trust"],
      { stdio: "pipe" },
    );
    ctl("start");
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    dropCluster();
    removeDir(dir);
  });

  it("the instance rides it out: answers during the outage are refused cleanly, then everything resumes with no gap", async () => {
    server = await startServer(PORT, dir, {
      DATABASE_URL: `postgres://postgres@127.0.0.1:${CLUSTER_PORT}/postgres`,
      LIVE_INSTANCE: "live-test-restart",
    });
    const base = server.base;
    const created = await request<{ sessionId: string; joinCode: string; hostKey: string }>(
      base,
      "POST",
      "/sessions",
      { body: { classCode: "864200", count: 5, locale: "en" } },
    );
    expect(created.status, server.output()).toBe(201);
    const s = created.body;
    const students: { participantId: string; resumeKey: string }[] = [];
    for (let j = 0; j < 8; j++) {
      const r = await request<{ participantId: string; resumeKey: string }>(base, "POST", "/join", {
        body: { joinCode: s.joinCode, locale: "kk" },
      });
      expect(r.status).toBe(201);
      students.push(r.body);
    }
    const stream = new ReconnectingStream(
      (since) => `${base}/api/live/s/${s.sessionId}/events${since === null ? "" : `?since=${since}`}`,
    ).start();
    const host = new ReconnectingStream(
      (since) => `${base}/api/live/s/${s.sessionId}/host/events${since === null ? "" : `?since=${since}`}`,
      s.hostKey,
    ).start();
    try {
      const cmd = (body: Record<string, unknown>) =>
        request(base, "POST", `/s/${s.sessionId}/commands`, { body, key: s.hostKey });
      expect((await cmd({ type: "start" })).status).toBe(200);
      expect((await cmd({ type: "open", index: 0 })).status).toBe(200);
      await stream.until((f) => f.some((x) => x.event === "open"), "open");
      const q = classQuiz("864200", 5).questions[0]!;
      const value = q.answer === "order" ? [...q.options] : q.options[0]!;
      const answer = (p: (typeof students)[number]) =>
        request(base, "POST", `/s/${s.sessionId}/answers`, {
          body: { participantId: p.participantId, question: 0, answer: value, answerSeq: 1 },
          key: p.resumeKey,
        });
      for (const p of students.slice(0, 4)) expect((await answer(p)).status).toBe(200);

      ctl("stop");
      // Down: a clean 503 (the client retries), never a 500 or a hang.
      const down = await answer(students[4]!);
      expect([down.status, down.body]).toEqual([503, { error: "store-unavailable" }]);
      await sleep(1000);
      ctl("start");

      // Back: the pool reconnects on use; answers go through again (the client's retries).
      for (const p of students.slice(4)) {
        let status = 0;
        for (let k = 0; k < 30 && status !== 200; k++) {
          status = (await answer(p)).status;
          if (status !== 200) await sleep(200);
        }
        expect(status).toBe(200);
      }
      expect((await cmd({ type: "reveal" })).status).toBe(200);
      await stream.until((f) => f.some((x) => x.event === "reveal"), "reveal after the restart");
      await host.until(
        (f) => f.some((x) => x.event === "counts" && x.data.answered === 8),
        "8 answers counted after the restart",
      );
      const reveal = stream.frames.find((x) => x.event === "reveal")!;
      expect(reveal.data).toMatchObject({ question: 0, distribution: { answered: 8 } });
      const log = await request<{ frames: Frame[] }>(base, "GET", `/s/${s.sessionId}/events?poll=1&since=0`);
      expect(stateSeqs(stream.frames)).toEqual(stateSeqs(log.body.frames));
      expect(server.output()).toMatch(/LISTEN connection is back/);
      expect(server.output()).not.toMatch(/password/i);
    } finally {
      await stream.stop();
      await host.stop();
    }
  });
});
