import { describe, expect, it } from "vitest";
import { exportQuiz, TEST_SITE } from "@/tests/fixtures/export-quizzes";
import { questionKinds } from "@/lib/quiz";
import { alignLanguages } from "./class-quiz";

describe("classQuizForExport", () => {
  const en = exportQuiz("en");
  const kk = exportQuiz("kk");

  it("tests every mapping: the fixture's quiz holds every question kind and a sourced how-many", () => {
    expect(new Set(en.questions.map((q) => q.kind))).toEqual(new Set(questionKinds));
    expect(en.questions.some((q) => q.kind === "how-many" && q.attribution)).toBe(true);
  });

  it("gives the class's questions, each with one right option or an order of events", () => {
    expect(en.questions).toHaveLength(20);
    expect(en.questions.map((q) => q.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const q of en.questions) {
      if (q.kind === "order") {
        expect(q.choices).toEqual([]);
        expect(q.events.length).toBeGreaterThanOrEqual(3);
        expect([...q.shownEvents].sort()).toEqual([...q.events].sort());
        expect(q.answer).toBe(q.events.join(" → "));
      } else {
        expect(q.choices.filter((c) => c.correct)).toHaveLength(1);
        expect(q.choices.find((c) => c.correct)!.label).toBe(q.answer);
      }
    }
  });

  it("links absolutely to the configured site, in the quiz's language", () => {
    for (const q of kk.questions) {
      expect(q.links.quote).toMatch(new RegExp(`^${TEST_SITE}/kk/sources#quote-`));
      expect(q.links.step).toMatch(new RegExp(`^${TEST_SITE}/kk/explainer/`));
      for (const quote of q.quotes) {
        expect(quote.translation).toBeTruthy();
        expect(quote.link).toMatch(new RegExp(`^${TEST_SITE}/kk/sources#quote-`));
      }
    }
    expect(en.questions.every((q) => q.quotes.every((quote) => quote.translation === undefined))).toBe(true);
    expect(en.site).toBe(TEST_SITE);
  });

  it("gives the same questions in every language, and refuses to align different quizzes", () => {
    const rows = alignLanguages([en, exportQuiz("ru"), kk]);
    expect(rows).toHaveLength(20);
    for (const row of rows) expect(new Set(row.map((q) => q.id)).size).toBe(1);
    expect(() => alignLanguages([en, exportQuiz("ru", "777")])).toThrow(/other questions/);
  });

  it("is deterministic", () => {
    expect(exportQuiz("ru")).toEqual(exportQuiz("ru"));
  });
});
