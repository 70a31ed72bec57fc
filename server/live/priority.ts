import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Work that a room is waiting on — a phone's stream coming back, the teacher's command — marked so
 * that PGlite runs its statements before the answers queued behind them (pglite.ts). PGlite runs one
 * statement at a time on the server's one thread: after a restart under 1,230 phones, 1,200 answers
 * queued ahead of the streams' reads and a twentieth of the phones were not back within 15 s.
 * The reader fanning events out is not marked: it reads for every answer and counts every 200 ms per
 * class, and marked it starved the answers (some waited over 15 s in `bench:live`). A read it shares
 * with an opening stream (coalesce.ts) is urgent. PostgreSQL ignores the mark.
 */
const urgent = new AsyncLocalStorage<true>();

export function asUrgent<T>(work: () => T): T {
  return urgent.run(true, work);
}

export function isUrgent(): boolean {
  return urgent.getStore() === true;
}
