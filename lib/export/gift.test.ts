import { parse, type GIFTQuestion, type Matching, type MultipleChoice } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/locales";
import { exportQuiz } from "@/tests/fixtures/export-quizzes";
import { fill } from "../fill";
import { escapeXml } from "./escape";
import { giftFile } from "./gift";

describe.each(locales)("GIFT in %s, read back with gift-pegjs", (locale) => {
  const quiz = exportQuiz(locale);
  const file = giftFile(quiz);
  const parsed = parse(file);
  const questions = parsed.filter((q) => q.type !== "Category");

  it("holds the category (code, language, GIFT) and every question, in order", () => {
    expect(parsed[0]).toMatchObject({ type: "Category" });
    expect(file).toContain(`· ${locale} · ${quiz.labels.styleGift}\n`);
    expect(questions).toHaveLength(quiz.questions.length);
  });

  it.each(quiz.questions.map((q, i) => [q.id, i] as const))(
    "%s: type, right answers and HTML feedback with links",
    (_, i) => {
      const q = quiz.questions[i]!;
      const g = questions[i]! as GIFTQuestion;
      // gift-pegjs reads unknown syntax as a short answer: the parsed type is the real check.
      if (q.kind === "order") {
        expect(g.type).toBe("Matching");
        const m = g as Matching;
        expect(m.stem.format).toBe("html");
        expect(m.stem.text).toContain(escapeXml(quiz.labels.matchHint));
        // The places in order, each with its event: Moodle shuffles the events, not the places.
        expect(m.matchPairs.map((p) => [p.subquestion.text, p.subanswer])).toEqual(
          q.events.map((e, k) => [escapeXml(quiz.labels.ordinals[k]!), e]),
        );
        // Matching has no per-answer feedback: the evidence is the general feedback.
        const general = m.globalFeedback!.text;
        expect(general).toContain(escapeXml(q.quote.text));
        expect(general).toContain(`<a href="${q.links.quote}">`);
        expect(general).toContain(`<a href="${q.links.step}">`);
      } else {
        expect(g.type).toBe("MC");
        const mc = g as MultipleChoice;
        expect(mc.stem.format).toBe("html");
        expect(mc.stem.text.startsWith(`<p>${escapeXml(q.text)}</p>`)).toBe(true);
        if (q.statement) expect(mc.stem.text).toContain(escapeXml(q.statement));
        expect(mc.choices.map((c) => c.text.text)).toEqual(q.choices.map((c) => escapeXml(c.label)));
        expect(mc.choices.filter((c) => c.isCorrect).map((c) => c.text.text)).toEqual([escapeXml(q.answer)]);
        for (const c of mc.choices) {
          const fb = c.feedback!.text;
          expect(
            fb.startsWith(
              `<p><strong>${c.isCorrect ? quiz.labels.correct : quiz.labels.incorrect}</strong></p>`,
            ),
          ).toBe(true);
          // Moodle says "The correct answer is: …" itself.
          expect(fb).not.toContain(escapeXml(fill(quiz.labels.rightAnswer, { answer: q.answer })));
          expect(fb).toContain(escapeXml(q.explanation));
          if (q.attribution) expect(fb).toContain(escapeXml(q.attribution));
          expect(fb).toContain(escapeXml(q.quote.text));
          if (q.quote.translation) expect(fb).toContain(escapeXml(q.quote.translation));
          expect(fb).toContain(`<a href="${q.links.quote}">`);
          expect(fb).toContain(`<a href="${q.links.step}">`);
        }
        expect(mc.globalFeedback!.text).toContain(`<a href="${q.links.step}">`);
      }
    },
  );

  it("says in its opening comments that Moodle shuffles and letters the options, and what else changes", () => {
    const head = file.split("\n$CATEGORY")[0]!;
    expect(head).toContain(`// ${quiz.labels.noteGift}`);
    expect(head).toContain(quiz.labels.noteOneLanguage);
    if (quiz.questions.some((q) => q.kind === "order")) expect(head).toContain(quiz.labels.noteOrderMatching);
  });
});

describe("GIFT escaping survives a round trip", () => {
  it("keeps ~ = # { } : < & and line breaks in text", () => {
    const quiz = exportQuiz("en", "4242", 5);
    const q = quiz.questions.find((x) => x.kind !== "order")!;
    const tricky = "a~b=c#d{e}f:g\\h<i>&";
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
    expect(g.stem.text).toBe(`<p>${escapeXml(tricky)}\nline two</p>`);
    expect(g.choices.map((c) => c.text.text)).toEqual(q.choices.map((_, k) => escapeXml(`${tricky}${k}`)));
  });
});
