#!/usr/bin/env node
// `npm run bench:live`: a load benchmark of live classes, not a test (not part of `npm test`). Needs a
// production build (`next build`). Loopback only, bounded in count and time (every setup has a hard
// limit), and it stops everything it started. Run it under `flock /tmp/heavy.lock` on a shared machine.
//
// Default — fan-out and answers: for each setup (PGlite on one instance; PostgreSQL on one and on two
// instances when DATABASE_URL is set, each on a database of its own, dropped afterwards) CLASSES live
// classes of STUDENTS students: everyone joins and keeps a stream open; then, in every class at the
// same moment, the host shows 3 steps, and opens 5 questions that every student answers within 3 s,
// revealing each. Fan-out: for each step, open and reveal, the time until the last of the streams had
// it. Answers: answer → host count (for the k-th acknowledged answer of a question, from its 2xx until
// the host's stream first shows a count ≥ k). The generator's streams are spread over worker threads,
// each recording its event-loop delay: a run whose generator p99 delay exceeds 200 ms measured the
// generator, and is marked invalid.
//
// `-- --chaos`: bench/live-chaos.mjs (faults on a schedule; PostgreSQL on a throwaway cluster, needs
// root and pg_createcluster). `-- --soak 20m`: bench/live-soak.mjs. `-- assignments`: the homework
// scenario (bench/live-assign.mjs).
//
// Knobs (environment): BENCH_CLASSES (30), BENCH_STUDENTS (40), BENCH_SETUPS (pglite,pg1,pg2),
// BENCH_RUNS (1 per setup), BENCH_THREADS (4 generator threads), BENCH_SPREAD_MS (3000),
// BENCH_PHONE_HEAD (1: each phone checks the step page with HEAD before moving, as the real one does),
// BENCH_TIMEOUT_S (300 per run), BENCH_CHAOS_GAP_S (30 s between faults), BENCH_POOL (LIVE_PG_POOL_SIZE, 25), BENCH_PORT (3160: instances on
// it and the next, the proxy on +9, a throwaway PostgreSQL on +8), BENCH_SERVER_NODE_OPTIONS (default
// --max-old-space-size=512, the recommended ceiling), BENCH_CHAOS_SETUPS (postgres,pglite).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { chaosTable, runChaos, schedule } from "./live-chaos.mjs";
import {
  adminUrl,
  cpuSeconds,
  createClasses,
  createDatabase,
  generator,
  killAll,
  log,
  mergeErrors,
  ms,
  now,
  pct,
  rssOf,
  sleep,
  startServer,
} from "./live-lib.mjs";

const args = process.argv.slice(2);
const CLASSES = Number(process.env.BENCH_CLASSES ?? 30);
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 40);
const STEPS = 3;
const QUESTIONS = 5;
const SPREAD_MS = Number(process.env.BENCH_SPREAD_MS ?? 3000);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 300) * 1000;
const THREADS = Number(process.env.BENCH_THREADS ?? 4);
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const PORT = Number(process.env.BENCH_PORT ?? 3160);
const NODE_OPTIONS = process.env.BENCH_SERVER_NODE_OPTIONS ?? "--max-old-space-size=512";
const SETUPS = (process.env.BENCH_SETUPS ?? "pglite,pg1,pg2").split(",");
const DELAY_LIMIT_MS = 200;

if (!existsSync(".next/BUILD_ID")) {
  console.error("bench:live needs a production build: run `npx next build` first.");
  process.exit(1);
}
// `npm run bench:live -- assignments`: the homework scenario instead (bench/live-assign.mjs, which exits).
if (args[0] === "assignments") await import("./live-assign.mjs");
for (const s of ["SIGINT", "SIGTERM"])
  process.on(s, () => {
    killAll();
    process.exit(130);
  });
/** Every run is bounded: past this the process ends itself, killing what it started. */
function hardLimit(msLimit, what) {
  const t = setTimeout(() => {
    console.error(`bench:live: ${what} passed its time limit (${msLimit / 1000} s); stopping.`);
    killAll();
    process.exit(2);
  }, msLimit);
  return () => clearTimeout(t);
}

// ---- fan-out and answers ----

