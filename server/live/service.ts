import "server-only";
import { normalizeAnswer } from "@/lib/live/answers";
import { distribution, visibleLocaleCounts } from "@/lib/live/counts";
import type {
  AnswerBody,
  CommandBody,
  CreateSessionBody,
  JoinBody,
  ParticipantUpdateBody,
} from "@/lib/live/schemas";
import { catchUpFrom, type Frame } from "@/lib/live/sse";
import { applyCommand, isCountEvent, type PlannedEvent } from "@/lib/live/state";
import { classQuiz, stepSlugs, type ClassQuiz } from "./class-quiz";
import { Coalescer } from "./coalesce";
import { newHostedSession, newParticipant, sessionToJoin } from "./entry";
import { LiveError } from "./errors";
import type { Audience, HubSource } from "./hub";
import { hashKey, isId, keyMatches, newJoinCode } from "./keys";
import type { LiveLimits } from "./limits";
import type { LiveNotifier } from "./notifier";
import type { SqlQueryable } from "./sql";
import type { EventRow, LiveStore, SessionRow } from "./store";

/** A client further behind than this gets a snapshot instead of a replay. */
export const FAR_BEHIND = 2000;
/** Live sessions whose quiz an instance keeps at hand (a few hundred classes at once, at most). */
const QUIZ_CACHE_SIZE = 2000;

export interface ServiceOptions {
  maxParticipants: number;
}

/** The live class's operations: each route handler parses its request and calls one of these. */
export class LiveService implements HubSource {
  private readonly quizzes = new Map<string, ClassQuiz>();
  // The reads every stream makes as it opens, joined per class (coalesce.ts: a reconnect storm).
  private readonly sessionReads = new Coalescer<SessionRow | null>();
  private readonly logReads = new Coalescer<EventRow[]>();
  private readonly countReads = new Coalescer<Awaited<ReturnType<LiveStore["liveCounts"]>>>();

  constructor(
    private readonly store: LiveStore,
    private readonly notifier: LiveNotifier,
    private readonly limits: LiveLimits,
    private readonly options: ServiceOptions,
  ) {}

  private quizOf(session: SessionRow): ClassQuiz {
    return classQuiz(session.classCode, session.questionCount);
  }

  private async publish(sessionId: string, seq: number | null): Promise<void> {
    if (seq !== null) await this.notifier.publish(sessionId, seq);
  }

  async session(sessionId: string): Promise<SessionRow> {
    const session = isId(sessionId)
      ? await this.sessionReads.run(sessionId, () => this.store.getSession(sessionId))
      : null;
    if (!session) throw new LiveError(404, "unknown-session");
    return session;
  }

  async hostSession(sessionId: string, key: string | null): Promise<SessionRow> {
    const session = await this.session(sessionId);
    if (!keyMatches(key, session.hostKeyHash)) throw new LiveError(403, "forbidden");
    return session;
  }

  async createSession(body: CreateSessionBody, address: string) {
    const created = await newHostedSession(this.limits, body, address);
    const session = await this.store.createSession(created.session, newJoinCode);
    return {
      sessionId: session.id,
      joinCode: session.joinCode,
      hostKey: created.hostKey,
      classCode: session.classCode,
      count: session.questionCount,
      datasetVersion: session.datasetVersion,
    };
  }

  async join(body: JoinBody, address: string) {
    const session = await sessionToJoin(this.limits, this.store, body.joinCode, address, "live");
    const { participantId, resumeKey, row } = newParticipant(body.locale);
    const result = await this.store.addParticipant(session.id, row, this.options.maxParticipants);
    if (!result.ok) {
      const status = { "unknown-session": 404, locked: 403, full: 403, ended: 410 }[result.error];
      throw new LiveError(status, result.error);
    }
    await this.publish(session.id, result.seq);
    return {
      sessionId: session.id,
      participantId,
      resumeKey,
      classCode: session.classCode,
      count: session.questionCount,
      datasetVersion: session.datasetVersion,
    };
  }

  async command(sessionId: string, key: string | null, body: CommandBody) {
    const session = await this.hostSession(sessionId, key);
    if (body.type === "delete") {
      await this.store.deleteSession(session.id);
      // Wakes this instance's reader, which finds the session gone and closes its streams.
      await this.publish(session.id, session.lastSeq + 1);
      return { deleted: true };
    }
    const quiz = this.quizOf(session);
    const limits = { steps: stepSlugs.length, questions: quiz.questions.length };
    const result = await this.store.runCommand(
      session.id,
      (locked) => applyCommand(locked.state, body, limits),
      (event, tx) => this.enrich(session.id, quiz, event, tx),
    );
    if (!result) throw new LiveError(404, "unknown-session");
    if (!result.ok) throw new LiveError(result.status, result.error);
    await this.publish(session.id, result.seq);
    return { state: result.state, seq: result.seq };
  }

