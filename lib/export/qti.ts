/**
 * An IMS QTI 1.2 package as Canvas exports and imports it ("QTI .zip file", Classic and New
 * Quizzes): an IMS Common Cartridge 1.1 `imsmanifest.xml`, the assessment (QTI ASI 1.2.1 as CC 1.1
 * profiles it: the tests validate both against the IMS schemas), and Canvas's `assessment_meta.xml`.
 * Each choice has its feedback (`{choice}_fb`: right or wrong, and the evidence), plus
 * `general_incorrect_fb` (the right answer, named once) and `general_fb` (the links).
 * "Put in order" is a `matching_question` (1st, 2nd, … each → its event) with the whole evidence in
 * `general_fb` and `correct_fb`. One language a package.
 */
import type { ExportQuestion, ExportQuiz } from "./class-quiz";
import { escapeXml, escapeXmlAttr } from "./escape";
import { answerFeedback, evidence, feedbackHtml, linksFeedback, type Feedback } from "./feedback";
import { orderSlots, pad, quizAbout, quizTitle } from "./names";
import { fill } from "../fill";

export interface PackageFile {
  path: string;
  text: string;
}

/** Idents are made of the class code, length and language only: the same quiz, the same package. */
export function assessmentIdent(quiz: ExportQuiz): string {
  return `class_quiz_${quiz.seed}_${quiz.count}_${quiz.locale}`;
}

export function qtiFiles(quiz: ExportQuiz): PackageFile[] {
  const id = assessmentIdent(quiz);
  const meta = `${id}_meta`;
  const files: PackageFile[] = [
    { path: `${id}/${id}.xml`, text: assessment(quiz, id) },
    { path: `${id}/assessment_meta.xml`, text: assessmentMeta(quiz, id) },
  ];
  // An IMS Common Cartridge 1.1 manifest, as Canvas writes one for a quiz: the assessment, and
  // Canvas's own settings as its associated content.
  const manifest = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<manifest identifier="${id}_manifest" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest">`,
    `  <metadata>`,
    `    <schema>IMS Common Cartridge</schema>`,
    `    <schemaversion>1.1.0</schemaversion>`,
    `    <lomimscc:lom>`,
    `      <lomimscc:general>`,
    `        <lomimscc:title>`,
    `          <lomimscc:string language="${quiz.locale}">${escapeXml(quizTitle(quiz))}</lomimscc:string>`,
    `        </lomimscc:title>`,
    `      </lomimscc:general>`,
    `    </lomimscc:lom>`,
    `  </metadata>`,
    `  <organizations/>`,
    `  <resources>`,
    `    <resource identifier="${id}" type="imsqti_xmlv1p2/imscc_xmlv1p1/assessment">`,
    `      <file href="${files[0]!.path}"/>`,
    `      <dependency identifierref="${meta}"/>`,
    `    </resource>`,
    `    <resource identifier="${meta}" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" href="${files[1]!.path}">`,
    `      <file href="${files[1]!.path}"/>`,
    `    </resource>`,
    `  </resources>`,
    `</manifest>`,
    "",
  ].join("\n");
  return [{ path: "imsmanifest.xml", text: manifest }, ...files];
}

/** What the package says it changes: shown as the quiz's description in Canvas. */
function notes(quiz: ExportQuiz): string[] {
  const L = quiz.labels;
  return [
    quizAbout(quiz),
    L.noteOneLanguage,
    ...(quiz.questions.some((q) => q.kind === "order") ? [L.noteOrderMatching] : []),
  ];
}

