/**
 * The one place the exporters meet the quiz generator: it takes the data the quiz page loads
 * (`/{locale}/quiz.json`: the generator's data and the locale's pack), makes the class's quiz and
 * turns each question into the plain shape every format is written from. When the generator
 * changes, this file is the one to follow it.
 */
import type { Locale } from "../locales";
import { generateQuiz, type QuestionKind } from "../quiz";
import { renderQuestion, type QuizBundle } from "../quiz-render";

/** Strings of the export files, in one language (`QuizExport` messages, `file*` keys). */
export interface ExportFileLabels {
  correct: string;
  incorrect: string;
  rightAnswer: string;
  quote: string;
  translation: string;
  seeQuote: string;
  readStep: string;
  matchHint: string;
  title: string;
  about: string;
  noteOrderMatching: string;
  noteOrderOrdering: string;
  noteOneLanguage: string;
  noteAllLanguages: string;
  /** GIFT: Moodle shuffles and letters the options; Moodle XML keeps the order. */
  noteGift: string;
  /** The question style in a question-bank category's name. */
  styleOrdering: string;
  styleMatching: string;
  styleGift: string;
  /** "1st", "2nd", … already formatted: index 0 is position 1. */
  ordinals: string[];
}

/** The `QuizExport` message keys of `ExportFileLabels` (all but the ordinals). */
export const fileLabelKeys = [
  "correct",
  "incorrect",
  "rightAnswer",
  "quote",
  "translation",
  "seeQuote",
  "readStep",
  "matchHint",
  "title",
  "about",
  "noteOrderMatching",
  "noteOrderOrdering",
  "noteOneLanguage",
  "noteAllLanguages",
  "noteGift",
  "styleOrdering",
  "styleMatching",
  "styleGift",
] as const satisfies readonly Exclude<keyof ExportFileLabels, "ordinals">[];

/** How many ordinals the labels carry: more than any "put in order" question has events. */
export const ORDINALS = 12;

export interface ExportChoice {
  label: string;
  correct: boolean;
}

export interface ExportQuestion {
  /** The generator's question id: the same in every language of one class quiz. */
  id: string;
  /** 1-based position in the quiz. */
  number: number;
  kind: QuestionKind;
  text: string;
  /** The sentence a who/says question is about. */
  statement?: string;
  /** Options in the order students see them (empty for "order"). */
  choices: ExportChoice[];
  /** "order": the events, earliest first. */
  events: string[];
  /** "order": the events as students see them (shuffled). */
  shownEvents: string[];
  answer: string;
  explanation: string;
  attribution?: string;
  quote: { number: number; text: string; translation?: string };
  step: { number: number; title: string };
  /** Absolute links, built on the site's origin. */
  links: { quote: string; step: string };
}

export interface ExportQuiz {
  seed: string;
  count: number;
  locale: Locale;
  /** The origin the links point to (SITE_URL). */
  site: string;
  questions: ExportQuestion[];
  labels: ExportFileLabels;
}

export interface ClassQuizInput {
  source: Pick<QuizBundle, "data" | "pack">;
  seed: string;
  count: number;
  labels: ExportFileLabels;
  /** SITE_URL: the CLI and the browser pass the same value, so their files are the same. */
  siteUrl: string;
}

export function classQuizForExport({ source, seed, count, labels, siteUrl }: ClassQuizInput): ExportQuiz {
  const { pack } = source;
  const site = new URL(siteUrl);
  const quiz = generateQuiz(source.data, { seed, count });
  const questions = quiz.questions.map((q, i): ExportQuestion => {
    const r = renderQuestion(q, pack);
    const label = (id: string) => r.options.find((o) => o.id === id)?.label ?? id;
    const events = q.kind === "order" ? q.correct.split(",").map(label) : [];
    return {
      id: q.id,
      number: i + 1,
      kind: q.kind,
      text: r.text,
      ...(r.statement !== undefined ? { statement: r.statement } : {}),
      choices:
        q.kind === "order" ? [] : r.options.map((o) => ({ label: o.label, correct: o.id === q.correct })),
      events,
      shownEvents: q.kind === "order" ? r.options.map((o) => o.label) : [],
      answer: r.answer,
      explanation: r.explanation,
      ...(r.attribution !== undefined ? { attribution: r.attribution } : {}),
      quote: {
        number: r.quote.number,
        text: r.quote.text,
        ...(r.quote.translation !== undefined ? { translation: r.quote.translation } : {}),
      },
      step: { number: r.step.number, title: r.step.title },
      links: { quote: new URL(r.links.quote, site).href, step: new URL(r.links.step, site).href },
    };
  });
  return { seed, count: questions.length, locale: pack.locale, site: site.origin, questions, labels };
}

/**
 * One class quiz in several languages, question by question. The generator works on ids only, so
 * the same code gives the same questions in every language; this checks it rather than trusting it.
 */
export function alignLanguages(quizzes: readonly ExportQuiz[]): ExportQuestion[][] {
  const first = quizzes[0];
  if (!first) throw new Error("no quiz to export");
  for (const other of quizzes.slice(1)) {
    const a = first.questions.map((q) => q.id).join("|");
    const b = other.questions.map((q) => q.id).join("|");
    if (a !== b) throw new Error(`the ${other.locale} quiz has other questions than the ${first.locale} one`);
  }
  return first.questions.map((_, i) => quizzes.map((quiz) => quiz.questions[i]!));
}
