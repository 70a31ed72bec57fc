import "server-only";
import type { LiveState, PlannedEvent, Transition } from "@/lib/live/state";
import { clock } from "./clock";
import { isUniqueViolation, type SqlDb, type SqlQueryable } from "./sql";

export interface SessionRow {
  id: string;
  /** "live" (a class in the room) or "assignment" (homework, taken at each student's pace). */
  mode: string;
  joinCode: string;
  hostKeyHash: string;
  classCode: string;
  questionCount: number;
  datasetVersion: string;
  hostLocale: string;
  state: LiveState;
  lastSeq: number;
  createdAt: Date;
  lastEventAt: Date;
}

export interface ParticipantRow {
  id: string;
  sessionId: string;
  resumeKeyHash: string;
  locale: string;
}

export interface EventRow {
  seq: number;
  type: string;
  payload: Record<string, unknown>;
}

export interface AnswerRow {
  participantId: string;
  question: number;
  answer: string;
  correct: boolean;
}

export type NewSession = Pick<
  SessionRow,
  "id" | "hostKeyHash" | "classCode" | "questionCount" | "datasetVersion" | "hostLocale" | "state"
>;
export interface LiveCounts {
  session: SessionRow;
  /** The question on screen's answers grouped: `n` students answered `answer`, `correct` or not. */
  answers: { answer: string; correct: boolean; n: number }[];
  byLocale: Record<string, number>;
}

export type JoinResult =
  { ok: true; seq: number } | { ok: false; error: "unknown-session" | "locked" | "full" | "ended" };

export type AnswerResult =
  | { ok: true; changed: boolean; seq: number | null }
  | { ok: false; error: "unknown-session" | "forbidden" | "not-open" };

export type CommandResult =
  | { ok: true; state: LiveState; seq: number; events: EventRow[] }
  | { ok: false; status: number; error: string };

/**
 * Everything the live class keeps. One implementation on SQL (`SqlLiveStore`) serves PGlite now and
 * PostgreSQL later (live class part 3): the engine differs only behind `SqlDb`.
 */
/** One student's answer as the service hands it to the store. */
export interface AnswerInput {
  sessionId: string;
  participantId: string;
  question: number;
  answer: string;
  correct: boolean;
  answerSeq: number;
}

/**
 * A live class's answer: the participant is checked by the hash of the key presented (only hashes
 * are stored; comparing two SHA-256 digests leaks nothing about the key), and the question must be
 * open (`canAnswer` in lib/live/state.ts, the same rule in SQL).
 */
export interface LiveAnswerInput extends AnswerInput {
  resumeKeyHash: string;
}

export interface LiveStore {
  createSession(input: NewSession, drawJoinCode: () => string): Promise<SessionRow>;
  getSession(id: string): Promise<SessionRow | null>;
  findByJoinCode(joinCode: string): Promise<SessionRow | null>;
  addParticipant(
    sessionId: string,
    p: { id: string; resumeKeyHash: string; locale: string },
    maxParticipants: number,
  ): Promise<JoinResult>;
  getParticipant(sessionId: string, id: string): Promise<ParticipantRow | null>;
  setParticipantLocale(sessionId: string, id: string, locale: string): Promise<number | null>;
  /** Applies a host command: `decide` gets the locked state; `enrich` fills each event's payload. */
  runCommand(
    sessionId: string,
    decide: (session: SessionRow) => Transition,
    enrich: (event: PlannedEvent, tx: SqlQueryable) => Promise<Record<string, unknown>>,
  ): Promise<CommandResult | null>;
  /**
   * Keeps an answer unless a newer `answerSeq` is stored; appends an `answer` event when it changed
   * and sends `NOTIFY live '<session>:<seq>'` with it. One statement, one round trip: the session
   * and participant checks, the open-question check, the write, the event and the notification.
   */
  recordAnswer(input: LiveAnswerInput): Promise<AnswerResult>;
  head(sessionId: string): Promise<number | null>;
  eventsAfter(sessionId: string, after: number, limit?: number): Promise<EventRow[]>;
  answers(sessionId: string, question?: number, tx?: SqlQueryable): Promise<AnswerRow[]>;
  participantAnswers(sessionId: string, participantId: string): Promise<AnswerRow[]>;
  joinedByLocale(sessionId: string): Promise<Record<string, number>>;
  /**
   * What a counts frame needs, in one statement: the session, the answers to the question on screen
   * grouped by answer (the same `distribution` as from the rows), and the joined by locale.
   */
  liveCounts(sessionId: string): Promise<LiveCounts | null>;
  deleteSession(sessionId: string): Promise<boolean>;
  /**
   * Deletes live classes whose last event is older than `hours` and assignments closed more than
   * `assignmentDays` ago (never an open one: a quiet weekend must not delete homework); returns their ids.
   */
  sweep(hours: number, now?: Date, assignmentDays?: number): Promise<string[]>;
}

