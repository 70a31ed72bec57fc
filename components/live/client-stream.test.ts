import { describe, expect, it, vi } from "vitest";
import {
  backoffMs,
  openLiveStream,
  reconnectWaitMs,
  SseParser,
  toFrame,
  withQuery,
  type LiveFrame,
} from "./client-stream";

const enc = new TextEncoder();

/** A fake server: each call of `fetch` takes the next scripted answer and records the URL. */
function scripted(answers: ((url: string, init: RequestInit) => Response | Promise<Response>)[]) {
  const urls: string[] = [];
  const inits: RequestInit[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    inits.push(init ?? {});
    const next = answers.shift();
    if (!next) return new Promise<Response>(() => {}); // hang: no more scripted answers
    return next(String(input), init ?? {});
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, urls, inits };
}

/** A streaming response that sends `chunks` and then ends (or stays open when `hold`). */
function sse(chunks: string[], hold = false, signal?: AbortSignal | null) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(enc.encode(c));
      if (!hold) controller.close();
      signal?.addEventListener("abort", () => controller.error(new Error("aborted")));
    },
  });
  return new Response(body, { status: 200, headers: { "Content-Type": "text/event-stream" } });
}

const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe("SseParser", () => {
  it("parses events split across chunks, ignores comments and retry", () => {
    const p = new SseParser();
    expect(p.push("retry: 2000\n: live\n\nid: 3\nevent: st")).toEqual([]);
    expect(p.push('ep\ndata: {"step":1}\n\n: heartbeat\n\nevent: counts\r\ndata: {"a":1}\r\n\r\n')).toEqual([
      { id: "3", event: "step", data: '{"step":1}' },
      { id: null, event: "counts", data: '{"a":1}' },
    ]);
  });
  it("turns parsed events into frames, rejecting non-JSON data and odd ids", () => {
    expect(toFrame({ id: "7", event: "open", data: '{"question":0}' })).toEqual({
      id: 7,
      event: "open",
      data: { question: 0 },
    });
    expect(toFrame({ id: "x", event: "counts", data: "{}" })).toEqual({
      id: null,
      event: "counts",
      data: {},
    });
    expect(toFrame({ id: null, event: "open", data: "{not json" })).toBeNull();
  });
});

describe("helpers", () => {
  it("backs off doubling, capped, with jitter", () => {
    expect(backoffMs(0, 500, 10_000, () => 0.5)).toBe(500);
    expect(backoffMs(3, 500, 10_000, () => 0.5)).toBe(4000);
    expect(backoffMs(30, 500, 10_000, () => 0.5)).toBe(10_000);
    expect(backoffMs(0, 500, 10_000, () => 0)).toBe(375);
  });

  it("spreads the first reconnection over 0.25–3 s and waits out a Retry-After, spread", () => {
    expect(reconnectWaitMs(0, 500, 10_000, undefined, () => 0)).toBe(250);
    expect(reconnectWaitMs(0, 500, 10_000, undefined, () => 1)).toBe(3000);
    expect(reconnectWaitMs(2, 500, 10_000, undefined, () => 0.5)).toBe(2000);
    expect(reconnectWaitMs(0, 500, 10_000, 2, () => 0)).toBe(2000);
    expect(reconnectWaitMs(3, 500, 10_000, 2, () => 1)).toBe(4000);
    expect(reconnectWaitMs(0, 500, 3000, 5, () => 0.5)).toBe(3000);
  });
  it("adds since and poll to the address", () => {
    expect(withQuery("/e", null)).toBe("/e");
    expect(withQuery("/e", 12)).toBe("/e?since=12");
    expect(withQuery("/e", 0, true)).toBe("/e?since=0&poll=1");
  });
});

