import { parse, type GIFTQuestion, type Matching, type MultipleChoice } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/locales";
import { exportQuiz } from "@/tests/fixtures/export-quizzes";
import { giftFile } from "./gift";

describe.each(locales)("GIFT in %s, read back with gift-pegjs", (locale) => {
  const quiz = exportQuiz(locale);
  const file = giftFile(quiz);
  const parsed = parse(file);
  const questions = parsed.filter((q) => q.type !== "Category");

  it("holds the category and every question, in order", () => {
    expect(parsed[0]).toMatchObject({ type: "Category" });
    expect(questions).toHaveLength(quiz.questions.length);
  });

  it.each(quiz.questions.map((q, i) => [q.id, i] as const))(
    "%s: type, right answers and feedback",
    (_, i) => {
      const q = quiz.questions[i]!;
      const g = questions[i]! as GIFTQuestion;
      // gift-pegjs reads unknown syntax as a short answer: the parsed type is the real check.
      if (q.kind === "order") {
        expect(g.type).toBe("Matching");
        const m = g as Matching;
        expect(m.stem.text).toContain(quiz.labels.matchHint);
        const placeOf = Object.fromEntries(m.matchPairs.map((p) => [p.subquestion.text, p.subanswer]));
        expect(q.events.map((e) => placeOf[e])).toEqual(quiz.labels.ordinals.slice(0, q.events.length));
        // Matching has no per-answer feedback: the evidence is the general feedback.
        const general = m.globalFeedback!.text;
        for (const part of [...q.quotes.map((x) => x.text), q.links.quote, q.links.step])
          expect(general).toContain(part);
      } else {
        expect(g.type).toBe("MC");
        const mc = g as MultipleChoice;
        expect(mc.stem.text.split("\n")[0]).toBe(q.text);
        if (q.statement) expect(mc.stem.text).toContain(q.statement);
        expect(mc.choices.map((c) => c.text.text)).toEqual(q.choices.map((c) => c.label));
        expect(mc.choices.filter((c) => c.isCorrect).map((c) => c.text.text)).toEqual([q.answer]);
        for (const c of mc.choices) {
          const fb = c.feedback!.text;
          expect(fb.split("\n")[0]).toBe(
            c.isCorrect
              ? quiz.labels.correct
              : `${quiz.labels.incorrect} ${quiz.labels.rightAnswer.replace("{answer}", q.answer)}`,
          );
          expect(fb).toContain(q.explanation);
          if (q.attribution) expect(fb).toContain(q.attribution);
          for (const quote of q.quotes) {
            expect(fb).toContain(quote.text);
            if (quote.translation) expect(fb).toContain(quote.translation);
          }
          expect(fb).toContain(q.links.quote);
          expect(fb).toContain(q.links.step);
        }
        expect(mc.globalFeedback!.text).toContain(q.links.step);
      }
    },
  );

  it("names what the file changes in its opening comments", () => {
    const head = file.split("\n$CATEGORY")[0]!;
    expect(head).toContain(quiz.labels.noteOneLanguage);
    if (quiz.questions.some((q) => q.kind === "order")) expect(head).toContain(quiz.labels.noteOrderMatching);
  });
});

describe("GIFT escaping survives a round trip", () => {
  it("keeps ~ = # { } : and line breaks in text", () => {
    const quiz = exportQuiz("en", "4242", 5);
    const q = quiz.questions.find((x) => x.kind !== "order")!;
    const tricky = "a~b=c#d{e}f:g\\h";
    const edited = {
      ...quiz,
      questions: [
        {
          ...q,
          statement: undefined,
          text: `${tricky}\nline two`,
          choices: q.choices.map((c, k) => ({ ...c, label: `${tricky}${k}` })),
        },
      ],
    };
    const [, g] = parse(giftFile(edited)) as [GIFTQuestion, MultipleChoice];
    expect(g.stem.text).toBe(`${tricky}\nline two`);
    expect(g.choices.map((c) => c.text.text)).toEqual(q.choices.map((_, k) => `${tricky}${k}`));
  });
});
