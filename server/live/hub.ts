import "server-only";
import { countsDelay, type Frame } from "@/lib/live/sse";
import { isCountEvent } from "@/lib/live/state";
import type { LiveNotifier } from "./notifier";
import type { EventRow } from "./store";

export type Audience = "host" | "student";

export interface Subscriber {
  audience: Audience;
  /**
   * The only event types this stream is sent (an assignment's student page: `closed`, `reopened`;
   * `deleted` always); no counts frames. Undefined: every event and the counts (a live class).
   */
  only?: ReadonlySet<string>;
  /**
   * This stream's page can wait `PATIENT_MS` for an event (homework: the results page, the students'
   * `closed`): while every stream of a session is patient, its reader reads the log at most that
   * often instead of after every answer. Streams with `only` are patient.
   */
  patient?: boolean;
  send(frame: Frame): void;
  close(): void;
}

/** What the hub reads: the log, and the counts as each audience may see them. */
export interface HubSource {
  head(sessionId: string): Promise<number | null>;
  eventsAfter(sessionId: string, after: number): Promise<EventRow[]>;
  counts(sessionId: string): Promise<Record<Audience, unknown> | null>;
  /** A state event's data for an audience. */
  frameData(event: EventRow, audience: Audience): unknown;
}

export const COUNTS_INTERVAL_MS = 200;
/**
 * Students' phones show how many have answered: at most one counts frame a second is enough there,
 * while the teacher's screen keeps one every 200 ms. Under a full room (1,200 phones, 30 classes
 * answering) that is 1,200 frames a second to write instead of 6,000 (issue 32).
 */
export const STUDENT_COUNTS_INTERVAL_MS = 1000;
/** How long a patient session's reader gathers notifications before it reads the log. */
export const PATIENT_MS = 100;
/** After a failed read (the database connection lost), the reader tries again after this long. */
const RETRY_MS = 500;

const isPatient = (sub: Subscriber) => sub.patient === true || sub.only !== undefined;

/**
 * One reader per session on this instance: it reads new events from the log once and fans them out
 * to every open stream of the session. A stream reads the log itself only to catch up.
 */
