/** Request bodies of the assignment API (docs/live.md, "Assignments"), parsed once at the edge. */
import { z } from "zod";
import { localeSchema } from "../live/schemas";

export const feedbackModes = ["each", "close"] as const;

export const createAssignmentSchema = z.object({
  classCode: z.string().max(32),
  count: z.number().int(),
  locale: localeSchema,
  /** An instant (ISO 8601 with a zone or Z); checked against the clock by the server. */
  closesAt: z.string().max(40),
  /** The teacher's IANA zone, for its name. */
  timeZone: z.string().min(1).max(64),
  /** Minutes east of UTC at `closesAt`, as the teacher's device knows it. */
  zoneOffset: z.number().int().min(-840).max(840),
  feedback: z.enum(feedbackModes),
  explainerFirst: z.boolean(),
});
export type CreateAssignmentBody = z.infer<typeof createAssignmentSchema>;

export const handInSchema = z.object({ participantId: z.string().min(1).max(64) });
export type HandInBody = z.infer<typeof handInSchema>;

export const assignmentCommandSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("close") }),
  z.object({
    type: z.literal("extend"),
    closesAt: z.string().max(40),
    zoneOffset: z.number().int().min(-840).max(840),
  }),
  z.object({ type: z.literal("rotate-key") }),
  z.object({ type: z.literal("delete") }),
]);
export type AssignmentCommand = z.infer<typeof assignmentCommandSchema>;
