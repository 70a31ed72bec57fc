import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/locales";
import { exportQuiz } from "@/tests/fixtures/export-quizzes";
import { xmllint } from "@/tests/fixtures/xmllint";
import { fill } from "../fill";
import { moodleXmlFile, multilang } from "./moodle-xml";

/**
 * Element order of each question type, as in Moodle's own import fixtures (moodle/moodle:
 * question/format/xml/tests/fixtures/multichoice.xml, question/type/match/tests/fixtures/
 * testquestion.moodle.xml, question/type/ordering/tests/fixtures/testexport.moodle.xml). Our files
 * may add elements Moodle's exporter also writes, but keep these in this order.
 */
const moodleOrder: Record<string, string[]> = {
  multichoice: [
    "name",
    "questiontext",
    "generalfeedback",
    "defaultgrade",
    "penalty",
    "hidden",
    "single",
    "shuffleanswers",
    "answernumbering",
    "correctfeedback",
    "partiallycorrectfeedback",
    "incorrectfeedback",
    "answer",
  ],
  matching: [
    "name",
    "questiontext",
    "generalfeedback",
    "defaultgrade",
    "penalty",
    "hidden",
    "shuffleanswers",
    "correctfeedback",
    "partiallycorrectfeedback",
    "incorrectfeedback",
    "shownumcorrect",
    "subquestion",
  ],
  ordering: [
    "name",
    "questiontext",
    "generalfeedback",
    "defaultgrade",
    "penalty",
    "hidden",
    "idnumber",
    "layouttype",
    "selecttype",
    "selectcount",
    "gradingtype",
    "showgrading",
    "numberingstyle",
    "correctfeedback",
    "partiallycorrectfeedback",
    "incorrectfeedback",
    "shownumcorrect",
    "answer",
  ],
};

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["question", "answer", "subquestion"].includes(name),
});
const ordered = new XMLParser({ ignoreAttributes: false, preserveOrder: true });
const text = (n: unknown) => String((n as { text: unknown }).text ?? "");

/** Child element names of each <question>, in document order. */
function childOrder(xml: string): { type: string; children: string[] }[] {
  const doc = ordered.parse(xml) as Node[];
  const quiz = doc.find((n) => "quiz" in n)!.quiz as Node[];
  return quiz
    .filter((n) => "question" in n)
    .map((n) => ({
      type: (n[":@"] as Node)["@_type"] as string,
      children: (n.question as Node[]).flatMap((c) =>
        Object.keys(c).filter((k) => k !== "#text" && k !== ":@"),
      ),
    }));
}

function expectMoodleOrder(xml: string) {
  for (const q of childOrder(xml).filter((x) => x.type !== "category")) {
    const ref = moodleOrder[q.type];
    expect(ref, `a question type Moodle's fixtures show: ${q.type}`).toBeDefined();
    const known = [...new Set(q.children.filter((c) => ref!.includes(c)))];
    expect(known, q.type).toEqual(ref);
  }
}

describe.each(locales)("Moodle XML in %s", (locale) => {
  const quiz = exportQuiz(locale);
  const xml = moodleXmlFile({ quizzes: [quiz], order: "matching" });
  const questions = (parser.parse(xml).quiz.question as Node[]).slice(1);

  it("is well formed (xmllint) and keeps Moodle's element order", () => {
    expect(xmllint(xml)).toBe("");
    expectMoodleOrder(xml);
  });

  it("has a category with the notes, then every question with its right answer and feedback", () => {
    const category = parser.parse(xml).quiz.question[0] as Node;
    expect(category["@type"]).toBe("category");
    expect(text(category.info)).toContain(quiz.labels.noteOneLanguage);
    expect(questions).toHaveLength(quiz.questions.length);
    quiz.questions.forEach((q, i) => {
      const x = questions[i]!;
      if (q.kind === "order") {
        expect(x["@type"]).toBe("matching");
        const subs = x.subquestion as Node[];
        const placeOf = Object.fromEntries(subs.map((s) => [text(s), text((s.answer as Node[])[0])]));
        expect(q.events.map((e) => placeOf[`${e}`])).toEqual(quiz.labels.ordinals.slice(0, q.events.length));
        const general = text(x.generalfeedback);
        for (const quote of q.quotes) expect(general).toContain(quote.text);
        expect(general).toContain(q.links.step);
        expect(text(x.incorrectfeedback)).toContain(fill(quiz.labels.rightAnswer, { answer: q.answer }));
        return;
      }
      expect(x["@type"]).toBe("multichoice");
      expect(text(x.questiontext)).toContain(q.text);
      const answers = x.answer as Node[];
      expect(answers.map((a) => text(a))).toEqual(q.choices.map((c) => c.label));
      expect(answers.filter((a) => a["@fraction"] === "100").map((a) => text(a))).toEqual([q.answer]);
      for (const a of answers) {
        const fb = text(a.feedback);
        expect(fb).toContain(
          `<strong>${a["@fraction"] === "100" ? quiz.labels.correct : quiz.labels.incorrect}</strong>`,
        );
        for (const quote of q.quotes) expect(fb).toContain(`<q lang="en">${quote.text}</q>`);
        if (q.attribution) expect(fb).toContain(q.attribution);
        expect(fb).toContain(`href="${q.links.quote}"`);
      }
    });
  });
});

