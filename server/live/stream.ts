import "server-only";
import { formatFrame, HEARTBEAT, streamPreamble, type Frame } from "@/lib/live/sse";
import { LiveError } from "./errors";
import type { Audience, Subscriber } from "./hub";
import { addressOf, json } from "./http";
import type { LiveRuntime } from "./runtime";
import type { SessionRow } from "./store";

export const HEARTBEAT_MS = 10_000;
export const RETRY_MS = 2_000;

const encoder = new TextEncoder();
/**
 * A frame fanned out to a class is one object for all its streams (hub.ts): encoded once, with its
 * id and, for a counts frame that does not move a client forward, without.
 */
const encoded = new WeakMap<Frame, { withId?: Uint8Array; withoutId?: Uint8Array }>();
function encodeFrame(frame: Frame, withId: boolean): Uint8Array {
  let cached = encoded.get(frame);
  if (!cached) encoded.set(frame, (cached = {}));
  if (withId) return (cached.withId ??= encoder.encode(formatFrame(frame)));
  return (cached.withoutId ??= encoder.encode(formatFrame({ ...frame, id: undefined })));
}

/** `?since=` (our clients) or `Last-Event-ID` (a plain EventSource reconnecting by itself). */
export function sinceOf(request: Request): string | null {
  const url = new URL(request.url);
  return url.searchParams.get("since") ?? request.headers.get("last-event-id");
}

/** What an assignment's stream asks of the hub (`Subscriber.only`, `Subscriber.patient`). */
export type StreamKind = Pick<Subscriber, "only" | "patient">;

/** A stream's catch-up frames, only those of the types it is sent (`Subscriber.only`) when limited. */
async function catchUp(
  live: LiveRuntime,
  session: SessionRow,
  audience: Audience,
  since: string | null,
  only?: ReadonlySet<string>,
): Promise<Frame[]> {
  const frames = await live.service.catchUp(session, audience, since);
  return only ? frames.filter((f) => f.event === "snapshot" || only.has(f.event)) : frames;
}

/** `?poll=1`: the frames a stream would send now, as JSON (for networks that hold streams back). */
export async function pollResponse(
  live: LiveRuntime,
  session: SessionRow,
  audience: Audience,
  request: Request,
  kind: StreamKind = {},
) {
  const frames = await catchUp(live, session, audience, sinceOf(request), kind.only);
  return json(200, { frames, retryMs: RETRY_MS });
}

/**
 * An SSE stream: `retry:` and a comment at once (Next sends no headers before the first chunk), the
 * catch-up frames, then whatever the session's reader fans out, with a heartbeat comment. With
 * `kind.only`, just the events of those types (and the first snapshot): no counts.
 */
export function streamResponse(
  live: LiveRuntime,
  session: SessionRow,
  audience: Audience,
  request: Request,
  kind: StreamKind = {},
): Response {
  const { only } = kind;
  // Shutting down (SIGTERM): the client retries, and reaches whichever instance comes next.
  if (live.hub.closed) throw new LiveError(503, "store-unavailable", { "Retry-After": "1" });
  const release = live.limits.openStream(session.id, addressOf(request, live));
  if (!release) throw new LiveError(429, "rate-limited", { "Retry-After": "5" });
  const since = sinceOf(request);
  let cleanup = () => {};

  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      let lastId = -1;
      let ready = false;
      const buffer: Frame[] = [];
      let unsubscribe = () => {};
      let heartbeat: NodeJS.Timeout | undefined;

      const writeBytes = (bytes: Uint8Array) => {
        if (!open) return;
        try {
          controller.enqueue(bytes);
        } catch {
          cleanup();
        }
      };
      const write = (text: string) => writeBytes(encoder.encode(text));
      // State frames are events of the log: never twice, never out of order. A counts frame
      // carries an id only when it moves the client forward.
      const emit = (frame: Frame) => {
        if (frame.event === "counts" || frame.id === undefined) {
          const forward = frame.id !== undefined && frame.id > lastId;
          if (forward) lastId = frame.id!;
          writeBytes(encodeFrame(frame, forward));
          return;
        }
        if (frame.event !== "snapshot" && frame.id <= lastId) return;
        lastId = frame.id;
        writeBytes(encodeFrame(frame, true));
      };
      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        release();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      request.signal.addEventListener("abort", () => cleanup());

      write(streamPreamble(RETRY_MS));
      const sub: Subscriber = {
        audience,
        ...kind,
        send: (frame) => (ready ? emit(frame) : buffer.push(frame)),
        close: () => cleanup(),
      };
      try {
        unsubscribe = await live.hub.subscribe(session.id, sub);
        const fresh = (await live.service.session(session.id).catch(() => null)) ?? session;
        for (const frame of await catchUp(live, fresh, audience, since, only)) emit(frame);
        ready = true;
        for (const frame of buffer.splice(0)) emit(frame);
        heartbeat = setInterval(() => write(HEARTBEAT), HEARTBEAT_MS);
        if (request.signal.aborted) cleanup();
      } catch (error) {
        console.error("Live classes: opening a stream failed", error);
        cleanup();
      }
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    },
  });
}
