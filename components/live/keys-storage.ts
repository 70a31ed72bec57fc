/**
 * The keys of a live class in this browser's `localStorage`, one entry per session: the host key on
 * the teacher's computer, the participant id and resume key on a phone (LIVE.md, "Codes and keys").
 * Never in a URL. Corrupt or foreign data reads as nothing; storage that throws (private mode, full)
 * is ignored: the class still works in this tab, it just cannot resume after a reload.
 */
import { KEYS_PREFIX } from "@/lib/live/storage-names";

export interface HostKeys {
  role: "host";
  sessionId: string;
  hostKey: string;
  joinCode?: string;
}

export interface StudentKeys {
  role: "student";
  sessionId: string;
  participantId: string;
  resumeKey: string;
}

export type LiveKeys = HostKeys | StudentKeys;

const ID = /^[A-Za-z0-9_-]{16,64}$/;

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

function valid(value: unknown, role: LiveKeys["role"], sessionId: string): value is LiveKeys {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.role !== role || v.sessionId !== sessionId) return false;
  if (role === "host") return typeof v.hostKey === "string" && ID.test(v.hostKey);
  return (
    typeof v.participantId === "string" &&
    ID.test(v.participantId) &&
    typeof v.resumeKey === "string" &&
    ID.test(v.resumeKey)
  );
}

export function saveKeys(keys: LiveKeys): boolean {
  try {
    storage()?.setItem(`${KEYS_PREFIX}${keys.role}:${keys.sessionId}`, JSON.stringify(keys));
    return true;
  } catch {
    return false;
  }
}

export function loadKeys(role: "host", sessionId: string): HostKeys | null;
export function loadKeys(role: "student", sessionId: string): StudentKeys | null;
export function loadKeys(role: LiveKeys["role"], sessionId: string): LiveKeys | null {
  try {
    const raw = storage()?.getItem(`${KEYS_PREFIX}${role}:${sessionId}`);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return valid(parsed, role, sessionId) ? parsed : null;
  } catch {
    return null;
  }
}

export function clearKeys(role: LiveKeys["role"], sessionId: string): void {
  try {
    storage()?.removeItem(`${KEYS_PREFIX}${role}:${sessionId}`);
  } catch {
    // nothing to clear
  }
}

/** The sessions this browser holds keys for in `role` (in no particular order). */
export function storedSessions(role: LiveKeys["role"]): string[] {
  const s = storage();
  if (!s) return [];
  const out: string[] = [];
  try {
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(`${KEYS_PREFIX}${role}:`)) {
        const id = k.slice(`${KEYS_PREFIX}${role}:`.length);
        if (role === "host" ? loadKeys("host", id) : loadKeys("student", id)) out.push(id);
      }
    }
  } catch {
    return out;
  }
  return out;
}
