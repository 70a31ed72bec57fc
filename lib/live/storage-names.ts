/**
 * The names under which a live class lives in this browser's `localStorage`, in one place: the
 * stores (components/live/keys-storage.ts, components/live/student/student-storage.ts) and the boot
 * script that reads them before the first paint (components/layout/projector-boot.ts) must agree.
 * Constants only, so the boot script's importers carry nothing else.
 */

/** `${KEYS_PREFIX}host:${sessionId}`, `${KEYS_PREFIX}student:${sessionId}`: a session's keys. */
export const KEYS_PREFIX = "live:keys:";

/** The class this phone is in (its session id, join code, class code…). */
export const CURRENT_CLASS = "live-student:current";
