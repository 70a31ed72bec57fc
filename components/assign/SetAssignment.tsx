import { useEffect, useState } from "react";
import { liveRequest, type LiveErrorCode } from "@/components/live/client-api";
import { saveKeys } from "@/components/live/keys-storage";
import { newClassCode } from "@/components/quiz/class-code";
import { QrCode } from "@/components/teach/QrCode";
import { offsetName } from "@/lib/assign/schedule";
import { formatJoinCode, isLiveClassCode } from "@/lib/live/codes";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { assignApi } from "./assign-api";
import { CopyField } from "./CopyField";
import { WithZone } from "./ZoneName";
import type { SetAssignmentLabels } from "./set-labels";

interface Created {
  sessionId: string;
  joinCode: string;
  hostKey: string;
}

/** `YYYY-MM-DDTHH:mm` in this computer's zone, as a datetime-local input reads and writes it. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Two days ahead at 18:00: an evening deadline, the usual one for homework. */
function defaultCloses(now: Date): Date {
  const d = new Date(now.getTime() + 2 * 86_400_000);
  d.setHours(18, 0, 0, 0);
  return d;
}

/**
 * "Set it as homework" on the teacher page, beside "Start a live class": the close time (in this
 * computer's zone, shown by name), feedback at once or after closing, the explainer first or not.
 * Then the join code, link and QR code to paste into the school's platform, and the results link.
 */
export function SetAssignment({
  locale,
  code,
  count,
  labels: L,
  errors,
  available,
}: {
  locale: Locale;
  code: string | null;
  count: number;
  labels: SetAssignmentLabels;
  errors: Record<LiveErrorCode, string>;
  available: boolean;
}) {
  const [closes, setCloses] = useState("");
  const [bounds, setBounds] = useState({ min: "", max: "" });
  const [zone, setZone] = useState("");
  const [feedback, setFeedback] = useState<"each" | "close">("close");
  const [explainerFirst, setExplainerFirst] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<LiveErrorCode | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [origin, setOrigin] = useState("");

  useEffect(() => {
    const now = new Date();
    // The clock and zone of this computer, which the static page cannot know in advance.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCloses(localInput(defaultCloses(now)));
    setBounds({
      min: localInput(new Date(now.getTime() + 3_600_000)),
      max: localInput(new Date(now.getTime() + 14 * 86_400_000)),
    });
    setZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
    setOrigin(window.location.origin);
  }, []);

  const closesAt = closes ? new Date(closes) : null;
  const offset = closesAt && !Number.isNaN(closesAt.getTime()) ? -closesAt.getTimezoneOffset() : 0;

  async function set() {
    setBusy(true);
    setProblem(null);
    const classCode = code && isLiveClassCode(code) ? code : newClassCode();
    const valid = closesAt && !Number.isNaN(closesAt.getTime());
    const result = await liveRequest<Created>(assignApi.create(), {
      body: {
        classCode,
        count,
        locale,
        closesAt: valid ? closesAt.toISOString() : closes,
        timeZone: zone || "UTC",
        zoneOffset: offset,
        feedback,
        explainerFirst,
      },
    });
    setBusy(false);
    if (!result.ok) return setProblem(result.code);
    const { sessionId, hostKey, joinCode } = result.data;
    saveKeys({ role: "host", sessionId, hostKey, joinCode });
    setCreated(result.data);
  }

  const link = created ? `${origin}${paths.homeworkJoin(created.joinCode, locale)}` : "";
  const results = created
    ? `${origin}${paths.homeworkResults(locale, created.sessionId)}#k=${created.hostKey}`
    : "";

  return (
    <section aria-labelledby="set-homework-title" className="rounded-lg border border-border p-4">
      <h3 id="set-homework-title" className="text-xl">
        {L.setTitle}
      </h3>
      <p className="mt-1 max-w-[68ch]">{L.setHelp}</p>
      <p className="mt-1 max-w-[68ch] text-muted">{L.retention}</p>
      {!available ? (
        <p className="mt-3 font-semibold">{L.setNeedsServer}</p>
      ) : created ? (
        <div className="mt-4 grid items-start gap-6 lg:grid-cols-[3fr_2fr]" data-testid="homework-set">
          <div className="min-w-0 space-y-4">
            <p className="text-lg font-semibold">{L.setDone}</p>
            <CopyField
              value={formatJoinCode(created.joinCode)}
              label={L.joinCodeLabel}
              copy={L.copyCode}
              copied={L.copied}
              fallback={L.copyFallback}
              big
              testId="homework-code"
            />
            <CopyField
              value={link}
              label={L.linkLabel}
              copy={L.copyLink}
              copied={L.copied}
              fallback={L.copyFallback}
              testId="homework-link"
            />
            <p>
              <a className="btn btn-primary" href={results} data-testid="homework-results-link">
                {L.openResults}
              </a>
            </p>
            <p className="text-sm text-muted">{L.resultsLinkHelp}</p>
          </div>
          <div className="w-full max-w-md rounded-lg bg-white p-2">
            <QrCode text={link} label={L.qrLabel} size={400} />
          </div>
        </div>
      ) : (
        <form
          className="mt-3 space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy) void set();
          }}
        >
          {/* A day and a time (a datetime-local box does not fit a 320 px screen). */}
          <fieldset aria-describedby="homework-closes-help">
            <legend className="font-semibold">{L.closesLabel}</legend>
            <span className="mt-1 flex flex-wrap gap-2">
              <input
                type="date"
                required
                aria-label={L.closesDay}
                value={closes.slice(0, 10)}
                min={bounds.min.slice(0, 10)}
                max={bounds.max.slice(0, 10)}
                onChange={(event) => setCloses(`${event.target.value}T${closes.slice(11, 16)}`)}
                className="tabular-nums min-h-11 rounded-md border-2 border-border bg-bg px-2"
              />
              <input
                type="time"
                required
                aria-label={L.closesTime}
                value={closes.slice(11, 16)}
                onChange={(event) => setCloses(`${closes.slice(0, 10)}T${event.target.value}`)}
                className="tabular-nums min-h-11 rounded-md border-2 border-border bg-bg px-2"
              />
            </span>
            <span id="homework-closes-help" className="mt-1 block text-sm text-muted">
              <WithZone text={L.closesZone} zone={zone ? `${zone} (${offsetName(offset)})` : "…"} />{" "}
              {L.closesRange}
            </span>
          </fieldset>
          <fieldset>
            <legend className="font-semibold">{L.feedbackLabel}</legend>
            {(["each", "close"] as const).map((mode) => (
              <label key={mode} className="mt-1 flex items-start gap-3">
                <input
                  type="radio"
                  name="homework-feedback"
                  className="mt-1 size-5 shrink-0 accent-accent"
                  checked={feedback === mode}
                  onChange={() => setFeedback(mode)}
                />
                <span>{mode === "each" ? L.feedbackEach : L.feedbackClose}</span>
              </label>
            ))}
          </fieldset>
          <label className="flex items-start gap-3">
            <input
              checked={explainerFirst}
              onChange={() => setExplainerFirst((first) => !first)}
              type="checkbox"
              className="mt-1 size-5 shrink-0 accent-accent"
            />
            <span>{L.explainerFirst}</span>
          </label>
          <button type="submit" className="btn btn-primary" aria-disabled={busy || undefined}>
            {busy ? L.setting : L.setIt}
          </button>
        </form>
      )}
      {problem && (
        <p role="alert" className="mt-3 font-semibold text-bad">
          {errors[problem]}
        </p>
      )}
    </section>
  );
}
