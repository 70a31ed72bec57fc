/**
 * The assignment part of the store's contract (store.contract.test.ts runs it on every engine).
 * Time is moved by passing `now`: nothing here waits.
 */
import { expect, it } from "vitest";
import { initialState } from "@/lib/live/state";
import { AssignmentStore, type NewAssignment } from "./assignment-store";
import type { SqlDb } from "./sql";
import type { SqlLiveStore } from "./store";

const T0 = new Date("2026-12-07T10:00:00Z");
const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);

function newAssignment(id: string, closesAt = at(48)): NewAssignment {
  return {
    id,
    hostKeyHash: "h",
    classCode: "123456",
    questionCount: 3,
    datasetVersion: "v",
    hostLocale: "kk",
    state: initialState(3),
    closesAt,
    timeZone: "Asia/Almaty",
    zoneOffset: 300,
    feedback: "close",
    explainerFirst: true,
    receiptSecret: "secret",
  };
}

export function assignmentCases(get: () => { db: SqlDb; store: SqlLiveStore }) {
  const assignments = () => new AssignmentStore(get().db);
  const join = (a: AssignmentStore, sessionId: string, id: string, now = at(1), max = 500) =>
    a.join(sessionId, { id, resumeKeyHash: "r", locale: "ru" }, max, now);
  const answer = (
    a: AssignmentStore,
    sessionId: string,
    participantId: string,
    question: number,
    seq: number,
    now = at(2),
  ) =>
    a.answer(
      {
        sessionId,
        participantId,
        resumeKeyHash: "r",
        question,
        answer: `o${seq}`,
        correct: seq % 2 === 1,
        answerSeq: seq,
      },
      now,
    );

  it("assignments: stored with their close time and zone; joins refused once closed or full", async () => {
    const a = assignments();
    const row = await a.create(newAssignment("a1s1"), () => "71111111");
    expect(row).toMatchObject({
      joinCode: "71111111",
      closesAt: at(48),
      timeZone: "Asia/Almaty",
      zoneOffset: 300,
    });
    expect(row).toMatchObject({ feedback: "close", explainerFirst: true, closedEventAt: null });
    expect((await get().store.findByJoinCode("71111111"))?.mode).toBe("assignment");
    expect(await join(a, "a1s1", "a1p1")).toMatchObject({ ok: true });
    expect(await join(a, "a1s1", "a1p2", at(1), 1)).toEqual({ ok: false, error: "full" });
    expect(await join(a, "a1s1", "a1p3", at(48))).toEqual({ ok: false, error: "closed" });
    expect(await join(a, "a1nope", "a1p4")).toEqual({ ok: false, error: "unknown-session" });
    expect(await a.get("a1nope")).toBeNull();
  });

  it("assignments: answers kept (newest answerSeq) until hand-in or close", async () => {
    const a = assignments();
    await a.create(newAssignment("a2s1"), () => "72222222");
    await join(a, "a2s1", "a2p1");
    await join(a, "a2s1", "a2p2");
    expect(await answer(a, "a2s1", "a2p1", 0, 1)).toMatchObject({ ok: true });
    expect(await answer(a, "a2s1", "a2p1", 0, 3)).toMatchObject({ ok: true });
    expect(await answer(a, "a2s1", "a2p1", 0, 2)).toEqual({ ok: true, seq: null });
    // The same answer again (a retry): kept, no second event; another key: refused, nothing kept.
    const p1 = { sessionId: "a2s1", participantId: "a2p1", resumeKeyHash: "r", question: 0 };
    const again = { ...p1, answer: "o3", correct: true, answerSeq: 4 };
    expect(await a.answer(again, at(2))).toEqual({ ok: true, seq: null });
    expect(await a.answer({ ...again, resumeKeyHash: "x", question: 1 }, at(2))).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect((await get().store.eventsAfter("a2s1", 0)).map((e) => e.type)).toEqual([
      "joined",
      "joined",
      "answer",
      "answer",
    ]);
    expect(await get().store.participantAnswers("a2s1", "a2p1")).toMatchObject([
      { answer: "o3", correct: true },
    ]);
    expect(await answer(a, "a2s1", "a2p2", 1, 1, at(48))).toEqual({ ok: false, error: "closed" });
    // Feedback after each answer: the first answer stands (the same again is fine).
    const final = (seq: number, answerText: string) =>
      a.answer(
        {
          sessionId: "a2s1",
          participantId: "a2p2",
          resumeKeyHash: "r",
          question: 2,
          answer: answerText,
          correct: false,
          answerSeq: seq,
        },
        at(2),
        true,
      );
    expect(await final(1, "x")).toMatchObject({ ok: true });
    expect(await final(2, "x")).toMatchObject({ ok: true });
    expect(await final(3, "y")).toEqual({ ok: false, error: "answered" });
    expect(await a.handIn("a2s1", "a2p1", () => "AAAAAA", at(3))).toMatchObject({
      ok: true,
      receipt: "AAAAAA",
    });
    expect(await answer(a, "a2s1", "a2p1", 1, 5)).toEqual({ ok: false, error: "handed-in" });
  });

  it("assignments: answers racing a hand-in are kept before it or refused after it, each counted once", async () => {
    const a = assignments();
    await a.create(newAssignment("a6s1"), () => "76666666");
    await join(a, "a6s1", "a6p1");
    const results = await Promise.all([
      ...[0, 1, 2].map((q) => answer(a, "a6s1", "a6p1", q, 1)),
      a.handIn("a6s1", "a6p1", () => "RACE00", at(2)),
      ...[3, 4, 5].map((q) => answer(a, "a6s1", "a6p1", q, 1)),
      ...[0, 1, 2].map((q) => answer(a, "a6s1", "a6p1", q, 1)),
    ]);
    const answers = results.filter((r) => !("receipt" in r));
    const kept = answers.filter((r) => r.ok && r.seq !== null).length;
    expect(answers.every((r) => r.ok || r.error === "handed-in")).toBe(true);
    const stored = await get().store.participantAnswers("a6s1", "a6p1");
    expect(stored).toHaveLength(kept);
    const events = (await get().store.eventsAfter("a6s1", 0)).map((e) => e.type);
    expect(events.filter((t) => t === "answer")).toHaveLength(kept);
    // Every answer event before the hand-in's: none was kept after it.
    expect(events.lastIndexOf("answer")).toBeLessThan(events.indexOf("handin"));
    expect(await a.receipts("a6s1")).toMatchObject([{ receipt: "RACE00", answered: kept }]);
  });

  it("assignments: one receipt per hand-in, the same again, another on a collision; scores by receipt", async () => {
    const a = assignments();
    await a.create(newAssignment("a3s1"), () => "73333333");
    for (const p of ["a3p1", "a3p2", "a3p3"]) await join(a, "a3s1", p);
    await answer(a, "a3s1", "a3p1", 0, 1);
    await answer(a, "a3s1", "a3p1", 1, 1);
    await answer(a, "a3s1", "a3p2", 0, 2);
    const derive = (counter: number) => ["SAME00", "OTHER1"][counter]!;
    expect(await a.handIn("a3s1", "a3p1", derive, at(3))).toMatchObject({ ok: true, receipt: "SAME00" });
    expect(await a.handIn("a3s1", "a3p1", () => "NEVER0", at(4))).toMatchObject({
      ok: true,
      receipt: "SAME00",
      handedInAt: at(3),
      seq: null,
    });
    expect(await a.handIn("a3s1", "a3p2", derive, at(5))).toMatchObject({ ok: true, receipt: "OTHER1" });
    expect(await a.handIn("a3s1", "a3p3", derive, at(48))).toEqual({ ok: false, error: "closed" });
    expect(await a.handIn("a3s1", "a3nobody", derive, at(5))).toEqual({ ok: false, error: "forbidden" });
    expect(await a.receipts("a3s1")).toEqual([
      { receipt: "SAME00", handedInAt: at(3), correct: 2, answered: 2 },
      { receipt: "OTHER1", handedInAt: at(5), correct: 0, answered: 1 },
    ]);
    expect(await a.receipts("a3s1", "OTHER1")).toHaveLength(1);
    expect(await a.receipts("a3s1", "NOPE00")).toEqual([]);
    expect(await a.counts("a3s1")).toEqual({ started: 3, handedIn: 2 });
  });

  it("assignments: one `closed` event when closes-at passes; extend reopens; close now closes", async () => {
    const a = assignments();
    await a.create(newAssignment("a4s1", at(2)), () => "74444444");
    expect(await a.emitDueClosed(at(1), "a4s1")).toEqual([]);
    const due = await a.emitDueClosed(at(3), "a4s1");
    expect(due.map((d) => d.event.type)).toEqual(["closed"]);
    expect(await a.emitDueClosed(at(4), "a4s1")).toEqual([]);
    await a.setClosesAt("a4s1", at(30), 300, at(5));
    expect((await a.get("a4s1"))?.closedEventAt).toBeNull();
    expect(await join(a, "a4s1", "a4p1", at(6))).toMatchObject({ ok: true });
    await a.setClosesAt("a4s1", at(7), null, at(7));
    expect(await join(a, "a4s1", "a4p2", at(7))).toEqual({ ok: false, error: "closed" });
    const types = (await get().store.eventsAfter("a4s1", 0)).map((e) => e.type);
    expect(types).toEqual(["closed", "reopened", "joined", "closed"]);
  });

  it("assignments: the sweep keeps an open one however quiet, deletes one closed past its retention", async () => {
    const a = assignments();
    const { db, store } = get();
    await a.create(newAssignment("a5open", at(24 * 10)), () => "75555555");
    await a.create(newAssignment("a5old", at(2)), () => "75555556");
    await a.create(newAssignment("a5recent", at(24 * 5)), () => "75555557");
    await db.query("UPDATE live_sessions SET last_event_at = $1 WHERE id LIKE 'a5%'", [at(-24 * 30)]);
    const now = at(24 * 16 + 3);
    const gone = await store.sweep(24, now, 14);
    expect(gone.filter((id) => id.startsWith("a5"))).toEqual(["a5old"]);
    expect(await a.get("a5open")).not.toBeNull();
    expect(await a.get("a5recent")).not.toBeNull();
  });
}
