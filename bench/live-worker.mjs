// One load-generator thread of `npm run bench:live` (bench/live.mjs): it plays the students (and
// hosts) of the classes it is given — joins, event streams that reconnect with `?since=` as the phone
// does, answers retried as the phone retries them — and measures what they see. Its own event-loop
// delay is recorded (monitorEventLoopDelay): a generator that lags measures itself, not the server.
// Times are epoch milliseconds (performance.timeOrigin + performance.now()), comparable between threads.
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { jsonRequest, retryAfterOf } from "./live-request.mjs";

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const { base, students: STUDENTS } = workerData;
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();

/**
 * BENCH_PHONE_HEAD=1: on each step a student's phone first asks whether the step's page answers
 * (`HEAD`, components/live/student/phone-effects.ts) before it moves; the time of that check is kept.
 */
const PHONE_HEAD = workerData.phoneHead === true;
const headTimes = [];
async function pageCheck(slug) {
  const sent = now();
  try {
    const res = await fetch(`${base}/en/live/step/${slug}`, {
      method: "HEAD",
      signal: AbortSignal.timeout(4000),
    });
    if (!res.ok) error(`HEAD step page → ${res.status}`);
    headTimes.push(now() - sent);
  } catch (e) {
    error(`HEAD step page → ${e.cause?.code ?? e.name}`);
  }
}

const errors = new Map();
const error = (what) => errors.set(what, (errors.get(what) ?? 0) + 1);
const STREAM_BACK_MS = 15_000;

/** Every stream of this thread, for the fault checks. */
const allStreams = [];
/** Faults announced by the main thread: { at }. */
const faults = [];

/**
 * The phone's wait before reconnecting (components/live/client-stream.ts, reconnectWaitMs): the first
 * try spread over 0.25–3 s, a `Retry-After` waited for over 1–2 × its length, then 500 ms doubling to
 * 10 s, ±25 %.
 */
function reconnectWait(n, retryAfterS) {
  if (retryAfterS !== undefined) return Math.min(10_000, retryAfterS * 1000 * (1 + Math.random()));
  if (n === 0) return 500 * (0.5 + Math.random() * 5.5);
  return Math.min(10_000, 500 * 2 ** Math.min(n, 16)) * (0.75 + Math.random() * 0.5);
}

/**
 * An event stream read with fetch, as the phone reads it: when it ends or cannot open, again after
 * `reconnectWait`, with `?since=<last id>`. Keeps what the measures need: when each state
 * event (step k, open q, reveal q) first arrived, the state ids (to find gaps and doubles), and per
 * fault when the stream first had a frame afterwards on a connection that stayed up.
 */
class Stream {
  constructor(url, key, { host = false } = {}) {
    this.url = url;
    this.key = key;
    this.host = host;
    this.lastId = null;
    this.seen = new Map();
    this.stateIds = new Set();
    this.doubled = 0;
    this.firstId = null;
    this.counts = []; // host: { question, answered, at }
    // Per fault: { at, conn } of the first event frame after it; { connAt, connConn } of the
    // connection it was on after it (at the fault if it stayed up, else the first one that opened).
    this.back = [];
    this.conn = 0;
    this.connected = false;
    this.stopped = false;
    this.waiters = new Set();
    this.cuts = 0;
    allStreams.push(this);
  }

  start() {
    void this.run();
    return this;
  }

  async run() {
    let attempt = 0;
    while (!this.stopped) {
      let retryAfter;
      this.controller = new AbortController();
      const conn = ++this.conn;
      try {
        const since = this.lastId === null ? "" : `?since=${this.lastId}`;
        const res = await fetch(this.url + since, {
          headers: this.key ? { authorization: `Bearer ${this.key}` } : {},
          signal: this.controller.signal,
        });
        if (res.status === 200 && res.body) {
          this.connected = true;
          attempt = 0;
          const t = now();
          for (const b of this.back)
            if (b.connAt === null && t > b.fault) Object.assign(b, { connAt: t, connConn: conn });
          const decoder = new TextDecoder();
          let buffer = "";
          for await (const chunk of res.body) {
            const at = now();
            buffer += decoder.decode(chunk, { stream: true });
            let cut;
            while ((cut = buffer.indexOf("\n\n")) >= 0) {
              this.frame(buffer.slice(0, cut), at, conn);
              buffer = buffer.slice(cut + 2);
            }
          }
        } else {
          error(`stream → ${res.status}`);
          retryAfter = retryAfterOf(res);
          await res.text().catch(() => "");
        }
      } catch (e) {
        if (!this.stopped) error(`stream cut (${e.cause?.code ?? e.name})`);
      }
      this.connected = false;
      if (this.stopped) break;
      this.cuts++;
      // A frame after a fault counts as "back" only on a connection that stayed up 15 s after it.
      const t = now();
      for (const b of this.back) {
        if (b.conn === conn && t < b.fault + STREAM_BACK_MS) b.at = null;
        if (b.connConn === conn && t < b.fault + STREAM_BACK_MS) b.connAt = null;
      }
      await sleep(reconnectWait(attempt++, retryAfter));
    }
  }

