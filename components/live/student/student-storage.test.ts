import { describe, expect, it } from "vitest";
import { useMemoryStorage, withThrowingStorage } from "@/tests/fixtures/memory-storage";
import {
  forgetClass,
  loadAnswers,
  loadCurrent,
  loadFollow,
  saveAnswers,
  saveCurrent,
  saveFollow,
} from "./student-storage";
import type { CurrentClass } from "@/lib/live/phone-state";

const current: CurrentClass = {
  sessionId: "S".repeat(22),
  joinCode: "12345678",
  classCode: "424242",
  count: 5,
  datasetVersion: "v1",
};

describe("the student's phone storage", () => {
  const storage = useMemoryStorage();

  it("keeps the class and the answers with their answerSeq, and forgets both", () => {
    saveCurrent(current);
    saveAnswers(current.sessionId, {
      0: { answer: "a", seq: 2, recorded: true },
      3: { answer: ["e1", "e2"], seq: 1, recorded: false },
    });
    expect(loadCurrent()).toEqual(current);
    expect(loadAnswers(current.sessionId)).toEqual({
      0: { answer: "a", seq: 2, recorded: true },
      3: { answer: ["e1", "e2"], seq: 1, recorded: false },
    });
    forgetClass(current.sessionId);
    expect(loadCurrent()).toBeNull();
    expect(loadAnswers(current.sessionId)).toEqual({});
  });

  it("reads corrupt or foreign data as nothing, entry by entry", () => {
    storage().setItem("live-student:current", "{not json");
    expect(loadCurrent()).toBeNull();
    storage().setItem("live-student:current", JSON.stringify({ ...current, joinCode: "1234" }));
    expect(loadCurrent()).toBeNull();
    storage().setItem(
      `live-student:answers:${current.sessionId}`,
      JSON.stringify({
        0: { answer: "a", seq: 1 },
        x: { answer: "b", seq: 1 },
        2: { answer: 5, seq: 1 },
        4: { answer: "c", seq: 0 },
      }),
    );
    expect(loadAnswers(current.sessionId)).toEqual({ 0: { answer: "a", seq: 1, recorded: false } });
  });

  it("follows the teacher unless turned off", () => {
    expect(loadFollow()).toBe(true);
    saveFollow(false);
    expect(loadFollow()).toBe(false);
    saveFollow(true);
    expect(loadFollow()).toBe(true);
  });

  it("never throws when storage does (private mode)", () => {
    withThrowingStorage(() => {
      expect(() => saveCurrent(current)).not.toThrow();
      expect(loadCurrent()).toBeNull();
      expect(loadAnswers(current.sessionId)).toEqual({});
      expect(loadFollow()).toBe(true);
      expect(() => forgetClass(current.sessionId)).not.toThrow();
    });
  });
});
