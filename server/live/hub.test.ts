import { describe, expect, it } from "vitest";
import type { Frame } from "@/lib/live/sse";
import { COUNTS_INTERVAL_MS, Hub, PATIENT_MS, STUDENT_COUNTS_INTERVAL_MS, type HubSource } from "./hub";
import { LocalNotifier } from "./notifier";
import type { EventRow } from "./store";

/** An in-memory log standing in for the store. */
function fakeSource() {
  const log: EventRow[] = [];
  let countsQueries = 0;
  let logReads = 0;
  const source: HubSource = {
    head: async () => log.length,
    eventsAfter: async (_id, after) => {
      logReads++;
      return log.filter((e) => e.seq > after);
    },
    counts: async () => {
      countsQueries++;
      const answered = log.filter((e) => e.type === "answer").length;
      return { host: { answered, secret: true }, student: { answered } };
    },
    frameData: (e) => e.payload,
  };
  const append = (type: string) => {
    log.push({ seq: log.length + 1, type, payload: { n: log.length + 1 } });
    return log.length;
  };
  return { source, append, queries: () => countsQueries, reads: () => logReads };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("Hub", () => {
  it("fans each new event out once to every stream of the session, per audience", async () => {
    const { source, append } = fakeSource();
    const notifier = new LocalNotifier();
    const hub = new Hub(source, notifier);
    const host: Frame[] = [];
    const student: Frame[] = [];
    await hub.subscribe("s", { audience: "host", send: (f) => host.push(f), close: () => {} });
    const off = await hub.subscribe("s", {
      audience: "student",
      send: (f) => student.push(f),
      close: () => {},
    });
    await notifier.publish("s", append("step"));
    await notifier.publish("s", append("open"));
    await sleep(20);
    expect(host.map((f) => `${f.id}:${f.event}`)).toEqual(["1:step", "2:open"]);
    expect(student).toEqual(host);
    off();
    await notifier.publish("s", append("close"));
    await sleep(20);
    expect(host).toHaveLength(3);
    expect(student).toHaveLength(2);
    hub.close();
  });

  it("sends the first counts at once, then at most one per 200 ms, with what each audience may see", async () => {
    const { source, append, queries } = fakeSource();
    const notifier = new LocalNotifier();
    const hub = new Hub(source, notifier);
    const host: { at: number; f: Frame }[] = [];
    const pupil: { at: number; f: Frame }[] = [];
    await hub.subscribe("s", {
      audience: "host",
      send: (f) => host.push({ at: Date.now(), f }),
      close: () => {},
    });
    await hub.subscribe("s", {
      audience: "student",
      send: (f) => pupil.push({ at: Date.now(), f }),
      close: () => {},
    });
    const start = Date.now();
    await notifier.publish("s", append("answer"));
    while (host.length === 0 && Date.now() - start < 2000) await sleep(5);
    expect(host).toHaveLength(1);
    // At once: not held back by a coalescing slot.
    expect(host[0]!.at - start).toBeLessThan(COUNTS_INTERVAL_MS);
    // A burst of 20 answers over ~300 ms: a handful of counts, never two within 200 ms.
    for (let i = 0; i < 20; i++) {
      await notifier.publish("s", append("answer"));
      await sleep(15);
    }
    await sleep(450);
    const counts = host.map((h) => h.at);
    for (let i = 1; i < counts.length; i++)
      expect(counts[i]! - counts[i - 1]!).toBeGreaterThanOrEqual(COUNTS_INTERVAL_MS - 5);
    // The same bound over the whole burst, with the same 5 ms of timer slack as each gap above.
    expect(counts.length).toBeLessThanOrEqual(
      Math.floor((counts.at(-1)! - counts[0]!) / (COUNTS_INTERVAL_MS - 5)) + 1,
    );
    expect(counts.length).toBeLessThan(21);
    expect(queries()).toBe(counts.length);
    expect(host.at(-1)!.f).toMatchObject({ id: 21, event: "counts", data: { answered: 21, secret: true } });
    // The students: the first at once too, then at most one a second; the last count reaches them.
    expect(pupil[0]!.at - start).toBeLessThan(COUNTS_INTERVAL_MS);
    await sleep(STUDENT_COUNTS_INTERVAL_MS);
    for (let i = 1; i < pupil.length; i++)
      expect(pupil[i]!.at - pupil[i - 1]!.at).toBeGreaterThanOrEqual(STUDENT_COUNTS_INTERVAL_MS - 5);
    expect(pupil.length).toBeLessThan(counts.length);
    expect(pupil.at(-1)!.f).toMatchObject({ id: 21, event: "counts", data: { answered: 21 } });
    expect(pupil.at(-1)!.f.data).not.toHaveProperty("secret");
    hub.close();
  });

  it("sends the students' held-back counts before a state event, never after it", async () => {
    const { source, append } = fakeSource();
    const notifier = new LocalNotifier();
    const hub = new Hub(source, notifier);
    const pupil: Frame[] = [];
    await hub.subscribe("s", { audience: "host", send: () => {}, close: () => {} });
    await hub.subscribe("s", { audience: "student", send: (f) => pupil.push(f), close: () => {} });
    await notifier.publish("s", append("answer"));
    await sleep(COUNTS_INTERVAL_MS / 2);
    await notifier.publish("s", append("answer"));
    // The second count is read after 200 ms and held for the students (a second after the first).
    await sleep(COUNTS_INTERVAL_MS + 50);
    await notifier.publish("s", append("close"));
    await sleep(50);
    expect(pupil.map((f) => `${f.id}:${f.event}`)).toEqual(["1:counts", "2:counts", "3:close"]);
    await sleep(STUDENT_COUNTS_INTERVAL_MS);
    expect(pupil).toHaveLength(3);
    hub.close();
  });

  it("counts an answer its own instance wrote next in the log without reading the log", async () => {
    const { source, append, reads } = fakeSource();
    const notifier = new LocalNotifier();
    const hub = new Hub(source, notifier);
    const host: Frame[] = [];
    await hub.subscribe("s", { audience: "host", send: (f) => host.push(f), close: () => {} });
    await notifier.publish("s", append("open"));
    await sleep(20);
    const before = reads();
    for (let i = 0; i < 5; i++) notifier.announce("s", append("answer"), "answer");
    await sleep(COUNTS_INTERVAL_MS + 50);
    expect(reads()).toBe(before);
    expect(host.at(-1)).toMatchObject({ id: 6, event: "counts", data: { answered: 5 } });
    // A gap (seq 7 not announced, a step written elsewhere): the log is read, the step sent.
    append("step");
    notifier.announce("s", append("answer"), "answer");
    await sleep(COUNTS_INTERVAL_MS + 50);
    expect(reads()).toBe(before + 1);
    expect(host.map((f) => f.event)).toContain("step");
    expect(host.at(-1)).toMatchObject({ id: 8, event: "counts", data: { answered: 6 } });
    hub.close();
  });

  it("sends a stream with `only` just those events, no counts; counts nobody when only such streams are open", async () => {
    const { source, append, queries } = fakeSource();
    const notifier = new LocalNotifier();
    const hub = new Hub(source, notifier);
    const pupil: Frame[] = [];
    const host: Frame[] = [];
    const only = new Set(["closed"]);
    await hub.subscribe("s", { audience: "student", only, send: (f) => pupil.push(f), close: () => {} });
    await notifier.publish("s", append("answer"));
    await notifier.publish("s", append("handin"));
    await sleep(250);
    expect(queries()).toBe(0);
    const off = await hub.subscribe("s", { audience: "host", send: (f) => host.push(f), close: () => {} });
    await notifier.publish("s", append("answer"));
    await notifier.publish("s", append("handin"));
    await notifier.publish("s", append("closed"));
    await sleep(250);
    expect(host.map((f) => f.event)).toEqual(["handin", "closed", "counts"]);
    expect(pupil.map((f) => `${f.id}:${f.event}`)).toEqual(["5:closed"]);
    off();
    await notifier.publish("s", append("answer"));
    await sleep(250);
    expect(queries()).toBe(1);
    hub.close();
  });

  it("reads the log at most once per PATIENT_MS while every stream is patient, at once otherwise", async () => {
    const { source, append } = fakeSource();
    let reads = 0;
    const counting: HubSource = {
      ...source,
      eventsAfter: (id, after) => (reads++, source.eventsAfter(id, after)),
    };
    const notifier = new LocalNotifier();
    const hub = new Hub(counting, notifier);
    const frames: Frame[] = [];
    const patient = {
      audience: "host" as const,
      patient: true,
      send: (f: Frame) => frames.push(f),
      close: () => {},
    };
    await hub.subscribe("s", patient);
    for (let i = 0; i < 10; i++) await notifier.publish("s", append("handin"));
    await sleep(PATIENT_MS / 2);
    expect(frames).toHaveLength(0);
    await sleep(PATIENT_MS);
    expect(frames).toHaveLength(10);
    expect(reads).toBe(1);
    await hub.subscribe("s", { audience: "student", send: () => {}, close: () => {} });
    await notifier.publish("s", append("open"));
    await sleep(10);
    expect(frames.at(-1)).toMatchObject({ id: 11, event: "open" });
    hub.close();
  });

  it("tells streams when the session is gone", async () => {
    const { source } = fakeSource();
    const gone: HubSource = { ...source, head: async () => null };
    const notifier = new LocalNotifier();
    const hub = new Hub(gone, notifier);
    const frames: Frame[] = [];
    let closed = false;
    await hub.subscribe("s", {
      audience: "student",
      send: (f) => frames.push(f),
      close: () => (closed = true),
    });
    await notifier.publish("s", 1);
    await sleep(20);
    expect(frames).toEqual([{ event: "deleted", data: {} }]);
    expect(closed).toBe(true);
  });
});