  frame(block, at, conn) {
    let event = "";
    let data = "";
    let id;
    for (const line of block.split("\n")) {
      if (line.startsWith("event: ")) event = line.slice(7);
      else if (line.startsWith("data: ")) data += line.slice(6);
      else if (line.startsWith("id: ")) id = Number(line.slice(4));
    }
    if (!event) return;
    for (const b of this.back) if (b.at === null && at > b.fault) Object.assign(b, { at, conn });
    if (id !== undefined) this.lastId = id;
    if (event === "counts") {
      if (this.host) {
        const d = JSON.parse(data);
        this.counts.push({ question: d.question, answered: d.answered, at });
      }
    } else if (event === "snapshot") {
      const d = JSON.parse(data);
      if (this.firstId === null) this.firstId = d.seq;
      if (d.step !== null) for (let k = 0; k <= d.step; k++) this.mark(`step:${k}`, at);
      d.questions.forEach((s, q) => {
        if (s !== "new") this.mark(`open:${q}`, at);
        if (s === "revealed") this.mark(`reveal:${q}`, at);
      });
    } else if (id !== undefined) {
      if (this.stateIds.has(id)) this.doubled++;
      this.stateIds.add(id);
      if (event === "step" || event === "open" || event === "reveal") {
        const d = JSON.parse(data);
        this.mark(`${event}:${event === "step" ? d.step : d.question}`, at);
        if (event === "step" && PHONE_HEAD && !this.host) void pageCheck(d.slug);
      }
    }
    for (const w of this.waiters) w();
  }

  mark(key, at) {
    if (!this.seen.has(key)) this.seen.set(key, at);
  }

  /** Resolves once `test()` holds (checked on each frame) or after `ms`; says which. */
  until(test, ms) {
    if (test()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const w = () => {
        if (!test()) return;
        this.waiters.delete(w);
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(w);
        resolve(false);
      }, ms);
      this.waiters.add(w);
    });
  }

  stop() {
    this.stopped = true;
    this.controller?.abort();
    const i = allStreams.indexOf(this);
    if (i >= 0) allStreams.splice(i, 1);
  }
}

const api = (method, path, body, key, { retry = false } = {}) =>
  jsonRequest({ base, error, retry }, method, path, body, key);

let classes = [];
const JOIN_AT_ONCE = 5;

async function init(list) {
  classes = list.map((c) => ({ ...c, students: [] }));
  await Promise.all(
    classes.map(async (c) => {
      c.hostStream = new Stream(`${base}/api/live/s/${c.sessionId}/host/events`, c.hostKey, {
        host: true,
      }).start();
      // A class joins together, as a room does when the code goes up: JOIN_AT_ONCE at a time per
      // class (all 1,200 at once stalled a pg1 set-up: a thread not done joining in 150 s).
      let nextStudent = 0;
      const joinOne = async (j) => {
        const joined = await api(
          "POST",
          "/join",
          { joinCode: c.joinCode, locale: ["en", "ru", "kk"][j % 3] },
          undefined,
          { retry: true },
        );
        if (joined.status !== 201) return;
        const st = { ...joined.body, acked: new Map(), attempted: new Set() };
        st.stream = new Stream(`${base}/api/live/s/${c.sessionId}/events`).start();
        c.students.push(st);
      };
      await Promise.all(
        Array.from({ length: JOIN_AT_ONCE }, async () => {
          while (nextStudent < STUDENTS) await joinOne(nextStudent++);
        }),
      );
    }),
  );
  // Every stream open before anything is measured.
  await Promise.all(allStreams.map((s) => s.until(() => s.firstId !== null || s.stateIds.size > 0, 60_000)));
  return { joined: classes.reduce((n, c) => n + c.students.length, 0), streams: allStreams.length };
}

