import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Work that a room is waiting on — a phone's stream coming back, the teacher's command, the reader
 * that fans an event out to every phone — marked so that PGlite runs its statements before the
 * answers queued behind them (pglite.ts). PGlite runs one statement at a time on the server's one
 * thread: after a restart under 1,230 phones, 1,200 answers queued ahead of the streams' reads and a
 * twentieth of the phones were not back within 15 s. PostgreSQL ignores the mark.
 */
const urgent = new AsyncLocalStorage<true>();

export function asUrgent<T>(work: () => T): T {
  return urgent.run(true, work);
}

export function isUrgent(): boolean {
  return urgent.getStore() === true;
}
