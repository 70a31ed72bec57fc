import { describe, expect, it } from "vitest";
import { freshProgress, nextAnswerSeq, parseProgress, takeScreen } from "./take-state";

const ID = "AAAAAAAAAAAAAAAAAAAAAA";
const me = { handedIn: false, closed: false, count: 5, explainerFirst: true };

describe("homework progress on a device", () => {
  it("reads back what was stored, and corrupt or foreign data as nothing", () => {
    const p = { ...freshProgress(ID), index: 3, read: true, seq: 12 };
    expect(parseProgress(JSON.stringify(p))).toEqual(p);
    for (const bad of [
      null,
      "",
      "{",
      "[]",
      "null",
      JSON.stringify({ ...p, v: 2 }),
      JSON.stringify({ ...p, index: -1 }),
    ])
      expect(parseProgress(bad), String(bad)).toBeNull();
    expect(parseProgress(JSON.stringify({ ...p, sessionId: "<script>" }))).toBeNull();
  });

  it("sends ever higher answerSeqs, across visits too", () => {
    const t = Date.UTC(2026, 11, 7);
    const a = nextAnswerSeq(0, t);
    expect(nextAnswerSeq(a, t)).toBe(a + 1);
    expect(nextAnswerSeq(5, t + 1000)).toBe(a + 10);
    expect(nextAnswerSeq(2 ** 31 - 1, t)).toBe(2 ** 31 - 1);
  });

  it("shows the steps first when asked, then the questions, the review, the receipt or the corrections", () => {
    const p = freshProgress(ID);
    expect(takeScreen(me, p)).toEqual({ name: "steps" });
    expect(takeScreen({ ...me, explainerFirst: false }, p)).toEqual({ name: "question", index: 0 });
    expect(takeScreen(me, { ...p, read: true, index: 2 })).toEqual({ name: "question", index: 2 });
    expect(takeScreen(me, { ...p, read: true, index: 9 })).toEqual({ name: "review" });
    expect(takeScreen({ ...me, closed: true }, p)).toEqual({ name: "closed" });
    expect(takeScreen({ ...me, closed: true, handedIn: true }, p)).toEqual({ name: "receipt" });
  });
});
