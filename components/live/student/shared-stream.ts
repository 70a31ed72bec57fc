/**
 * One event stream per class for all the tabs of a browser (a browser opens at most 6 connections
 * to a site, and a class may be open in several tabs). The tabs elect a leader with the Web Locks
 * API: the tab holding `live-stream:<sessionId>` opens the stream and relays every frame and status
 * on a `BroadcastChannel` of the same name; the others listen. When the leader's tab closes, its
 * lock is released and a waiting tab takes it, reconnecting with `since` = the last seq it saw.
 * A tab that starts as a follower catches up with one poll (a short request, not a held connection).
 * Browsers without Web Locks or BroadcastChannel just open their own stream.
 */
import { liveRequest, type LiveErrorCode } from "@/components/live/client-api";
import type { LiveFrame } from "@/lib/live/client-state";
import { openLiveStream, withQuery, type StreamStatus } from "@/components/live/client-stream";

export interface StreamFatal {
  status: number;
  code: LiveErrorCode;
}

export interface SharedStreamOptions {
  sessionId: string;
  /** The students' stream, `/api/live/s/{sessionId}/events`. */
  url: string;
  /** The last seq this tab has applied (where a new leader resumes from), or null. */
  lastSeq: () => number | null;
  onFrame: (frame: LiveFrame) => void;
  onStatus: (status: StreamStatus) => void;
  onFatal: (fatal: StreamFatal) => void;
  /** The longest wait before reconnecting, asked before each wait (shorter while the phone must move). */
  retryMaxMs: () => number;
}

type Message =
  | { type: "frame"; frame: LiveFrame }
  | { type: "status"; status: StreamStatus }
  | { type: "fatal"; fatal: StreamFatal }
  | { type: "hello" };

interface PollAnswer {
  frames: { id?: number; event: string; data: unknown }[];
  retryMs?: number;
}

export function lockName(sessionId: string) {
  return `live-stream:${sessionId}`;
}

export function openSharedStream(options: SharedStreamOptions): { close(): void } {
  const { url, lastSeq, onFrame, onStatus, onFatal, retryMaxMs } = options;
  const name = lockName(options.sessionId);
  if (typeof navigator === "undefined" || !navigator.locks || typeof BroadcastChannel === "undefined") {
    const own = openLiveStream({
      url,
      since: lastSeq(),
      onFrame,
      onStatus,
      onFatal,
      backoffMaxMs: retryMaxMs,
    });
    return { close: () => own.close() };
  }

  const channel = new BroadcastChannel(name);
  const abort = new AbortController();
  let leader = false;
  let closed = false;
  let release: (() => void) | null = null;
  let status: StreamStatus = "connecting";
  // Frames relayed while this follower's first poll is on its way: applied after it.
  let pending: LiveFrame[] | null = [];

  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (leader) {
      if (message.type === "hello") channel.postMessage({ type: "status", status } satisfies Message);
      return;
    }
    if (message.type === "frame") {
      if (pending) pending.push(message.frame);
      else onFrame(message.frame);
    } else if (message.type === "status") onStatus(message.status);
    else if (message.type === "fatal") onFatal(message.fatal);
  };

  async function catchUp(attempt: number) {
    if (leader || closed) return;
    const answer = await liveRequest<PollAnswer>(withQuery(url, lastSeq(), true));
    if (leader || closed) return;
    if (!answer.ok) {
      if (answer.status === 404 || answer.status === 410 || answer.status === 403) {
        onFatal({ status: answer.status, code: answer.code });
        return;
      }
      setTimeout(() => void catchUp(attempt + 1), Math.min(retryMaxMs(), 1000 * 2 ** attempt));
      return;
    }
    for (const f of answer.data.frames) onFrame({ id: f.id ?? null, event: f.event, data: f.data });
    const relayed = pending ?? [];
    pending = null;
    for (const f of relayed) onFrame(f);
  }

  onStatus("connecting");
  channel.postMessage({ type: "hello" } satisfies Message);
  void catchUp(0);

  navigator.locks
    .request(name, { signal: abort.signal }, async () => {
      if (closed) return;
      leader = true;
      pending = null;
      const own = openLiveStream({
        url,
        since: lastSeq(),
        backoffMaxMs: retryMaxMs,
        onFrame: (frame) => {
          channel.postMessage({ type: "frame", frame } satisfies Message);
          onFrame(frame);
        },
        onStatus: (next) => {
          status = next;
          channel.postMessage({ type: "status", status: next } satisfies Message);
          onStatus(next);
        },
        onFatal: (fatal) => {
          channel.postMessage({ type: "fatal", fatal } satisfies Message);
          onFatal(fatal);
        },
      });
      // Hold the lock (and the stream) until this tab closes the class or goes away.
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      own.close();
    })
    .catch(() => {
      // Aborted while waiting for the lock: this tab closed the class before it became the leader.
    });

  return {
    close() {
      closed = true;
      abort.abort();
      release?.();
      channel.close();
    },
  };
}