  /** The full payload of a state event, as stored in the log and replayed from it. */
  private async enrich(
    sessionId: string,
    quiz: ClassQuiz,
    event: PlannedEvent,
    tx: SqlQueryable,
  ): Promise<Record<string, unknown>> {
    if (event.type === "step") {
      const step = event.payload.step as number;
      return { step, slug: stepSlugs[step] };
    }
    if (event.type === "open" || event.type === "close") {
      const i = event.payload.question as number;
      return { question: i, id: quiz.questions[i]!.id, kind: quiz.questions[i]!.kind };
    }
    if (event.type === "reveal") {
      const i = event.payload.question as number;
      return this.revealData(quiz, i, await this.store.answers(sessionId, i, tx));
    }
    return event.payload;
  }

  private revealData(quiz: ClassQuiz, i: number, rows: { answer: string; correct: boolean }[]) {
    const q = quiz.questions[i]!;
    return {
      question: i,
      id: q.id,
      kind: q.kind,
      correct: q.answer === "order" ? q.correct.split(",") : q.correct,
      distribution: distribution(rows),
    };
  }

  private async participant(sessionId: string, participantId: string, key: string | null) {
    const session = await this.session(sessionId);
    const p = isId(participantId) ? await this.store.getParticipant(session.id, participantId) : null;
    if (!p || !keyMatches(key, p.resumeKeyHash)) throw new LiveError(403, "forbidden");
    return { session, participant: p };
  }

  /**
   * The quiz of a live session, from a small cache: a session's class code and question count never
   * change, so an answer needs no lookup before its one statement (which checks the session anew).
   */
  private async liveQuiz(sessionId: string): Promise<ClassQuiz> {
    const known = this.quizzes.get(sessionId);
    if (known) return known;
    const session = await this.session(sessionId);
    const quiz = this.quizOf(session);
    if (this.quizzes.size >= QUIZ_CACHE_SIZE) this.quizzes.delete(this.quizzes.keys().next().value!);
    this.quizzes.set(sessionId, quiz);
    return quiz;
  }

  /**
   * One statement on the happy path (`recordAnswer`): it checks the session, the participant and
   * key, and that the question is open, writes, and notifies the other instances. The answers a
   * client gets are those of the lookups it replaces, in the same order: 404 unknown session, 403
   * wrong participant or key, 400 bad index or answer, 409 not open.
   */
  async answer(sessionId: string, key: string | null, body: AnswerBody) {
    if (!isId(sessionId)) throw new LiveError(404, "unknown-session");
    const quiz = await this.liveQuiz(sessionId);
    const forbidden = !isId(body.participantId) || !key || key.length > 200;
    if (forbidden) throw new LiveError(403, "forbidden");
    const q = quiz.questions[body.question];
    const stored = q ? normalizeAnswer(q, body.answer) : null;
    if (stored === null) {
      // A bad request from someone who is not this participant is still a 403 (as before the fold).
      await this.participant(sessionId, body.participantId, key);
      throw new LiveError(400, q ? "bad-answer" : "bad-index");
    }
    const result = await this.store.recordAnswer({
      sessionId,
      participantId: body.participantId,
      resumeKeyHash: hashKey(key),
      question: body.question,
      answer: stored,
      correct: quiz.judge(body.question, stored),
      answerSeq: body.answerSeq,
    });
    if (!result.ok) {
      if (result.error === "unknown-session") this.quizzes.delete(sessionId);
      throw new LiveError(
        { "unknown-session": 404, forbidden: 403, "not-open": 409 }[result.error],
        result.error,
      );
    }
    if (result.seq !== null) this.notifier.announce(sessionId, result.seq, "answer");
    return { recorded: true };
  }

  /** The student's own state: their answers, right or wrong only once revealed, and their score. */
  async participantState(sessionId: string, participantId: string, key: string | null) {
    const { session, participant } = await this.participant(sessionId, participantId, key);
    const quiz = this.quizOf(session);
    const rows = await this.store.participantAnswers(session.id, participant.id);
    const statuses = session.state.questions;
    const answers = rows.map((r) => {
      const revealed = statuses[r.question] === "revealed";
      return {
        question: r.question,
        answer: quiz.questions[r.question]?.answer === "order" ? r.answer.split(",") : r.answer,
        ...(revealed ? { correct: r.correct } : {}),
      };
    });
    return {
      participantId: participant.id,
      locale: participant.locale,
      sessionId: session.id,
      classCode: session.classCode,
      count: session.questionCount,
      datasetVersion: session.datasetVersion,
      phase: session.state.phase,
      answers,
      score: {
        correct: answers.filter((a) => a.correct === true).length,
        revealed: statuses.filter((s) => s === "revealed").length,
      },
    };
  }

  async updateParticipant(
    sessionId: string,
    participantId: string,
    key: string | null,
    body: ParticipantUpdateBody,
  ) {
    const { session, participant } = await this.participant(sessionId, participantId, key);
    const seq = await this.store.setParticipantLocale(session.id, participant.id, body.locale);
    if (seq !== null && seq > session.lastSeq) await this.publish(session.id, seq);
    return { participantId: participant.id, locale: body.locale };
  }

