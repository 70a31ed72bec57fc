import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  forgetClass,
  loadAnswers,
  loadCurrent,
  loadFollow,
  saveAnswers,
  saveCurrent,
  saveFollow,
  type CurrentClass,
} from "./student-storage";

class MemoryStorage {
  map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const g = globalThis as { localStorage?: unknown };
const current: CurrentClass = {
  sessionId: "S".repeat(22),
  joinCode: "12345678",
  classCode: "424242",
  count: 5,
  datasetVersion: "v1",
};

describe("the student's phone storage", () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    g.localStorage = storage;
  });
  afterEach(() => {
    delete g.localStorage;
  });

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
    storage.setItem("live-student:current", "{not json");
    expect(loadCurrent()).toBeNull();
    storage.setItem("live-student:current", JSON.stringify({ ...current, joinCode: "1234" }));
    expect(loadCurrent()).toBeNull();
    storage.setItem(
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
    g.localStorage = {
      getItem() {
        throw new Error("denied");
      },
      setItem() {
        throw new Error("denied");
      },
      removeItem() {
        throw new Error("denied");
      },
    };
    expect(() => saveCurrent(current)).not.toThrow();
    expect(loadCurrent()).toBeNull();
    expect(loadAnswers(current.sessionId)).toEqual({});
    expect(loadFollow()).toBe(true);
    expect(() => forgetClass(current.sessionId)).not.toThrow();
  });
});
