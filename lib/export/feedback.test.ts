import { describe, expect, it } from "vitest";
import { exportQuiz } from "@/tests/fixtures/export-quizzes";
import { answerFeedback, evidence, feedbackHtml, feedbackText, linksFeedback } from "./feedback";

describe("feedback", () => {
  const ru = exportQuiz("ru");
  // A sourced figure whose answer takes more than one span of the article.
  const q = ru.questions.find((x) => x.kind === "how-many" && x.attribution && x.quotes.length > 1)!;
  const wrong = q.choices.find((c) => !c.correct)!;

  it("says right or wrong, the right answer, who reported it, every quote, its translation and the links", () => {
    const text = feedbackText(answerFeedback(q, ru.labels, wrong), ru.labels);
    expect(text.split("\n")[0]).toBe(`${ru.labels.incorrect} Правильный ответ: ${q.answer}`);
    for (const part of [
      q.explanation,
      q.attribution!,
      ...q.quotes.flatMap((quote) => [quote.text, quote.translation!, quote.link]),
      q.links.step,
    ])
      expect(text).toContain(part);
    for (const quote of q.quotes) expect(text).toContain(`«${quote.text}»`);
    const right = feedbackText(answerFeedback(q, ru.labels, { correct: true }), ru.labels);
    expect(right.split("\n")[0]).toBe(ru.labels.correct);
  });

  it("writes HTML with the English quote in <q lang=en> and no span (Moodle's multi-language filter)", () => {
    const html = feedbackHtml(answerFeedback(q, ru.labels, wrong), "ru");
    for (const quote of q.quotes) {
      expect(html).toContain(`<q lang="en">${quote.text}</q>`);
      expect(html).toContain(`<q lang="ru">${quote.translation}</q>`);
      expect(html).toContain(`<a href="${quote.link}">`);
    }
    expect(html).not.toMatch(/<span/);
  });

  it("keeps the general feedback of a choice question to the links", () => {
    const f = linksFeedback(q, ru.labels);
    expect(f.quotes).toEqual([]);
    expect(f.links.map((l) => l.href)).toEqual([...q.quotes.map((quote) => quote.link), q.links.step]);
    expect(evidence(q, ru.labels).quotes.map((quote) => quote.text)).toEqual(q.quotes.map((x) => x.text));
  });
});