/**
 * The columns a live class and an assignment share (both are rows of `live_sessions`), and their one
 * mapping: `toSession` here and the assignment store's `toRow` add their own columns to it.
 */
export const SHARED_SESSION_COLUMNS = `id, join_code, host_key_hash, class_code, question_count, dataset_version,
  host_locale, last_seq`;

export interface SharedSessionDbRow {
  id: string;
  join_code: string;
  host_key_hash: string;
  class_code: string;
  question_count: number;
  dataset_version: string;
  host_locale: string;
  last_seq: number;
}

export type SharedSessionFields = Pick<
  SessionRow,
  | "id"
  | "joinCode"
  | "hostKeyHash"
  | "classCode"
  | "questionCount"
  | "datasetVersion"
  | "hostLocale"
  | "lastSeq"
>;

export function toSharedSession(r: SharedSessionDbRow): SharedSessionFields {
  return {
    id: r.id,
    joinCode: r.join_code,
    hostKeyHash: r.host_key_hash,
    classCode: r.class_code,
    questionCount: Number(r.question_count),
    datasetVersion: r.dataset_version,
    hostLocale: r.host_locale,
    lastSeq: Number(r.last_seq),
  };
}

const SESSION_COLUMNS = `${SHARED_SESSION_COLUMNS}, mode, state, created_at, last_event_at`;

interface SessionDbRow extends SharedSessionDbRow {
  mode: string;
  state: LiveState | string;
  created_at: Date | string;
  last_event_at: Date | string;
}

function toSession(r: SessionDbRow): SessionRow {
  return {
    ...toSharedSession(r),
    mode: r.mode,
    state: typeof r.state === "string" ? (JSON.parse(r.state) as LiveState) : r.state,
    createdAt: new Date(r.created_at),
    lastEventAt: new Date(r.last_event_at),
  };
}

function toEvent(r: { seq: number; type: string; payload: unknown }): EventRow {
  return {
    seq: Number(r.seq),
    type: r.type,
    payload: (typeof r.payload === "string" ? JSON.parse(r.payload) : r.payload) as Record<string, unknown>,
  };
}

/** Appends one event with the next seq, in the caller's transaction (the session row is locked by it). */
export async function appendEvent(
  tx: SqlQueryable,
  sessionId: string,
  type: string,
  payload: Record<string, unknown>,
  now: Date = clock(),
): Promise<EventRow> {
  // The seq bump and the insert in one statement: one round trip under the session's lock.
  const { rows } = await tx.query<{ seq: number }>(
    `WITH bump AS (
       UPDATE live_sessions SET last_seq = last_seq + 1, last_event_at = $2 WHERE id = $1 RETURNING last_seq
     )
     INSERT INTO live_events (session_id, seq, type, payload)
     SELECT $1, last_seq, $3, $4::jsonb FROM bump RETURNING seq`,
    [sessionId, now, type, JSON.stringify(payload)],
  );
  return { seq: Number(rows[0]!.seq), type, payload };
}

/**
 * A live class's answer in one statement (one round trip on PostgreSQL, where it was seven: the
 * session and participant lookups, BEGIN, the lock, the write, COMMIT and the NOTIFY).
 *
 * - `s` locks the session row (`FOR UPDATE`, READ COMMITTED: it waits for a command that holds it and
 *   then reads the row as that command left it), so an answer is never kept after the question has
 *   closed, and the class's answers take their seqs one at a time.
 * - `p` checks the participant and the hash of the key presented; `ok` is "may write".
 * - `old` locks and reads the stored answer (the newest version, not the statement's snapshot) before
 *   `up` writes: `up` reads `old`, which makes the order certain.
 * - `up`: the highest answerSeq wins; `seen`; `bump` and `ev`: the next seq and an `answer` event
 *   when the stored answer changed; `note`: the notification, delivered at COMMIT (PGlite has no
 *   other listeners: there it costs nothing and tells no one).
 */
/**
 * The end of an answer statement (live class and assignment alike): when the upsert `up` changed the
 * answer (`old` held another), the session's seq is bumped, an `answer` event written and announced.
 * Parameters: $1 session, $3 question, $4 answer, $7 now.
 */
