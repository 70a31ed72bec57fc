// The soak of `npm run bench:live -- --soak 20m`: 600 streams (15 classes × 40 students at any time)
// answering for the given time on each engine, classes started and ended throughout, the retention
// sweep working during the run (LIVE_RETENTION_HOURS=0.05, LIVE_SWEEP_MINUTES=1), the server under the
// recommended heap ceiling. Every 30 s: the heap used after the last full GC (from the server's
// `--trace-gc` lines), RSS, and on PostgreSQL the rows of the event log and sessions. Target: the
// least-squares slope of heap-after-GC over minutes 5–20 (the last three quarters of a shorter run)
// ≤ 5 MB per 10 minutes, event-log rows bounded by the sweep, 0 errors.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  adminQuery,
  answersFor,
  createDatabase,
  generator,
  mergeErrors,
  ms,
  now,
  rssOf,
  sleep,
  startServer,
} from "./live-lib.mjs";

const SLOTS = Number(process.env.BENCH_SOAK_CLASSES ?? 15);
const STUDENTS = 40;
const SAMPLE_MS = 30_000;

function parseDuration(text) {
  const m = /^(\d+(?:\.\d+)?)(s|m)$/.exec(text);
  if (!m) throw new Error(`--soak wants a duration like 20m or 90s, not ${text}`);
  return Number(m[1]) * (m[2] === "m" ? 60_000 : 1000);
}

/** Least-squares slope of y over x. */
function slope(points) {
  const n = points.length;
  if (n < 2) return NaN;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxy / sxx;
}