/** A host command in every class at once; then how long until each student stream had `key`. */
async function command(body, key, waitMs) {
  const perClass = await Promise.all(
    classes.map(async (c) => {
      const sentAt = now();
      const r = await api("POST", `/s/${c.sessionId}/commands`, body, c.hostKey, { retry: true });
      const ok = r.status === 200;
      await Promise.all(c.students.map((st) => st.stream.until(() => st.stream.seen.has(key), waitMs)));
      const times = c.students.map((st) => {
        const at = st.stream.seen.get(key);
        return at === undefined ? null : Math.max(0, at - sentAt);
      });
      return { ok, sentAt, times };
    }),
  );
  return perClass;
}

/** Every student answers question `q` once at a random moment within `spreadMs`. */
async function answer(q, spreadMs) {
  const acks = []; // { at (first send), ms (to the 2xx, retries included), classIndex }
  const countLatency = [];
  await Promise.all(
    classes.map(async (c) => {
      const ackTimes = [];
      await Promise.all(
        c.students.map(async (st) => {
          await sleep(Math.random() * spreadMs);
          const value = c.answers[q];
          const sent = now();
          st.attempted.add(q);
          const r = await api(
            "POST",
            `/s/${c.sessionId}/answers`,
            { participantId: st.participantId, question: q, answer: value, answerSeq: 1 },
            st.resumeKey,
            { retry: true },
          );
          if (r.status !== 200) return;
          const at = now();
          st.acked.set(q, value);
          acks.push({ at: sent, ms: at - sent });
          ackTimes.push(at);
        }),
      );
      ackTimes.sort((x, y) => x - y);
      if (process.env.BENCH_DEBUG)
        console.error(`debug q${q} class ${c.classCode}: ${ackTimes.length} acked`);
      const host = c.hostStream;
      const reached = await host.until(
        () => host.counts.some((h) => h.question === q && h.answered >= ackTimes.length),
        20_000,
      );
      if (!reached) error("host count did not reach the acknowledged answers in 20 s");
      if (process.env.BENCH_DEBUG) console.error(`debug q${q} class ${c.classCode}: host count ${reached}`);
      for (let k = 1; k <= ackTimes.length; k++) {
        const seen = host.counts.find((h) => h.question === q && h.answered >= k);
        if (seen) countLatency.push(Math.max(0, seen.at - ackTimes[k - 1]));
      }
    }),
  );
  return { acks, countLatency };
}

/**
 * The soak: each of `slots` classes in turn is created, joined by STUDENTS students with streams,
 * taken through 5 questions (answered within 3 s each, revealed) and a step between, ended, and its
 * streams closed; then the next class, until `until`. Returns how many classes and answers ran.
 */
async function soak(slots, until, answers) {
  let classesRun = 0;
  let answered = 0;
  await Promise.all(
    slots.map(async (classCode) => {
      while (now() < until) {
        const created = await api("POST", "/sessions", { classCode, count: 5, locale: "en" }, undefined, {
          retry: true,
        });
        if (created.status !== 201) {
          await sleep(1000);
          continue;
        }
        const c = { ...created.body, classCode, answers: answers[classCode], students: [] };
        for (let j = 0; j < STUDENTS; j++) {
          const joined = await api(
            "POST",
            "/join",
            { joinCode: c.joinCode, locale: ["en", "ru", "kk"][j % 3] },
            undefined,
            {
              retry: true,
            },
          );
          if (joined.status !== 201) continue;
          c.students.push({
            ...joined.body,
            stream: new Stream(`${base}/api/live/s/${c.sessionId}/events`).start(),
          });
        }
        const cmd = (body) => api("POST", `/s/${c.sessionId}/commands`, body, c.hostKey, { retry: true });
        await cmd({ type: "start" });
        for (let q = 0; q < 5 && now() < until; q++) {
          await cmd({ type: "open", index: q });
          await Promise.all(
            c.students.map(async (st) => {
              await sleep(Math.random() * 3000);
              const r = await api(
                "POST",
                `/s/${c.sessionId}/answers`,
                { participantId: st.participantId, question: q, answer: c.answers[q], answerSeq: 1 },
                st.resumeKey,
                { retry: true },
              );
              if (r.status === 200) answered++;
            }),
          );
          await cmd({ type: "reveal" });
          await cmd({ type: "step", index: (q + 1) % 3 });
        }
        await cmd({ type: "end" });
        for (const st of c.students) st.stream.stop();
        classesRun++;
      }
    }),
  );
  return { classesRun, answered };
}

