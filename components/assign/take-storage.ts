/**
 * This device's progress in a homework, per join code, in `localStorage` (the keys themselves are
 * kept by keys-storage, as for a live class). Storage that throws (private mode, full) is ignored:
 * the homework still works in this tab, it just cannot resume after a reload.
 */
import { parseProgress, type TakeProgress } from "@/lib/assign/take-state";

const name = (joinCode: string) => `homework:${joinCode}`;

export function loadProgress(joinCode: string): TakeProgress | null {
  try {
    return parseProgress(localStorage.getItem(name(joinCode)));
  } catch {
    return null;
  }
}

export function saveProgress(joinCode: string, progress: TakeProgress): void {
  try {
    localStorage.setItem(name(joinCode), JSON.stringify(progress));
  } catch {
    // not kept: this tab goes on
  }
}

export function forgetProgress(joinCode: string): void {
  try {
    localStorage.removeItem(name(joinCode));
  } catch {
    // nothing to forget
  }
}