class SessionReader {
  readonly subs = new Set<Subscriber>();
  private lastSeq: number | null = null;
  private reading = false;
  private again = false;
  private countsTimer: NodeJS.Timeout | null = null;
  private lastCountsAt: number | null = null;
  private countsDirty = false;
  /** The newest counts frame the students have not had yet, and when they last had one. */
  private studentCounts: Frame | null = null;
  private lastStudentCountsAt: number | null = null;
  private studentTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly sessionId: string,
    private readonly source: HubSource,
    private readonly onEmpty: () => void,
  ) {}

  async start(): Promise<void> {
    if (this.lastSeq === null) this.lastSeq = (await this.source.head(this.sessionId)) ?? 0;
  }

  /**
   * Reads what is new. `seq`, from a notification: skipped when this reader has read that far.
   * `type`, when the writer told it: an answer (a count event, which sends no frame of its own) next
   * in the log after what this reader has read is not read at all, only counted — under a full room
   * that was one read of the log per answer (issue 32).
   */
  wake(seq?: number, type?: string): void {
    if (this.closed) return;
    if (seq !== undefined && type !== undefined && isCountEvent(type)) {
      if (!this.reading && this.lastSeq !== null && seq === this.lastSeq + 1) {
        this.lastSeq = seq;
        if (this.countsWanted()) {
          this.countsDirty = true;
          this.scheduleCounts();
        }
        return;
      }
    }
    if (seq !== undefined && !this.reading && this.lastSeq !== null && seq <= this.lastSeq) return;
    if (seq !== undefined && this.impatient === 0) {
      // Every stream can wait: one read for the notifications of the next PATIENT_MS.
      this.patientTimer ??= setTimeout(() => {
        this.patientTimer = null;
        this.wake();
      }, PATIENT_MS);
      return;
    }
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    void this.pump().finally(() => {
      this.reading = false;
    });
  }

  private async pump(): Promise<void> {
    try {
      do {
        this.again = false;
        await this.start();
        const events = await this.source.eventsAfter(this.sessionId, this.lastSeq!);
        if (events.length === 0) {
          if ((await this.source.head(this.sessionId)) === null) return this.deleted();
          continue;
        }
        for (const event of events) {
          this.lastSeq = event.seq;
          if (isCountEvent(event.type)) {
            // Counted only while a stream that is sent counts is open (not for students' homework).
            if (this.countsWanted()) this.countsDirty = true;
            continue;
          }
          // Counts held back for the students go first: they are older than this event.
          this.flushStudentCounts(true);
          // One frame object per audience: a stream encodes each frame once for all its subscribers.
          const frames = new Map<Audience, Frame>();
          for (const sub of this.subs) {
            if (sub.only && !sub.only.has(event.type)) continue;
            let frame = frames.get(sub.audience);
            if (!frame) {
              frame = { id: event.seq, event: event.type, data: this.source.frameData(event, sub.audience) };
              frames.set(sub.audience, frame);
            }
            sub.send(frame);
          }
        }
        if (events.length >= 1000) this.again = true;
        if (this.countsDirty) this.scheduleCounts();
      } while (this.again && !this.closed);
    } catch (error) {
      console.error(
        `Live classes: reading the log of a session failed; trying again in ${RETRY_MS} ms.`,
        error,
      );
      // A lost database connection: read again from the last seq once it may be back.
      if (!this.retryTimer && !this.closed)
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.wake();
        }, RETRY_MS);
    }
  }

  /** Streams sent counts frames (every one but an assignment's students'). */
  private counted = 0;
  /** Streams that want each event at once (a live class's). */
  private impatient = 0;
  private patientTimer: NodeJS.Timeout | null = null;

  private countsWanted(): boolean {
    return this.counted > 0;
  }

  add(sub: Subscriber): void {
    if (this.subs.has(sub)) return;
    this.subs.add(sub);
    if (!sub.only) this.counted++;
    if (!isPatient(sub)) this.impatient++;
  }

  private scheduleCounts(): void {
    if (this.countsTimer) return;
    const delay = countsDelay(Date.now(), this.lastCountsAt, COUNTS_INTERVAL_MS);
    this.countsTimer = setTimeout(() => void this.sendCounts(), delay);
  }

  private async sendCounts(): Promise<void> {
    this.countsDirty = false;
    const upTo = this.lastSeq ?? 0;
    try {
      const counts = await this.source.counts(this.sessionId);
      this.lastCountsAt = Date.now();
      if (counts) {
        const frames = {
          host: { id: upTo, event: "counts", data: counts.host },
          student: { id: upTo, event: "counts", data: counts.student },
        } satisfies Record<Audience, Frame>;
        for (const sub of this.subs) if (!sub.only && sub.audience === "host") sub.send(frames.host);
        this.studentCounts = frames.student;
        this.flushStudentCounts(false);
      }
    } catch (error) {
      console.error("Live classes: counting failed; trying again", error);
      // Lost connection: count again in the next slot rather than wait for the next answer.
      this.countsDirty = true;
      this.lastCountsAt = Date.now();
    } finally {
      this.countsTimer = null;
      // Answers that arrived while counting go out in the next slot.
      if (this.countsDirty && !this.closed) this.scheduleCounts();
    }
  }

  /**
   * Sends the students the newest counts, at most once a second (`STUDENT_COUNTS_INTERVAL_MS`), or
   * now with `before`: a state event is about to go out, and the counts must not arrive after it.
   */
  private flushStudentCounts(before: boolean): void {
    if (!this.studentCounts) return;
    const wait = countsDelay(Date.now(), this.lastStudentCountsAt, STUDENT_COUNTS_INTERVAL_MS);
    if (!before && wait > 0) {
      this.studentTimer ??= setTimeout(() => {
        this.studentTimer = null;
        if (!this.closed) this.flushStudentCounts(false);
      }, wait);
      return;
    }
    const frame = this.studentCounts;
    this.studentCounts = null;
    this.lastStudentCountsAt = Date.now();
    for (const sub of this.subs) if (!sub.only && sub.audience === "student") sub.send(frame);
  }

  private deleted(): void {
    for (const sub of this.subs) {
      sub.send({ event: "deleted", data: {} });
      sub.close();
    }
    this.subs.clear();
    this.counted = 0;
    this.impatient = 0;
    this.stop();
  }

  remove(sub: Subscriber): void {
    if (!this.subs.delete(sub)) return;
    if (!sub.only) this.counted--;
    if (!isPatient(sub)) this.impatient--;
    if (this.subs.size === 0) this.stop();
  }

  stop(): void {
    this.closed = true;
    if (this.countsTimer) clearTimeout(this.countsTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.patientTimer) clearTimeout(this.patientTimer);
    if (this.studentTimer) clearTimeout(this.studentTimer);
    this.studentTimer = null;
    this.retryTimer = null;
    this.patientTimer = null;
    this.countsTimer = null;
    this.onEmpty();
  }
}

export class Hub {
  private readonly readers = new Map<string, SessionReader>();
  private isClosed = false;

  constructor(
    private readonly source: HubSource,
    notifier: LiveNotifier,
  ) {
    notifier.onNotify((sessionId, seq, type) => this.readers.get(sessionId)?.wake(seq, type));
    notifier.onReconnect(() => {
      for (const r of this.readers.values()) r.wake();
    });
  }

  /** Adds a stream to its session's reader (made on first use); returns the unsubscribe function. */
  async subscribe(sessionId: string, sub: Subscriber): Promise<() => void> {
    if (this.closed) {
      // Shutting down: a client reconnecting to this instance is sent on at once (to the next one).
      sub.close();
      return () => {};
    }
    let reader = this.readers.get(sessionId);
    if (!reader) {
      const created: SessionReader = new SessionReader(sessionId, this.source, () => {
        if (this.readers.get(sessionId) === created) this.readers.delete(sessionId);
      });
      reader = created;
      this.readers.set(sessionId, created);
    }
    reader.add(sub);
    await reader.start();
    const r = reader;
    return () => r.remove(sub);
  }

  /** Wakes the session's reader (after a write here, or a notification from another instance). */
  wake(sessionId: string): void {
    this.readers.get(sessionId)?.wake();
  }

  streamCount(): number {
    let n = 0;
    for (const r of this.readers.values()) n += r.subs.size;
    return n;
  }

  /** True once `close()` ran (the server is shutting down): no new streams. */
  get closed(): boolean {
    return this.isClosed;
  }

  close(): void {
    this.isClosed = true;
    for (const r of [...this.readers.values()]) {
      for (const s of r.subs) s.close();
      r.stop();
    }
  }
}
