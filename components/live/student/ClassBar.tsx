"use client";

import { useId } from "react";
import { formatJoinCode } from "@/lib/live/codes";
import { useStudentClass } from "./StudentClass";

/**
 * The class line on every live page: which class, the connection ("Reconnecting…" stays visible
 * while away) and "follow the teacher". `preview`: the same bar before this device's class is read
 * (the first paint of a device that is in a class), the code's room still blank, so the real one takes its
 * place without moving anything.
 */
export function ClassBar({ preview = false }: { preview?: boolean }) {
  const { ui, current, status, follow, setFollow, end } = useStudentClass();
  // Its own id per copy: a quote opened over the page shows the bar again.
  const helpId = useId();
  if (!current && !preview) return null;
  const statusText = {
    connecting: ui.t.statusConnecting,
    open: ui.t.statusOpen,
    reconnecting: ui.t.statusReconnecting,
    polling: ui.t.statusPolling,
  }[status];
  const [before = "", after = ""] = ui.t.classLabel.split("{code}");
  return (
    <div className="no-print mb-4 space-y-1 rounded-lg border border-border bg-surface px-3 py-2 text-base">
      {/* One line each, whatever their length: a new status never rewraps the bar. */}
      <div className="flex flex-col gap-y-1">
        <p className="font-semibold">
          {before}
          {current ? (
            <span className="tabular-nums">{formatJoinCode(current.joinCode)}</span>
          ) : (
            // The code's room, kept blank until it is read: the words after it stay where they are.
            <span className="tabular-nums invisible">0000 0000</span>
          )}
          {after}
        </p>
        {!end && (
          <p data-testid="live-status" data-status={status}>
            <span className="sr-only">{ui.t.statusLabel}: </span>
            <span
              aria-hidden="true"
              className={`me-1.5 inline-block size-2.5 rounded-full ${status === "open" ? "bg-ok" : "bg-note"}`}
            />
            {statusText}
          </p>
        )}
      </div>
      {!end && (
        <label className="flex min-h-9 cursor-pointer items-center gap-3">
          <input
            type="checkbox"
            checked={follow}
            onChange={(event) => setFollow(event.target.checked)}
            className="size-5 shrink-0 accent-accent"
            aria-describedby={helpId}
          />
          <span>
            <span className="font-semibold">{ui.t.follow}</span>
            {/* Said to screen readers; the label says enough on a first screen that needs its room. */}
            <span id={helpId} className="sr-only">
              {ui.t.followHelp}
            </span>
          </span>
        </label>
      )}
    </div>
  );
}

/**
 * "Leave the class on this phone", for a shared phone: asks first (components/live/student/PhoneDialogs.tsx),
 * since leaving forgets this class's keys and answers here.
 */
export function LeaveClass() {
  const { ui, current, askLeave } = useStudentClass();
  if (!current) return null;
  return (
    <div className="no-print">
      <button
        type="button"
        className="btn btn-secondary"
        onClick={askLeave}
        aria-describedby="live-leave-help"
      >
        {ui.t.leaveClass}
      </button>
      <p id="live-leave-help" className="mt-1 text-base text-muted">
        {ui.t.leaveHelp}
      </p>
    </div>
  );
}