async function runSetup(name) {
  const instances = name === "pg2" ? 2 : 1;
  const engine = name === "pglite" ? "PGlite" : "PostgreSQL";
  const dataDir = mkdtempSync(join(tmpdir(), "live-bench-"));
  const servers = [];
  let database = null;
  let gen = null;
  const cancel = hardLimit(TIMEOUT_MS + 60_000, `${name}`);
  try {
    let env = { LIVE_DATA_DIR: dataDir, DATABASE_URL: "", LIVE_PG_POOL_SIZE: process.env.BENCH_POOL ?? "25" };
    if (engine === "PostgreSQL") {
      database = await createDatabase(adminUrl);
      env = { ...env, DATABASE_URL: database.url };
    }
    for (let i = 0; i < instances; i++)
      servers.push(
        await startServer(
          PORT + i,
          { ...env, LIVE_INSTANCE: `live-bench-${i}` },
          { nodeOptions: NODE_OPTIONS },
        ),
      );
    log(
      `${engine}, ${instances} instance(s): ${CLASSES} classes × ${STUDENTS} students, ${THREADS} generator threads`,
    );
    const classes = await createClasses(servers[0].base, CLASSES, QUESTIONS);
    // Two instances: the classes' students alternate between them by thread (hosts with them).
    const gens = servers.map((s) =>
      generator(Math.max(1, Math.round(THREADS / instances)), s.base, STUDENTS),
    );
    gen = {
      init: (cs) =>
        Promise.all(gens.map((g, i) => g.init(cs.filter((_, c) => c % gens.length === i)))).then((r) =>
          r.flat(),
        ),
      all: (msg) => Promise.all(gens.map((g) => g.all(msg))).then((r) => r.flat()),
      stop: () => Promise.all(gens.map((g) => g.stop())),
    };
    const joined = await gen.init(classes);
    const streams = joined.reduce((n, j) => n + j.streams, 0);
    log(`${joined.reduce((n, j) => n + j.joined, 0)} students joined, ${streams} streams open`);
    await gen.all({ type: "report", reset: true });
    const cpu0 = servers.map((s) => cpuSeconds(s.pid));
    const t0 = now();
    const fanouts = []; // { what, last, p95, missing }
    const latency = [];
    let sent = 0;
    const fan = async (body, key) => {
      const perClass = await gen.all({ type: "command", body, key, waitMs: 10_000 });
      const times = perClass.flat().flatMap((c) => c.times);
      const got = times.filter((t) => t !== null);
      const f = { what: key, last: Math.max(...got), p95: pct(got, 95), missing: times.length - got.length };
      fanouts.push(f);
      log(
        `${key}: the last of ${got.length} streams after ${ms(f.last)} ms${f.missing ? `, ${f.missing} never (10 s)` : ""}`,
      );
    };
    await gen.all({ type: "command", body: { type: "start" }, key: "step:0", waitMs: 10_000 });
    for (let k = 1; k <= STEPS; k++) await fan({ type: "step", index: k }, `step:${k}`);
    for (let q = 0; q < QUESTIONS; q++) {
      await fan({ type: "open", index: q }, `open:${q}`);
      const answered = await gen.all({ type: "answer", q, spreadMs: SPREAD_MS });
      for (const a of answered) {
        sent += a.acks.length;
        latency.push(...a.countLatency);
      }
      log(`question ${q}: ${answered.reduce((n, a) => n + a.acks.length, 0)} answers acknowledged`);
      await fan({ type: "reveal" }, `reveal:${q}`);
    }
    const seconds = (now() - t0) / 1000;
    const cpu = servers.map((s, i) => cpuSeconds(s.pid) - cpu0[i]);
    const reports = await gen.all({ type: "report" });
    const verified = await gen.all({ type: "verify" });
    const sum = (k) => verified.reduce((n, v) => n + v[k], 0);
    const stepReveal = fanouts.filter((f) => !f.what.startsWith("open"));
    return {
      name: `${engine}, ${instances} instance${instances > 1 ? "s" : ""}`,
      streams,
      sent,
      acked: sum("acked"),
      lost: sum("lost"),
      twice: sum("twice"),
      gaps: sum("gaps"),
      doubledFrames: sum("doubledFrames"),
      p50: pct(latency, 50),
      p95: pct(latency, 95),
      p99: pct(latency, 99),
      fanouts,
      fanoutP95: pct(
        stepReveal.map((f) => f.last),
        95,
      ),
      fanoutMax: Math.max(...stepReveal.map((f) => f.last)),
      missing: fanouts.reduce((n, f) => n + f.missing, 0),
      generatorP99: Math.max(...reports.map((r) => r.delay.p99)),
      generatorMax: Math.max(...reports.map((r) => r.delay.max)),
      head: reports.flatMap((r) => r.headTimes),
      errors: mergeErrors(reports),
      rss: servers.map((s) => rssOf(s.pid)),
      cpu,
      seconds,
    };
  } finally {
    await gen?.stop();
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop().catch(() => {});
    cancel();
  }
}

