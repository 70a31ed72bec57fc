// Shared by bench/live.mjs, bench/live-chaos.mjs, bench/live-assign.mjs and the chaos test: servers,
// PostgreSQL (a database of its own, or a throwaway cluster that can be restarted), the load
// generator's worker threads, and JSON requests from the main thread with their errors counted.
// Loopback only; everything started here is stopped by `killAll()` (also on exit).
import { execFile, execFileSync, spawn, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { jsonRequest } from "./live-request.mjs";

const runAsync = promisify(execFile);
export const now = () => performance.timeOrigin + performance.now();
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const pct = (xs, p) => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
export const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)}` : "–");
const started = now();
export const log = (m) => console.log(`[bench:live ${((now() - started) / 1000).toFixed(0)}s] ${m}`);
// A DATABASE_URL without a user connects as the operating system's user, as libpq does (the servers
// apply server/live/pg-url.ts themselves; this is for the bench's own admin connection).
if (!process.env.PGUSER && !process.env.USER) process.env.PGUSER = userInfo().username;
export const adminUrl = process.env.DATABASE_URL;

const children = new Set();
const cleanups = new Set();

/** Kills every server this process started (also run on exit and on SIGINT/SIGTERM). */
export function killAll() {
  for (const c of children) {
    try {
      process.kill(-c.pid, "SIGKILL");
    } catch {
      // Gone.
    }
  }
  for (const f of cleanups) {
    try {
      f();
    } catch {
      // Best effort.
    }
  }
}
process.on("exit", killAll);

// ---- servers ----

/** Every process in the tree under `pid` (`node next start` and the next-server it may fork). */
function tree(pid) {
  const all = [pid];
  for (const d of readdirSync("/proc").filter((x) => /^\d+$/.test(x))) {
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${d}/status`, "utf8"))[1]);
      if (all.includes(ppid)) all.push(Number(d));
    } catch {
      // Exited meanwhile.
    }
  }
  return all;
}

/** VmHWM (peak) or VmRSS (now) in kB of the process that serves: next-server, else the largest. */
export function rssOf(pid, field = "VmHWM") {
  let best = 0;
  for (const p of tree(pid)) {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      const name = readFileSync(`/proc/${p}/cmdline`, "utf8").split("\0")[0];
      if (/next-server/.test(name)) return kb;
      best = Math.max(best, kb);
    } catch {
      // Exited meanwhile.
    }
  }
  return best;
}

/** CPU seconds (user + system) used so far by the process tree under `pid`. */
export function cpuSeconds(pid) {
  let ticks = 0;
  for (const p of tree(pid)) {
    try {
      const f = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // Exited meanwhile.
    }
  }
  return ticks / 100;
}

