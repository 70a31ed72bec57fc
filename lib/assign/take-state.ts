/**
 * The homework page on one device: what it keeps between visits (`TakeProgress`, in localStorage)
 * and which screen it shows (`takeScreen`), from that and the server's view of this student. Pure:
 * storage is read and written by the page; corrupt or foreign data reads as a fresh start.
 */
import { z } from "zod";

const progressSchema = z.object({
  v: z.literal(1),
  sessionId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  /** The question shown (count = the review before handing in). */
  index: z.number().int().min(0).max(1000),
  /** The explainer read (or skipped) when the teacher asked for it first. */
  read: z.boolean(),
  /** The last answerSeq sent: each answer's is higher than every earlier one from this device. */
  seq: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
});
export type TakeProgress = z.infer<typeof progressSchema>;

export const freshProgress = (sessionId: string): TakeProgress => ({
  v: 1,
  sessionId,
  index: 0,
  read: false,
  seq: 0,
});

/** Stored progress for `joinCode`, or null when there is none or it is corrupt. */
export function parseProgress(raw: string | null): TakeProgress | null {
  if (!raw) return null;
  try {
    const parsed = progressSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The next answerSeq: tenths of a second since 2025, and always above the last one sent. */
export function nextAnswerSeq(last: number, nowMs: number): number {
  const tenths = Math.floor((nowMs - Date.UTC(2025, 0, 1)) / 100);
  return Math.min(2 ** 31 - 1, Math.max(last + 1, tenths));
}

export type TakeScreen =
  | { name: "steps" }
  | { name: "question"; index: number }
  | { name: "review" }
  | { name: "receipt" }
  /** Closed before this student handed in: their answers, then the corrections. */
  | { name: "closed" };

export function takeScreen(
  me: { handedIn: boolean; closed: boolean; count: number; explainerFirst: boolean },
  progress: TakeProgress,
): TakeScreen {
  if (me.handedIn) return { name: "receipt" };
  if (me.closed) return { name: "closed" };
  if (me.explainerFirst && !progress.read) return { name: "steps" };
  const index = Math.min(progress.index, me.count);
  return index >= me.count ? { name: "review" } : { name: "question", index };
}
