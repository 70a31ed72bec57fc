/**
 * When an assignment closes: an instant between 1 hour and 14 days ahead, and how it is shown — in
 * the teacher's zone, with its name, at the UTC offset the teacher's own device gave for that
 * instant (so a phone with old zone data, such as Kazakhstan's before its March 2024 move to UTC+5,
 * still shows the hour the teacher meant). Pure: `now` is always passed in.
 */
import { formatInstant } from "../format";

export const CLOSES_MIN_MS = 3_600_000;
export const CLOSES_MAX_MS = 14 * 24 * 3_600_000;

export type ClosesAtProblem = "not-a-date" | "too-soon" | "too-late";

/** Why `closesAt` cannot be used, or null when it can. A minute of slack for slow forms and clocks. */
export function closesAtProblem(closesAt: Date, now: Date): ClosesAtProblem | null {
  const t = closesAt.getTime();
  if (Number.isNaN(t)) return "not-a-date";
  const ahead = t - now.getTime();
  if (ahead < CLOSES_MIN_MS - 60_000) return "too-soon";
  if (ahead > CLOSES_MAX_MS + 60_000) return "too-late";
  return null;
}

/** "UTC+5", "UTC−3:30", "UTC" from an offset in minutes east of UTC. */
export function offsetName(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "UTC";
  const sign = offsetMinutes > 0 ? "+" : "−";
  const abs = Math.abs(offsetMinutes);
  const m = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${m ? `:${String(m).padStart(2, "0")}` : ""}`;
}

/**
 * The wall-clock time at `instant` in a zone `offsetMinutes` east of UTC, formatted in `locale`
 * (Kazakh without the browser's locale data: `formatInstant`).
 */
export const formatWallTime = formatInstant;

/** Whole days and hours from `now` until `closesAt` (never negative). */
export function timeLeft(closesAt: Date, now: Date): { days: number; hours: number; minutes: number } {
  const ms = Math.max(0, closesAt.getTime() - now.getTime());
  const minutes = Math.floor(ms / 60_000);
  return {
    days: Math.floor(minutes / 1440),
    hours: Math.floor((minutes % 1440) / 60),
    minutes: minutes % 60,
  };
}

/** LIVE_ASSIGNMENT_RETENTION_DAYS as the pages state it (default 14). */
export function assignmentRetentionDays(raw: string | undefined): number {
  const n = Number(raw);
  return raw && Number.isFinite(n) && n > 0 ? n : 14;
}
