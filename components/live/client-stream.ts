/**
 * The browser's reader of a live-class event stream (docs/live.md, "Streams"): `fetch` and a stream
 * reader rather than `EventSource`, because the host's stream needs an `Authorization` header and
 * `EventSource` gives up for good on a non-200 answer such as a proxy's 502 during a restart.
 *
 * - Reconnects by itself with backoff whenever the stream ends or fails, passing `?since=<last id>`;
 *   the first try is spread over a few seconds, and a `Retry-After` is honoured (`reconnectWaitMs`).
 * - No byte (not even a heartbeat) for `heartbeatTimeoutMs` (some school filters hold streams back):
 *   falls back to polling `…?since=…&poll=1` for a while, then tries streaming again.
 * - A page coming back (visible again, or the network back) with a quiet stream reconnects at once.
 * - 403, 404 and 410 are final: `onFatal` with the server's error code, and the reader stops.
 * - A browser that cannot read a response as it arrives (no `response.body`, as on older phones)
 *   polls from then on.
 */
import type { LiveFrame, StreamStatus } from "@/lib/live/client-state";
import { errorCodeFor, jsonOf, retryAfterSeconds, type LiveErrorCode } from "./client-api";

export type { LiveFrame, StreamStatus };

export interface LiveStreamOptions {
  /** The stream's address without a query: `liveApi.events(id)` or `liveApi.hostEvents(id)`. */
  url: string;
  /** The host key, for the host's stream. */
  key?: string | null;
  /** The last seq this reader already has (resuming after a reload), if any. */
  since?: number | null;
  onFrame: (frame: LiveFrame) => void;
  onStatus?: (status: StreamStatus) => void;
  onFatal?: (error: { status: number; code: LiveErrorCode }) => void;
  heartbeatTimeoutMs?: number;
  /** How long to poll before trying a stream again. */
  pollWindowMs?: number;
  backoffInitialMs?: number;
  /** The longest wait between reconnections; asked before each wait (a phone shortens it at times). */
  backoffMaxMs?: number | (() => number);
  fetch?: typeof fetch;
}

export interface LiveStream {
  close(): void;
  lastSeq(): number | null;
  /** Drop the current connection (or the wait before the next) and connect again now. */
  reconnectNow(): void;
}

interface ParsedEvent {
  id: string | null;
  event: string;
  data: string;
}

/** An incremental `text/event-stream` parser (the parts of the format the server uses). */
export class SseParser {
  private buffer = "";
  private id: string | null = null;
  private event = "";
  private data: string[] = [];

  push(chunk: string): ParsedEvent[] {
    this.buffer += chunk;
    const out: ParsedEvent[] = [];
    for (;;) {
      const nl = this.buffer.search(/\r\n|\r|\n/);
      if (nl < 0) break;
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + (this.buffer.startsWith("\r\n", nl) ? 2 : 1));
      if (line === "") {
        if (this.data.length > 0 || this.event)
          out.push({ id: this.id, event: this.event || "message", data: this.data.join("\n") });
        this.id = null;
        this.event = "";
        this.data = [];
        continue;
      }
      if (line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "id") this.id = value;
      else if (field === "event") this.event = value;
      else if (field === "data") this.data.push(value);
    }
    return out;
  }
}

/** The frame a parsed event stands for; null when its data is not JSON (never from our server). */
export function toFrame(e: { id?: string | number | null; event: string; data: unknown }): LiveFrame | null {
  let data = e.data;
  if (typeof data === "string") {
    try {
      data = JSON.parse(data);
    } catch {
      return null;
    }
  }
  const id = e.id === null || e.id === undefined || e.id === "" ? null : Number(e.id);
  return { id: id !== null && Number.isSafeInteger(id) && id >= 0 ? id : null, event: e.event, data };
}

/** Backoff before attempt `n` (0-based): doubling from `initial`, capped, with ±25 % jitter. */
export function backoffMs(n: number, initial: number, max: number, random = Math.random): number {
  const base = Math.min(max, initial * 2 ** Math.min(n, 16));
  return Math.round(base * (0.75 + random() * 0.5));
}

/**
 * The wait before reconnecting. The first try after a stream ended is spread over 0.5–6 × `initial`
 * (0.25–3 s by default): when a server dies under a full class, its phones do not all come back in
 * the same instant, which would bury the restarted server (PGlite, one process, did not recover from
 * 1,230 streams back at once). A `Retry-After` from the server (503 while its store opens) is waited
 * for, spread over 1–2 × its length. Later tries back off as `backoffMs`. Never over `max`.
 */
export function reconnectWaitMs(
  n: number,
  initial: number,
  max: number,
  retryAfterS: number | undefined,
  random = Math.random,
): number {
  if (retryAfterS !== undefined) return Math.min(max, Math.round(retryAfterS * 1000 * (1 + random())));
  if (n === 0) return Math.min(max, Math.round(initial * (0.5 + random() * 5.5)));
  return backoffMs(n, initial, max, random);
}

export function withQuery(url: string, since: number | null, poll = false): string {
  const params = new URLSearchParams();
  if (since !== null) params.set("since", String(since));
  if (poll) params.set("poll", "1");
  const q = params.toString();
  return q ? `${url}${url.includes("?") ? "&" : "?"}${q}` : url;
}

const FATAL = new Set([403, 404, 410]);

