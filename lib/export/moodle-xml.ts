/**
 * Moodle XML, in one language or in all three with Moodle's multi-language markup
 * (`<span lang="xx" class="multilang">…</span>`, English first: Moodle shows the first block when
 * the reader's language is missing). Choice questions are `multichoice` with feedback on every
 * answer; "put in order" is `matching` (each event → 1st, 2nd, …) or, if the teacher asks for it,
 * Moodle's `ordering` question type (standard since Moodle 4.4).
 */
import { fill } from "../fill";
import { alignLanguages, type ExportQuestion, type ExportQuiz } from "./class-quiz";
import { escapeXml, escapeXmlAttr } from "./escape";
import { answerFeedback, evidence, feedbackHtml, linksFeedback } from "./feedback";
import { categoryName, orderPairs, questionName, quizAbout, quizTitle } from "./names";

export type MoodleOrder = "matching" | "ordering";

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
  const locale = quizzes.length > 1 ? "all" : quizzes[0]!.locale;
  const first = quizzes[0]!;

  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    // Said again in the file itself, for whoever opens it before importing.
    ...quizzes.flatMap((quiz) => [quizTitle(quiz), ...notes(quiz)].map((n) => `<!-- ${comment(n)} -->`)),
    `<quiz>`,
    `  <question type="category">`,
    `    <category>`,
    `      <text>${escapeXml(`$course$/top/${categoryName(quizTitle(first), locale)}`)}</text>`,
    `    </category>`,
    `    <info format="html">`,
    `      <text>${escapeXml(
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
    `${indent}  <text>${escapeXml(body)}</text>`,
    `${indent}</${tag}>`,
  ];
  const lines = [
    `  <!-- ${comment(q0.id)} -->`,
    `  <question type="${type}">`,
    `    <name>`,
    // Names are plain text in Moodle; the multi-language filter still reads the markup in them.
    `      <text>${escapeXml(per((q) => escapeXml(questionName(q, nameLength(row.length)))))}</text>`,
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
  const correct = per((_, quiz) => `<p>${escapeXml(quiz.labels.correct)}</p>`);
  const incorrect = per(
    (q, quiz) =>
      `<p>${escapeXml(quiz.labels.incorrect)} ${escapeXml(fill(quiz.labels.rightAnswer, { answer: q.answer }))}</p>`,
  );
  const combined = [
    ...html("correctfeedback", correct),
    ...html("partiallycorrectfeedback", incorrect),
    ...html("incorrectfeedback", incorrect),
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
        `      <text>${escapeXml(per((q) => escapeXml(q.choices[k]!.label)))}</text>`,
        ...html(
          "feedback",
          per((q, quiz) => feedbackHtml(answerFeedback(q, quiz.labels, c), quiz.locale)),
          "      ",
        ),
        `    </answer>`,
      );
    });
  } else if (type === "matching") {
    lines.push(`    <shuffleanswers>false</shuffleanswers>`, ...combined, `    <shownumcorrect/>`);
    const pairs = row.map((q, i) => orderPairs(q, quizzes[i]!.labels.ordinals));
    // Matching answers are plain text with no room for language blocks: a file of several
    // languages numbers the places (1, 2, …) instead of "1st", "1-е", "1-ші".
    const places = pairs[0]!.map((p, k) =>
      pairs.every((other) => other[k]!.place === p.place)
        ? p.place
        : String(row[0]!.events.indexOf(p.event) + 1),
    );
    pairs[0]!.forEach((_, k) => {
      lines.push(
        `    <subquestion format="html">`,
        `      <text>${escapeXml(ml(pairs.map((p) => escapeXml(p[k]!.event))))}</text>`,
        `      <answer>`,
        `        <text>${escapeXml(places[k]!)}</text>`,
        `      </answer>`,
        `    </subquestion>`,
      );
    });
  } else {
    lines.push(
      `    <layouttype>VERTICAL</layouttype>`,
      `    <selecttype>ALL</selecttype>`,
      `    <selectcount>0</selectcount>`,
      `    <gradingtype>ABSOLUTE_POSITION</gradingtype>`,
      `    <showgrading>SHOW</showgrading>`,
      `    <numberingstyle>none</numberingstyle>`,
      ...combined,
      `    <shownumcorrect>1</shownumcorrect>`,
    );
    // Answers are written in the right order (their fraction is the position); Moodle shuffles them for students.
    q0.events.forEach((_, k) => {
      lines.push(
        `    <answer fraction="${k + 1}" format="html">`,
        `      <text>${escapeXml(per((q) => escapeXml(q.events[k]!)))}</text>`,
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

/**
 * How long each language's part of a name may be: Moodle keeps at most 255 characters of a name,
 * and each language block costs its markup (41 characters) and the number ("01. ", 4) besides.
 */
const nameLength = (languages: number) =>
  languages === 1 ? 80 : Math.floor((255 - languages * 41) / languages) - 6;

/** XML comments may not hold `--`. */
const comment = (s: string) => s.replace(/\s+/g, " ").replace(/--/g, "- -").replace(/-$/, "- ");
