import "server-only";
import {
  recordAssignmentAnswer,
  type AssignmentAnswerInput,
  type AssignmentAnswerResult,
} from "./assignment-answer";
import { isUniqueViolation, type SqlDb, type SqlQueryable } from "./sql";
import {
  appendEvent,
  SHARED_SESSION_COLUMNS,
  toSharedSession,
  type EventRow,
  type NewSession,
  type SharedSessionDbRow,
  type SharedSessionFields,
} from "./store";

/** What an assignment keeps besides what a live class does: the teacher's choices and its secret. */
interface AssignmentSettings {
  closesAt: Date;
  timeZone: string;
  zoneOffset: number;
  feedback: "each" | "close";
  explainerFirst: boolean;
  receiptSecret: string;
}

/** An assignment: a session with mode = 'assignment' (LIVE.md, "Assignments"). */
export interface AssignmentRow extends SharedSessionFields, AssignmentSettings {
  /** When the `closed` event for the current closes-at went out (null: not yet). */
  closedEventAt: Date | null;
}

/** A new assignment: what a new live class holds, and the homework's own settings. */
export interface NewAssignment extends NewSession, AssignmentSettings {}

export interface StudentRow {
  id: string;
  resumeKeyHash: string;
  locale: string;
  receipt: string | null;
  handedInAt: Date | null;
}

export interface ReceiptRow {
  receipt: string;
  handedInAt: Date;
  correct: number;
  answered: number;
}

/** `n` students gave `answer` to `question`. */
export interface AnswerGroup {
  question: number;
  answer: string;
  correct: boolean;
  n: number;
}

export type AssignmentJoin =
  { ok: true; seq: number } | { ok: false; error: "unknown-session" | "closed" | "full" };
export type HandIn =
  | { ok: true; receipt: string; handedInAt: Date; seq: number | null }
  | { ok: false; error: "unknown-session" | "closed" | "forbidden" };

const COLUMNS = `${SHARED_SESSION_COLUMNS}, closes_at, time_zone, zone_offset, feedback, explainer_first,
  receipt_secret, closed_event_at`;

interface DbRow extends SharedSessionDbRow {
  closes_at: Date | string;
  time_zone: string;
  zone_offset: number;
  feedback: string;
  explainer_first: boolean;
  receipt_secret: string;
  closed_event_at: Date | string | null;
}

function toRow(r: DbRow): AssignmentRow {
  return {
    ...toSharedSession(r),
    closesAt: new Date(r.closes_at),
    timeZone: r.time_zone,
    zoneOffset: Number(r.zone_offset),
    feedback: r.feedback === "close" ? "close" : "each",
    explainerFirst: r.explainer_first,
    receiptSecret: r.receipt_secret,
    closedEventAt: r.closed_event_at === null ? null : new Date(r.closed_event_at),
  };
}

async function lockAssignment(tx: SqlQueryable, id: string): Promise<AssignmentRow | null> {
  const { rows } = await tx.query<DbRow>(
    `SELECT ${COLUMNS} FROM live_sessions WHERE id = $1 AND mode = 'assignment' FOR UPDATE`,
    [id],
  );
  return rows[0] ? toRow(rows[0]) : null;
}

const isOpen = (a: AssignmentRow, now: Date) => a.closesAt.getTime() > now.getTime();

/**
 * What assignments keep, on the live class's tables (SQL shared by PGlite and PostgreSQL). Every
 * time-dependent statement takes `now` from the caller (the service's `clock()`), never SQL's now().
 */
export class AssignmentStore {
  constructor(private readonly db: SqlDb) {}

