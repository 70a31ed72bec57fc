// The parts of `npm run bench:live` that its scenarios share (bench/live.mjs: live classes;
// bench/live-assign.mjs: homework): `next start` servers on loopback, stopped with everything they
// started, the admin connection to PostgreSQL, JSON requests with their errors counted, percentiles.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { userInfo } from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";

const POOL = process.env.BENCH_POOL ?? "25";
// A DATABASE_URL without a user connects as the operating system's user, as libpq does (the servers
// apply server/live/pg-url.ts themselves; this is for the bench's own admin connection).
if (!process.env.PGUSER && !process.env.USER) process.env.PGUSER = userInfo().username;
export const adminUrl = process.env.DATABASE_URL;

const t0 = performance.now();
export const log = (m) => console.log(`[bench:live ${((performance.now() - t0) / 1000).toFixed(0)}s] ${m}`);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const children = new Set();

function cleanup() {
  for (const c of children) {
    try {
      process.kill(-c.pid, "SIGKILL");
    } catch {
      // Gone.
    }
  }
}
process.on("exit", cleanup);
for (const s of ["SIGINT", "SIGTERM"])
  process.on(s, () => {
    cleanup();
    process.exit(130);
  });

// ---- servers ----

/** Every process in the tree under `pid` (the npx-free `node next start` and the next-server it may fork). */
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

/** Peak RSS (VmHWM) of the process that serves: the one named next-server, else the largest. */
export function peakRss(pid) {
  let best = { name: "?", kb: 0 };
  for (const p of tree(pid)) {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const name = readFileSync(`/proc/${p}/cmdline`, "utf8").split("\0")[0];
      if (/next-server/.test(name)) return { name, kb };
      if (kb > best.kb) best = { name, kb };
    } catch {
      // Exited meanwhile.
    }
  }
  return best;
}

export async function startServer(port, env) {
  const child = spawn(
    process.execPath,
    // BENCH_SERVER_NODE_ARGS: flags for the server's node (e.g. --cpu-prof, which NODE_OPTIONS refuses).
    [
      ...(process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
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
        LIVE_PG_POOL_SIZE: POOL,
        LIVE_LIMIT_SECRET: "bench",
        ...(process.env.BENCH_SERVER_NODE_OPTIONS
          ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS }
          : {}),
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  children.add(child);
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
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
    await sleep(200);
  }
  return {
    base,
    child,
    output: () => out,
    stop: async () => {
      const exited = new Promise((r) => child.once("exit", r));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Gone.
      }
      await Promise.race([exited, sleep(15_000)]);
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Gone.
      }
      children.delete(child);
    },
  };
}

/** One statement on the admin connection; its rows. */
export async function admin(sql) {
  const c = new pg.Client({ connectionString: adminUrl, application_name: "live-bench-admin" });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

// ---- clients ----

export const stats = { errors: new Map(), requests: 0 };
export function error(what) {
  stats.errors.set(what, (stats.errors.get(what) ?? 0) + 1);
}

export async function api(base, method, path, body, key) {
  stats.requests++;
  try {
    const res = await fetch(`${base}/api/live${path}`, {
      method,
      headers: {
        ...(body ? { "content-type": "application/json" } : {}),
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    const json = await res.json().catch(() => null);
    if (!res.ok)
      error(
        `${method} ${path.replace(/\/s\/[^/]+/, "/s/…").replace(/\/participants\/.+/, "/participants/…")} → ${res.status}`,
      );
    return { status: res.status, body: json };
  } catch (e) {
    error(`${method} ${path.split("/").slice(0, 2).join("/")} → ${e.name}`);
    return { status: 0, body: null };
  }
}

export const pct = (xs, p) => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
