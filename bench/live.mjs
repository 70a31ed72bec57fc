#!/usr/bin/env node
// `npm run bench:live`: a load benchmark of live classes, not a test (it is not part of `npm test`).
// Needs a production build (`next build`). On loopback only, ports 3160-3169, bounded in count and
// time, and it stops everything it started. For each setup — PGlite on one instance, PostgreSQL on one
// instance, PostgreSQL on two (PostgreSQL ones when DATABASE_URL is set; each gets a database of its
// own, dropped afterwards) — it runs CLASSES live classes of STUDENTS students at once: everyone joins
// and keeps a stream open, the host shows 3 steps, then opens 5 questions that every student answers.
// It prints p50/p95/p99 of answer → host count (the time until the host's count first reaches k for
// the k-th acknowledged answer of a question), answers sent vs counted, errors and peak RSS per
// instance. Run it under `flock /tmp/heavy.lock` on a shared machine. `npm run bench:live -- assignments`
// runs the homework scenario instead (bench/live-assign.mjs).
//
// Knobs (environment): BENCH_CLASSES (30), BENCH_STUDENTS (40), BENCH_SETUPS (pglite,pg1,pg2),
// BENCH_SPREAD_MS (3000: students answer within this long after a question opens),
// BENCH_TIMEOUT_S (240 per setup), BENCH_POOL (LIVE_PG_POOL_SIZE for the instances, 25),
// BENCH_SERVER_NODE_OPTIONS (NODE_OPTIONS for the servers, e.g. --max-old-space-size=256).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { admin, adminUrl, api, error, log, pct, peakRss, sleep, startServer, stats } from "./live-common.mjs";

// `npm run bench:live -- assignments`: the homework scenario instead (bench/live-assign.mjs).
if (process.argv[2] === "assignments") await import("./live-assign.mjs");

const CLASSES = Number(process.env.BENCH_CLASSES ?? 30);
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 40);
const STEPS = 3;
const QUESTIONS = 5;
const SPREAD_MS = Number(process.env.BENCH_SPREAD_MS ?? 3000);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 240) * 1000;
const SETUPS = (process.env.BENCH_SETUPS ?? "pglite,pg1,pg2").split(",");
const PORTS = [3160, 3161];

if (!existsSync(".next/BUILD_ID")) {
  console.error("bench:live needs a production build: run `npx next build` first.");
  process.exit(1);
}

/** An SSE stream read with fetch; calls `onFrame(event, data, id, at)` for every frame. */
function openStream(url, key, onFrame, signal) {
  return new Promise((resolve) => {
    (async () => {
      try {
        const res = await fetch(url, { headers: key ? { authorization: `Bearer ${key}` } : {}, signal });
        if (res.status !== 200) {
          error(`stream → ${res.status}`);
          resolve(false);
          return;
        }
        resolve(true);
        const decoder = new TextDecoder();
        let buffer = "";
        for await (const chunk of res.body) {
          const at = performance.now();
          buffer += decoder.decode(chunk, { stream: true });
          let cut;
          while ((cut = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            let event = "";
            let data = "";
            let id;
            for (const line of block.split("\n")) {
              if (line.startsWith("event: ")) event = line.slice(7);
              else if (line.startsWith("data: ")) data += line.slice(6);
              else if (line.startsWith("id: ")) id = Number(line.slice(4));
            }
            if (event) onFrame(event, JSON.parse(data), id, at);
          }
        }
      } catch (e) {
        if (e.name !== "AbortError") error(`stream cut (${e.name})`);
        resolve(false);
      }
    })();
  });
}

/** Resolves when `test()` holds, checked on every frame of the class (or rejects at the deadline). */
function waiter() {
  const pending = new Set();
  return {
    poke() {
      for (const w of pending)
        if (w.test()) {
          pending.delete(w);
          w.resolve();
        }
    },
    until(test, what, ms = 60_000) {
      if (test()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const w = { test, resolve };
        pending.add(w);
        setTimeout(() => {
          if (pending.delete(w)) reject(new Error(`timed out: ${what}`));
        }, ms);
      });
    },
  };
}

const classCodes = Array.from({ length: CLASSES }, (_, c) => String(100000 + ((c * 7919) % 900000)));
const answers = (() => {
  const r = spawnSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "bench/live-answers.ts", ...classCodes],
    {
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(`bench/live-answers.ts failed:\n${r.stderr}`);
  // One valid answer per question: the first option of a choice, the order as generated.
  const quizzes = JSON.parse(r.stdout);
  return Object.fromEntries(
    Object.entries(quizzes).map(([code, qs]) => [
      code,
      qs.map((q) => (q.kind === "order" ? q.options : q.options[0])),
    ]),
  );
})();

