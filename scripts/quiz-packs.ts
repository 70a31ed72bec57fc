// Every locale's quiz pack, built from the files on disk (messages and step titles), for the CLI
// scripts and the content tests; the app builds the same packs in `components/quiz/quiz-pack-for.ts`.
import { readFileSync } from "node:fs";
import { dataset } from "../content";
import { locales, type Locale } from "../lib/locales";
import { buildQuizPack } from "../lib/quiz-pack";
import type { QuizLabels, QuizPack } from "../lib/quiz-render";
import { readStepMeta } from "../lib/step-source";

const root = new URL("../", import.meta.url);

export function quizPackFromFiles(locale: Locale): QuizPack {
  const messages = JSON.parse(readFileSync(new URL(`messages/${locale}.json`, root), "utf8")) as {
    Quiz: QuizLabels;
  };
  const stepTitles = Object.fromEntries(
    dataset.steps.map((s) => {
      const file = `content/steps/${s.slug}/${locale}.mdx`;
      return [s.slug, readStepMeta(readFileSync(new URL(file, root), "utf8"), file).title];
    }),
  );
  return buildQuizPack(dataset, locale, messages.Quiz, stepTitles);
}

export const quizPacksFromFiles = () =>
  Object.fromEntries(locales.map((l) => [l, quizPackFromFiles(l)])) as Record<Locale, QuizPack>;
