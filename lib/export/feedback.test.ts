import { describe, expect, it } from "vitest";
import { exportQuiz } from "@/tests/fixtures/export-quizzes";
import { fill } from "../fill";
import { answerFeedback, evidence, feedbackHtml, linksFeedback, questionQuotes } from "./feedback";

describe("feedback", () => {
  const ru = exportQuiz("ru");
  const q = ru.questions.find((x) => x.kind === "how-many" && x.attribution)!;
  const wrong = q.choices.find((c) => !c.correct)!;

  it("says right or wrong (not the right answer: Moodle adds it), who reported it, the quote, its translation and the links", () => {
    const html = feedbackHtml(answerFeedback(q, ru.labels, wrong), "ru");
    expect(html.startsWith(`<p><strong>${ru.labels.incorrect}</strong></p>`)).toBe(true);
    expect(html).not.toContain(fill(ru.labels.rightAnswer, { answer: q.answer }));
    for (const part of [q.explanation, q.attribution!, q.links.quote, q.links.step])
      expect(html).toContain(part);
    const right = feedbackHtml(answerFeedback(q, ru.labels, { correct: true }), "ru");
    expect(right.startsWith(`<p><strong>${ru.labels.correct}</strong></p>`)).toBe(true);
  });

  it("writes HTML with the English quote in <q lang=en> and no span (Moodle's multi-language filter)", () => {
    const html = feedbackHtml(answerFeedback(q, ru.labels, wrong), "ru");
    expect(html).toContain(`<q lang="en">${q.quote.text}</q>`);
    expect(html).toContain(`<q lang="ru">${q.quote.translation}</q>`);
    expect(html).toContain(`<a href="${q.links.quote}">`);
    expect(html).not.toMatch(/<span/);
  });

  it("writes every quote of a question, each with its translation", () => {
    const f = evidence(q, ru.labels);
    expect(f.quotes).toEqual(questionQuotes(q, ru.labels));
    const second = {
      intro: "Цитата 99 из статьи:",
      text: "second quote",
      translation: { intro: "Наш перевод:", text: "вторая" },
    };
    const html = feedbackHtml({ ...f, quotes: [...f.quotes, second] }, "ru");
    expect(html).toContain(`<q lang="en">${q.quote.text}</q>`);
    expect(html).toContain(
      `<p>Цитата 99 из статьи: <q lang="en">second quote</q></p><p>Наш перевод: <q lang="ru">вторая</q></p>`,
    );
  });

  it("keeps the general feedback of a choice question to the links", () => {
    const f = linksFeedback(q, ru.labels);
    expect(f.quotes).toEqual([]);
    expect(f.links.map((l) => l.href)).toEqual([q.links.quote, q.links.step]);
    expect(evidence(q, ru.labels).quotes[0]?.text).toBe(q.quote.text);
  });
});