async function runClass(c, bases, signal, results) {
  const hostBase = bases[0];
  const classCode = classCodes[c];
  const created = await api(hostBase, "POST", "/sessions", { classCode, count: QUESTIONS, locale: "en" });
  if (created.status !== 201) throw new Error(`create → ${created.status}`);
  const s = created.body;
  const w = waiter();
  const hostCounts = []; // {question, answered, at}
  const hostOk = await openStream(
    `${hostBase}/api/live/s/${s.sessionId}/host/events`,
    s.hostKey,
    (event, data, _id, at) => {
      if (event === "counts") hostCounts.push({ question: data.question, answered: data.answered, at });
      w.poke();
    },
    signal,
  );
  if (!hostOk) throw new Error("the host stream did not open");
  const students = [];
  for (let j = 0; j < STUDENTS; j++) {
    const base = bases[j % bases.length];
    const joined = await api(base, "POST", "/join", {
      joinCode: s.joinCode,
      locale: ["en", "ru", "kk"][j % 3],
    });
    if (joined.status !== 201) continue;
    const st = { ...joined.body, base, steps: new Set(), opened: new Set() };
    students.push(st);
    results.streams += (await openStream(
      `${base}/api/live/s/${s.sessionId}/events`,
      undefined,
      (event, data) => {
        if (event === "step") st.steps.add(data.step);
        if (event === "open") st.opened.add(data.question);
        w.poke();
      },
      signal,
    ))
      ? 1
      : 0;
  }
  results.joined += students.length;
  const cmd = (body) => api(hostBase, "POST", `/s/${s.sessionId}/commands`, body, s.hostKey);
  await cmd({ type: "start" });
  for (let k = 1; k <= STEPS; k++) {
    const sent = performance.now();
    await cmd({ type: "step", index: k });
    await w.until(() => students.every((st) => st.steps.has(k)), `step ${k} on every stream`);
    results.fanout.push(performance.now() - sent);
  }
  for (let q = 0; q < QUESTIONS; q++) {
    const opened = await cmd({ type: "open", index: q });
    if (opened.status !== 200) continue;
    await w.until(() => students.every((st) => st.opened.has(q)), `open ${q} on every stream`);
    // Every student answers once, at a random moment within SPREAD_MS.
    const acks = [];
    await Promise.all(
      students.map(async (st) => {
        await sleep(Math.random() * SPREAD_MS);
        const r = await api(
          st.base,
          "POST",
          `/s/${s.sessionId}/answers`,
          { participantId: st.participantId, question: q, answer: answers[classCode][q], answerSeq: 1 },
          st.resumeKey,
        );
        if (r.status === 200) acks.push(performance.now());
      }),
    );
    results.sent += acks.length;
    acks.sort((x, y) => x - y);
    await w
      .until(
        () => hostCounts.some((h) => h.question === q && h.answered >= acks.length),
        `all counts of a question`,
        30_000,
      )
      .catch((e) => error(e.message));
    for (let k = 1; k <= acks.length; k++) {
      const seen = hostCounts.find((h) => h.question === q && h.answered >= k);
      if (seen) results.latency.push(Math.max(0, seen.at - acks[k - 1]));
    }
    await cmd({ type: "reveal" });
  }
  const summary = await api(hostBase, "GET", `/s/${s.sessionId}/summary`, undefined, s.hostKey);
  if (summary.status === 200) results.counted += summary.body.questions.reduce((n, q) => n + q.answered, 0);
  results.classes++;
}

