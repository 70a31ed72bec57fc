// What the CLI needs to render a class quiz: the same generator data and locale pack that
// `/{locale}/quiz.json` serves, made from the files instead of through Next (as quiz:json does).
import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { dataset } from "../content";
import type { Locale } from "../lib/locales";
import { toQuizData } from "../lib/quiz";
import { buildQuizPack } from "../lib/quiz-pack";
import type { QuizBundle, QuizLabels } from "../lib/quiz-render";
import { readStepMeta } from "../lib/step-source";
import type { ExportFileLabels } from "../lib/export/class-quiz";
import { exportFileLabels } from "../lib/export/labels";

function messages(locale: Locale) {
  return JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), "utf8")) as {
    Quiz: QuizLabels;
    QuizExport: Record<string, string>;
  };
}

export function quizSource(locale: Locale): Pick<QuizBundle, "data" | "pack"> {
  const stepTitles = Object.fromEntries(
    dataset.steps.map((s) => {
      const file = `content/steps/${s.slug}/${locale}.mdx`;
      return [s.slug, readStepMeta(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"), file).title];
    }),
  );
  return {
    data: toQuizData(dataset),
    pack: buildQuizPack(dataset, locale, messages(locale).Quiz, stepTitles),
  };
}

export function exportLabels(locale: Locale): ExportFileLabels {
  const m = messages(locale).QuizExport;
  const ordinal = new IntlMessageFormat(m.ordinal!, locale);
  return exportFileLabels(
    (key) => {
      const text = m[key];
      if (text === undefined) throw new Error(`messages/${locale}.json: no QuizExport.${key}`);
      return text;
    },
    (n) => String(ordinal.format({ n })),
  );
}
