// The chaos run of `npm run bench:live -- --chaos` (and, small, of the chaos test in `npm test`):
// classes answering and their teachers stepping and opening questions through a proxy with failover,
// while faults strike on a schedule printed first. PostgreSQL: two instances on a throwaway cluster;
// SIGKILL one instance (restarted 10 s later, as a supervisor would), restart PostgreSQL, terminate
// the LISTEN connections, drop 10% of the students' streams. PGlite: one instance; SIGKILL (restarted
// at once) and the dropped streams. Reports acknowledged answers lost, answers counted twice, stream
// gaps and doubles, the share of streams back within 15 s of each fault (on a connection that then
// stays up 15 s; and, beside it, the share that also had an event frame on it), answer latency (send → 2xx,
// the client's retries included) before, during and after each fault, and errors by code.
import {
  classAnswers,
  clusterUrl,
  createClasses,
  generator,
  mergeErrors,
  ms,
  now,
  pct,
  sleep,
  startProxyThread,
  startServer,
  terminateListen,
  throwawayCluster,
} from "./live-lib.mjs";

const QUESTIONS = 20;
const STEPS = 8;
const WINDOW_MS = 15_000;

/** The faults of an engine, at seconds from the start of the answering. */
export function schedule(engine, gapS = 30) {
  return engine === "postgres"
    ? [
        { at: gapS, what: "kill", label: "SIGKILL instance B (restarted 10 s later)" },
        { at: 2 * gapS, what: "pg-restart", label: "restart PostgreSQL (fast stop, 2 s down, start)" },
        { at: 3 * gapS, what: "listen", label: "pg_terminate_backend on every LISTEN connection" },
        { at: 4 * gapS, what: "drop", label: "drop 10% of the students' streams" },
      ]
    : [
        { at: gapS, what: "kill", label: "SIGKILL the instance (restarted at once)" },
        { at: 2 * gapS, what: "drop", label: "drop 10% of the students' streams" },
      ];
}

/**
 * @param {{ engine: "postgres" | "pglite", ports: number[], proxyPort: number, pgPort?: number,
 *   classes: number, students: number, threads: number, faults?: { at: number, what: string, label: string }[],
 *   tailS?: number, minRounds?: number, spreadMs?: number, restartAfterS?: number, dataDir: string, nodeOptions?: string,
 *   log?: (m: string) => void }} o
 */
