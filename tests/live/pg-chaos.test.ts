/**
 * A short chaos run (bench/live-chaos.mjs, as `npm run bench:live -- --chaos` runs it at full size):
 * 6 classes × 40 students (240 streams) answering through a proxy with failover in front of two
 * instances on a throwaway PostgreSQL cluster of their own (`pg_createcluster`, dropped at the end),
 * while one instance is killed (SIGKILL; restarted 2 s later) and PostgreSQL is restarted. Nothing
 * acknowledged may be lost, nothing counted twice, no stream may miss or repeat a state event, every
 * stream must be back within 15 s, and no request may fail other than as a clean 502/503. Run alone
 * (its own vitest invocation). Needs root and Debian's cluster tools: without them it is skipped with a
 * message, except under CI, where it fails. Ports: LIVE_TEST_PORT + 5 … + 8. It starts its own
 * servers: run it with LIVE_TEST_MAIN=0 (scripts/test.mjs does), so the shared one is not started.
 */
import { existsSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { chaosTable, runChaos, type Fault } from "@/bench/live-chaos.mjs";
import { removeDir, tempDataDir } from "./harness";

const BASE = Number(process.env.LIVE_TEST_PORT ?? 3141);
const ci = process.env.CI === "true" || process.env.CI === "1";
const tools = existsSync("/usr/bin/pg_createcluster") && process.getuid?.() === 0;
if (!tools && !ci)
  console.warn("Skipping the chaos test: it needs root and Debian's pg_createcluster (postgresql-common).");

const faults: Fault[] = [
  { at: 2, what: "kill", label: "SIGKILL instance B (restarted 2 s later)" },
  { at: 7, what: "pg-restart", label: "restart PostgreSQL (fast stop, 2 s down, start)" },
];

describe.runIf(tools || ci)("chaos: an instance killed and PostgreSQL restarted under 240 streams", () => {
  const dir = tempDataDir();
  afterAll(() => removeDir(dir));

  it("loses nothing acknowledged, counts nothing twice, and every stream is back within 15 s", async () => {
    if (!tools) throw new Error("CI needs root and pg_createcluster for the chaos test");
    const r = await runChaos({
      engine: "postgres",
      ports: [BASE + 5, BASE + 6],
      proxyPort: BASE + 7,
      pgPort: BASE + 8,
      classes: 6,
      students: 40,
      threads: 2,
      faults,
      tailS: 0,
      minRounds: 2,
      spreadMs: 1500,
      restartAfterS: 2,
      dataDir: dir,
      log: (m) => console.log(`chaos: ${m}`),
    });
    console.log(chaosTable(r));
    const summary = JSON.stringify({ ...r, output: undefined });
    expect(r.streams, summary).toBe(246);
    // At least two rounds of answers (each student answers each question once); on a busy machine a
    // round takes longer, so the count of rounds is not fixed.
    expect(r.rounds, summary).toBeGreaterThanOrEqual(2);
    expect(r.acked, summary).toBeGreaterThanOrEqual(240 * 2);
    expect([r.lost, r.twice, r.gaps, r.doubledFrames], summary).toEqual([0, 0, 0, 0]);
    for (const w of r.windows)
      expect([w.label, w.back, w.withEvent], summary).toEqual([w.label, w.streams, w.streams]);
    // Refused cleanly while an instance or the database was away (the client retried), never a 500.
    const unclean = r.errors.filter(([what]) => !/→ 50[23]\b|^stream cut /.test(what));
    expect(unclean, summary).toEqual([]);
    expect(r.output).toMatch(/LISTEN connection is back/);
    expect(r.output).not.toMatch(/password/i);
  });
});
