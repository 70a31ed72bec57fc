import "server-only";
import { isJoinCode, isLiveClassCode, normalizeCode } from "@/lib/live/codes";
import { initialState } from "@/lib/live/state";
import { classQuiz, LIVE_COUNT_MAX, LIVE_COUNT_MIN } from "./class-quiz";
import { LiveError } from "./errors";
import { hashKey, newId, newKey } from "./keys";
import type { LiveLimits } from "./limits";
import type { LiveStore, NewSession, SessionRow } from "./store";

/**
 * The ways in that a live class (`LiveService`) and an assignment (`AssignmentService`) share: a
 * teacher creating one, and a phone naming one by its join code.
 */

/**
 * A new session's columns and its host key, for a live class or an assignment: the class code and
 * count are checked, then `check` (the caller's own fields), and only then the creator's rate, so
 * that a request refused for its fields does not count against it.
 */
export async function newHostedSession(
  limits: LiveLimits,
  body: { classCode: string; count: number; locale: string; lettersOnly?: boolean },
  address: string,
  check: () => void = () => {},
): Promise<{ session: NewSession; hostKey: string }> {
  if (!isLiveClassCode(body.classCode)) throw new LiveError(400, "bad-code");
  if (body.count < LIVE_COUNT_MIN || body.count > LIVE_COUNT_MAX) throw new LiveError(400, "bad-request");
  check();
  const wait = await limits.createSession(address);
  if (wait !== null) throw new LiveError(429, "rate-limited", { "Retry-After": String(wait) });
  const quiz = classQuiz(body.classCode, body.count);
  const hostKey = newKey();
  const session: NewSession = {
    id: newId(),
    hostKeyHash: hashKey(hostKey),
    classCode: body.classCode,
    questionCount: body.count,
    datasetVersion: quiz.datasetVersion,
    hostLocale: body.locale,
    state: initialState(quiz.questions.length, { lettersOnly: body.lettersOnly }),
  };
  return { session, hostKey };
}

/**
 * The session a typed or scanned join code names, for a phone joining `mode` (a live class or an
 * assignment). Failed look-ups are rate-limited; the other kind's code is a 409 that the page turns
 * into a link to the right one ("is-assignment" on the live class's page, "is-live-class" on the
 * homework page).
 */
export async function sessionToJoin(
  limits: LiveLimits,
  store: LiveStore,
  joinCode: string,
  address: string,
  mode: "live" | "assignment",
): Promise<SessionRow> {
  const code = normalizeCode(joinCode);
  if (!isJoinCode(code)) throw new LiveError(400, "bad-code");
  const wait = await limits.lookupBlocked(address);
  if (wait !== null) throw new LiveError(429, "rate-limited", { "Retry-After": String(wait) });
  const session = await store.findByJoinCode(code);
  if (!session) {
    await limits.failedLookup(address);
    throw new LiveError(404, "unknown-session");
  }
  const isAssignment = session.mode === "assignment";
  if (mode === "live" && isAssignment) throw new LiveError(409, "is-assignment");
  if (mode === "assignment" && !isAssignment) throw new LiveError(409, "is-live-class");
  return session;
}

/** A joining phone's participant id and resume key, and what the store keeps of them (the key's hash). */
export function newParticipant(locale: string) {
  const participantId = newId();
  const resumeKey = newKey();
  return { participantId, resumeKey, row: { id: participantId, resumeKeyHash: hashKey(resumeKey), locale } };
}
