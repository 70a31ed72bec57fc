import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/locales";
import { exportQuiz } from "@/tests/fixtures/export-quizzes";
import { xmllint } from "@/tests/fixtures/xmllint";
import { fill } from "../fill";
import { assessmentIdent, qtiFiles, zipPackage } from "./qti";

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) =>
    [
      "item",
      "response_label",
      "response_lid",
      "respcondition",
      "itemfeedback",
      "file",
      "resource",
      "qtimetadatafield",
    ].includes(name),
});
const mattext = (n: unknown): string => {
  const m = (n as { material: { mattext: unknown } }).material.mattext;
  return typeof m === "object" ? String((m as Node)["#text"] ?? "") : String(m);
};

describe.each(locales)("QTI 1.2 package in %s", (locale) => {
  const quiz = exportQuiz(locale);
  const files = qtiFiles(quiz);

  it("is well formed, and the manifest lists every file in the zip", async () => {
    for (const f of files) expect(xmllint(f.text), f.path).toBe("");
    const zip = unzipSync(await zipPackage(files));
    const names = Object.keys(zip).sort();
    expect(names).toEqual(files.map((f) => f.path).sort());
    const manifest = parser.parse(strFromU8(zip["imsmanifest.xml"]!)).manifest as Node;
    const listed = ((manifest.resources as Node).resource as Node[]).flatMap((r) =>
      (r.file as Node[]).map((f) => f["@href"]),
    );
    expect([...listed, "imsmanifest.xml"].sort()).toEqual(names);
    for (const name of names) expect(strFromU8(zip[name]!)).toBe(files.find((f) => f.path === name)!.text);
  });

  it("validates against the QTI ASI 1.2.1 (Common Cartridge 1.1) and IMS CC 1.1 manifest schemas", async () => {
    const zip = unzipSync(await zipPackage(files));
    const checked: string[] = [];
    for (const [name, bytes] of Object.entries(zip)) {
      const xml = strFromU8(bytes);
      const schema =
        name === "imsmanifest.xml" ? "manifest" : xml.includes("<questestinterop") ? "qti" : null;
      if (!schema) continue;
      expect(xmllint(xml, schema), name).toBe("");
      checked.push(schema);
    }
    expect(checked.sort()).toEqual(["manifest", "qti"]);
  });

  it("gives each question its type, right answer and feedback", () => {
    const id = assessmentIdent(quiz);
    const doc = parser.parse(files.find((f) => f.path === `${id}/${id}.xml`)!.text);
    const items = doc.questestinterop.assessment.section.item as Node[];
    expect(items).toHaveLength(quiz.questions.length);
    quiz.questions.forEach((q, i) => {
      const item = items[i]!;
      const fields = ((item.itemmetadata as Node).qtimetadata as Node).qtimetadatafield as Node[];
      const type = fields.find((f) => f.fieldlabel === "question_type")!.fieldentry;
      const feedback = Object.fromEntries(
        (item.itemfeedback as Node[]).map((f) => [f["@ident"], mattext(f.flow_mat)]),
      );
      const conditions = (item.resprocessing as Node).respcondition as Node[];
      const lids = (item.presentation as Node).response_lid as Node[];
      if (q.kind === "order") {
        expect(type).toBe("matching_question");
        // One drop-down a place in time, earliest first; the condition that adds to the score
        // names the place's event.
        const labelOf = Object.fromEntries(
          ((lids[0]!.render_choice as Node).response_label as Node[]).map((l) => [l["@ident"], mattext(l)]),
        );
        const eventAt = lids.map((lid) => {
          const c = conditions.find(
            (c) => ((c.conditionvar as Node).varequal as Node | undefined)?.["@respident"] === lid["@ident"],
          )!;
          return labelOf[String(((c.conditionvar as Node).varequal as Node)["#text"])];
        });
        expect(lids.map((lid) => mattext(lid))).toEqual(quiz.labels.ordinals.slice(0, q.events.length));
        expect(eventAt).toEqual(q.events);
        expect(feedback.general_fb).toContain(q.quote.text);
        expect(feedback.general_fb).toContain(q.links.step);
        expect(feedback.general_incorrect_fb).toContain(q.answer);
        return;
      }
      expect(type).toBe("multiple_choice_question");
      const labels = (lids[0]!.render_choice as Node).response_label as Node[];
      expect(labels.map((l) => mattext(l))).toEqual(q.choices.map((c) => c.label));
      const scoring = conditions.find((c) => c.setvar !== undefined)!;
      const right = String(((scoring.conditionvar as Node).varequal as Node)["#text"]);
      expect(mattext(labels.find((l) => l["@ident"] === right))).toBe(q.answer);
      // Right or wrong is said once, by the chosen option's feedback; the right answer once too.
      expect(feedback.correct_fb).toBeUndefined();
      expect(feedback.general_incorrect_fb).toBe(
        `<p>${fill(quiz.labels.rightAnswer, { answer: q.answer })}</p>`,
      );
      for (const l of labels) {
        const fb = feedback[`${l["@ident"]}_fb`]!;
        expect(fb).toContain(l["@ident"] === right ? quiz.labels.correct : quiz.labels.incorrect);
        // The right answer is named once, in general_incorrect_fb.
        expect(fb).not.toContain(fill(quiz.labels.rightAnswer, { answer: q.answer }));
        expect(fb).toContain(`<q lang="en">${q.quote.text}</q>`);
        if (q.attribution) expect(fb).toContain(q.attribution);
        expect(fb).toContain(q.links.quote);
      }
    });
  });
});

describe("the QTI zip", () => {
  it("is the same bytes every time, with a fixed time on every entry, whatever the time zone", async () => {
    const files = qtiFiles(exportQuiz("ru", "4242", 8));
    const a = await zipPackage(files);
    const b = await zipPackage(files);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // DOS date of 2022-09-27 12:00:00 in every local file header (PK\x03\x04, time at +10, date at +12).
    const view = Buffer.from(a);
    let headers = 0;
    for (
      let at = view.indexOf("PK\x03\x04", 0, "latin1");
      at >= 0;
      at = view.indexOf("PK\x03\x04", at + 4, "latin1")
    ) {
      headers++;
      expect(view.readUInt16LE(at + 10)).toBe(12 << 11);
      expect(view.readUInt16LE(at + 12)).toBe(((2022 - 1980) << 9) | (9 << 5) | 27);
    }
    expect(headers).toBe(files.length);
  });
});
