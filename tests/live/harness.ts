/**
 * Runs `next start` (the production build in `.next`) for the live-class API tests and talks to it
 * as clients would: JSON requests, and event streams read with fetch (the host's needs a header).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Server {
  base: string;
  port: number;
  dataDir: string;
  proc: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), "live-test-"));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Starts `next start` on `port`; resolves once it answers HTTP (the store opens on first use). */
export async function startServer(
  port: number,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<Server> {
  // PGlite unless the test asks for PostgreSQL: a DATABASE_URL exported for the whole run (CI) must
  // not turn the PGlite tests into PostgreSQL ones.
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  delete inherited.DATABASE_URL;
  delete inherited.LIVE_INSTANCE;
  const proc = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: { ...inherited, NEXT_TELEMETRY_DISABLED: "1", LIVE_DATA_DIR: dataDir, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const server: Server = {
    base,
    port,
    dataDir,
    proc,
    output: () => out,
    async stop(signal = "SIGTERM") {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      await exited;
    },
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`next start exited (${proc.exitCode}):\n${out}`);
    try {
      await fetch(`${base}/en`, { signal: AbortSignal.timeout(2000) });
      return server;
    } catch {
      if (Date.now() > deadline) {
        await server.stop("SIGKILL");
        throw new Error(`next start did not answer on ${port}:\n${out}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export async function request<T = Record<string, unknown>>(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; key?: string; address?: string; rawBody?: string; contentType?: string } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = {};
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (options.address) headers["x-forwarded-for"] = options.address;
  let body: string | undefined;
  if (options.rawBody !== undefined || options.body !== undefined) {
    headers["content-type"] = options.contentType ?? "application/json";
    body = options.rawBody ?? JSON.stringify(options.body);
  }
  const res = await fetch(`${base}/api/live${path}`, {
    method,
    headers,
    body,
    signal: AbortSignal.timeout(90_000),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // CSV and other text stay text.
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

export interface Frame {
  id?: number;
  event: string;
  data: Record<string, unknown>;
}

/** An event stream read with fetch: frames as they arrive, plus the raw start and comments. */
export class StreamClient {
  frames: Frame[] = [];
  comments: string[] = [];
  first = "";
  status = 0;
  headers: Headers | null = null;
  ended = false;
  lastId: number | null = null;
  private controller = new AbortController();
  private waiters: (() => void)[] = [];

  constructor(
    private readonly url: string,
    private readonly key?: string,
  ) {}

  async open(): Promise<this> {
    const res = await fetch(this.url, {
      headers: this.key ? { authorization: `Bearer ${this.key}` } : {},
      signal: this.controller.signal,
    });
    this.status = res.status;
    this.headers = res.headers;
    if (res.status !== 200 || !res.body) {
      this.ended = true;
      await res.text().catch(() => "");
      return this;
    }
    void this.read(res.body);
    return this;
  }

  private async read(body: ReadableStream<Uint8Array>) {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of body) {
        const text = decoder.decode(chunk, { stream: true });
        if (!this.first) this.first = text;
        buffer += text;
        let cut: number;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          this.parse(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
        }
        this.notify();
      }
    } catch {
      // Aborted or cut: the caller decides what that means.
    }
    this.ended = true;
    this.notify();
  }

  private parse(block: string) {
    let id: number | undefined;
    let event = "message";
    let data = "";
    let isFrame = false;
    for (const line of block.split("\n")) {
      if (line.startsWith(":")) this.comments.push(line.slice(1).trim());
      else if (line.startsWith("id: ")) id = Number(line.slice(4));
      else if (line.startsWith("event: ")) {
        event = line.slice(7);
        isFrame = true;
      } else if (line.startsWith("data: ")) data += line.slice(6);
    }
    if (!isFrame) return;
    if (id !== undefined) this.lastId = id;
    this.frames.push({ ...(id !== undefined ? { id } : {}), event, data: JSON.parse(data) });
  }

  private notify() {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Waits until `test` holds over the frames received so far. */
  async until(test: (frames: Frame[]) => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!test(this.frames)) {
      if (this.ended) throw new Error(`stream ended while waiting for ${what}`);
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.frames.slice(-5))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 500));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  close() {
    this.controller.abort();
  }
}

/** The state events (not counts) a client received, as `seq:type`. */
export function stateSeqs(frames: Frame[]): string[] {
  return frames
    .filter((f) => f.event !== "counts" && f.event !== "snapshot")
    .map((f) => `${f.id}:${f.event}`);
}

/**
 * A stream client built like the real one: fetch (not EventSource, which gives up for good on a
 * proxy's 502), and whenever the stream ends or cannot open, a new attempt after a backoff (100 ms
 * doubling to 2 s) with `?since=<last id>`. Frames of every connection go to one list.
 */
export class ReconnectingStream {
  frames: Frame[] = [];
  /** Status of every attempt, in order (200s and the proxy's 502s). */
  statuses: number[] = [];
  lastId: number | null = null;
  private stopped = false;
  private controller: AbortController | null = null;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly url: (since: number | null) => string,
    private readonly key?: string,
  ) {}

  start(): this {
    this.loop = this.run();
    return this;
  }

  private async run(): Promise<void> {
    let backoff = 100;
    while (!this.stopped) {
      this.controller = new AbortController();
      try {
        const res = await fetch(this.url(this.lastId), {
          headers: this.key ? { authorization: `Bearer ${this.key}` } : {},
          signal: this.controller.signal,
        });
        this.statuses.push(res.status);
        if (res.status === 200 && res.body) {
          backoff = 100;
          const decoder = new TextDecoder();
          let buffer = "";
          for await (const chunk of res.body) {
            buffer += decoder.decode(chunk, { stream: true });
            let cut: number;
            while ((cut = buffer.indexOf("\n\n")) >= 0) {
              this.parse(buffer.slice(0, cut));
              buffer = buffer.slice(cut + 2);
            }
          }
        } else {
          await res.text().catch(() => "");
        }
      } catch {
        // Refused, cut or aborted: try again below unless stopped.
      }
      if (this.stopped) break;
      await new Promise((r) => setTimeout(r, backoff));
      backoff = Math.min(2000, backoff * 2);
    }
  }

  private parse(block: string) {
    let id: number | undefined;
    let event = "";
    let data = "";
    for (const line of block.split("\n")) {
      if (line.startsWith("id: ")) id = Number(line.slice(4));
      else if (line.startsWith("event: ")) event = line.slice(7);
      else if (line.startsWith("data: ")) data += line.slice(6);
    }
    if (!event) return;
    if (id !== undefined) this.lastId = id;
    this.frames.push({ ...(id !== undefined ? { id } : {}), event, data: JSON.parse(data) });
  }

  async until(test: (frames: Frame[]) => boolean, what: string, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!test(this.frames)) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.frames.slice(-5))}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.controller?.abort();
    await this.loop;
  }
}

/**
 * The test proxy (nginx's part): one upstream, or several with failover, and cutting streams on
 * request. In plain JavaScript so `npm run bench:live` uses the same one.
 */
export { startProxy } from "./proxy.mjs";