async function soakEngine(engine, durationMs, o) {
  const dataDir = mkdtempSync(join(tmpdir(), "live-soak-"));
  let database = null;
  let server = null;
  let gen = null;
  // "Mark-Compact 150.2 (170.1) -> 95.3 (160.4) MB": the heap used after the last full GC.
  let heapAfterGc = NaN;
  const onOutput = (text) => {
    for (const m of text.matchAll(/Mark-Compact[^\n]*?-> ([\d.]+) \(/g)) heapAfterGc = Number(m[1]);
  };
  try {
    let env = {
      LIVE_DATA_DIR: dataDir,
      DATABASE_URL: "",
      LIVE_RETENTION_HOURS: "0.05",
      LIVE_SWEEP_MINUTES: "1",
    };
    if (engine === "postgres") {
      database = await createDatabase(process.env.DATABASE_URL);
      env = { ...env, DATABASE_URL: database.url };
    }
    server = await startServer(
      o.port,
      { ...env, LIVE_INSTANCE: "live-soak" },
      {
        // --trace-gc as a flag of the server's node: NODE_OPTIONS refuses it.
        nodeOptions: o.nodeOptions,
        nodeArgs: ["--trace-gc"],
        onOutput,
      },
    );
    const codes = Array.from({ length: SLOTS }, (_, c) => String(200000 + c * 7919));
    const answers = answersFor(codes, 5);
    gen = generator(o.threads, server.base, STUDENTS);
    const t0 = now();
    const until = t0 + durationMs;
    const samples = [];
    const sampler = setInterval(async () => {
      const sample = {
        min: (now() - t0) / 60_000,
        heap: heapAfterGc,
        rss: rssOf(server.pid, "VmRSS") / 1024,
      };
      if (database) {
        const [r] = await adminQuery(
          database.url,
          "SELECT (SELECT count(*) FROM live_events)::int AS events, (SELECT count(*) FROM live_sessions)::int AS sessions",
        ).catch(() => [{}]);
        Object.assign(sample, r);
      }
      samples.push(sample);
      o.log(
        `soak ${engine} ${sample.min.toFixed(1)} min: heap after GC ${ms(sample.heap)} MB, RSS ${ms(sample.rss)} MB` +
          (sample.events !== undefined ? `, ${sample.events} events in ${sample.sessions} sessions` : ""),
      );
    }, SAMPLE_MS);
    const slotsOf = (i) => codes.filter((_, c) => c % o.threads === i);
    const ran = (await gen.allEach((i) => ({ type: "soak", slots: slotsOf(i), until, answers }))).filter(
      Boolean,
    );
    if (ran.length < o.threads)
      o.log(`soak ${engine}: ${o.threads - ran.length} generator threads did not report`);
    clearInterval(sampler);
    const reports = await gen.all({ type: "report" });
    const from = (durationMs / 60_000) * 0.25;
    const fit = samples
      .filter((s) => s.min >= from && Number.isFinite(s.heap))
      .map((s) => ({ x: s.min, y: s.heap }));
    const rssFit = samples.filter((s) => s.min >= from).map((s) => ({ x: s.min, y: s.rss }));
    await server.stop();
    let finalRows = samples.at(-1);
    if (engine === "pglite") {
      // PGlite's folder opens in one process at a time: counted once the server has stopped.
      const { PGlite } = await import("@electric-sql/pglite");
      const db = await PGlite.create(join(dataDir, "pg"));
      const { rows } = await db.query(
        "SELECT (SELECT count(*) FROM live_events)::int AS events, (SELECT count(*) FROM live_sessions)::int AS sessions",
      );
      finalRows = rows[0];
      await db.close();
    }
    return {
      engine,
      finalRows,
      minutes: durationMs / 60_000,
      classes: ran.reduce((n, r) => n + r.classesRun, 0),
      answered: ran.reduce((n, r) => n + r.answered, 0),
      heapSlope: slope(fit) * 10,
      rssSlope: slope(rssFit) * 10,
      samples,
      errors: mergeErrors(reports),
      generatorP99: Math.max(...reports.map((r) => r.delay.p99)),
      swept: (server.output().match(/deleted \d+ session/g) ?? []).length,
    };
  } finally {
    await gen?.stop();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop().catch(() => {});
  }
}

export async function soakMain(durationText, o) {
  const durationMs = parseDuration(durationText);
  const engines = (process.env.BENCH_SOAK_SETUPS ?? "pglite,postgres").split(",");
  const results = [];
  for (const engine of engines) {
    if (engine === "postgres" && !process.env.DATABASE_URL) {
      o.log("skipping the soak on PostgreSQL: DATABASE_URL is not set");
      continue;
    }
    o.log(
      `soak on ${engine}: ${SLOTS} classes × ${STUDENTS} students for ${durationText}, server ${o.nodeOptions}`,
    );
    const cancel = setTimeout(() => {
      console.error("bench:live: the soak passed its time limit; stopping.");
      process.exit(2);
    }, durationMs + 180_000);
    results.push(await soakEngine(engine, durationMs, o));
    clearTimeout(cancel);
    await sleep(2000);
  }
  for (const r of results) {
    console.log(
      `\nSoak, ${r.engine}, ${r.minutes} min: ${r.classes} classes, ${r.answered} answers; generator p99 delay ${ms(r.generatorP99)} ms; sweeps that deleted sessions: ${r.swept}`,
    );
    console.log("| min | heap after GC MB | RSS MB | event rows | sessions |");
    console.log("| ---: | ---: | ---: | ---: | ---: |");
    for (const s of r.samples)
      console.log(
        `| ${s.min.toFixed(1)} | ${ms(s.heap)} | ${ms(s.rss)} | ${s.events ?? "–"} | ${s.sessions ?? "–"} |`,
      );
    const errors = r.errors.reduce((n, [, k]) => n + k, 0);
    console.log(
      `heap-after-GC slope over the last three quarters: ${r.heapSlope.toFixed(1)} MB / 10 min (target ≤ 5); RSS slope ${r.rssSlope.toFixed(1)} MB / 10 min; errors ${errors}`,
    );
    for (const [k, n] of r.errors) console.log(`  ${n} × ${k}`);
    const maxRows = Math.max(0, ...r.samples.map((s) => s.events ?? 0));
    console.log(
      `soak ${r.engine}: ${r.heapSlope <= 5 && errors === 0 ? "targets met" : "targets missed"}; event rows at the end ${r.finalRows?.events} in ${r.finalRows?.sessions} sessions` +
        (maxRows ? `, at most ${maxRows} during the run` : ""),
    );
  }
}