describe("Moodle XML in all three languages", () => {
  const quizzes = locales.map((l) => exportQuiz(l));
  const xml = moodleXmlFile({ quizzes, order: "matching" });
  const questions = (parser.parse(xml).quiz.question as Node[]).slice(1);

  it("is well formed and wraps every differing text in multilang spans, English first, with no span inside", () => {
    expect(xmllint(xml)).toBe("");
    expectMoodleOrder(xml);
    const block = /<span lang="(\w+)" class="multilang">(.*?)<\/span>/g;
    quizzes[0]!.questions.forEach((q, i) => {
      const stem = text(questions[i]!.questiontext);
      const langs = [...stem.matchAll(block)].map((m) => m[1]);
      expect(langs).toEqual(["en", "ru", "kk"]);
      expect(stem).toContain(q.text);
      expect(stem).toContain(quizzes[1]!.questions[i]!.text);
      if (q.kind !== "order") {
        const fb = text((questions[i]!.answer as Node[])[0]!.feedback);
        const blocks = [...fb.matchAll(block)];
        expect(blocks.map((m) => m[1])).toEqual(["en", "ru", "kk"]);
        // The filter ends a block at its first </span>: each block must be the whole language's text.
        expect(blocks.map((m) => m[0]).join("")).toBe(fb);
        for (const quote of quizzes[1]!.questions[i]!.quotes)
          expect(blocks[1]![2]).toContain(quote.translation!);
      }
    });
  });

  it("keeps every question name within Moodle's 255 characters", () => {
    for (const q of questions) expect(text(q.name).length).toBeLessThanOrEqual(255);
  });

  it("numbers the places of the matching question, the same in every language", () => {
    const order = quizzes[0]!.questions.findIndex((q) => q.kind === "order");
    const subs = questions[order]!.subquestion as Node[];
    expect(subs.map((s) => text((s.answer as Node[])[0])).sort()).toEqual(
      quizzes[0]!.questions[order]!.events.map((_, k) => String(k + 1)),
    );
  });

  it("writes one text once when every language has it (a figure, a name)", () => {
    expect(multilang(["10 000", "10 000", "10 000"], ["en", "ru", "kk"])).toBe("10 000");
    expect(() => multilang(["<span>x</span>", "y"], ["en", "ru"])).toThrow(/span/);
  });
});

describe("Moodle XML with the ordering question type", () => {
  const quiz = exportQuiz("kk");
  const xml = moodleXmlFile({ quizzes: [quiz], order: "ordering" });

  it("writes the events in order as the answers' positions", () => {
    expect(xmllint(xml)).toBe("");
    expectMoodleOrder(xml);
    const q = quiz.questions.find((x) => x.kind === "order")!;
    const x = (parser.parse(xml).quiz.question as Node[]).find((n) => n["@type"] === "ordering")!;
    const answers = x.answer as Node[];
    expect(answers.map((a) => text(a))).toEqual(q.events);
    expect(answers.map((a) => a["@fraction"])).toEqual(q.events.map((_, k) => String(k + 1)));
    expect(xml).toContain(quiz.labels.noteOrderOrdering);
    expect(xml).not.toContain(quiz.labels.matchHint);
  });
});
