/**
 * Moodle XML, in one language or in all three with Moodle's multi-language markup
 * (`<span lang="xx" class="multilang">…</span>`, English first). Choice questions are
 * `multichoice` with feedback on every answer; "put in order" is Moodle's core `ordering`
 * question (Moodle 4.4 and later) or, for older sites, `matching` (each place in time → its event).
 * Every `<text>` holding markup is CDATA, as Moodle's own exporter writes it (see `xmlText`).
 */
import { alignLanguages, type ExportQuestion, type ExportQuiz } from "./class-quiz";
import { escapeXml, escapeXmlAttr, xmlText } from "./escape";
import { answerFeedback, evidence, feedbackHtml, linksFeedback } from "./feedback";
import { categoryName, multilingualName, orderSlots, questionName, quizAbout, quizTitle } from "./names";

export type MoodleOrder = "ordering" | "matching";

export interface MoodleOptions {
  /** One quiz, or the same class quiz in several languages (English first). */
  quizzes: readonly ExportQuiz[];
  order: MoodleOrder;
}

/** The same text in every language of the file: HTML, already escaped. */
type Texts = string[];

export function moodleXmlFile({ quizzes, order }: MoodleOptions): string {
  const rows = alignLanguages(quizzes);
  const langs = quizzes.map((q) => q.locale);
  const ml = (texts: Texts) => multilang(texts, langs);
  const each = (f: (quiz: ExportQuiz, i: number) => string) => ml(quizzes.map(f));
  const hasOrder = rows.some(([q]) => q!.kind === "order");

  const notes = (quiz: ExportQuiz) => [
    quizAbout(quiz),
    quizzes.length > 1 ? quiz.labels.noteAllLanguages : quiz.labels.noteOneLanguage,
    ...(hasOrder
      ? [order === "ordering" ? quiz.labels.noteOrderOrdering : quiz.labels.noteOrderMatching]
      : []),
  ];
  const first = quizzes[0]!;
  const locale = quizzes.length > 1 ? langs.join("+") : first.locale;

  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    // Said again in the file itself, for whoever opens it before importing.
    ...quizzes.flatMap((quiz) => [quizTitle(quiz), ...notes(quiz)].map((n) => `<!-- ${comment(n)} -->`)),
    `<quiz>`,
    `  <question type="category">`,
    `    <category>`,
    `      <text>${xmlText(`$course$/top/${categoryName(first, locale, order)}`)}</text>`,
    `    </category>`,
    `    <info format="html">`,
    `      <text>${xmlText(
      each((quiz) =>
        notes(quiz)
          .map((n) => `<p>${escapeXml(n)}</p>`)
          .join(""),
      ),
    )}</text>`,
    `    </info>`,
    `    <idnumber></idnumber>`,
    `  </question>`,
  ];
  for (const row of rows) out.push(...question(row, quizzes, ml, order));
  out.push(`</quiz>`, "");
  return out.join("\n");
}

