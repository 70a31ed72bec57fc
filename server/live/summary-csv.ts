import "server-only";
import { summaryCsv, type CsvCounts, type CsvSeparator } from "@/lib/live/summary-csv";
import type { Locale } from "@/lib/locales";
import { renderQuestion } from "@/lib/quiz-render";
import { quizPackFor } from "@/server/quiz-pack-for";
import { rawLabels } from "@/server/raw-labels";
import { classQuiz } from "./class-quiz";

const csvLabelKeys = [
  "csvNumber",
  "csvQuestion",
  "csvLetter",
  "csvOption",
  "csvRight",
  "csvCount",
  "csvPercent",
  "csvYes",
] as const;

const packs = new Map<Locale, ReturnType<typeof quizPackFor>>();

/** The summary as the teacher's spreadsheet, in `locale`: the class's questions rendered as the room saw them. */
export async function summaryCsvFor(
  summary: { classCode: string; count: number; questions: readonly CsvCounts[] },
  locale: Locale,
  separator: CsvSeparator,
): Promise<string> {
  let pack = packs.get(locale);
  if (!pack) packs.set(locale, (pack = quizPackFor(locale)));
  const [resolved, raw] = await Promise.all([pack, rawLabels(locale, "liveHost", csvLabelKeys)]);
  const questions = classQuiz(summary.classCode, summary.count).generated.map((q) => {
    const r = renderQuestion(q, resolved);
    return { kind: q.kind, text: r.text, statement: r.statement, options: r.options, correct: q.correct };
  });
  return summaryCsv({
    questions,
    counts: summary.questions,
    separator,
    labels: {
      number: raw.csvNumber,
      question: raw.csvQuestion,
      letter: raw.csvLetter,
      option: raw.csvOption,
      right: raw.csvRight,
      count: raw.csvCount,
      percent: raw.csvPercent,
      yes: raw.csvYes,
    },
  });
}
