import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { normalizeReceipt, receiptFromBytes } from "@/lib/assign/receipt";
import { closesAtProblem } from "@/lib/assign/schedule";
import type { AssignmentCommand, CreateAssignmentBody, HandInBody } from "@/lib/assign/schemas";
import { normalizeAnswer } from "@/lib/live/answers";
import { groupedDistribution, visibleLocaleCounts } from "@/lib/live/counts";
import type { AnswerBody, JoinBody } from "@/lib/live/schemas";
import type { AssignmentRow, AssignmentStore, StudentRow } from "./assignment-store";
import { classQuiz, type ClassQuiz } from "./class-quiz";
import { clock } from "./clock";
import { newHostedSession, newParticipant, sessionToJoin } from "./entry";
import { LiveError } from "./errors";
import { hashKey, isId, keyMatches, newJoinCode, newKey } from "./keys";
import type { LiveLimits } from "./limits";
import type { LiveNotifier } from "./notifier";
import type { LiveStore, SessionRow } from "./store";

/** The events an assignment's student page is sent (its stream's `only`; `deleted` always). */
export const STUDENT_EVENTS: ReadonlySet<string> = new Set(["closed", "reopened"]);
/** Assignments whose quiz an instance keeps at hand for answers. */
const KNOWN_SIZE = 2000;

/** setTimeout's longest wait (about 24.8 days); a later close is timed again when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface AssignmentOptions {
  maxParticipants: number;
  retentionDays: number;
}

/** Receipt `counter` of a participant: HMAC of session and participant with the assignment's secret. */
export function deriveReceipt(secret: string, sessionId: string, participantId: string, counter: number) {
  const mac = createHmac("sha256", secret).update(`${sessionId}:${participantId}:${counter}`).digest();
  return receiptFromBytes(mac);
}

const badCloses = (closesAt: string, now: Date) => {
  const problem = closesAtProblem(new Date(closesAt), now);
  // "2026-12-11" alone or a bare number would parse: an instant must carry its time and zone.
  if (problem || !/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(closesAt))
    throw new LiveError(400, "bad-closes-at");
};

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Homework on the live class's server and store: each route handler calls one of these. */
export class AssignmentService {
  constructor(
    private readonly live: LiveStore,
    private readonly store: AssignmentStore,
    private readonly notifier: LiveNotifier,
    private readonly limits: LiveLimits,
    private readonly options: AssignmentOptions,
  ) {}

  private readonly known = new Map<string, { quiz: ClassQuiz; final: boolean }>();

  /** One timer per assignment with an open stream on this instance: its `closed` event at closes-at. */
  private readonly closeTimers = new Map<string, NodeJS.Timeout>();

  private async publish(sessionId: string, seq: number | null) {
    if (seq !== null) await this.notifier.publish(sessionId, seq);
  }

  /** The assignment, after emitting its `closed` event if closes-at passed since the last look. */
  async assignment(sessionId: string): Promise<AssignmentRow> {
    let a = isId(sessionId) ? await this.store.get(sessionId) : null;
    if (!a) throw new LiveError(404, "unknown-session");
    const now = clock();
    if (!a.closedEventAt && a.closesAt <= now) {
      for (const { event } of await this.store.emitDueClosed(now, a.id)) await this.publish(a.id, event.seq);
      a = (await this.store.get(sessionId)) ?? a;
    }
    return a;
  }

  /**
   * The session an assignment's event stream reads (students: anyone with the id, as for a live
   * class; the host: with the key), after timing its `closed` event on this instance.
   */
  async streamed(sessionId: string, hostKey?: string | null): Promise<SessionRow> {
    const a =
      hostKey === undefined ? await this.assignment(sessionId) : await this.hosted(sessionId, hostKey);
    this.watchClose(a);
    const session = await this.live.getSession(a.id);
    if (!session) throw new LiveError(404, "unknown-session");
    return session;
  }

  /**
   * Emits the `closed` event at closes-at (the first request after it does the same, and the sweep),
   * so that open pages switch at once. On several instances each may time it: the store emits one.
   */
  private watchClose(a: AssignmentRow): void {
    clearTimeout(this.closeTimers.get(a.id));
    this.closeTimers.delete(a.id);
    if (a.closedEventAt) return;
    const wait = Math.min(Math.max(0, a.closesAt.getTime() - clock().getTime()), MAX_TIMER_MS);
    const timer = setTimeout(() => {
      this.closeTimers.delete(a.id);
      // Closed now (or extended meanwhile: timed again; deleted: nothing to do).
      this.assignment(a.id).then(
        (next) => this.watchClose(next),
        () => undefined,
      );
    }, wait + 20);
    timer.unref();
    this.closeTimers.set(a.id, timer);
  }

  private async hosted(sessionId: string, key: string | null) {
    const a = await this.assignment(sessionId);
    if (!keyMatches(key, a.hostKeyHash)) throw new LiveError(403, "forbidden");
    return a;
  }

