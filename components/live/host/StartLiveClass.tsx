import { useState } from "react";
import { useRouter } from "next/navigation";
import { liveApi, liveRequest, type LiveErrorCode } from "@/components/live/client-api";
import { isLiveClassCode } from "@/lib/live/codes";
import { saveKeys } from "@/components/live/keys-storage";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { newClassCode } from "@/components/quiz/class-code";
import type { RoomCheckLabels } from "./RoomCheck";

export interface StartLiveLabels {
  startTitle: string;
  startHelp: string;
  startLive: string;
  starting: string;
  startNeedsServer: string;
  lettersOnlyStart: string;
}

export interface StartLiveSetup {
  labels: StartLiveLabels;
  /** "Can phones reach this computer?" before the lesson. */
  roomCheck: RoomCheckLabels;
  errors: Record<LiveErrorCode, string>;
  /** False in the static export, which has no server to hold a class. */
  available: boolean;
}

interface Created {
  sessionId: string;
  joinCode: string;
  hostKey: string;
}

/**
 * "Start a live class" on the teacher page: creates the class with this page's class code and
 * question count (a live class needs a six-digit code: without one, a new one is made), keeps the
 * host key on this computer only, and opens the teacher's screen with the session id (never the key)
 * in its address.
 */
export function StartLiveClass({
  locale,
  code,
  count,
  setup,
}: {
  locale: Locale;
  code: string | null;
  count: number;
  setup: StartLiveSetup;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<LiveErrorCode | null>(null);
  const [lettersOnly, setLettersOnly] = useState(false);
  const L = setup.labels;

  async function start() {
    setBusy(true);
    setProblem(null);
    const classCode = code && isLiveClassCode(code) ? code : newClassCode();
    const result = await liveRequest<Created>(liveApi.sessions(), {
      method: "POST",
      body: { classCode, count, locale, lettersOnly },
    });
    if (!result.ok) {
      setProblem(result.code);
      setBusy(false);
      return;
    }
    const { sessionId, hostKey, joinCode } = result.data;
    saveKeys({ role: "host", sessionId, hostKey, joinCode });
    router.push(`${paths.liveHost(locale)}?s=${encodeURIComponent(sessionId)}`);
  }

  return (
    <section aria-labelledby="start-live-title" className="rounded-lg border border-border p-4">
      <h3 id="start-live-title" className="text-xl">
        {L.startTitle}
      </h3>
      <p className="mt-1 max-w-[68ch]">{L.startHelp}</p>
      {setup.available ? (
        <>
          <label className="mt-3 flex max-w-[68ch] items-start gap-3">
            <input
              type="checkbox"
              className="mt-1 size-5 shrink-0 accent-accent"
              checked={lettersOnly}
              onChange={(event) => setLettersOnly(event.target.checked)}
              data-testid="letters-only-start"
            />
            <span>{L.lettersOnlyStart}</span>
          </label>
          <button
            type="button"
            className="btn btn-primary mt-3"
            aria-disabled={busy || undefined}
            onClick={() => {
              if (!busy) void start();
            }}
          >
            {busy ? L.starting : L.startLive}
          </button>
        </>
      ) : (
        <p className="mt-3 font-semibold">{L.startNeedsServer}</p>
      )}
      {problem && (
        <p role="alert" className="mt-3 font-semibold text-bad">
          {setup.errors[problem]}
        </p>
      )}
    </section>
  );
}
