import { describe, expect, it } from "vitest";
import { useMemoryStorage, withThrowingStorage } from "@/tests/fixtures/memory-storage";
import { clearKeys, loadKeys, saveKeys, storedSessions } from "./keys-storage";

const session = "A".repeat(22);
const student = {
  role: "student" as const,
  sessionId: session,
  participantId: "p".repeat(22),
  resumeKey: "r".repeat(43),
};

describe("live keys in localStorage", () => {
  const storage = useMemoryStorage();

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
    storage().setItem(`live:keys:student:${session}`, "{not json");
    expect(loadKeys("student", session)).toBeNull();
    storage().setItem(`live:keys:student:${session}`, JSON.stringify({ ...student, resumeKey: "x" }));
    expect(loadKeys("student", session)).toBeNull();
    storage().setItem(
      `live:keys:student:${session}`,
      JSON.stringify({ ...student, sessionId: "B".repeat(22) }),
    );
    expect(loadKeys("student", session)).toBeNull();
  });

  it("never throws when storage does", () => {
    withThrowingStorage(() => {
      expect(saveKeys(student)).toBe(false);
      expect(loadKeys("student", session)).toBeNull();
      expect(() => clearKeys("student", session)).not.toThrow();
    });
    expect(loadKeys("student", session)).toBeNull();
  });
});