/** Lost (acknowledged, not stored), counted twice, stream gaps and doubles, against the server's log. */
async function verify() {
  let lost = 0;
  let twice = 0;
  let acked = 0;
  let gaps = 0;
  let doubledFrames = 0;
  await Promise.all(
    classes.map(async (c) => {
      for (const st of c.students) {
        const own = await api(
          "GET",
          `/s/${c.sessionId}/participants/${st.participantId}`,
          undefined,
          st.resumeKey,
          {
            retry: true,
          },
        );
        const stored = new Map((own.body?.answers ?? []).map((a) => [a.question, a.answer]));
        for (const [q, value] of st.acked) {
          acked++;
          if (JSON.stringify(stored.get(q)) !== JSON.stringify(value)) lost++;
        }
      }
      const summary = await api("GET", `/s/${c.sessionId}/summary`, undefined, c.hostKey, { retry: true });
      for (const q of summary.body?.questions ?? []) {
        const attempted = c.students.filter((st) => st.attempted.has(q.question)).length;
        if (q.answered > attempted) twice += q.answered - attempted;
      }
      const log = await api("GET", `/s/${c.sessionId}/events?poll=1&since=0`, undefined, undefined, {
        retry: true,
      });
      const stateIds = (log.body?.frames ?? [])
        .filter((f) => f.event !== "counts" && f.id !== undefined)
        .map((f) => f.id);
      // A stream still reconnecting (after its backoff) catches up with `since`: up to 5 s for it.
      await Promise.all(
        c.students.map(({ stream: s }) =>
          s.until(() => stateIds.every((id) => id <= (s.firstId ?? 0) || s.stateIds.has(id)), 5000),
        ),
      );
      for (const st of c.students) {
        const from = st.stream.firstId ?? 0;
        gaps += stateIds.filter((id) => id > from && !st.stream.stateIds.has(id)).length;
        doubledFrames += st.stream.doubled;
      }
    }),
  );
  return { acked, lost, twice, gaps, doubledFrames };
}

/** Per fault: the share of student streams that had a frame within 15 s on a connection that stayed up. */
function backReport() {
  return faults.map((f, i) => {
    const students = allStreams.filter((s) => !s.host);
    const times = students.map((s) => s.back[i]).map((b) => (b && b.at !== null ? b.at - f.at : null));
    const withEvent = times.filter((t) => t !== null && t <= STREAM_BACK_MS).length;
    const conn = students.map((s) => s.back[i]).map((b) => (b && b.connAt !== null ? b.connAt - f.at : null));
    const back = conn.filter((t) => t !== null && t <= STREAM_BACK_MS).length;
    return {
      at: f.at,
      streams: students.length,
      back,
      slowest: Math.max(0, ...conn.filter((t) => t !== null)),
      withEvent,
      slowestEvent: Math.max(0, ...times.filter((t) => t !== null)),
    };
  });
}

function delayReport() {
  const r = {
    p50: delay.percentile(50) / 1e6,
    p99: delay.percentile(99) / 1e6,
    max: delay.max / 1e6,
  };
  return r;
}

process.on("unhandledRejection", (e) => error(`generator: ${e?.message ?? e}`));
parentPort.on("message", async (msg) => {
  try {
    await handle(msg);
  } catch (e) {
    // Reported, never swallowed: the main thread gets null and the error is counted.
    error(`generator ${msg.type}: ${e?.stack?.split("\n").slice(0, 2).join(" ") ?? e}`);
    parentPort.postMessage({ id: msg.id, result: null });
  }
});

async function handle(msg) {
  let result;
  switch (msg.type) {
    case "init":
      result = await init(msg.classes);
      delay.reset();
      break;
    case "command":
      result = await command(msg.body, msg.key, msg.waitMs);
      break;
    case "answer":
      result = await answer(msg.q, msg.spreadMs);
      break;
    case "fault":
      faults.push({ at: msg.at });
      for (const s of allStreams)
        s.back.push({
          fault: msg.at,
          at: null,
          conn: 0,
          connAt: s.connected ? msg.at : null,
          connConn: s.connected ? s.conn : 0,
        });
      result = null;
      break;
    case "soak":
      result = await soak(msg.slots, msg.until, msg.answers);
      break;
    case "verify":
      result = await verify();
      break;
    case "report":
      result = {
        delay: delayReport(),
        errors: [...errors.entries()],
        back: backReport(),
        cuts: allStreams.reduce((n, s) => n + s.cuts, 0),
        headTimes: headTimes.splice(0),
        connected: allStreams.filter((s) => s.connected).length,
      };
      if (msg.reset) {
        delay.reset();
        errors.clear();
      }
      break;
    case "stop":
      for (const s of allStreams) s.stop();
      result = null;
      break;
  }
  parentPort.postMessage({ id: msg.id, result });
}