function question(
  row: ExportQuestion[],
  quizzes: readonly ExportQuiz[],
  ml: (texts: Texts) => string,
  order: MoodleOrder,
): string[] {
  const q0 = row[0]!;
  const per = (f: (q: ExportQuestion, quiz: ExportQuiz) => string) =>
    ml(row.map((q, i) => f(q, quizzes[i]!)));
  const type = q0.kind === "order" ? order : "multichoice";
  const stem = per(
    (q, quiz) =>
      `<p>${escapeXml(q.text)}</p>` +
      (q.statement ? `<blockquote><p>${escapeXml(q.statement)}</p></blockquote>` : "") +
      (q.kind === "order" && order === "matching" ? `<p>${escapeXml(quiz.labels.matchHint)}</p>` : ""),
  );
  const html = (tag: string, body: string, indent = "    ") => [
    `${indent}<${tag} format="html">`,
    `${indent}  <text>${xmlText(body)}</text>`,
    `${indent}</${tag}>`,
  ];
  // Names are plain text: in a file of several languages, the number and the languages.
  const name =
    row.length > 1
      ? multilingualName(
          q0,
          quizzes.map((quiz) => quiz.locale),
        )
      : questionName(q0);
  const lines = [
    `  <!-- ${comment(q0.id)} -->`,
    `  <question type="${type}">`,
    `    <name>`,
    `      <text>${xmlText(name)}</text>`,
    `    </name>`,
    ...html("questiontext", stem),
    ...html(
      "generalfeedback",
      q0.kind === "order"
        ? per((q, quiz) => feedbackHtml(evidence(q, quiz.labels), quiz.locale))
        : per((q, quiz) => feedbackHtml(linksFeedback(q, quiz.labels), quiz.locale)),
    ),
    `    <defaultgrade>1</defaultgrade>`,
    `    <penalty>0.3333333</penalty>`,
    `    <hidden>0</hidden>`,
    `    <idnumber></idnumber>`,
  ];
  // Right or wrong, said once: a choice's own feedback says it, so the combined feedback of a
  // choice question is empty; "put in order" has no feedback per answer, so its combined one says it.
  // The right answer itself is Moodle's to show ("The correct answer is: …").
  const verdict = (key: "correct" | "incorrect") =>
    type === "multichoice" ? "" : per((_, quiz) => `<p>${escapeXml(quiz.labels[key])}</p>`);
  const combined = [
    ...html("correctfeedback", verdict("correct")),
    ...html("partiallycorrectfeedback", verdict("incorrect")),
    ...html("incorrectfeedback", verdict("incorrect")),
  ];

  if (type === "multichoice") {
    lines.push(
      `    <single>true</single>`,
      // The class sees the options in the app's order; keep it so a projected key still matches.
      `    <shuffleanswers>false</shuffleanswers>`,
      `    <answernumbering>ABCD</answernumbering>`,
      `    <showstandardinstruction>0</showstandardinstruction>`,
      ...combined,
      `    <shownumcorrect/>`,
    );
    q0.choices.forEach((c, k) => {
      lines.push(
        `    <answer fraction="${c.correct ? 100 : 0}" format="html">`,
        `      <text>${xmlText(per((q) => escapeXml(q.choices[k]!.label)))}</text>`,
        ...html(
          "feedback",
          per((q, quiz) => feedbackHtml(answerFeedback(q, quiz.labels, c), quiz.locale)),
          "      ",
        ),
        `    </answer>`,
      );
    });
  } else if (type === "matching") {
    // The places are shown in order (shuffleanswers off); the events fill the drop-downs, which
    // Moodle always shuffles. A drop-down is plain text with no room for language blocks, so a
    // file of several languages lists an event in each language, " / " between.
    lines.push(`    <shuffleanswers>false</shuffleanswers>`, ...combined, `    <shownumcorrect/>`);
    const slots = row.map((q, i) => orderSlots(q, quizzes[i]!.labels.ordinals));
    slots[0]!.forEach((_, k) => {
      const events = [...new Set(slots.map((s) => s[k]!.event))].join(" / ");
      lines.push(
        `    <subquestion format="html">`,
        `      <text>${xmlText(`<p>${ml(slots.map((s) => escapeXml(s[k]!.place)))}</p>`)}</text>`,
        `      <answer>`,
        `        <text>${xmlText(events)}</text>`,
        `      </answer>`,
        `    </subquestion>`,
      );
    });
  } else {
    lines.push(
      `    <layouttype>VERTICAL</layouttype>`,
      `    <selecttype>ALL</selecttype>`,
      `    <selectcount>${q0.events.length}</selectcount>`,
      `    <gradingtype>ABSOLUTE_POSITION</gradingtype>`,
      `    <showgrading>SHOW</showgrading>`,
      `    <numberingstyle>none</numberingstyle>`,
      ...combined,
      `    <shownumcorrect>1</shownumcorrect>`,
    );
    // Answers are written in the right order (Moodle numbers them so on import); Moodle shuffles
    // them for each student, which is the question.
    q0.events.forEach((_, k) => {
      lines.push(
        `    <answer fraction="${k + 1}" format="html">`,
        `      <text>${xmlText(per((q) => escapeXml(q.events[k]!)))}</text>`,
        `    </answer>`,
      );
    });
  }
  lines.push(`  </question>`);
  return lines;
}

/**
 * The same text in several languages. Moodle's filter takes a block up to the first `</span>`, so
 * a block must hold no `span` (the feedback quotes with `<q>`); identical texts are written once.
 */
export function multilang(texts: Texts, langs: readonly string[]): string {
  if (texts.length === 1 || texts.every((t) => t === texts[0])) return texts[0]!;
  return texts
    .map((t, i) => {
      if (/<\/?span\b/i.test(t)) throw new Error("a multi-language block may not hold a span");
      return `<span lang="${escapeXmlAttr(langs[i]!)}" class="multilang">${t}</span>`;
    })
    .join("");
}

/** XML comments may not hold `--`. */
const comment = (s: string) => s.replace(/\s+/g, " ").replace(/--/g, "- -").replace(/-$/, "- ");
