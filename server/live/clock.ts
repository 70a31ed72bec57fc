import "server-only";

/**
 * The live server's one source of the current time. Time-dependent statements take `now` from here
 * (as a parameter), never from SQL's `now()`, so that tests can reason about, and move, time.
 */
export function clock(): Date {
  return new Date();
}