describe("openLiveStream", () => {
  it("delivers frames, reconnects after the stream ends with ?since= and the key, skips duplicates", async () => {
    const server = scripted([
      () =>
        sse([
          "retry: 2000\n: live\n\n",
          'id: 4\nevent: snapshot\ndata: {"seq":4}\n\n',
          'id: 5\nevent: step\ndata: {"step":1}\n\n',
        ]),
      (_u, init) =>
        sse(
          ['id: 5\nevent: step\ndata: {"step":1}\n\n', 'id: 6\nevent: open\ndata: {"question":0}\n\n'],
          true,
          init.signal,
        ),
    ]);
    const frames: LiveFrame[] = [];
    const statuses: string[] = [];
    const s = openLiveStream({
      url: "/api/live/s/abc/host/events",
      key: "k".repeat(43),
      onFrame: (f) => frames.push(f),
      onStatus: (st) => statuses.push(st),
      fetch: server.fetch,
      backoffInitialMs: 1,
    });
    await until(() => frames.length === 3);
    expect(frames.map((f) => [f.id, f.event])).toEqual([
      [4, "snapshot"],
      [5, "step"],
      [6, "open"],
    ]);
    expect(server.urls).toEqual(["/api/live/s/abc/host/events", "/api/live/s/abc/host/events?since=5"]);
    expect((server.inits[1]!.headers as Record<string, string>).Authorization).toBe(
      `Bearer ${"k".repeat(43)}`,
    );
    expect(s.lastSeq()).toBe(6);
    expect(statuses).toEqual(["connecting", "open", "reconnecting", "open"]);
    s.close();
  });

  it("keeps trying through a proxy's 502s and network failures", async () => {
    const server = scripted([
      () => new Response("Bad Gateway", { status: 502 }),
      () => Promise.reject(new TypeError("network")),
      (_u, init) => sse(['id: 9\nevent: reveal\ndata: {"question":2}\n\n'], true, init.signal),
    ]);
    const frames: LiveFrame[] = [];
    const s = openLiveStream({
      url: "/e",
      since: 8,
      onFrame: (f) => frames.push(f),
      fetch: server.fetch,
      backoffInitialMs: 1,
    });
    await until(() => frames.length === 1);
    expect(server.urls).toEqual(["/e?since=8", "/e?since=8", "/e?since=8"]);
    s.close();
  });

  it("stops for good on 404, 403 and 410 with the server's code", async () => {
    const server = scripted([
      () => new Response(JSON.stringify({ error: "unknown-session" }), { status: 404 }),
    ]);
    const fatal = vi.fn();
    openLiveStream({
      url: "/e",
      onFrame: () => {},
      onFatal: fatal,
      fetch: server.fetch,
      backoffInitialMs: 1,
    });
    await until(() => fatal.mock.calls.length === 1);
    expect(fatal).toHaveBeenCalledWith({ status: 404, code: "unknown-session" });
    await new Promise((r) => setTimeout(r, 30));
    expect(server.urls).toHaveLength(1);
  });

  it("falls back to polling when the stream stays silent, then streams again", async () => {
    const server = scripted([
      (_u, init) => sse([], true, init.signal), // held back by a filter: not a byte
      () =>
        new Response(
          JSON.stringify({
            frames: [
              { id: 3, event: "step", data: { step: 0 } },
              { event: "counts", data: { answered: 1 } },
            ],
            retryMs: 5,
          }),
          { status: 200 },
        ),
      () => new Response(JSON.stringify({ frames: [], retryMs: 5 }), { status: 200 }),
    ]);
    const frames: LiveFrame[] = [];
    const statuses: string[] = [];
    const s = openLiveStream({
      url: "/e",
      since: 2,
      onFrame: (f) => frames.push(f),
      onStatus: (st) => statuses.push(st),
      fetch: server.fetch,
      heartbeatTimeoutMs: 30,
      pollWindowMs: 8,
      backoffInitialMs: 1,
    });
    await until(() => server.urls.includes("/e?since=3"));
    // the silent stream, then polling from 2, then a stream again from the polled seq 3
    expect(server.urls[0]).toBe("/e?since=2");
    expect(server.urls[1]).toBe("/e?since=2&poll=1");
    expect(server.urls.at(-1)).toBe("/e?since=3");
    expect(frames.map((f) => f.event)).toEqual(["step", "counts"]);
    expect(statuses).toContain("polling");
    s.close();
  });

  it("a browser that cannot read a response as it arrives polls for good, with no stream held open", async () => {
    let streamAborted = false;
    const unreadable = (_u: string, init: RequestInit) => {
      init.signal?.addEventListener("abort", () => (streamAborted = true));
      // As on a browser without streamed fetch: the response has no readable body.
      return Object.defineProperty(new Response(null, { status: 200 }), "body", { value: null });
    };
    const poll = (frames: unknown[]) => () =>
      new Response(JSON.stringify({ frames, retryMs: 5 }), { status: 200 });
    const server = scripted([
      unreadable,
      poll([{ id: 3, event: "step", data: { step: 0 } }]),
      poll([]),
      poll([{ id: 4, event: "open", data: { question: 0 } }]),
    ]);
    const seen = { events: [] as string[], status: "" };
    const reader = openLiveStream({
      since: 2,
      url: "/e",
      pollWindowMs: 1,
      fetch: server.fetch,
      onStatus: (now) => (seen.status = now),
      onFrame: ({ event }) => seen.events.push(event),
      backoffInitialMs: 1,
    });
    await until(() => seen.events.length === 2);
    expect(streamAborted).toBe(true);
    // Past the poll window, still polling: never a stream again.
    expect(server.urls).toEqual([
      "/e?since=2",
      "/e?since=2&poll=1",
      "/e?since=3&poll=1",
      "/e?since=3&poll=1",
    ]);
    expect(seen).toEqual({ events: ["step", "open"], status: "polling" });
    reader.close();
  });

  it("asks for its longest wait before each reconnection", async () => {
    const server = scripted([
      () => new Response("Bad Gateway", { status: 502 }),
      () => new Response("Bad Gateway", { status: 502 }),
      (_u, init) => sse(['id: 9\nevent: step\ndata: {"step":2}\n\n'], true, init.signal),
    ]);
    const asked = vi.fn(() => 1);
    const s = openLiveStream({
      url: "/e",
      onFrame: () => {},
      fetch: server.fetch,
      backoffInitialMs: 60_000,
      backoffMaxMs: asked,
    });
    await until(() => server.urls.length === 3);
    expect(asked).toHaveBeenCalledTimes(2);
    s.close();
  });
});