function assessmentMeta(quiz: ExportQuiz, id: string): string {
  const description = notes(quiz)
    .map((n) => `<p>${escapeXml(n)}</p>`)
    .join("");
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<quiz identifier="${id}" xmlns="http://canvas.instructure.com/xsd/cccv1p0">`,
    `  <title>${escapeXml(quizTitle(quiz))}</title>`,
    `  <description>${escapeXml(description)}</description>`,
    // Same order as the app and the printed worksheet.
    `  <shuffle_answers>false</shuffle_answers>`,
    `  <scoring_policy>keep_highest</scoring_policy>`,
    `  <quiz_type>assignment</quiz_type>`,
    `  <points_possible>${quiz.questions.length}</points_possible>`,
    `  <show_correct_answers>true</show_correct_answers>`,
    `  <one_question_at_a_time>false</one_question_at_a_time>`,
    `  <cant_go_back>false</cant_go_back>`,
    `  <available>false</available>`,
    `  <allowed_attempts>1</allowed_attempts>`,
    `</quiz>`,
    "",
  ].join("\n");
}

function assessment(quiz: ExportQuiz, id: string): string {
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">`,
    `  <assessment ident="${id}" title="${escapeXmlAttr(quizTitle(quiz))}">`,
    `    <qtimetadata>`,
    field("cc_maxattempts", "1", "      "),
    `    </qtimetadata>`,
    `    <section ident="root_section">`,
  ];
  for (const q of quiz.questions) out.push(...item(q, quiz, `${id}_q${pad(q.number)}`));
  out.push(`    </section>`, `  </assessment>`, `</questestinterop>`, "");
  return out.join("\n");
}

