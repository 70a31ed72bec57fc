import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/locales";
import { exportQuiz } from "@/tests/fixtures/export-quizzes";
import { xmllint } from "@/tests/fixtures/xmllint";
import { fill } from "../fill";
import type { ExportQuiz } from "./class-quiz";
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

/** The raw content of every `<text>` element, as written. */
const rawTexts = (xml: string) => [...xml.matchAll(/<text>([\s\S]*?)<\/text>/g)].map((m) => m[1]!);
const oneCdata = /^<!\[CDATA\[(?:(?!\]\]>)[\s\S])*\]\]>$/;

/**
 * Moodle's importer drops white space next to entity references ("Not quite.</strong> The" arrives
 * as "Not quite.The"): every text holding markup or an entity must be CDATA, as Moodle writes it.
 */
function expectCdata(xml: string) {
  const texts = rawTexts(xml);
  let cdata = 0;
  for (const raw of texts) {
    if (!/[<>&]/.test(raw)) continue;
    expect(raw, "markup or an entity outside one CDATA section").toMatch(oneCdata);
    cdata++;
  }
  // Every question text at least (it is HTML): the check above ran on something.
  expect(cdata).toBeGreaterThanOrEqual(xml.split("<questiontext").length - 1);
}

describe.each(locales)("Moodle XML in %s", (locale) => {
  const quiz = exportQuiz(locale);
  const xml = moodleXmlFile({ quizzes: [quiz], order: "ordering" });
  const questions = (parser.parse(xml).quiz.question as Node[]).slice(1);

  it("is well formed (xmllint), keeps Moodle's element order, and writes every HTML text as one CDATA section", () => {
    expect(xmllint(xml)).toBe("");
    expectMoodleOrder(xml);
    expectCdata(xml);
  });

  it("has a category with the notes, then every question with its right answer and feedback", () => {
    const category = parser.parse(xml).quiz.question[0] as Node;
    expect(category["@type"]).toBe("category");
    // Named after the class code, the language and the question style; no "/" or ":" (nesting, GIFT).
    const title = fill(quiz.labels.title, { code: quiz.seed, count: quiz.count }).replace(/[/:]/g, "");
    expect(text(category.category)).toBe(`$course$/top/${title} · ${locale} · ${quiz.labels.styleOrdering}`);
    expect(text(category.info)).toContain(quiz.labels.noteOneLanguage);
    expect(questions).toHaveLength(quiz.questions.length);
    quiz.questions.forEach((q, i) => {
      const x = questions[i]!;
      // Moodle adds "The correct answer is: …" itself: the file never says it.
      const rightAnswer = fill(quiz.labels.rightAnswer, { answer: q.answer });
      expect(JSON.stringify(x)).not.toContain(rightAnswer);
      if (q.kind === "order") {
        expect(x["@type"]).toBe("ordering");
        const answers = x.answer as Node[];
        expect(answers.map((a) => text(a))).toEqual(q.events);
        const general = text(x.generalfeedback);
        expect(general).toContain(q.quote.text);
        expect(general).toContain(q.links.step);
        expect(text(x.incorrectfeedback)).toBe(`<p>${quiz.labels.incorrect}</p>`);
        return;
      }
      expect(x["@type"]).toBe("multichoice");
      expect(text(x.questiontext)).toContain(q.text);
      // Each option's feedback says right or wrong: the combined feedback would say it twice.
      for (const tag of ["correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"])
        expect(text(x[tag])).toBe("");
      const answers = x.answer as Node[];
      expect(answers.map((a) => text(a))).toEqual(q.choices.map((c) => c.label));
      expect(answers.filter((a) => a["@fraction"] === "100").map((a) => text(a))).toEqual([q.answer]);
      for (const a of answers) {
        const fb = text(a.feedback);
        expect(fb).toContain(
          `<strong>${a["@fraction"] === "100" ? quiz.labels.correct : quiz.labels.incorrect}</strong>`,
        );
        expect(fb).toContain(`<q lang="en">${q.quote.text}</q>`);
        if (q.attribution) expect(fb).toContain(q.attribution);
        expect(fb).toContain(`href="${q.links.quote}"`);
      }
    });
  });
});

describe("Moodle XML's CDATA", () => {
  it("splits a ]]> in a text across two sections, and Moodle's parser reads the text back whole", () => {
    const quiz = exportQuiz("en", "4242", 5);
    const q = quiz.questions.find((x) => x.kind !== "order")!;
    const tricky = "Who said ]]> & <b>this</b>?";
    const edited = { ...quiz, questions: [{ ...q, statement: undefined, text: tricky }] };
    const xml = moodleXmlFile({ quizzes: [edited], order: "ordering" });
    expect(xmllint(xml)).toBe("");
    const name = rawTexts(xml)[2]!;
    expect(name).toBe("<![CDATA[01. Who said ]]]]><![CDATA[> & <b>this</b>?]]>");
    const parsed = (parser.parse(xml).quiz.question as Node[])[1]!;
    expect(text(parsed.name)).toBe(`01. ${tricky}`);
    expect(text(parsed.questiontext)).toBe("<p>Who said ]]&gt; &amp; &lt;b&gt;this&lt;/b&gt;?</p>");
    for (const raw of rawTexts(xml).filter((t) => t !== name && /[<>&]/.test(t)))
      expect(raw).toMatch(oneCdata);
  });
});