  async summary(sessionId: string, key: string | null) {
    const session = await this.hostSession(sessionId, key);
    const quiz = this.quizOf(session);
    const rows = await this.store.answers(session.id);
    const byLocale = await this.store.joinedByLocale(session.id);
    return {
      sessionId: session.id,
      classCode: session.classCode,
      count: session.questionCount,
      datasetVersion: session.datasetVersion,
      locale: session.hostLocale,
      phase: session.state.phase,
      joined: Object.values(byLocale).reduce((a, b) => a + b, 0),
      byLocale: visibleLocaleCounts(byLocale),
      questions: quiz.questions.map((q, i) => ({
        question: i,
        id: q.id,
        kind: q.kind,
        status: session.state.questions[i] ?? "new",
        ...distribution(rows.filter((r) => r.question === i)),
      })),
    };
  }

  // ---- streams ----

  frameData(event: EventRow): unknown {
    return event.payload;
  }

  async head(sessionId: string): Promise<number | null> {
    return this.store.head(sessionId);
  }

  eventsAfter(sessionId: string, after: number): Promise<EventRow[]> {
    return this.logReads.run(`${sessionId}:${after}`, () => this.store.eventsAfter(sessionId, after));
  }

  /** A reader's counts frame: one statement (session, the question's answers grouped, joined by locale). */
  async counts(sessionId: string): Promise<Record<Audience, unknown> | null> {
    const c = await this.countReads.run(sessionId, () => this.store.liveCounts(sessionId));
    if (!c) return null;
    const rows = c.answers.flatMap((a) => Array.from({ length: a.n }, () => a));
    return this.countsFrom(c.session.state.question, rows, c.byLocale);
  }

  private async countsOf(session: SessionRow): Promise<Record<Audience, unknown>> {
    const question = session.state.question;
    const [rows, byLocale] = await Promise.all([
      question === null ? Promise.resolve([]) : this.store.answers(session.id, question),
      this.store.joinedByLocale(session.id),
    ]);
    return this.countsFrom(question, rows, byLocale);
  }

  private countsFrom(
    question: number | null,
    rows: { answer: string; correct: boolean }[],
    byLocale: Record<string, number>,
  ): Record<Audience, unknown> {
    const joined = Object.values(byLocale).reduce((a, b) => a + b, 0);
    const d = distribution(rows);
    const student = { question, answered: d.answered, joined };
    return { student, host: { ...student, byOption: d.byOption, byLocale: visibleLocaleCounts(byLocale) } };
  }

  async snapshot(session: SessionRow, audience: Audience): Promise<Frame> {
    const quiz = this.quizOf(session);
    const s = session.state;
    const i = s.question;
    const current = i === null ? null : quiz.questions[i];
    const counts = await this.countsOf(session);
    const reveal =
      i !== null && s.questions[i] === "revealed"
        ? this.revealData(quiz, i, await this.store.answers(session.id, i))
        : null;
    return {
      id: session.lastSeq,
      event: "snapshot",
      data: {
        seq: session.lastSeq,
        classCode: session.classCode,
        count: session.questionCount,
        datasetVersion: session.datasetVersion,
        phase: s.phase,
        step: s.step,
        slug: s.step === null ? null : stepSlugs[s.step],
        question: i,
        questionId: current?.id ?? null,
        kind: current?.kind ?? null,
        questions: s.questions,
        locked: s.locked,
        lettersOnly: s.lettersOnly === true,
        counts: counts[audience],
        reveal,
        ...(audience === "host" ? { joinCode: session.joinCode, hostLocale: session.hostLocale } : {}),
      },
    };
  }

  /**
   * What a (re)connecting stream or a poll gets first: a snapshot for a new client (or one with a
   * garbage, ahead or far-behind `since`), else exactly the state events it missed, in order, and
   * one counts frame when answers or joins came in meanwhile.
   */
  async catchUp(session: SessionRow, audience: Audience, since: string | null): Promise<Frame[]> {
    const plan = catchUpFrom(since, session.lastSeq, FAR_BEHIND);
    if (plan.kind === "snapshot") return [await this.snapshot(session, audience)];
    const frames: Frame[] = [];
    let after = plan.after;
    let countsMoved = false;
    for (;;) {
      const events = await this.eventsAfter(session.id, after);
      for (const e of events) {
        if (isCountEvent(e.type)) countsMoved = true;
        else frames.push({ id: e.seq, event: e.type, data: this.frameData(e) });
        after = e.seq;
      }
      if (events.length < 1000) break;
    }
    if (countsMoved) {
      const counts = (await this.counts(session.id)) ?? (await this.countsOf(session));
      const lastStateId = frames.at(-1)?.id ?? plan.after;
      frames.push({
        ...(after > lastStateId ? { id: after } : {}),
        event: "counts",
        data: counts[audience],
      });
    }
    return frames;
  }

  async sweep(hours: number, assignmentDays?: number): Promise<string[]> {
    const ids = await this.store.sweep(hours, undefined, assignmentDays);
    for (const id of ids) await this.notifier.publish(id, Number.MAX_SAFE_INTEGER);
    return ids;
  }
}