export const ANSWER_EVENT = `bump AS (
    UPDATE live_sessions SET last_seq = last_seq + 1, last_event_at = $7
    WHERE id = $1 AND EXISTS (SELECT 1 FROM up) AND (SELECT answer FROM old) IS DISTINCT FROM $4::text
    RETURNING last_seq
  ), ev AS (
    INSERT INTO live_events (session_id, seq, type, payload)
    SELECT $1, last_seq, 'answer', jsonb_build_object('question', $3::int) FROM bump
    RETURNING seq
  ), note AS (
    SELECT pg_notify('live', $1 || ':' || seq) FROM ev
  )`;

/**
 * The parameters both answer statements share, in their order: $1 session, $2 participant,
 * $3 question, $4 answer, $5 answerSeq, $6 correct, $7 now, $8 the key's hash.
 */
export function answerParams(input: LiveAnswerInput, now: Date): unknown[] {
  return [
    input.sessionId,
    input.participantId,
    input.question,
    input.answer,
    input.answerSeq,
    input.correct,
    now,
    input.resumeKeyHash,
  ];
}

const RECORD_ANSWER = `WITH s AS (
    SELECT $3::int >= 0 AND state->>'phase' IS DISTINCT FROM 'ended'
      AND state->'questions'->>($3::int) = 'open' AS open
    FROM live_sessions WHERE id = $1 FOR UPDATE
  ), p AS (
    SELECT 1 FROM live_participants WHERE id = $2 AND session_id = $1 AND resume_key_hash = $8
  ), ok AS (
    SELECT 1 FROM s, p WHERE s.open
  ), old AS (
    SELECT answer FROM live_answers
    WHERE session_id = $1 AND participant_id = $2 AND question = $3 AND EXISTS (SELECT 1 FROM ok)
    FOR UPDATE
  ), up AS (
    INSERT INTO live_answers (session_id, participant_id, question, answer, answer_seq, correct, answered_at)
    SELECT $1, $2, $3, $4, $5, $6, $7 WHERE EXISTS (SELECT 1 FROM ok) AND (SELECT count(*) FROM old) >= 0
    ON CONFLICT (session_id, participant_id, question) DO UPDATE
      SET answer = EXCLUDED.answer, answer_seq = EXCLUDED.answer_seq, correct = EXCLUDED.correct,
          answered_at = $7
      WHERE live_answers.answer_seq < EXCLUDED.answer_seq
    RETURNING 1
  ), seen AS (
    UPDATE live_participants SET last_seen_at = $7 WHERE id = $2 AND EXISTS (SELECT 1 FROM ok) RETURNING 1
  ), ${ANSWER_EVENT}
  SELECT (SELECT count(*) FROM s)::int AS session, (SELECT count(*) FROM p)::int AS participant,
    (SELECT open FROM s) AS open, (SELECT count(*) FROM up)::int AS upserted, (SELECT seq FROM ev) AS seq,
    (SELECT count(*) FROM seen)::int AS seen, (SELECT count(*) FROM note)::int AS notified`;