/** `next start` on 127.0.0.1:`port` with the bench's limits; resolves once the store answers. */
export async function startServer(port, env, { nodeOptions, nodeArgs = [], onOutput } = {}) {
  const child = spawn(
    process.execPath,
    // BENCH_SERVER_NODE_ARGS: flags for the server's node (e.g. --cpu-prof, which NODE_OPTIONS refuses).
    [
      ...(process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
      ...nodeArgs,
      "node_modules/next/dist/bin/next",
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        LIVE_MAX_PARTICIPANTS: "300",
        LIVE_STREAMS_PER_SESSION: "1000",
        LIVE_STREAMS_PER_ADDRESS: "100000",
        LIVE_SESSIONS_PER_ADDRESS: "100000",
        LIVE_LIMIT_SECRET: "bench",
        ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  children.add(child);
  // The server's output, also in a file (the last run's per port) to read after a run.
  const logFile = join(tmpdir(), `live-bench-${port}.log`);
  writeFileSync(logFile, "");
  let out = "";
  const take = (d) => {
    out += d;
    if (out.length > 4_000_000) out = out.slice(-2_000_000);
    appendFileSync(logFile, d);
    onOutput?.(String(d));
  };
  child.stdout.on("data", take);
  child.stderr.on("data", take);
  const exited = new Promise((r) => child.once("exit", r));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${out}`);
    try {
      // Opens the store too (PGlite's first start takes seconds).
      const r = await fetch(`${base}/api/live/s/AAAAAAAAAAAAAAAAAAAAAA/events?poll=1`);
      if (r.status === 404) break;
    } catch {
      // Not up yet.
    }
    if (i > 600) throw new Error(`next start did not answer on ${port}:\n${out}`);
    await sleep(100);
  }
  const signal = (s) => {
    try {
      process.kill(-child.pid, s);
    } catch {
      // Gone.
    }
  };
  return {
    base,
    port,
    pid: child.pid,
    output: () => out,
    /** SIGKILL, as a crash: no shutdown, streams cut. */
    kill: async () => {
      signal("SIGKILL");
      await exited;
      children.delete(child);
    },
    stop: async () => {
      signal("SIGTERM");
      await Promise.race([exited, sleep(15_000)]);
      signal("SIGKILL");
      children.delete(child);
    },
  };
}

// ---- PostgreSQL ----

/** One statement (with `params`) on a connection of its own to `url`; its rows. */
export async function adminQuery(url, sql, params) {
  const c = new pg.Client({ connectionString: url, application_name: "live-bench-admin" });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** A database of its own on the PostgreSQL at `adminUrl`, dropped by `drop()`. */
export async function createDatabase(adminUrl) {
  const name = `live_bench_${process.pid}_${randomBytes(3).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

const pgVersion = () =>
  readdirSync("/usr/lib/postgresql")
    .filter((v) => /^\d+$/.test(v))
    .sort((x, y) => Number(x) - Number(y))
    .at(-1);

/**
 * A PostgreSQL cluster of its own (Debian's pg_createcluster), on `port`, so restarting it disturbs
 * no one else; dropped by `drop()` (and, synchronously, on exit). Made without blocking this thread,
 * so other set-up (the quizzes' answers) runs meanwhile.
 */
/** Where `throwawayCluster(port)` will be, known before it is made (servers may start meanwhile). */
export const clusterUrl = (port) => `postgres://postgres@127.0.0.1:${port}/postgres`;

export async function throwawayCluster(port) {
  if (!existsSync("/usr/bin/pg_createcluster") || process.getuid?.() !== 0)
    throw new Error("a PostgreSQL restart needs root and Debian's pg_createcluster (postgresql-common)");
  const name = `livechaos${port}`;
  const version = pgVersion();
  const dropNow = () => {
    try {
      execFileSync("pg_dropcluster", ["--stop", version, name], { stdio: "pipe" });
    } catch {
      // Not there.
    }
  };
  await runAsync("pg_dropcluster", ["--stop", version, name]).catch(() => {}); // Left by an interrupted run.
  await runAsync("pg_createcluster", [
    version,
    name,
    "-p",
    String(port),
    "--",
    "--auth-local=trust",
    "--auth-host=trust",
    // initdb without waiting for its files to reach the disk: a throwaway cluster (the server
    // itself keeps fsync on, so a restart keeps what was committed).
    "--no-sync",
  ]);
  cleanups.add(dropNow);
  await runAsync("pg_ctlcluster", [version, name, "start", "-o", "-c max_connections=200"]);
  return {
    url: clusterUrl(port),
    /** Stops the server (fast: connections cut, committed work kept), waits `downMs`, starts it. */
    async restart(downMs) {
      // Asynchronously: the proxy runs on this thread and must not stall meanwhile.
      await runAsync("pg_ctlcluster", [version, name, "stop", "-m", "fast"]);
      await sleep(downMs);
      await runAsync("pg_ctlcluster", [version, name, "start", "-o", "-c max_connections=200"]);
    },
    async drop() {
      cleanups.delete(dropNow);
      await runAsync("pg_dropcluster", ["--stop", version, name]).catch(() => {});
    },
  };
}

/** Ends every instance's LISTEN connection (`<instance>:listen`), as a network or an operator might. */
export async function terminateListen(adminUrl) {
  const rows = await adminQuery(
    adminUrl,
    "SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name LIKE '%:listen'",
  );
  return rows.filter((r) => r.ok).length;
}

// ---- classes ----

const answerArgs = (codes, count) => [
  "node_modules/tsx/dist/cli.mjs",
  "bench/live-answers.ts",
  `--count=${count}`,
  ...codes,
];
/** bench/live-answers.ts's quizzes (kind and options) → one valid answer per question. */
const oneAnswerEach = (quizzes) =>
  Object.fromEntries(
    Object.entries(quizzes).map(([code, qs]) => [
      code,
      qs.map((q) => (q.kind === "order" ? q.options : q.options[0])),
    ]),
  );

/** One valid answer per question of each class code's quiz (bench/live-answers.ts, through tsx). */
export function answersFor(codes, count) {
  const r = spawnSync(process.execPath, answerArgs(codes, count), { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`bench/live-answers.ts failed:\n${r.stderr}`);
  return oneAnswerEach(JSON.parse(r.stdout));
}

/** `n` class codes and, as `answersFor` but without blocking this thread, their answers. */
export async function classAnswers(n, count) {
  const codes = Array.from({ length: n }, (_, c) => String(100000 + ((c * 7919) % 900000)));
  const { stdout } = await runAsync(process.execPath, answerArgs(codes, count), {
    maxBuffer: 64 * 1024 * 1024,
  });
  return { codes, count, answers: oneAnswerEach(JSON.parse(stdout)) };
}

/**
 * Creates a live session on `base` for each class code (`n` codes, or those of `classAnswers`), all
 * at once; with the answers each question takes.
 */
export async function createClasses(base, n, count, prepared) {
  const { codes, answers } = await (prepared ?? classAnswers(n, count));
  return Promise.all(
    codes.map(async (classCode) => {
      const res = await fetch(`${base}/api/live/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ classCode, count, locale: "en" }),
      });
      if (res.status !== 201) throw new Error(`create → ${res.status}`);
      return { ...(await res.json()), classCode, answers: answers[classCode] };
    }),
  );
}

// ---- the generator's threads ----

/**
 * `threads` worker threads (bench/live-worker.mjs), the classes dealt out among them. `all(msg)` sends
 * one message to each and resolves to their answers. The main thread's own loop delay is kept too.
 */
export function generator(threads, base, students) {
  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(new URL("./live-worker.mjs", import.meta.url), {
        workerData: { base, students, phoneHead: process.env.BENCH_PHONE_HEAD === "1" },
      }),
  );
  let nextId = 0;
  const pending = new Map();
  for (const w of workers) {
    w.on("message", ({ id, result }) => {
      pending.get(id)?.(result);
      pending.delete(id);
    });
    w.on("error", (e) => console.error("bench worker failed:", e));
  }
  // Every question to a thread is bounded: one that does not answer in time is reported, not waited for.
  // A message that runs until a time (`until`, the soak) gets 150 s after that time.
  const ask = (w, msg) =>
    new Promise((resolve) => {
      const id = nextId++;
      const boundMs = 150_000 + Math.max(0, (msg.until ?? 0) - now());
      const timer = setTimeout(() => {
        if (!pending.delete(id)) return;
        console.error(
          `bench: thread ${workers.indexOf(w)} did not answer "${msg.type}" within ${ms(boundMs / 1000)} s`,
        );
        resolve(null);
      }, boundMs);
      pending.set(id, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      w.postMessage({ ...msg, id });
    });
  const mainDelay = monitorEventLoopDelay({ resolution: 10 });
  mainDelay.enable();
  return {
    init: (classes) =>
      Promise.all(
        workers.map((w, i) => ask(w, { type: "init", classes: classes.filter((_, c) => c % threads === i) })),
      ),
    all: (msg) => Promise.all(workers.map((w) => ask(w, msg))).then((r) => r.filter((x) => x !== null)),
    /** A message of its own to each thread: `make(i)`. */
    allEach: (make) => Promise.all(workers.map((w, i) => ask(w, make(i)))),
    resetMainDelay: () => mainDelay.reset(),
    mainDelay: () => ({ p99: mainDelay.percentile(99) / 1e6, max: mainDelay.max / 1e6 }),
    async stop() {
      await Promise.race([this.all({ type: "stop" }), sleep(5000)]);
      await Promise.all(workers.map((w) => w.terminate()));
      mainDelay.disable();
    },
  };
}

/** The test proxy on a thread of its own (bench/live-proxy-thread.mjs). */
export async function startProxyThread(port, upstreams) {
  const w = new Worker(new URL("./live-proxy-thread.mjs", import.meta.url), {
    workerData: { port, upstreams },
  });
  const pending = new Map();
  let nextId = 0;
  await new Promise((resolve, reject) => {
    w.on("message", ({ id, result }) => {
      if (id === "ready") return resolve();
      pending.get(id)?.(result);
      pending.delete(id);
    });
    w.once("error", reject);
  });
  const ask = (msg) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      w.postMessage({ ...msg, id });
    });
  return {
    dropStreams: (fraction, match) => ask({ type: "drop", fraction, match: match.source }),
    delay: () => ask({ type: "delay" }),
    resetDelay: () => ask({ type: "reset" }),
    async close() {
      await ask({ type: "close" });
      await w.terminate();
    },
  };
}

/** Sums the workers' error maps. */
export function mergeErrors(reports) {
  const m = new Map();
  for (const r of reports) for (const [k, n] of r.errors) m.set(k, (m.get(k) ?? 0) + n);
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
}

// ---- JSON requests from the main thread (the homework bench) ----

export const stats = { errors: new Map(), requests: 0 };
export function error(what) {
  stats.errors.set(what, (stats.errors.get(what) ?? 0) + 1);
}

/** A JSON request from the main thread; errors counted in `stats` (30 s, no retries). */
export const api = (base, method, path, body, key) => {
  stats.requests++;
  return jsonRequest({ base, error, timeoutMs: 30_000 }, method, path, body, key);
};
