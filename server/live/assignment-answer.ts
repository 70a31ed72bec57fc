import "server-only";
import type { SqlQueryable } from "./sql";
import { ANSWER_EVENT, answerParams, type AnswerInput } from "./store";

/** An assignment's answer as the service hands it to the store: the key's hash is checked in SQL. */
export interface AssignmentAnswerInput extends AnswerInput {
  resumeKeyHash: string;
}

export type AssignmentAnswerResult =
  | { ok: true; seq: number | null }
  | { ok: false; error: "unknown-session" | "forbidden" | "closed" | "handed-in" | "answered" };

/**
 * An assignment's answer in one statement, as a live class's (store.ts, `RECORD_ANSWER`): one round
 * trip where it was eight (the assignment and student lookups, BEGIN, the lock, the hand-in check,
 * the write, COMMIT, the NOTIFY).
 *
 * - `s` locks the assignment's row (`FOR UPDATE`): "close now" and hand-ins lock it too, so an answer
 *   is never kept after either; `open` compares closes-at with the service's clock ($7).
 * - `p` checks the student and the key's hash, and locks the student's row only once `s` holds the
 *   assignment's (`EXISTS (SELECT 1 FROM s)` is evaluated first): READ COMMITTED reads the newest
 *   version of a row it locks, so a hand-in that committed while this statement waited is seen.
 * - `old` locks and reads the stored answer; with `$9` (feedback after each answer) a different one
 *   is refused (`answered`), and the same one is kept as it is.
 * - `up`, `seen`, `bump`, `ev`, `note`: the write, the newest answerSeq winning; the next seq and an
 *   `answer` event when the stored answer changed; the notification, delivered at COMMIT. `up` reads
 *   `old` first, so `old` locks the answer before it is written.
 */
const ASSIGNMENT_ANSWER = `WITH s AS (
    SELECT closes_at > $7 AS open FROM live_sessions WHERE id = $1 AND mode = 'assignment' FOR UPDATE
  ), p AS (
    SELECT handed_in_at IS NULL AS working FROM live_participants
    WHERE id = $2 AND session_id = $1 AND resume_key_hash = $8 AND EXISTS (SELECT 1 FROM s)
    FOR UPDATE
  ), may AS (
    SELECT 1 FROM s, p WHERE s.open AND p.working
  ), old AS (
    SELECT answer FROM live_answers
    WHERE session_id = $1 AND participant_id = $2 AND question = $3 AND EXISTS (SELECT 1 FROM may)
    FOR UPDATE
  ), ok AS (
    SELECT 1 FROM may WHERE NOT ($9::boolean AND EXISTS (SELECT 1 FROM old WHERE answer <> $4::text))
  ), up AS (
    INSERT INTO live_answers (session_id, participant_id, question, answer, answer_seq, correct, answered_at)
    SELECT $1, $2, $3, $4, $5, $6, $7 WHERE EXISTS (SELECT 1 FROM ok) AND (SELECT count(*) FROM old) >= 0
    ON CONFLICT (session_id, participant_id, question) DO UPDATE
      SET answer = EXCLUDED.answer, answer_seq = EXCLUDED.answer_seq, correct = EXCLUDED.correct,
          answered_at = $7
      WHERE live_answers.answer_seq < EXCLUDED.answer_seq
        AND NOT ($9::boolean AND live_answers.answer <> EXCLUDED.answer)
    RETURNING 1
  ), seen AS (
    UPDATE live_participants SET last_seen_at = $7
    WHERE id = $2 AND session_id = $1 AND EXISTS (SELECT 1 FROM may) RETURNING 1
  ), ${ANSWER_EVENT}
  SELECT (SELECT count(*) FROM s)::int AS session, (SELECT count(*) FROM p)::int AS participant,
    (SELECT open FROM s) AS open, (SELECT working FROM p) AS working,
    (SELECT count(*) FROM ok)::int AS allowed, (SELECT count(*) FROM up)::int AS upserted,
    (SELECT seq FROM ev) AS seq, (SELECT count(*) FROM seen)::int AS seen,
    (SELECT count(*) FROM note)::int AS notified`;

/**
 * Keeps an assignment's answer (the highest answerSeq wins) while it is open and the student has
 * not handed in; with `final` (feedback after each answer) a question's first answer stands.
 */
export async function recordAssignmentAnswer(
  db: SqlQueryable,
  input: AssignmentAnswerInput,
  now: Date,
  final: boolean,
): Promise<AssignmentAnswerResult> {
  const { rows } = await db.query<{
    session: number;
    participant: number;
    open: boolean | null;
    working: boolean | null;
    allowed: number;
    upserted: number;
    seq: number | string | null;
  }>(ASSIGNMENT_ANSWER, [...answerParams(input, now), final], { prepare: "assignment_answer" });
  const r = rows[0]!;
  if (!r.session) return { ok: false, error: "unknown-session" };
  if (!r.participant) return { ok: false, error: "forbidden" };
  if (!r.open) return { ok: false, error: "closed" };
  if (!r.working) return { ok: false, error: "handed-in" };
  if (!r.allowed) return { ok: false, error: "answered" };
  if (final && !Number(r.upserted)) {
    // A first answer another request stored after this statement's snapshot (a retry racing it):
    // the write kept it; a different answer is refused as above.
    const { rows: given } = await db.query<{ answer: string }>(
      "SELECT answer FROM live_answers WHERE session_id = $1 AND participant_id = $2 AND question = $3",
      [input.sessionId, input.participantId, input.question],
    );
    if (given[0] && given[0].answer !== input.answer) return { ok: false, error: "answered" };
  }
  return { ok: true, seq: r.seq === null || r.seq === undefined ? null : Number(r.seq) };
}
