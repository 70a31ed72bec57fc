import { describe, expect, it } from "vitest";
import { filesOf, miniDataset } from "@/tests/fixtures/mini-dataset";
import { parseDataset } from "./dataset";
import { clampCount, generateQuiz, isCorrect, NOBODY, toQuizData, type Question } from "./quiz";

const dataset = parseDataset(filesOf(miniDataset()));

function check(q: Question) {
  expect(new Set(q.options).size, `${q.id}: options unique`).toBe(q.options.length);
  if (q.kind === "order") {
    expect(q.correct.split(",").sort()).toEqual([...q.options].sort());
  } else {
    expect(
      q.options.filter((o) => o === q.correct),
      `${q.id}: exactly one correct option`,
    ).toHaveLength(1);
  }
}

describe("generateQuiz", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = generateQuiz(toQuizData(dataset), { seed: "4242", count: 5 });
    expect(generateQuiz(toQuizData(dataset), { seed: "4242", count: 5 })).toEqual(a);
    const others = ["1", "2", "3", "4"].map((s) =>
      JSON.stringify(generateQuiz(toQuizData(dataset), { seed: s, count: 5 }).questions),
    );
    expect(new Set(others).size).toBeGreaterThan(1);
  });

  it("works the same on the stripped data the browser receives", () => {
    expect(generateQuiz(toQuizData(dataset), { seed: "99", count: 8 })).toEqual(
      generateQuiz(toQuizData(dataset), { seed: "99", count: 8 }),
    );
  });

  it("holds ids only, and every question has one right answer", () => {
    for (let seed = 0; seed < 40; seed++) {
      const quiz = generateQuiz(toQuizData(dataset), { seed: String(seed), count: 8 });
      for (const q of quiz.questions) {
        check(q);
        expect(JSON.stringify(q)).not.toMatch(/Finland|Russians/);
      }
    }
  });

  it("asks who reported it, with the article's attribution or 'doesn't say'", () => {
    const quiz = generateQuiz(toQuizData(dataset), { seed: "7", count: 5, kinds: ["who"] });
    expect(quiz.questions.length).toBeGreaterThan(0);
    for (const q of quiz.questions) {
      expect(q.options).toContain(NOBODY);
      expect(q.options).toHaveLength(4);
    }
  });

  it("builds order questions from events with distinct dates", () => {
    const quiz = generateQuiz(toQuizData(dataset), { seed: "3", count: 5, kinds: ["order"] });
    const q = quiz.questions[0]!;
    expect(q.options.length).toBeGreaterThanOrEqual(3);
    expect(isCorrect(q, q.options)).toBe(q.options.join(",") === q.correct);
    expect(isCorrect(q, q.correct.split(","))).toBe(true);
    expect(q.options.join(",")).not.toBe(q.correct);
  });

  it("clamps the length", () => {
    expect(clampCount("-1")).toBe(10);
    expect(clampCount("3")).toBe(5);
    expect(clampCount("999")).toBe(20);
    expect(clampCount("1e9")).toBe(10);
    expect(clampCount("abc")).toBe(10);
    expect(clampCount(12)).toBe(12);
  });
});