describe("Moodle XML in all three languages", () => {
  const quizzes = locales.map((l) => exportQuiz(l));
  const xml = moodleXmlFile({ quizzes, order: "ordering" });
  const questions = (parser.parse(xml).quiz.question as Node[]).slice(1);

  it("is well formed and wraps every differing text in multilang spans, English first, with no span inside", () => {
    expect(xmllint(xml)).toBe("");
    expectMoodleOrder(xml);
    expectCdata(xml);
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
        expect(blocks[1]![2]).toContain(quizzes[1]!.questions[i]!.quote.translation!);
      }
    });
  });

  it("names each question in plain text, the number and the languages", () => {
    expect(questions.map((q) => text(q.name))).toEqual(
      quizzes[0]!.questions.map((q) => `${String(q.number).padStart(2, "0")} · en/ru/kk`),
    );
  });

  it("says in the file what an administrator must turn on, and what students see until then", () => {
    for (const quiz of quizzes) expect(xml).toContain(`<!-- ${quiz.labels.noteAllLanguages} -->`);
    expect(quizzes[0]!.labels.noteAllLanguages).toMatch(
      /Site administration → Plugins → Filters → Manage filters, set “Multi-language content” to On and its “Apply to” to “Content and headings”.*all three languages/,
    );
    expect(xml).not.toMatch(/English otherwise/);
  });

  it("writes one text once when every language has it (a figure, a name)", () => {
    expect(multilang(["10 000", "10 000", "10 000"], ["en", "ru", "kk"])).toBe("10 000");
    expect(() => multilang(["<span>x</span>", "y"], ["en", "ru"])).toThrow(/span/);
  });
});

describe('Moodle XML\'s matching fallback for "put in order"', () => {
  const one = exportQuiz("kk");
  const all = locales.map((l) => exportQuiz(l));
  const order = one.questions.findIndex((q) => q.kind === "order");
  const matching = (quizzes: ExportQuiz[]) => {
    const xml = moodleXmlFile({ quizzes, order: "matching" });
    expect(xmllint(xml)).toBe("");
    expectMoodleOrder(xml);
    expectCdata(xml);
    return { xml, x: (parser.parse(xml).quiz.question as Node[]).slice(1)[order]! };
  };

  it("lists the places in order, each with its event: the shuffled drop-downs hold events, not ordinals", () => {
    const { xml, x } = matching([one]);
    const q = one.questions[order]!;
    expect(x["@type"]).toBe("matching");
    const subs = x.subquestion as Node[];
    expect(subs.map((s) => text(s))).toEqual(q.events.map((_, k) => `<p>${one.labels.ordinals[k]}</p>`));
    expect(subs.map((s) => text((s.answer as Node[])[0]))).toEqual(q.events);
    expect(text(x.questiontext)).toContain(one.labels.matchHint);
    expect(xml).toContain(one.labels.noteOrderMatching);
    expect(text(parser.parse(xml).quiz.question[0].category)).toMatch(
      new RegExp(`· kk · ${one.labels.styleMatching}$`),
    );
  });

  it("in three languages: places in language blocks, each event in every language", () => {
    const { x } = matching(all);
    const subs = x.subquestion as Node[];
    subs.forEach((s, k) => {
      expect(text(s)).toContain(`<span lang="ru" class="multilang">${all[1]!.labels.ordinals[k]}</span>`);
      expect(text((s.answer as Node[])[0])).toBe(
        all.map((quiz) => quiz.questions[order]!.events[k]).join(" / "),
      );
    });
  });
});

describe("Moodle XML with the ordering question type", () => {
  const quiz = exportQuiz("kk");
  const xml = moodleXmlFile({ quizzes: [quiz], order: "ordering" });

  it("writes the events in order as the answers' positions, all of them shown", () => {
    const q = quiz.questions.find((x) => x.kind === "order")!;
    const x = (parser.parse(xml).quiz.question as Node[]).find((n) => n["@type"] === "ordering")!;
    const answers = x.answer as Node[];
    expect(answers.map((a) => text(a))).toEqual(q.events);
    expect(answers.map((a) => a["@fraction"])).toEqual(q.events.map((_, k) => String(k + 1)));
    expect(x.selecttype).toBe("ALL");
    expect(x.selectcount).toBe(q.events.length);
    expect(xml).toContain(quiz.labels.noteOrderOrdering);
    expect(xml).not.toContain(quiz.labels.matchHint);
  });
});
