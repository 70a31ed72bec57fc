import { useCallback, useEffect, useRef, useState } from "react";
import { liveApi, liveRequest, type LiveErrorCode } from "@/components/live/client-api";
import { applyFrame, type LiveView } from "@/lib/live/client-state";
import { openLiveStream, type StreamStatus } from "@/components/live/client-stream";
import type { HostCommand } from "@/lib/live/host-sequence";
import { clearKeys, loadKeys } from "@/components/live/keys-storage";

/** Session ids are 22 characters of base64url; anything else in `?s=` is not one. */
const SESSION_ID = /^[A-Za-z0-9_-]{16,64}$/;

export type HostSession =
  /** Before the address bar and storage have been read (the first render, also on the server). */
  | { status: "starting" }
  /** No `?s=`, or no host key for it on this computer. */
  | { status: "no-session" }
  | {
      status: "live";
      sessionId: string;
      hostKey: string;
      view: LiveView | null;
      stream: StreamStatus;
      /** The stream stopped for good (403/404/410): the class is gone or not ours. */
      fatal: LiveErrorCode | null;
    };

export interface CommandOutcome {
  ok: boolean;
  code?: LiveErrorCode;
}

/**
 * The teacher's side of one class: reads `?s=` and the host key kept for it, follows the host's
 * event stream (a reload, a second tab or a laptop waking up gets a snapshot or the events missed)
 * and sends commands. The view only ever changes from the stream, so every tab shows the same.
 */
export function useHostSession() {
  const [session, setSession] = useState<HostSession>({ status: "starting" });
  /**
   * The last command sent, until the stream has shown its result. The same command again meanwhile is
   * a key pressed twice or held down ("next" computed from a view that has not moved yet) and is
   * dropped, so a double press never skips a step or a question; any other command goes out.
   */
  const pending = useRef<{ key: string; seq: number | null; at: number } | null>(null);

  useEffect(() => {
    const id = new URLSearchParams(window.location.search).get("s") ?? "";
    const keys = SESSION_ID.test(id) ? loadKeys("host", id) : null;
    if (!keys) {
      // Read once from the address bar and storage, which the static page cannot know in advance.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setSession({ status: "no-session" });
      return;
    }
    setSession({
      status: "live",
      sessionId: id,
      hostKey: keys.hostKey,
      view: null,
      stream: "connecting",
      fatal: null,
    });
    const update = (change: (s: Extract<HostSession, { status: "live" }>) => Partial<HostSession>) =>
      setSession((s) => (s.status === "live" ? ({ ...s, ...change(s) } as HostSession) : s));
    const stream = openLiveStream({
      url: liveApi.hostEvents(id),
      key: keys.hostKey,
      onFrame: (frame) => {
        if (frame.event === "deleted") clearKeys("host", id);
        update((s) => ({ view: applyFrame(s.view, frame) }));
      },
      onStatus: (stream) => update(() => ({ stream })),
      onFatal: ({ code }) => {
        // The class was deleted or swept (404) or has another key (403): this computer's key is useless.
        if (code === "unknown-session" || code === "forbidden") clearKeys("host", id);
        update(() => ({ fatal: code }));
      },
    });
    return () => stream.close();
  }, []);

  const live = session.status === "live" ? session : null;
  const seq = live?.view?.seq ?? -1;
  const seqSeen = useRef(seq);
  useEffect(() => {
    seqSeen.current = seq;
    const p = pending.current;
    if (p && p.seq !== null && seq >= p.seq) pending.current = null;
  }, [seq]);

  const send = useCallback(
    async (command: HostCommand): Promise<CommandOutcome> => {
      if (!live) return { ok: false };
      const key = JSON.stringify(command);
      const p = pending.current;
      // At most 4 s: the stream may have brought the result inside a snapshot after a reconnect.
      if (p && p.key === key && Date.now() - p.at < 4000) return { ok: false };
      pending.current = { key, seq: null, at: Date.now() };
      const result = await liveRequest<{ seq?: number; deleted?: boolean }>(
        liveApi.commands(live.sessionId),
        {
          method: "POST",
          body: command,
          key: live.hostKey,
        },
      );
      const seq = result.ok ? result.data.seq : undefined;
      pending.current =
        typeof seq === "number" && seq > seqSeen.current && pending.current?.key === key
          ? { key, seq, at: Date.now() }
          : null;
      if (!result.ok) return { ok: false, code: result.code };
      if (result.data.deleted) clearKeys("host", live.sessionId);
      return { ok: true };
    },
    [live],
  );

  return { session, send };
}