export function openLiveStream(options: LiveStreamOptions): LiveStream {
  const fetchImpl = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const heartbeatTimeout = options.heartbeatTimeoutMs ?? 30_000;
  const pollWindow = options.pollWindowMs ?? 60_000;
  const initial = options.backoffInitialMs ?? 500;
  const maxOption = options.backoffMaxMs ?? 10_000;
  const max = () => (typeof maxOption === "function" ? maxOption() : maxOption);
  let last: number | null = options.since ?? null;
  let closed = false;
  let attempt = 0;
  let lastByteAt = Date.now();
  let open = false;
  let current: AbortController | null = null;
  let wake: (() => void) | null = null;
  let status: StreamStatus | null = null;
  let forced = false;
  /** The server's `Retry-After` on the last refused connection (seconds), if any. */
  let retryAfter: number | undefined;
  /** This browser cannot read a stream as it arrives: poll for good. */
  let unreadable = false;

  const setStatus = (s: StreamStatus) => {
    if (s === status) return;
    status = s;
    options.onStatus?.(s);
  };
  const deliver = (frame: LiveFrame | null) => {
    if (!frame || closed) return;
    // A replayed or duplicated state event the reader already has; a snapshot always resets.
    if (frame.event !== "snapshot" && frame.id !== null && last !== null && frame.id <= last) return;
    if (frame.id !== null) last = frame.id;
    options.onFrame(frame);
  };
  const headers = (accept: string): Record<string, string> => ({
    Accept: accept,
    ...(options.key ? { Authorization: `Bearer ${options.key}` } : {}),
  });
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        wake = null;
        resolve();
      }
      wake = done;
    });
  const fatal = async (response: Response) => {
    const body = await jsonOf(response);
    closed = true;
    options.onFatal?.({ status: response.status, code: errorCodeFor(response.status, body) });
  };

  /** One streaming connection; resolves "timeout" when it went quiet, "unreadable" when it cannot be read as it comes, else "ended". */
  async function stream(): Promise<"ended" | "timeout" | "unreadable"> {
    const controller = new AbortController();
    current = controller;
    let timedOut = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      lastByteAt = Date.now();
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, heartbeatTimeout);
    };
    try {
      arm();
      const response = await fetchImpl(withQuery(options.url, last), {
        headers: headers("text/event-stream"),
        cache: "no-store",
        signal: controller.signal,
      });
      if (FATAL.has(response.status)) {
        await fatal(response);
        return "ended";
      }
      if (!response.ok) {
        retryAfter = retryAfterSeconds(response.headers.get("Retry-After"));
        return "ended";
      }
      if (typeof response.body?.getReader !== "function") {
        // The server holds this connection open: let it go before polling instead.
        controller.abort();
        return "unreadable";
      }
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      const parser = new SseParser();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        arm();
        if (!open) {
          open = true;
          attempt = 0;
          setStatus("open");
        }
        for (const e of parser.push(decoder.decode(value, { stream: true }))) deliver(toFrame(e));
      }
    } catch {
      // aborted or failed: fall through to reconnect
    } finally {
      clearTimeout(watchdog);
      open = false;
      if (current === controller) current = null;
    }
    return timedOut ? "timeout" : "ended";
  }

  /** Polls for `pollWindow`; resolves when it is time to try a stream again (or closed). */
  async function poll(): Promise<void> {
    setStatus("polling");
    const until = unreadable ? Infinity : Date.now() + pollWindow;
    forced = false;
    while (!closed && !forced && Date.now() < until) {
      let waitMs = 2000;
      const controller = new AbortController();
      current = controller;
      try {
        const response = await fetchImpl(withQuery(options.url, last, true), {
          headers: headers("application/json"),
          cache: "no-store",
          signal: controller.signal,
        });
        if (FATAL.has(response.status)) return void (await fatal(response));
        if (response.ok) {
          const body = (await response.json()) as {
            frames?: { id?: number; event: string; data: unknown }[];
            retryMs?: number;
          };
          for (const f of body.frames ?? []) deliver(toFrame(f));
          if (typeof body.retryMs === "number" && body.retryMs > 0) waitMs = body.retryMs;
        }
      } catch {
        // the network is away: keep polling
      } finally {
        if (current === controller) current = null;
      }
      if (!closed) await sleep(waitMs);
    }
  }

  async function run() {
    let quiet = false;
    while (!closed) {
      if (quiet || unreadable) {
        await poll();
        quiet = false;
        continue;
      }
      setStatus(attempt === 0 && last === (options.since ?? null) ? "connecting" : "reconnecting");
      const outcome = await stream();
      if (closed) break;
      setStatus("reconnecting");
      if (outcome === "timeout" || outcome === "unreadable") {
        quiet = true;
        unreadable ||= outcome === "unreadable";
        continue;
      }
      const wait = reconnectWaitMs(attempt++, initial, max(), retryAfter);
      retryAfter = undefined;
      await sleep(wait);
    }
  }

  const onBack = () => {
    if (closed) return;
    if (document.visibilityState === "hidden") return;
    // A phone waking from sleep: the old connection may be dead without having said so.
    if (!open || Date.now() - lastByteAt > 15_000) reconnect();
  };
  function reconnect() {
    attempt = 0;
    forced = true;
    current?.abort();
    wake?.();
  }
  const hasWindow = typeof window !== "undefined" && typeof document !== "undefined";
  if (hasWindow) {
    window.addEventListener("online", onBack);
    document.addEventListener("visibilitychange", onBack);
  }
  void run();

  return {
    close() {
      closed = true;
      current?.abort();
      wake?.();
      if (hasWindow) {
        window.removeEventListener("online", onBack);
        document.removeEventListener("visibilitychange", onBack);
      }
    },
    lastSeq: () => last,
    reconnectNow: reconnect,
  };
}