  private async student(sessionId: string, participantId: string, key: string | null) {
    const a = await this.assignment(sessionId);
    const p = isId(participantId) ? await this.store.student(a.id, participantId) : null;
    if (!p || !keyMatches(key, p.resumeKeyHash)) throw new LiveError(403, "forbidden");
    return { a, p };
  }

  async create(body: CreateAssignmentBody, address: string) {
    const { session, hostKey } = await newHostedSession(this.limits, body, address, () => {
      badCloses(body.closesAt, clock());
      if (!validZone(body.timeZone)) throw new LiveError(400, "bad-request");
    });
    const a = await this.store.create(
      {
        ...session,
        closesAt: new Date(body.closesAt),
        timeZone: body.timeZone,
        zoneOffset: body.zoneOffset,
        feedback: body.feedback,
        explainerFirst: body.explainerFirst,
        receiptSecret: randomBytes(32).toString("base64url"),
      },
      newJoinCode,
    );
    return { ...this.publicInfo(a), joinCode: a.joinCode, hostKey };
  }

  /** What anyone with the session id may know: the quiz, the close time, the teacher's choices. */
  publicInfo(a: AssignmentRow) {
    return {
      sessionId: a.id,
      classCode: a.classCode,
      count: a.questionCount,
      datasetVersion: a.datasetVersion,
      closesAt: a.closesAt.toISOString(),
      timeZone: a.timeZone,
      zoneOffset: a.zoneOffset,
      feedback: a.feedback,
      explainerFirst: a.explainerFirst,
      closed: a.closesAt <= clock(),
      retentionDays: this.options.retentionDays,
    };
  }

  async join(body: JoinBody, address: string) {
    const session = await sessionToJoin(this.limits, this.live, body.joinCode, address, "assignment");
    const a = await this.assignment(session.id);
    const { participantId, resumeKey, row } = newParticipant(body.locale);
    const result = await this.store.join(a.id, row, this.options.maxParticipants, clock());
    if (!result.ok) {
      const status = { "unknown-session": 404, closed: 410, full: 403 }[result.error];
      throw new LiveError(status, result.error);
    }
    await this.publish(a.id, result.seq);
    return { ...this.publicInfo(a), participantId, resumeKey };
  }

  /**
   * What an answer needs besides its one statement, from a small cache: an assignment's quiz and
   * feedback never change (the statement checks everything that does).
   */
  private async answering(sessionId: string): Promise<{ quiz: ClassQuiz; final: boolean }> {
    const known = this.known.get(sessionId);
    if (known) return known;
    const a = await this.assignment(sessionId);
    const entry = { quiz: classQuiz(a.classCode, a.questionCount), final: a.feedback === "each" };
    if (this.known.size >= KNOWN_SIZE) this.known.delete(this.known.keys().next().value!);
    this.known.set(sessionId, entry);
    return entry;
  }

  /**
   * One statement on the happy path (assignment-answer.ts), as a live class's answer. The errors are
   * those of the lookups it replaces, in the same order: 404 unknown, 403 wrong student or key, 400
   * bad index or answer, 410 closed (with its `closed` event if that is due), 409 handed in or, after
   * feedback, already answered.
   */
  async answer(sessionId: string, key: string | null, body: AnswerBody) {
    if (!isId(sessionId)) throw new LiveError(404, "unknown-session");
    const { quiz, final } = await this.answering(sessionId);
    if (!isId(body.participantId) || !key || key.length > 200) throw new LiveError(403, "forbidden");
    const q = quiz.questions[body.question];
    const stored = q ? normalizeAnswer(q, body.answer) : null;
    if (stored === null) {
      await this.student(sessionId, body.participantId, key);
      throw new LiveError(400, q ? "bad-answer" : "bad-index");
    }
    const correct = quiz.judge(body.question, stored);
    const result = await this.store.answer(
      {
        sessionId,
        participantId: body.participantId,
        resumeKeyHash: hashKey(key),
        question: body.question,
        answer: stored,
        correct,
        answerSeq: body.answerSeq,
      },
      clock(),
      final,
    );
    if (!result.ok) {
      if (result.error === "unknown-session") this.known.delete(sessionId);
      if (result.error === "closed") await this.assignment(sessionId);
      // An answer already shown right or wrong is, for that student, a closed question.
      if (result.error === "answered") throw new LiveError(409, "not-open");
      const status = { "unknown-session": 404, forbidden: 403, closed: 410, "handed-in": 409 }[result.error];
      throw new LiveError(status, result.error);
    }
    if (result.seq !== null) this.notifier.announce(sessionId, result.seq, "answer");
    return { recorded: true, ...(final ? { correct } : {}) };
  }

  /** The student's own answers; right or wrong as the teacher chose (at once, or after it closes). */
  async me(sessionId: string, participantId: string, key: string | null) {
    const { a, p } = await this.student(sessionId, participantId, key);
    return this.view(a, p);
  }

