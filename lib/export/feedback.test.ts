import { describe, expect, it } from "vitest";
import { exportQuiz } from "@/tests/fixtures/export-quizzes";
import { answerFeedback, evidence, feedbackHtml, feedbackText, linksFeedback } from "./feedback";

describe("feedback", () => {
  const ru = exportQuiz("ru");
  const q = ru.questions.find((x) => x.kind === "how-many" && x.attribution)!;
  const wrong = q.choices.find((c) => !c.correct)!;

  it("says right or wrong, the right answer, who reported it, the quote, its translation and the links", () => {
    const text = feedbackText(answerFeedback(q, ru.labels, wrong), ru.labels);
    expect(text.split("\n")[0]).toBe(`${ru.labels.incorrect} Правильный ответ: ${q.answer}`);
    for (const part of [
      q.explanation,
      q.attribution!,
      q.quote.text,
      q.quote.translation!,
      q.links.quote,
      q.links.step,
    ])
      expect(text).toContain(part);
    expect(text).toContain(`«${q.quote.text}»`);
    const right = feedbackText(answerFeedback(q, ru.labels, { correct: true }), ru.labels);
    expect(right.split("\n")[0]).toBe(ru.labels.correct);
  });

  it("writes HTML with the English quote in <q lang=en> and no span (Moodle's multi-language filter)", () => {
    const html = feedbackHtml(answerFeedback(q, ru.labels, wrong), "ru");
    expect(html).toContain(`<q lang="en">${q.quote.text}</q>`);
    expect(html).toContain(`<q lang="ru">${q.quote.translation}</q>`);
    expect(html).toContain(`<a href="${q.links.quote}">`);
    expect(html).not.toMatch(/<span/);
  });

  it("keeps the general feedback of a choice question to the links", () => {
    const f = linksFeedback(q, ru.labels);
    expect(f.quote).toBeUndefined();
    expect(f.links.map((l) => l.href)).toEqual([q.links.quote, q.links.step]);
    expect(evidence(q, ru.labels).quote?.text).toBe(q.quote.text);
  });
});