async function fanoutMain() {
  const rows = [];
  for (const setup of SETUPS) {
    if (setup !== "pglite" && !adminUrl) {
      log(`skipping ${setup}: DATABASE_URL is not set`);
      continue;
    }
    for (let run = 1; run <= RUNS; run++) {
      const r = await runSetup(setup);
      r.run = run;
      rows.push(r);
      log(
        `${r.name} #${run}: answers p50/p95/p99 ${ms(r.p50)}/${ms(r.p95)}/${ms(r.p99)} ms; fan-out (steps, reveals) p95 ${ms(r.fanoutP95)} ms, max ${ms(r.fanoutMax)} ms; ` +
          `generator p99 delay ${ms(r.generatorP99)} ms; lost ${r.lost}, twice ${r.twice}; errors ${r.errors.reduce((n, [, k]) => n + k, 0)}`,
      );
      await sleep(2000);
    }
  }
  console.log(
    `\n${CLASSES} classes × ${STUDENTS} students, every class stepping and opening at the same moment; ${STEPS} steps, ${QUESTIONS} questions, answers within ${SPREAD_MS} ms; server heap ceiling: ${NODE_OPTIONS || "none"}\n`,
  );
  console.log(
    "| setup | run | answer → host count p50 / p95 / p99 ms | fan-out to the last stream, steps and reveals: p95 / max ms | opens max ms | generator p99 delay ms | valid | acked | lost | twice | gaps / doubled frames | errors | server CPU s | peak RSS | time s |",
  );
  console.log(
    "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |",
  );
  for (const r of rows) {
    const opens = Math.max(...r.fanouts.filter((f) => f.what.startsWith("open")).map((f) => f.last));
    console.log(
      `| ${r.name} | ${r.run} | ${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)} | ${ms(r.fanoutP95)} / ${ms(r.fanoutMax)} | ${ms(opens)} | ${ms(r.generatorP99)} | ${r.generatorP99 > DELAY_LIMIT_MS ? "**no**" : "yes"} | ${r.acked} | ${r.lost} | ${r.twice} | ${r.gaps} / ${r.doubledFrames} | ${r.errors.reduce((n, [, k]) => n + k, 0)} | ${r.cpu.map((c) => c.toFixed(0)).join(" + ")} | ${r.rss.map((kb) => `${(kb / 1024).toFixed(0)} MB`).join(", ")} | ${r.seconds.toFixed(0)} |`,
    );
  }
  for (const r of rows) {
    console.log(
      `\n${r.name} #${r.run}, fan-out per event (last stream ms): ${r.fanouts.map((f) => `${f.what} ${ms(f.last)}${f.missing ? ` (${f.missing} missing)` : ""}`).join(", ")}`,
    );
    if (r.head.length)
      console.log(
        `Phones' HEAD check of the step page (BENCH_PHONE_HEAD=1): ${r.head.length} checks, p50 / p95 / max ${ms(pct(r.head, 50))} / ${ms(pct(r.head, 95))} / ${ms(Math.max(...r.head))} ms`,
      );
    if (r.errors.length) console.log(`Errors:\n${r.errors.map(([k, n]) => `  ${n} × ${k}`).join("\n")}`);
  }
  console.log("");
  for (const r of rows) {
    const pg = r.name.startsWith("PostgreSQL");
    const one = rows.find((x) => x.name === "PostgreSQL, 1 instance" && x.run === r.run);
    const misses = [
      r.generatorP99 > DELAY_LIMIT_MS &&
        `INVALID: generator p99 delay ${ms(r.generatorP99)} ms > ${DELAY_LIMIT_MS}`,
      pg && r.name.endsWith("1 instance") && r.p95 > 500 && `p95 ${ms(r.p95)} ms > 500`,
      pg && r.name.endsWith("1 instance") && r.p99 > 1000 && `p99 ${ms(r.p99)} ms > 1000`,
      pg &&
        r.name.endsWith("2 instances") &&
        one &&
        r.p95 > 1.2 * one.p95 &&
        `p95 ${ms(r.p95)} ms > 1.2 × one instance's ${ms(one.p95)}`,
      !pg && r.p95 > 200 && `p95 ${ms(r.p95)} ms > 200`,
      r.fanoutP95 > 1000 && `fan-out p95 ${ms(r.fanoutP95)} ms > 1000`,
      r.fanoutMax > 2000 && `fan-out max ${ms(r.fanoutMax)} ms > 2000`,
      r.missing > 0 && `${r.missing} stream(s) never got an event`,
      r.lost > 0 && `${r.lost} lost`,
      r.twice > 0 && `${r.twice} counted twice`,
    ].filter(Boolean);
    console.log(
      `${r.name} #${r.run}: ${misses.length ? `targets missed: ${misses.join("; ")}` : "all targets met"}`,
    );
  }
}

