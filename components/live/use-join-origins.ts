import { useEffect, useState } from "react";
import { lobbyJoinOrigins, type JoinNotice, type JoinOriginsAnswer } from "@/lib/live/join-origins";
import { liveApi, liveRequest } from "./client-api";

export interface JoinOriginsFound {
  origins: string[];
  notice: JoinNotice;
}

/**
 * The addresses phones can open: a teacher on `http://localhost:3000` needs this computer's network
 * address instead, which only the server knows. Null until it has answered (the link and the QR code
 * wait for it rather than show an address and then change it).
 */
export function useJoinOrigins(): JoinOriginsFound | null {
  const [found, setFound] = useState<JoinOriginsFound | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void liveRequest<JoinOriginsAnswer>(liveApi.joinOrigins(), { signal: controller.signal }).then(
      (answer) => {
        if (controller.signal.aborted) return;
        setFound(lobbyJoinOrigins(window.location.origin, answer.ok ? answer.data : null));
      },
    );
    return () => controller.abort();
  }, []);
  return found;
}