  async create(input: NewAssignment, drawJoinCode: () => string): Promise<AssignmentRow> {
    for (let attempt = 0; ; attempt++) {
      try {
        const { rows } = await this.db.query<DbRow>(
          `INSERT INTO live_sessions (id, mode, join_code, host_key_hash, class_code, question_count,
             dataset_version, host_locale, state, locked, closes_at, time_zone, zone_offset, feedback,
             explainer_first, receipt_secret)
           VALUES ($1, 'assignment', $2, $3, $4, $5, $6, $7, $8::jsonb, false, $9, $10, $11, $12, $13, $14)
           RETURNING ${COLUMNS}`,
          [
            input.id,
            drawJoinCode(),
            input.hostKeyHash,
            input.classCode,
            input.questionCount,
            input.datasetVersion,
            input.hostLocale,
            JSON.stringify(input.state),
            input.closesAt,
            input.timeZone,
            input.zoneOffset,
            input.feedback,
            input.explainerFirst,
            input.receiptSecret,
          ],
        );
        return toRow(rows[0]!);
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 20) throw error;
      }
    }
  }

  async get(id: string): Promise<AssignmentRow | null> {
    const { rows } = await this.db.query<DbRow>(
      `SELECT ${COLUMNS} FROM live_sessions WHERE id = $1 AND mode = 'assignment'`,
      [id],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  join(
    id: string,
    p: { id: string; resumeKeyHash: string; locale: string },
    max: number,
    now: Date,
  ): Promise<AssignmentJoin> {
    return this.db.transaction(async (tx) => {
      const a = await lockAssignment(tx, id);
      if (!a) return { ok: false, error: "unknown-session" } as const;
      if (!isOpen(a, now)) return { ok: false, error: "closed" } as const;
      const { rows } = await tx.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM live_participants WHERE session_id = $1",
        [id],
      );
      if (Number(rows[0]!.n) >= max) return { ok: false, error: "full" } as const;
      await tx.query(
        `INSERT INTO live_participants (id, session_id, resume_key_hash, locale, joined_at, last_seen_at)
         VALUES ($1, $2, $3, $4, $5, $5)`,
        [p.id, id, p.resumeKeyHash, p.locale, now],
      );
      return { ok: true, seq: (await appendEvent(tx, id, "joined", { locale: p.locale }, now)).seq } as const;
    });
  }

  async student(sessionId: string, id: string): Promise<StudentRow | null> {
    const { rows } = await this.db.query<{
      id: string;
      resume_key_hash: string;
      locale: string;
      receipt: string | null;
      handed_in_at: Date | string | null;
    }>(
      `SELECT id, resume_key_hash, locale, receipt, handed_in_at FROM live_participants
       WHERE id = $1 AND session_id = $2`,
      [id, sessionId],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      resumeKeyHash: r.resume_key_hash,
      locale: r.locale,
      receipt: r.receipt,
      handedInAt: r.handed_in_at === null ? null : new Date(r.handed_in_at),
    };
  }

  /** Keeps an answer in one statement (assignment-answer.ts). */
  answer(input: AssignmentAnswerInput, now: Date, final = false): Promise<AssignmentAnswerResult> {
    return recordAssignmentAnswer(this.db, input, now, final);
  }

  /**
   * Hands in once: the receipt is derived (`derive(counter)`, the next counter on a collision within
   * the assignment), saved with the participant and returned again on every later hand-in.
   */
  handIn(
    sessionId: string,
    participantId: string,
    derive: (counter: number) => string,
    now: Date,
  ): Promise<HandIn> {
    return this.db.transaction(async (tx) => {
      const a = await lockAssignment(tx, sessionId);
      if (!a) return { ok: false, error: "unknown-session" } as const;
      const { rows } = await tx.query<{ receipt: string | null; handed_in_at: Date | string | null }>(
        "SELECT receipt, handed_in_at FROM live_participants WHERE id = $1 AND session_id = $2",
        [participantId, sessionId],
      );
      const p = rows[0];
      if (!p) return { ok: false, error: "forbidden" } as const;
      if (p.receipt && p.handed_in_at)
        return { ok: true, receipt: p.receipt, handedInAt: new Date(p.handed_in_at), seq: null } as const;
      if (!isOpen(a, now)) return { ok: false, error: "closed" } as const;
      // Hand-ins of one assignment are serialised by the session row's lock: check, then write.
      for (let counter = 0; ; counter++) {
        const receipt = derive(counter);
        const { rows: taken } = await tx.query(
          "SELECT 1 FROM live_participants WHERE session_id = $1 AND receipt = $2",
          [sessionId, receipt],
        );
        if (taken.length) continue;
        await tx.query(
          "UPDATE live_participants SET receipt = $3, handed_in_at = $4, last_seen_at = $4 WHERE id = $1 AND session_id = $2",
          [participantId, sessionId, receipt, now],
        );
        const event = await appendEvent(tx, sessionId, "handin", {}, now);
        return { ok: true, receipt, handedInAt: now, seq: event.seq } as const;
      }
    });
  }

  /** Every hand-in with its score (nothing else per student), in hand-in order. */
  async receipts(sessionId: string, receipt?: string): Promise<ReceiptRow[]> {
    const { rows } = await this.db.query<{
      receipt: string;
      handed_in_at: Date | string;
      correct: number;
      answered: number;
    }>(
      `SELECT p.receipt, p.handed_in_at,
              count(a.question) FILTER (WHERE a.correct)::int AS correct, count(a.question)::int AS answered
       FROM live_participants p LEFT JOIN live_answers a ON a.participant_id = p.id AND a.session_id = p.session_id
       WHERE p.session_id = $1 AND p.handed_in_at IS NOT NULL AND ($2::text IS NULL OR p.receipt = $2::text)
       GROUP BY p.id, p.receipt, p.handed_in_at ORDER BY p.handed_in_at, p.receipt`,
      [sessionId, receipt ?? null],
    );
    return rows.map((r) => ({
      receipt: r.receipt,
      handedInAt: new Date(r.handed_in_at),
      correct: Number(r.correct),
      answered: Number(r.answered),
    }));
  }

  /** The answers counted in SQL: how many students gave each answer to each question, right or not. */
  async answerGroups(sessionId: string): Promise<AnswerGroup[]> {
    const { rows } = await this.db.query<{ question: number; answer: string; correct: boolean; n: number }>(
      `SELECT question, answer, correct, count(*)::int AS n FROM live_answers WHERE session_id = $1
       GROUP BY question, answer, correct ORDER BY question, answer`,
      [sessionId],
    );
    return rows.map((r) => ({
      question: Number(r.question),
      answer: r.answer,
      correct: r.correct,
      n: Number(r.n),
    }));
  }

  /** Students who joined, and those who handed in. */
  async counts(sessionId: string): Promise<{ started: number; handedIn: number }> {
    const { rows } = await this.db.query<{ started: number; handed_in: number }>(
      `SELECT count(*)::int AS started, count(handed_in_at)::int AS handed_in
       FROM live_participants WHERE session_id = $1`,
      [sessionId],
    );
    return { started: Number(rows[0]?.started ?? 0), handedIn: Number(rows[0]?.handed_in ?? 0) };
  }

  /** Moves closes-at (close now, or extend); a `closed` or `reopened` event says so. */
  setClosesAt(
    id: string,
    closesAt: Date,
    zoneOffset: number | null,
    now: Date,
  ): Promise<{ seq: number } | null> {
    return this.db.transaction(async (tx) => {
      const a = await lockAssignment(tx, id);
      if (!a) return null;
      const closing = closesAt.getTime() <= now.getTime();
      await tx.query(
        `UPDATE live_sessions SET closes_at = $2, zone_offset = coalesce($3, zone_offset), closed_event_at = $4
         WHERE id = $1`,
        [id, closesAt, zoneOffset, closing ? now : null],
      );
      const event = await appendEvent(
        tx,
        id,
        closing ? "closed" : "reopened",
        { closesAt: closesAt.toISOString() },
        now,
      );
      return { seq: event.seq };
    });
  }

  async setHostKeyHash(id: string, hash: string): Promise<void> {
    await this.db.query("UPDATE live_sessions SET host_key_hash = $2 WHERE id = $1 AND mode = 'assignment'", [
      id,
      hash,
    ]);
  }

  /**
   * The `closed` event of every assignment whose closes-at has passed without one (from the sweep, or
   * the first request after it); returns the events by session.
   */
  async emitDueClosed(now: Date, id?: string): Promise<{ sessionId: string; event: EventRow }[]> {
    const { rows } = await this.db.query<{ id: string }>(
      `SELECT id FROM live_sessions WHERE mode = 'assignment' AND closes_at <= $1 AND closed_event_at IS NULL
         AND ($2::text IS NULL OR id = $2::text)`,
      [now, id ?? null],
    );
    const out: { sessionId: string; event: EventRow }[] = [];
    for (const { id: sessionId } of rows) {
      const event = await this.db.transaction(async (tx) => {
        const a = await lockAssignment(tx, sessionId);
        if (!a || a.closedEventAt || isOpen(a, now)) return null;
        await tx.query("UPDATE live_sessions SET closed_event_at = $2 WHERE id = $1", [sessionId, now]);
        return appendEvent(tx, sessionId, "closed", { closesAt: a.closesAt.toISOString() }, now);
      });
      if (event) out.push({ sessionId, event });
    }
    return out;
  }
}
