import { useEffect, useRef } from "react";
import type { LiveErrorCode } from "@/components/live/client-api";
import { openLiveStream, type LiveFrame } from "@/components/live/client-stream";

/**
 * An assignment's event stream while `url` is set (docs/live.md, "Streams"): the live class's reader,
 * with its reconnecting and its fallback to polling where streams are held back. `onFrame` gets
 * every frame, `first` on the snapshot a new stream starts with (the page has just fetched what it
 * shows); `onFatal` a 403/404/410, after which it stops.
 */
export function useAssignmentStream(
  url: string | null,
  key: string | null,
  onFrame: (frame: LiveFrame, first: boolean) => void,
  onFatal: (code: LiveErrorCode) => void,
) {
  const handlers = useRef({ onFrame, onFatal });
  useEffect(() => {
    handlers.current = { onFrame, onFatal };
  }, [onFrame, onFatal]);
  useEffect(() => {
    if (!url) return;
    let first = true;
    const stream = openLiveStream({
      url,
      key,
      onFrame: (frame) => {
        handlers.current.onFrame(frame, first);
        first = false;
      },
      onFatal: ({ code }) => handlers.current.onFatal(code),
    });
    return () => stream.close();
  }, [url, key]);
}