  private async view(a: AssignmentRow, p: StudentRow) {
    const rows = await this.live.participantAnswers(a.id, p.id);
    const info = this.publicInfo(a);
    const shown = a.feedback === "each" || info.closed;
    const quiz = classQuiz(a.classCode, a.questionCount);
    const answers = rows.map((r) => ({
      question: r.question,
      answer: quiz.questions[r.question]?.answer === "order" ? r.answer.split(",") : r.answer,
      ...(shown ? { correct: r.correct } : {}),
    }));
    const handedIn = p.handedInAt !== null;
    return {
      ...info,
      participantId: p.id,
      locale: p.locale,
      answers,
      handedIn,
      receipt: handedIn ? p.receipt : null,
      handedInAt: p.handedInAt?.toISOString() ?? null,
      score: shown ? rows.filter((r) => r.correct).length : null,
    };
  }

  async handIn(sessionId: string, key: string | null, body: HandInBody) {
    const { a, p } = await this.student(sessionId, body.participantId, key);
    const result = await this.store.handIn(
      a.id,
      p.id,
      (counter) => deriveReceipt(a.receiptSecret, a.id, p.id, counter),
      clock(),
    );
    if (!result.ok) {
      const status = { "unknown-session": 404, closed: 410, forbidden: 403 }[result.error];
      throw new LiveError(status, result.error);
    }
    await this.publish(a.id, result.seq);
    // The student as the hand-in left them: no second lookup of the assignment and the student.
    return this.view(a, { ...p, receipt: result.receipt, handedInAt: result.handedInAt });
  }

  async results(sessionId: string, key: string | null) {
    const a = await this.hosted(sessionId, key);
    const quiz = classQuiz(a.classCode, a.questionCount);
    const [groups, byLocale, counts, receipts] = await Promise.all([
      this.store.answerGroups(a.id),
      this.live.joinedByLocale(a.id),
      this.store.counts(a.id),
      this.store.receipts(a.id),
    ]);
    return {
      ...this.publicInfo(a),
      joinCode: a.joinCode,
      locale: a.hostLocale,
      ...counts,
      byLocale: visibleLocaleCounts(byLocale),
      questions: quiz.questions.map((q, i) => ({
        question: i,
        id: q.id,
        kind: q.kind,
        status: "revealed",
        ...groupedDistribution(groups.filter((g) => g.question === i)),
      })),
      receipts: receipts.map((r) => ({
        receipt: r.receipt,
        handedInAt: r.handedInAt.toISOString(),
        score: r.correct,
      })),
    };
  }

  /** "Check a receipt": a malformed one is 400, an unknown one 404; both count as failed lookups. */
  async checkReceipt(sessionId: string, key: string | null, raw: string, address: string) {
    const a = await this.hosted(sessionId, key);
    const wait = await this.limits.lookupBlocked(address);
    if (wait !== null) throw new LiveError(429, "rate-limited", { "Retry-After": String(wait) });
    const receipt = normalizeReceipt(raw);
    const found = receipt ? (await this.store.receipts(a.id, receipt))[0] : undefined;
    if (!found) {
      await this.limits.failedLookup(address);
      throw new LiveError(receipt ? 404 : 400, receipt ? "unknown-receipt" : "bad-receipt");
    }
    return {
      receipt: found.receipt,
      handedInAt: found.handedInAt.toISOString(),
      score: found.correct,
      count: a.questionCount,
    };
  }

  async command(sessionId: string, key: string | null, body: AssignmentCommand) {
    const a = await this.hosted(sessionId, key);
    const now = clock();
    if (body.type === "delete") {
      this.known.delete(a.id);
      clearTimeout(this.closeTimers.get(a.id));
      this.closeTimers.delete(a.id);
      await this.live.deleteSession(a.id);
      await this.publish(a.id, a.lastSeq + 1);
      return { deleted: true };
    }
    if (body.type === "rotate-key") {
      const hostKey = newKey();
      await this.store.setHostKeyHash(a.id, hashKey(hostKey));
      return { hostKey };
    }
    if (body.type === "extend") badCloses(body.closesAt, now);
    const closesAt = body.type === "extend" ? new Date(body.closesAt) : now;
    const result = await this.store.setClosesAt(
      a.id,
      closesAt,
      body.type === "extend" ? body.zoneOffset : null,
      now,
    );
    if (!result) throw new LiveError(404, "unknown-session");
    await this.publish(a.id, result.seq);
    const next = (await this.store.get(a.id)) ?? a;
    // Extended (or closed now) while pages are open here: the timer follows the new close time.
    if (this.closeTimers.has(a.id)) this.watchClose(next);
    return this.publicInfo(next);
  }

  /** The sweep's part: `closed` events that are due. */
  async emitDueClosed(): Promise<number> {
    const due = await this.store.emitDueClosed(clock());
    for (const { sessionId, event } of due) await this.publish(sessionId, event.seq);
    return due.length;
  }
}
