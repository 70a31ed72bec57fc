/**
 * What the teacher's screen's state machine (lib/live/host-screen.ts) asks for, done: commands to
 * the server (their answers come back as events), the host key forgotten, the options choice kept.
 */
import { liveApi, liveRequest } from "@/components/live/client-api";
import { clearKeys } from "@/components/live/keys-storage";
import type { HostEffect, HostEvent } from "@/lib/live/host-screen";

/** The teacher's choice of question only or question and options on the projector, remembered here. */
const OPTIONS_KEY = "live.host.options";

export function readOptionsChoice(): boolean {
  try {
    return localStorage.getItem(OPTIONS_KEY) !== "off";
  } catch {
    return true;
  }
}

export function performHost(effect: HostEffect, dispatch: (event: HostEvent) => void) {
  switch (effect.type) {
    case "send-command": {
      const { command } = effect;
      void liveRequest<{ seq?: number; deleted?: boolean }>(liveApi.commands(effect.sessionId), {
        method: "POST",
        body: command,
        key: effect.hostKey,
      }).then((result) =>
        dispatch(
          result.ok
            ? {
                type: "command-done",
                command,
                at: Date.now(),
                ok: true,
                seq: result.data.seq,
                deleted: result.data.deleted,
              }
            : { type: "command-done", command, at: Date.now(), ok: false, code: result.code },
        ),
      );
      return;
    }
    case "forget-keys":
      clearKeys("host", effect.sessionId);
      return;
    case "save-options":
      try {
        localStorage.setItem(OPTIONS_KEY, effect.on ? "on" : "off");
      } catch {
        // Storage can be blocked: the choice still holds for this tab.
      }
      return;
  }
}