export async function runChaos(o) {
  const log = o.log ?? (() => {});
  const faults = o.faults ?? schedule(o.engine);
  const tailMs = (o.tailS ?? 30) * 1000;
  const began = now();
  const phase = (m) => log(`${m} (${((now() - began) / 1000).toFixed(1)} s)`);
  let cluster = null;
  const servers = [];
  let restarting = null;
  let proxy = null;
  let gen = null;
  // Set-up side by side: the quizzes' answers (a tsx process) while the cluster is made and the
  // instances start.
  const prepared = classAnswers(o.classes, QUESTIONS);
  prepared.catch(() => {});
  try {
    let env = { LIVE_DATA_DIR: o.dataDir, DATABASE_URL: "" };
    let clusterMade = null;
    if (o.engine === "postgres") {
      // The cluster is thrown away afterwards: the instances use its own database. They start while
      // it is made (their store opens on the first request that finds it up).
      clusterMade = throwawayCluster(o.pgPort).then((c) => {
        cluster = c;
        phase("cluster up");
      });
      clusterMade.catch(() => {});
      env = { ...env, DATABASE_URL: clusterUrl(o.pgPort) };
    }
    const instances = o.engine === "postgres" ? 2 : 1;
    const envOf = (i) => ({ ...env, LIVE_INSTANCE: `live-chaos-${i}` });
    const started = Promise.allSettled(
      o.ports
        .slice(0, instances)
        .map((port, i) => startServer(port, envOf(i), { nodeOptions: o.nodeOptions })),
    );
    const [failed, up] = await Promise.all([
      clusterMade?.then(
        () => null,
        (e) => e,
      ),
      started,
    ]);
    for (const r of up) if (r.status === "fulfilled") servers.push(r.value);
    if (failed) throw failed;
    for (const r of up) if (r.status === "rejected") throw r.reason;
    proxy = await startProxyThread(o.proxyPort, o.ports.slice(0, instances));
    phase(`${instances} instance(s) and the proxy up`);
    const base = `http://127.0.0.1:${o.proxyPort}`;
    const classes = await createClasses(base, o.classes, QUESTIONS, prepared);
    gen = generator(o.threads, base, o.students);
    const joined = await gen.init(classes);
    phase(
      `${joined.reduce((n, j) => n + j.joined, 0)} students joined, ${joined.reduce((n, j) => n + j.streams, 0)} streams open`,
    );
    await gen.all({ type: "report", reset: true });
    gen.resetMainDelay();
    await proxy.resetDelay();

    const t0 = now();
    const acks = [];
    const happened = [];
    // Faults, on their own clock.
    let faultsDoneAt = Infinity;
    const faulting = (async () => {
      for (const f of faults) {
        await sleep(Math.max(0, t0 + f.at * 1000 - now()));
        const at = now();
        await gen.all({ type: "fault", at });
        const detail = await strike(f.what);
        happened.push({ ...f, atMs: at, detail });
        log(`t=${((at - t0) / 1000).toFixed(1)} s: ${f.label}${detail ? ` (${detail})` : ""}`);
      }
    })().finally(() => {
      faultsDoneAt = now();
    });
    async function strike(what) {
      if (what === "kill") {
        const victim = servers[servers.length - 1];
        await victim.kill();
        const restart = async () => {
          servers[servers.length - 1] = await startServer(victim.port, envOf(servers.length - 1), {
            nodeOptions: o.nodeOptions,
          });
        };
        if (o.engine === "postgres") restarting = sleep((o.restartAfterS ?? 10) * 1000).then(restart);
        else await restart();
        return null;
      }
      if (what === "pg-restart") {
        await cluster.restart(2000);
        return null;
      }
      if (what === "listen") return `${await terminateListen(cluster.url)} connections ended`;
      if (what === "drop") return `${await proxy.dropStreams(0.1, /\/s\/[^/]+\/events/)} streams cut`;
      throw new Error(`unknown fault ${what}`);
    }

    // The classes, round after round: open a question, everyone answers within 3 s, reveal, a step.
    let rounds = 0;
    // Rounds go on until `tailS` after the last fault is over (a restart done), and at least
    // `minRounds` of them.
    const more = () => rounds < (o.minRounds ?? 1) || now() < faultsDoneAt + tailMs;
    for (let q = 0; q < QUESTIONS && more(); q++) {
      await gen.all({ type: "command", body: { type: "open", index: q }, key: `open:${q}`, waitMs: 3000 });
      const answered = await gen.all({ type: "answer", q, spreadMs: o.spreadMs ?? 3000 });
      for (const a of answered) acks.push(...a.acks);
      await gen.all({ type: "command", body: { type: "reveal" }, key: `reveal:${q}`, waitMs: 3000 });
      await gen.all({
        type: "command",
        body: { type: "step", index: q % STEPS },
        key: `step:${q % STEPS}`,
        waitMs: 0,
      });
      rounds++;
    }
    await faulting;
    phase(`${rounds} rounds done`);
    // Each stream is given up to 5 s to have every state event of the log (verify waits per stream).
    const verified = await gen.all({ type: "verify" });
    phase("verified");
    const reports = await gen.all({ type: "report" });
    const sum = (k) => verified.reduce((n, v) => n + v[k], 0);
    const windows = happened.map((f, i) => {
      const inWindow = (from, to) => acks.filter((a) => a.at >= from && a.at < to).map((a) => a.ms);
      const before = inWindow(f.atMs - WINDOW_MS, f.atMs);
      const during = inWindow(f.atMs, f.atMs + WINDOW_MS);
      const after = inWindow(f.atMs + WINDOW_MS, f.atMs + 2 * WINDOW_MS);
      const streams = reports.reduce((n, r) => n + r.back[i].streams, 0);
      const back = reports.reduce((n, r) => n + r.back[i].back, 0);
      return {
        label: f.label,
        atS: (f.atMs - t0) / 1000,
        detail: f.detail,
        back,
        streams,
        slowestBackMs: Math.max(...reports.map((r) => r.back[i].slowest)),
        withEvent: reports.reduce((n, r) => n + r.back[i].withEvent, 0),
        slowestEventMs: Math.max(...reports.map((r) => r.back[i].slowestEvent)),
        before: { n: before.length, p95: pct(before, 95), p99: pct(before, 99) },
        during: { n: during.length, p95: pct(during, 95), p99: pct(during, 99) },
        after: { n: after.length, p95: pct(after, 95), p99: pct(after, 99) },
      };
    });
    return {
      engine: o.engine,
      instances,
      streams: joined.reduce((n, j) => n + j.streams, 0),
      rounds,
      seconds: (now() - t0) / 1000,
      acked: sum("acked"),
      lost: sum("lost"),
      twice: sum("twice"),
      gaps: sum("gaps"),
      doubledFrames: sum("doubledFrames"),
      windows,
      errors: mergeErrors(reports),
      generatorP99: Math.max(...reports.map((r) => r.delay.p99)),
      mainP99: gen.mainDelay().p99,
      proxyP99: (await proxy.delay()).p99,
      output: servers.map((s) => s.output()).join("\n"),
    };
  } finally {
    await gen?.stop();
    await proxy?.close();
    // A killed instance still being restarted is stopped too, once it is up.
    await restarting?.catch(() => {});
    await Promise.all(servers.map((s) => s.stop()));
    await cluster?.drop();
    phase("stopped");
  }
}

/** The chaos run as Markdown. */
export function chaosTable(r) {
  const lines = [
    `${r.engine === "postgres" ? "PostgreSQL, 2 instances" : "PGlite, 1 instance"} behind the proxy: ${r.streams} streams, ${r.rounds} rounds, ${r.seconds.toFixed(0)} s; ` +
      `acknowledged ${r.acked}, lost ${r.lost}, counted twice ${r.twice}; stream gaps ${r.gaps}, state frames twice ${r.doubledFrames}; ` +
      `generator loop delay p99 ${ms(r.generatorP99)} ms (workers), ${ms(r.mainP99)} ms (main), ${ms(r.proxyP99)} ms (proxy)`,
    "",
    "| t s | fault | streams back ≤ 15 s | slowest back ms | an event on it ≤ 15 s | slowest event ms | answers before n · p95 / p99 ms | during | after |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  const w = (x) => `${x.n} · ${ms(x.p95)} / ${ms(x.p99)}`;
  for (const f of r.windows)
    lines.push(
      `| ${f.atS.toFixed(0)} | ${f.label}${f.detail ? ` (${f.detail})` : ""} | ${f.back}/${f.streams} (${((100 * f.back) / f.streams).toFixed(1)}%) | ${ms(f.slowestBackMs)} | ${f.withEvent}/${f.streams} | ${ms(f.slowestEventMs)} | ${w(f.before)} | ${w(f.during)} | ${w(f.after)} |`,
    );
  lines.push("", "Errors by code (every attempt, retries included):");
  for (const [k, n] of r.errors) lines.push(`- ${n} × ${k}`);
  if (r.errors.length === 0) lines.push("- none");
  return lines.join("\n");
}
