import type { z } from "zod";
import type { stepSchema } from "@/lib/schemas";

/** The explainer's steps, in reading order. */
export const steps: z.input<typeof stepSchema>[] = [
  { slug: "the-order" },
  { slug: "the-exodus" },
  { slug: "what-is-not-known" },
  { slug: "border-by-border" },
  { slug: "through-kazakhstan" },
  { slug: "kazakhstan-responds" },
  { slug: "inside-russia" },
  { slug: "reading-the-numbers" },
];