// ---- chaos ----

async function chaosMain() {
  const setups = (process.env.BENCH_CHAOS_SETUPS ?? "postgres,pglite").split(",");
  const results = [];
  for (const engine of setups) {
    const faults = schedule(engine, Number(process.env.BENCH_CHAOS_GAP_S ?? 30));
    console.log(
      `\nChaos on ${engine}: ${CLASSES} classes × ${STUDENTS} students through the proxy on ${PORT + 9}. Schedule (s after the answering starts):`,
    );
    for (const f of faults) console.log(`  t=${f.at}: ${f.label}`);
    const dataDir = mkdtempSync(join(tmpdir(), "live-chaos-"));
    const cancel = hardLimit(10 * 60_000, `chaos on ${engine}`);
    try {
      const r = await runChaos({
        engine,
        ports: [PORT, PORT + 1],
        proxyPort: PORT + 9,
        pgPort: PORT + 8,
        classes: CLASSES,
        students: STUDENTS,
        threads: THREADS,
        faults,
        dataDir,
        nodeOptions: NODE_OPTIONS,
        log,
      });
      results.push(r);
      console.log(`\n${chaosTable(r)}`);
      // The servers' own lines (their store's opening time among them), for what the table cannot say.
      const saved = join(tmpdir(), `bench-live-chaos-${engine}-servers.log`);
      writeFileSync(saved, r.output);
      const opened = r.output.split("\n").filter((l) => /store open/.test(l));
      console.log(`\nThe servers' output: ${saved}${opened.length ? `\n${opened.join("\n")}` : ""}`);
    } finally {
      cancel();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  console.log("");
  for (const r of results) {
    const misses = [
      r.lost > 0 && `${r.lost} acknowledged answers lost`,
      r.twice > 0 && `${r.twice} counted twice`,
      r.gaps > 0 && `${r.gaps} state events missing from streams`,
      r.doubledFrames > 0 && `${r.doubledFrames} state frames twice`,
      ...r.windows
        .filter((w) => w.back < w.streams)
        .map((w) => `${w.label}: ${w.streams - w.back} streams not back in 15 s`),
      r.generatorP99 > DELAY_LIMIT_MS && `INVALID: generator p99 delay ${ms(r.generatorP99)} ms`,
    ].filter(Boolean);
    console.log(
      `chaos, ${r.engine}: ${misses.length ? `targets missed: ${misses.join("; ")}` : "all targets met"}`,
    );
  }
}

if (args.includes("--chaos")) await chaosMain();
else if (args.includes("--soak")) {
  const { soakMain } = await import("./live-soak.mjs");
  await soakMain(args[args.indexOf("--soak") + 1] ?? "20m", {
    port: PORT,
    threads: THREADS,
    nodeOptions: NODE_OPTIONS,
    log,
  });
} else await fanoutMain();
process.exit(0);
