import { describe, expect, it } from "vitest";
import { applyFrame, viewFromSnapshot, type LiveView } from "./client-state";

const snapshotData = {
  seq: 10,
  classCode: "424242",
  count: 3,
  datasetVersion: "v1",
  phase: "step",
  step: 1,
  slug: "the-decree",
  question: null,
  questionId: null,
  kind: null,
  questions: ["new", "new", "new"],
  locked: false,
  counts: { question: null, answered: 0, joined: 4, byOption: {}, byLocale: null },
  reveal: null,
  joinCode: "12345678",
  hostLocale: "ru",
};

const start = () => applyFrame(null, { id: 10, event: "snapshot", data: snapshotData })!;

describe("client view", () => {
  it("builds only from a snapshot, and rejects one that is not", () => {
    expect(applyFrame(null, { id: 3, event: "step", data: { step: 0 } })).toBeNull();
    expect(viewFromSnapshot({ phase: "lobby" })).toBeNull();
    const v = start();
    expect(v).toMatchObject({
      seq: 10,
      phase: "step",
      slug: "the-decree",
      joinCode: "12345678",
      deleted: false,
    });
  });

  it("follows a question from open to reveal, closing on the way", () => {
    let v: LiveView | null = start();
    v = applyFrame(v, { id: 11, event: "open", data: { question: 0, id: "q0", kind: "who" } });
    expect(v).toMatchObject({
      phase: "question",
      question: 0,
      kind: "who",
      questions: ["open", "new", "new"],
    });
    v = applyFrame(v, {
      id: null,
      event: "counts",
      data: { question: 0, answered: 2, joined: 4, byOption: { a: 2 }, byLocale: null },
    });
    expect(v!.counts).toMatchObject({ answered: 2, byOption: { a: 2 } });
    expect(v!.seq).toBe(11);
    v = applyFrame(v, { id: 12, event: "close", data: { question: 0 } });
    expect(v!.questions[0]).toBe("closed");
    v = applyFrame(v, {
      id: 13,
      event: "reveal",
      data: {
        question: 0,
        id: "q0",
        kind: "who",
        correct: "a",
        distribution: { answered: 2, correct: 2, byOption: { a: 2 } },
      },
    });
    expect(v!.questions[0]).toBe("revealed");
    expect(v!.reveal).toMatchObject({ correct: "a", distribution: { answered: 2, correct: 2 } });
    v = applyFrame(v, { id: 14, event: "open", data: { question: 1, id: "q1", kind: "order" } });
    expect(v!.reveal).toBeNull();
    v = applyFrame(v, { id: 15, event: "step", data: { step: 2, slug: "the-exodus" } });
    expect(v).toMatchObject({ phase: "step", slug: "the-exodus", questions: ["revealed", "closed", "new"] });
  });

  it("ignores a state frame it already has", () => {
    const v = start();
    expect(applyFrame(v, { id: 9, event: "step", data: { step: 5, slug: "x" } })).toBe(v);
    expect(applyFrame(v, { id: 10, event: "end", data: {} })).toBe(v);
  });

  it("locks, summarises, ends and notices deletion", () => {
    let v: LiveView | null = start();
    v = applyFrame(v, { id: 11, event: "lock", data: {} });
    expect(v!.locked).toBe(true);
    v = applyFrame(v, { id: 12, event: "unlock", data: {} });
    expect(v!.locked).toBe(false);
    v = applyFrame(v, { id: 13, event: "summary", data: {} });
    expect(v!.phase).toBe("summary");
    v = applyFrame(v, { id: 14, event: "end", data: {} });
    expect(v!.phase).toBe("ended");
    v = applyFrame(v, { id: null, event: "deleted", data: {} });
    expect(v!.deleted).toBe(true);
  });

  it("a new snapshot replaces everything", () => {
    const v = applyFrame(start(), {
      id: 20,
      event: "snapshot",
      data: { ...snapshotData, seq: 20, phase: "summary" },
    });
    expect(v).toMatchObject({ seq: 20, phase: "summary" });
  });

  it("follows the letters-only setting from the snapshot and its events, ignoring a replayed one", () => {
    expect(start().lettersOnly).toBe(false);
    expect(viewFromSnapshot({ ...snapshotData, lettersOnly: true })?.lettersOnly).toBe(true);
    const on = applyFrame(start(), { id: 11, event: "letters-only", data: {} })!;
    expect(on).toMatchObject({ lettersOnly: true, seq: 11 });
    expect(applyFrame(on, { id: 11, event: "full-text", data: {} })!.lettersOnly).toBe(true);
    expect(applyFrame(on, { id: 12, event: "full-text", data: {} })!.lettersOnly).toBe(false);
  });
});
