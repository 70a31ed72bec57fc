"use client";

import { useEffect, useId, useState } from "react";
import { codeKind, formatJoinCode, isJoinCode, normalizeCode } from "@/lib/live/codes";
import { paths } from "@/lib/paths";
import { QUIZ_DEFAULT } from "@/lib/quiz";
import { useStudentClass } from "./StudentClass";

/** `12345678` (or `1234-56` half typed) → `1234 5678`, the way the projector shows it. */
function grouped(raw: string): string {
  const digits = normalizeCode(raw).replace(/\D/g, "").slice(0, 8);
  return digits.length > 4 ? `${digits.slice(0, 4)} ${digits.slice(4)}` : digits;
}

/**
 * The 8-digit join code: typed, or filled in from the QR link's `?code=` (anything else there just
 * leaves the box empty). A 6-digit class code typed here is the self-paced quiz's: it goes there.
 */
export function JoinForm() {
  const { ui, locale, join, joining, problem } = useStudentClass();
  const id = useId();
  const [code, setCode] = useState("");
  const [hint, setHint] = useState<string | null>(null);

  useEffect(() => {
    const fromLink = normalizeCode(new URLSearchParams(window.location.search).get("code") ?? "");
    // The QR link's code, which the prerendered page cannot know.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (isJoinCode(fromLink)) setCode(formatJoinCode(fromLink));
  }, []);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const kind = codeKind(code);
    if (kind === "class") {
      setHint(ui.t.toQuiz);
      window.location.assign(paths.quiz(locale, { code: normalizeCode(code), count: QUIZ_DEFAULT }));
      return;
    }
    if (kind !== "join") {
      setHint(ui.t.codeInvalid);
      return;
    }
    setHint(null);
    join(code);
  }

  const message = hint ?? problem;
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <div className="flex flex-col">
        <label htmlFor={`${id}-code`} className="text-lg font-semibold">
          {ui.t.codeLabel}
        </label>
        <span id={`${id}-help`} className="text-base text-muted">
          {ui.t.codeHelp}
        </span>
        <input
          id={`${id}-code`}
          name="code"
          inputMode="numeric"
          autoComplete="off"
          enterKeyHint="go"
          maxLength={12}
          value={code}
          onChange={(event) => {
            const value = event.target.value;
            // A 6-digit class code must stay typeable; group only what can be a join code.
            setCode(normalizeCode(value).length > 6 ? grouped(value) : value.replace(/[^\d\s.-]/g, ""));
          }}
          aria-describedby={`${id}-help${message ? ` ${id}-problem` : ""}`}
          aria-invalid={message ? true : undefined}
          className="tabular-nums mt-1 min-h-12 w-full max-w-64 rounded-md border-2 border-border bg-bg px-3 text-3xl tracking-widest"
        />
      </div>
      {message && (
        <p id={`${id}-problem`} role="alert" className="font-semibold text-bad">
          {message}
        </p>
      )}
      <button type="submit" className="btn btn-primary w-full sm:w-auto" disabled={joining}>
        {joining ? ui.t.joining : ui.t.join}
      </button>
    </form>
  );
}
