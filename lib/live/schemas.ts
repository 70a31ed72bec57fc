/** Request bodies of the live-class API (LIVE.md, "Routes"), parsed once at the edge. */
import { z } from "zod";
import { locales } from "../locales";

export const localeSchema = z.enum(locales);

export const createSessionSchema = z.object({
  classCode: z.string().max(32),
  count: z.number().int(),
  locale: localeSchema,
  /** The question on the projector only, the option letters on the phones (a command changes it later). */
  lettersOnly: z.boolean().optional(),
});
export type CreateSessionBody = z.infer<typeof createSessionSchema>;

export const joinSchema = z.object({
  joinCode: z.string().max(32),
  locale: localeSchema,
});
export type JoinBody = z.infer<typeof joinSchema>;

export const commandTypes = [
  "start",
  "step",
  "open",
  "close",
  "reveal",
  "lock",
  "unlock",
  "letters-only",
  "full-text",
  "summary",
  "end",
  "delete",
] as const;

export const commandSchema = z.object({
  type: z.enum(commandTypes),
  index: z.number().int().optional(),
});
export type CommandBody = z.infer<typeof commandSchema>;

/** An answer: one option id, or for an order question the event ids in the student's order. */
export const answerValueSchema = z.union([
  z.string().min(1).max(64),
  z.array(z.string().min(1).max(64)).min(1).max(20),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const answerSchema = z.object({
  participantId: z.string().min(1).max(64),
  question: z.number().int().min(0).max(1000),
  answer: answerValueSchema,
  answerSeq: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
});
export type AnswerBody = z.infer<typeof answerSchema>;

export const participantUpdateSchema = z.object({ locale: localeSchema });
export type ParticipantUpdateBody = z.infer<typeof participantUpdateSchema>;

/** A phone opening the room check: an anonymous random id, so that a reload is not counted twice. */
export const roomCheckHitSchema = z.object({
  device: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
});