function item(q: ExportQuestion, quiz: ExportQuiz, ident: string): string[] {
  const L = quiz.labels;
  const html = (f: Feedback) => feedbackHtml(f, quiz.locale);
  const i = "      ";
  const mat = (text: string, type: "text/html" | "text/plain", indent: string) =>
    `${indent}<material><mattext texttype="${type}">${escapeXml(text)}</mattext></material>`;
  const feedback = (fid: string, body: string) => [
    `${i}  <itemfeedback ident="${fid}">`,
    `${i}    <flow_mat>`,
    mat(body, "text/html", `${i}      `),
    `${i}    </flow_mat>`,
    `${i}  </itemfeedback>`,
  ];
  const stem =
    `<p>${escapeXml(q.text)}</p>` +
    (q.statement ? `<blockquote><p>${escapeXml(q.statement)}</p></blockquote>` : "") +
    (q.kind === "order" ? `<p>${escapeXml(L.matchHint)}</p>` : "");
  const incorrect = `<p>${escapeXml(fill(L.rightAnswer, { answer: q.answer }))}</p>`;
  const lines = [
    `${i}<item ident="${ident}" title="${escapeXmlAttr(`${pad(q.number)}. ${q.id}`)}">`,
    `${i}  <itemmetadata>`,
    `${i}    <qtimetadata>`,
    field(
      "question_type",
      q.kind === "order" ? "matching_question" : "multiple_choice_question",
      `${i}      `,
    ),
    field("points_possible", "1.0", `${i}      `),
    `${i}    </qtimetadata>`,
    `${i}  </itemmetadata>`,
    `${i}  <presentation>`,
    mat(stem, "text/html", `${i}    `),
  ];

  if (q.kind !== "order") {
    const choice = (k: number) => `${ident}_a${k + 1}`;
    const right = q.choices.findIndex((c) => c.correct);
    lines.push(
      `${i}    <response_lid ident="response1" rcardinality="Single">`,
      `${i}      <render_choice>`,
      ...q.choices.flatMap((c, k) => [
        `${i}        <response_label ident="${choice(k)}">`,
        mat(c.label, "text/plain", `${i}          `),
        `${i}        </response_label>`,
      ]),
      `${i}      </render_choice>`,
      `${i}    </response_lid>`,
      `${i}  </presentation>`,
      `${i}  <resprocessing>`,
      `${i}    <outcomes>`,
      `${i}      <decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/>`,
      `${i}    </outcomes>`,
      ...condition(["<other/>"], "general_fb", true),
      ...q.choices.flatMap((_, k) =>
        condition([`<varequal respident="response1">${choice(k)}</varequal>`], `${choice(k)}_fb`, true),
      ),
      `${i}    <respcondition continue="No">`,
      `${i}      <conditionvar>`,
      `${i}        <varequal respident="response1">${choice(right)}</varequal>`,
      `${i}      </conditionvar>`,
      `${i}      <setvar action="Set" varname="SCORE">100</setvar>`,
      `${i}    </respcondition>`,
      ...condition(["<other/>"], "general_incorrect_fb", true),
      `${i}  </resprocessing>`,
      // No correct_fb: the chosen option's own feedback already says "Correct.".
      ...feedback("general_fb", html(linksFeedback(q, L))),
      ...feedback("general_incorrect_fb", incorrect),
      ...q.choices.flatMap((c, k) => feedback(`${choice(k)}_fb`, html(answerFeedback(q, L, c)))),
    );
  } else {
    // Each place in time (earliest first) is a drop-down of the events: Canvas shuffles the
    // drop-down's entries, and a list of events reads well in any order.
    const slots = orderSlots(q, L.ordinals);
    const event = (k: number) => `${ident}_e${k + 1}`;
    const pairEqual = (k: number) =>
      `<varequal respident="response_${ident}_p${k + 1}">${event(k)}</varequal>`;
    slots.forEach((slot, k) => {
      lines.push(
        `${i}    <response_lid ident="response_${ident}_p${k + 1}">`,
        mat(slot.place, "text/plain", `${i}      `),
        `${i}      <render_choice>`,
        ...slots.flatMap((other, e) => [
          `${i}        <response_label ident="${event(e)}">`,
          mat(other.event, "text/plain", `${i}          `),
          `${i}        </response_label>`,
        ]),
        `${i}      </render_choice>`,
        `${i}    </response_lid>`,
      );
    });
    lines.push(
      `${i}  </presentation>`,
      `${i}  <resprocessing>`,
      `${i}    <outcomes>`,
      `${i}      <decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/>`,
      `${i}    </outcomes>`,
      ...condition(["<other/>"], "general_fb", true),
      // Which event is right for each place, one condition a place (what Canvas reads, giving its
      // own credit per pair). The Common Cartridge profile of QTI allows only "Set", not "Add", so
      // a strict QTI player scores the question whole: all places right, 100.
      ...slots.flatMap((_, k) => [
        `${i}    <respcondition continue="Yes">`,
        `${i}      <conditionvar>`,
        `${i}        ${pairEqual(k)}`,
        `${i}      </conditionvar>`,
        `${i}    </respcondition>`,
      ]),
      `${i}    <respcondition continue="No">`,
      `${i}      <conditionvar>`,
      `${i}        <and>${slots.map((_, k) => pairEqual(k)).join("")}</and>`,
      `${i}      </conditionvar>`,
      `${i}      <setvar action="Set" varname="SCORE">100</setvar>`,
      `${i}    </respcondition>`,
      `${i}  </resprocessing>`,
      // Matching has no per-choice feedback: the whole evidence goes in the general feedback.
      ...feedback("general_fb", html(evidence(q, L))),
      ...feedback("correct_fb", `<p>${escapeXml(L.correct)}</p>`),
      ...feedback("general_incorrect_fb", incorrect),
    );
  }
  lines.push(`${i}</item>`);
  return lines;

  function condition(vars: string[], feedbackId: string, goOn: boolean): string[] {
    return [
      `${i}    <respcondition continue="${goOn ? "Yes" : "No"}">`,
      `${i}      <conditionvar>`,
      ...vars.map((v) => `${i}        ${v}`),
      `${i}      </conditionvar>`,
      `${i}      <displayfeedback feedbacktype="Response" linkrefid="${feedbackId}"/>`,
      `${i}    </respcondition>`,
    ];
  }
}

function field(label: string, entry: string, indent: string): string {
  return `${indent}<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${escapeXml(entry)}</fieldentry></qtimetadatafield>`;
}

/**
 * Zips the package. fflate is loaded only when a package is asked for, so the teacher page does
 * not carry it. Every entry has the same fixed time (the article's date), so the same quiz gives
 * the same bytes: zip stores local time fields, and a `Date` built from local fields reads back
 * the same in every time zone, on the server as in the browser.
 */
export async function zipPackage(files: readonly PackageFile[]): Promise<Uint8Array> {
  const { strToU8, zipSync } = await import("fflate");
  const mtime = new Date(2022, 8, 27, 12, 0, 0);
  const entries = Object.fromEntries(
    files.map((f) => [f.path, [strToU8(f.text), { mtime, level: 9 as const }] as const]),
  );
  return zipSync(entries as Parameters<typeof zipSync>[0]);
}
