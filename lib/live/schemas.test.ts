import { describe, expect, it } from "vitest";
import { answerSchema, commandSchema, createSessionSchema, joinSchema } from "./schemas";

describe("live request bodies", () => {
  it("accepts the documented shapes", () => {
    expect(createSessionSchema.safeParse({ classCode: "123456", count: 5, locale: "kk" }).success).toBe(true);
    expect(joinSchema.safeParse({ joinCode: "1234 5678", locale: "ru" }).success).toBe(true);
    expect(commandSchema.safeParse({ type: "open", index: 2 }).success).toBe(true);
    expect(commandSchema.safeParse({ type: "lock" }).success).toBe(true);
    expect(
      answerSchema.safeParse({ participantId: "p", question: 0, answer: ["a", "b"], answerSeq: 1 }).success,
    ).toBe(true);
  });
  it("refuses unknown locales, commands, fractional indexes and odd answers", () => {
    expect(joinSchema.safeParse({ joinCode: "12345678", locale: "de" }).success).toBe(false);
    expect(commandSchema.safeParse({ type: "explode" }).success).toBe(false);
    expect(commandSchema.safeParse({ type: "step", index: 1.5 }).success).toBe(false);
    expect(answerSchema.safeParse({ participantId: "p", question: 0, answer: 3, answerSeq: 1 }).success).toBe(
      false,
    );
    expect(
      answerSchema.safeParse({ participantId: "p", question: 0, answer: [], answerSeq: 1 }).success,
    ).toBe(false);
    expect(
      answerSchema.safeParse({ participantId: "p", question: 0, answer: "a", answerSeq: -1 }).success,
    ).toBe(false);
  });
});
