import { describe, expect, it } from "vitest";
import { locales } from "@/lib/locales";
import { exportQuiz } from "@/tests/fixtures/export-quizzes";
import { exportFileName, makeExportFile } from "./export-file";

describe("makeExportFile", () => {
  const en = exportQuiz("en", "4242", 10);

  it("names files by code, length and language", () => {
    expect(exportFileName({ format: "gift", quizzes: [en] })).toBe("class-quiz-4242-10-en.gift.txt");
    expect(exportFileName({ format: "qti", quizzes: [en] })).toBe("class-quiz-4242-10-en-qti.zip");
    expect(exportFileName({ format: "moodle", quizzes: [en] })).toBe("class-quiz-4242-10-en.moodle.xml");
    const all = locales.map((l) => exportQuiz(l, "4242", 10));
    expect(exportFileName({ format: "moodle", quizzes: all, order: "matching" })).toBe(
      "class-quiz-4242-10-all-matching.moodle.xml",
    );
  });

  it("gives the same bytes for the same request, with no time in them", async () => {
    for (const format of ["moodle", "gift", "qti"] as const) {
      const a = await makeExportFile({ format, quizzes: [en] });
      const b = await makeExportFile({ format, quizzes: [exportQuiz("en", "4242", 10)] });
      expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes)), format).toBe(true);
      if (format !== "qti") expect(new TextDecoder().decode(a.bytes)).not.toMatch(/20\d\d-\d\d-\d\dT/);
    }
  });

  it("writes several languages into Moodle XML only", async () => {
    const two = [en, exportQuiz("ru", "4242", 10)];
    await expect(makeExportFile({ format: "gift", quizzes: two })).rejects.toThrow(/one language/);
    await expect(makeExportFile({ format: "qti", quizzes: two })).rejects.toThrow(/one language/);
    await expect(makeExportFile({ format: "moodle", quizzes: [] })).rejects.toThrow(/no quiz/);
  });
});
