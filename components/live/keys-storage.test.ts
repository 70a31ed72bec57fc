import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clearKeys, loadKeys, saveKeys, storedSessions } from "./keys-storage";

class MemoryStorage {
  map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
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
const session = "A".repeat(22);
const student = {
  role: "student" as const,
  sessionId: session,
  participantId: "p".repeat(22),
  resumeKey: "r".repeat(43),
};

describe("live keys in localStorage", () => {
  let store: MemoryStorage;
  beforeEach(() => {
    store = new MemoryStorage();
    g.localStorage = store;
  });
  afterEach(() => {
    delete g.localStorage;
  });

  it("saves, loads, lists and clears per role and session", () => {
    expect(saveKeys(student)).toBe(true);
    saveKeys({ role: "host", sessionId: session, hostKey: "h".repeat(43) });
    expect(loadKeys("student", session)).toEqual(student);
    expect(loadKeys("host", session)?.hostKey).toBe("h".repeat(43));
    expect(storedSessions("student")).toEqual([session]);
    clearKeys("student", session);
    expect(loadKeys("student", session)).toBeNull();
    expect(loadKeys("host", session)).not.toBeNull();
  });

  it("reads corrupt or foreign entries as nothing", () => {
    store.setItem(`live:keys:student:${session}`, "{not json");
    expect(loadKeys("student", session)).toBeNull();
    store.setItem(`live:keys:student:${session}`, JSON.stringify({ ...student, resumeKey: "x" }));
    expect(loadKeys("student", session)).toBeNull();
    store.setItem(`live:keys:student:${session}`, JSON.stringify({ ...student, sessionId: "B".repeat(22) }));
    expect(loadKeys("student", session)).toBeNull();
  });

  it("never throws when storage does", () => {
    g.localStorage = {
      getItem() {
        throw new Error("denied");
      },
      setItem() {
        throw new Error("quota");
      },
      removeItem() {
        throw new Error("denied");
      },
    };
    expect(saveKeys(student)).toBe(false);
    expect(loadKeys("student", session)).toBeNull();
    expect(() => clearKeys("student", session)).not.toThrow();
    delete g.localStorage;
    expect(loadKeys("student", session)).toBeNull();
  });
});