async function runSetup(name) {
  const instances = name === "pg2" ? 2 : 1;
  const engine = name === "pglite" ? "PGlite" : "PostgreSQL";
  let database = null;
  const dataDir = mkdtempSync(join(tmpdir(), "live-bench-"));
  const servers = [];
  stats.errors = new Map();
  stats.requests = 0;
  const results = { latency: [], fanout: [], sent: 0, counted: 0, classes: 0, joined: 0, streams: 0 };
  const started = performance.now();
  try {
    let env = { LIVE_DATA_DIR: dataDir };
    if (engine === "PostgreSQL") {
      database = `live_bench_${process.pid}_${randomBytes(3).toString("hex")}`;
      await admin(`CREATE DATABASE ${database}`);
      const url = new URL(adminUrl);
      url.pathname = `/${database}`;
      env = { ...env, DATABASE_URL: url.toString() };
    } else {
      env = { ...env, DATABASE_URL: "" };
    }
    for (let i = 0; i < instances; i++)
      servers.push(await startServer(PORTS[i], { ...env, LIVE_INSTANCE: `live-bench-${i}` }));
    log(`${engine}, ${instances} instance(s): ${CLASSES} classes × ${STUDENTS} students`);
    const controller = new AbortController();
    const deadline = setTimeout(() => controller.abort(), TIMEOUT_MS);
    const bases = servers.map((s) => s.base);
    const outcomes = await Promise.allSettled(
      classCodes.map(async (_, c) => {
        await sleep(c * 50);
        return Promise.race([
          runClass(c, bases, controller.signal, results),
          new Promise((_, reject) =>
            controller.signal.addEventListener("abort", () => reject(new Error("time limit"))),
          ),
        ]);
      }),
    );
    clearTimeout(deadline);
    for (const o of outcomes) if (o.status === "rejected") error(`class: ${o.reason.message}`);
    const rss = servers.map((s) => peakRss(s.child.pid));
    controller.abort();
    return {
      name: `${engine}, ${instances} instance${instances > 1 ? "s" : ""}`,
      ...results,
      seconds: (performance.now() - started) / 1000,
      p50: pct(results.latency, 50),
      p95: pct(results.latency, 95),
      p99: pct(results.latency, 99),
      fanoutP95: pct(results.fanout, 95),
      errors: [...stats.errors.entries()],
      requests: stats.requests,
      rss,
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(dataDir, { recursive: true, force: true });
    if (database) await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => {});
  }
}

const rows = [];
for (const setup of SETUPS) {
  if (setup !== "pglite" && !adminUrl) {
    log(`skipping ${setup}: DATABASE_URL is not set`);
    continue;
  }
  rows.push(await runSetup(setup));
  const r = rows.at(-1);
  log(
    `${r.name}: p50 ${r.p50?.toFixed(0)} ms, p95 ${r.p95?.toFixed(0)} ms, p99 ${r.p99?.toFixed(0)} ms; ` +
      `sent ${r.sent}, counted ${r.counted}; errors ${r.errors.reduce((n, [, k]) => n + k, 0)}; ` +
      `RSS ${r.rss.map((x) => `${(x.kb / 1024).toFixed(0)} MB (${x.name})`).join(" + ")}; ${r.seconds.toFixed(0)} s`,
  );
  await sleep(2000);
}

const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(0)}` : "–");
console.log(
  `\n${CLASSES} classes × ${STUDENTS} students (${CLASSES * STUDENTS} streams), ${STEPS} steps, ${QUESTIONS} questions, answers spread over ${SPREAD_MS} ms\n`,
);
console.log(
  "| setup | answer → host count p50 / p95 / p99 ms | step fan-out p95 ms | sent | counted | errors | peak RSS per instance | time s |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
for (const r of rows)
  console.log(
    `| ${r.name} | ${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)} | ${ms(r.fanoutP95)} | ${r.sent} | ${r.counted} | ${r.errors.reduce((n, [, k]) => n + k, 0)} | ${r.rss.map((x) => `${(x.kb / 1024).toFixed(0)} MB`).join(", ")} | ${r.seconds.toFixed(0)} |`,
  );
for (const r of rows) {
  if (r.errors.length)
    console.log(`\nErrors, ${r.name}:\n${r.errors.map(([k, n]) => `  ${n} × ${k}`).join("\n")}`);
  const lost = r.sent !== r.counted;
  const limit = r.name.startsWith("PGlite") ? 1024 : 600;
  const misses = [
    r.p95 > 500 && `p95 ${ms(r.p95)} ms > 500`,
    r.p99 > 1000 && `p99 ${ms(r.p99)} ms > 1000`,
    lost && `sent ${r.sent} ≠ counted ${r.counted}`,
    r.rss.some((x) => x.kb / 1024 > limit) && `RSS over ${limit} MB`,
    r.classes < CLASSES && `${CLASSES - r.classes} class(es) did not finish`,
  ].filter(Boolean);
  console.log(`${r.name}: ${misses.length ? `targets missed: ${misses.join("; ")}` : "all targets met"}`);
}
process.exit(0);