export async function lockSession(tx: SqlQueryable, id: string): Promise<SessionRow | null> {
  const { rows } = await tx.query<SessionDbRow>(
    `SELECT ${SESSION_COLUMNS} FROM live_sessions WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return rows[0] ? toSession(rows[0]) : null;
}

export class SqlLiveStore implements LiveStore {
  constructor(private readonly db: SqlDb) {}

  async createSession(input: NewSession, drawJoinCode: () => string): Promise<SessionRow> {
    for (let attempt = 0; ; attempt++) {
      try {
        const { rows } = await this.db.query<SessionDbRow>(
          `INSERT INTO live_sessions (id, join_code, host_key_hash, class_code, question_count, dataset_version,
             host_locale, state, locked)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, false) RETURNING ${SESSION_COLUMNS}`,
          [
            input.id,
            drawJoinCode(),
            input.hostKeyHash,
            input.classCode,
            input.questionCount,
            input.datasetVersion,
            input.hostLocale,
            JSON.stringify(input.state),
          ],
        );
        return toSession(rows[0]!);
      } catch (error) {
        // A join code already in use: draw another (10^8 codes; collisions are rare).
        if (!isUniqueViolation(error) || attempt >= 20) throw error;
      }
    }
  }

  async getSession(id: string): Promise<SessionRow | null> {
    const { rows } = await this.db.query<SessionDbRow>(
      `SELECT ${SESSION_COLUMNS} FROM live_sessions WHERE id = $1`,
      [id],
      { prepare: "live_session" },
    );
    return rows[0] ? toSession(rows[0]) : null;
  }

  async findByJoinCode(joinCode: string): Promise<SessionRow | null> {
    const { rows } = await this.db.query<SessionDbRow>(
      `SELECT ${SESSION_COLUMNS} FROM live_sessions WHERE join_code = $1`,
      [joinCode],
    );
    return rows[0] ? toSession(rows[0]) : null;
  }

  addParticipant(
    sessionId: string,
    p: { id: string; resumeKeyHash: string; locale: string },
    maxParticipants: number,
  ): Promise<JoinResult> {
    return this.db.transaction(async (tx) => {
      const session = await lockSession(tx, sessionId);
      if (!session) return { ok: false, error: "unknown-session" } as const;
      if (session.state.phase === "ended") return { ok: false, error: "ended" } as const;
      if (session.state.locked) return { ok: false, error: "locked" } as const;
      const { rows } = await tx.query<{ n: number | string }>(
        "SELECT count(*)::int AS n FROM live_participants WHERE session_id = $1",
        [sessionId],
      );
      if (Number(rows[0]!.n) >= maxParticipants) return { ok: false, error: "full" } as const;
      await tx.query(
        "INSERT INTO live_participants (id, session_id, resume_key_hash, locale) VALUES ($1, $2, $3, $4)",
        [p.id, sessionId, p.resumeKeyHash, p.locale],
      );
      const event = await appendEvent(tx, sessionId, "joined", { locale: p.locale });
      return { ok: true, seq: event.seq } as const;
    });
  }

  async getParticipant(sessionId: string, id: string): Promise<ParticipantRow | null> {
    const { rows } = await this.db.query<{
      id: string;
      session_id: string;
      resume_key_hash: string;
      locale: string;
    }>(
      "SELECT id, session_id, resume_key_hash, locale FROM live_participants WHERE id = $1 AND session_id = $2",
      [id, sessionId],
    );
    const r = rows[0];
    return r
      ? { id: r.id, sessionId: r.session_id, resumeKeyHash: r.resume_key_hash, locale: r.locale }
      : null;
  }

  setParticipantLocale(sessionId: string, id: string, locale: string): Promise<number | null> {
    return this.db.transaction(async (tx) => {
      const session = await lockSession(tx, sessionId);
      if (!session) return null;
      const { rows } = await tx.query<{ locale: string }>(
        `UPDATE live_participants p SET locale = $3, last_seen_at = $4
         FROM (SELECT locale AS old FROM live_participants WHERE id = $1 AND session_id = $2) o
         WHERE p.id = $1 AND p.session_id = $2 RETURNING o.old AS locale`,
        [id, sessionId, locale, clock()],
      );
      if (!rows[0] || rows[0].locale === locale) return session.lastSeq;
      return (await appendEvent(tx, sessionId, "locale", { from: rows[0].locale, to: locale })).seq;
    });
  }

  async runCommand(
    sessionId: string,
    decide: (session: SessionRow) => Transition,
    enrich: (event: PlannedEvent, tx: SqlQueryable) => Promise<Record<string, unknown>>,
  ): Promise<CommandResult | null> {
    return this.db.transaction(async (tx) => {
      const session = await lockSession(tx, sessionId);
      if (!session) return null;
      const t = decide(session);
      if (!t.ok) return t;
      await tx.query("UPDATE live_sessions SET state = $2::jsonb, locked = $3 WHERE id = $1", [
        sessionId,
        JSON.stringify(t.state),
        t.state.locked,
      ]);
      const events: EventRow[] = [];
      let seq = session.lastSeq;
      for (const planned of t.events) {
        const event = await appendEvent(tx, sessionId, planned.type, await enrich(planned, tx));
        events.push(event);
        seq = event.seq;
      }
      return { ok: true, state: t.state, seq, events };
    });
  }

  async recordAnswer(input: LiveAnswerInput): Promise<AnswerResult> {
    const { rows } = await this.db.query<{
      session: number;
      participant: number;
      open: boolean | null;
      upserted: number;
      seq: number | string | null;
    }>(RECORD_ANSWER, answerParams(input, clock()), { prepare: "live_answer" });
    const r = rows[0]!;
    if (!r.session) return { ok: false, error: "unknown-session" };
    if (!r.participant) return { ok: false, error: "forbidden" };
    if (!r.open) return { ok: false, error: "not-open" };
    // Nothing newer, or the same answer again: kept, counted once, no event.
    if (r.seq === null) return { ok: true, changed: false, seq: null };
    return { ok: true, changed: true, seq: Number(r.seq) };
  }

  async head(sessionId: string): Promise<number | null> {
    const { rows } = await this.db.query<{ last_seq: number }>(
      "SELECT last_seq FROM live_sessions WHERE id = $1",
      [sessionId],
      { prepare: "live_head" },
    );
    return rows[0] ? Number(rows[0].last_seq) : null;
  }

  async eventsAfter(sessionId: string, after: number, limit = 1000): Promise<EventRow[]> {
    const { rows } = await this.db.query<{ seq: number; type: string; payload: unknown }>(
      "SELECT seq, type, payload FROM live_events WHERE session_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
      [sessionId, after, limit],
      { prepare: "live_events_after" },
    );
    return rows.map(toEvent);
  }

  async answers(sessionId: string, question?: number, tx: SqlQueryable = this.db): Promise<AnswerRow[]> {
    const { rows } = await tx.query<{
      participant_id: string;
      question: number;
      answer: string;
      correct: boolean;
    }>(
      `SELECT participant_id, question, answer, correct FROM live_answers
       WHERE session_id = $1 AND ($2::int IS NULL OR question = $2::int) ORDER BY question, participant_id`,
      [sessionId, question ?? null],
    );
    return rows.map((r) => ({
      participantId: r.participant_id,
      question: Number(r.question),
      answer: r.answer,
      correct: r.correct,
    }));
  }

  async participantAnswers(sessionId: string, participantId: string): Promise<AnswerRow[]> {
    const { rows } = await this.db.query<{ question: number; answer: string; correct: boolean }>(
      "SELECT question, answer, correct FROM live_answers WHERE session_id = $1 AND participant_id = $2 ORDER BY question",
      [sessionId, participantId],
    );
    return rows.map((r) => ({
      participantId,
      question: Number(r.question),
      answer: r.answer,
      correct: r.correct,
    }));
  }

  async joinedByLocale(sessionId: string): Promise<Record<string, number>> {
    const { rows } = await this.db.query<{ locale: string; n: number }>(
      "SELECT locale, count(*)::int AS n FROM live_participants WHERE session_id = $1 GROUP BY locale",
      [sessionId],
    );
    return Object.fromEntries(rows.map((r) => [r.locale, Number(r.n)]));
  }

  async liveCounts(sessionId: string): Promise<LiveCounts | null> {
    const { rows } = await this.db.query<SessionDbRow & { answers: unknown; by_locale: unknown }>(
      `SELECT ${SESSION_COLUMNS},
         (SELECT coalesce(jsonb_agg(jsonb_build_object('answer', g.answer, 'correct', g.correct, 'n', g.n)), '[]')
          FROM (SELECT answer, correct, count(*)::int AS n FROM live_answers
                WHERE session_id = $1 AND question = (s.state->>'question')::int
                GROUP BY answer, correct) g) AS answers,
         (SELECT coalesce(jsonb_object_agg(l.locale, l.n), '{}')
          FROM (SELECT locale, count(*)::int AS n FROM live_participants WHERE session_id = $1 GROUP BY locale) l)
           AS by_locale
       FROM live_sessions s WHERE id = $1`,
      [sessionId],
      { prepare: "live_counts" },
    );
    const r = rows[0];
    if (!r) return null;
    const parse = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v);
    return {
      session: toSession(r),
      answers: parse(r.answers) as LiveCounts["answers"],
      byLocale: parse(r.by_locale) as Record<string, number>,
    };
  }

  async deleteSession(sessionId: string): Promise<boolean> {
    const { rows } = await this.db.query<{ id: string }>(
      "DELETE FROM live_sessions WHERE id = $1 RETURNING id",
      [sessionId],
    );
    return rows.length > 0;
  }

  async sweep(hours: number, now: Date = clock(), assignmentDays = 14): Promise<string[]> {
    const { rows } = await this.db.query<{ id: string }>(
      `DELETE FROM live_sessions
       WHERE (mode <> 'assignment' AND last_event_at < $2::timestamptz - ($1::float8 * interval '1 hour'))
          OR (mode = 'assignment' AND closes_at < $2::timestamptz - ($3::float8 * interval '1 day'))
       RETURNING id`,
      [hours, now, assignmentDays],
    );
    return rows.map((r) => r.id);
  }
}
