import "server-only";
import { dataset } from "@/server/evidence";
import { datasetVersion } from "@/lib/dataset";
import { locales, type Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { toQuizData } from "@/lib/quiz";
import type { QuizBundle } from "@/lib/quiz-render";
import { contentHash } from "./content-hash";
import { quizPackFor } from "./quiz-pack-for";

/** The dataset version the quiz pages are built with (saved quiz progress carries it). */
export const quizVersion = datasetVersion(dataset);

/** The content of `/{locale}/quiz.json` and `/{locale}/quiz/{hash}.json`. */
export async function quizBundleFor(locale: Locale): Promise<QuizBundle> {
  return { version: quizVersion, data: toQuizData(dataset), pack: await quizPackFor(locale) };
}

const bodies = new Map<Locale, Promise<string>>();

/** The exact bytes both quiz bundle URLs serve, made once per locale and build. */
export function quizBundleBody(locale: Locale): Promise<string> {
  let body = bodies.get(locale);
  if (!body) {
    body = quizBundleFor(locale).then((bundle) => JSON.stringify(bundle));
    bodies.set(locale, body);
  }
  return body;
}

/** The hash of the whole body (messages, names, translations): the name of its immutable copy. */
export async function quizBundleHash(locale: Locale): Promise<string> {
  return contentHash(await quizBundleBody(locale));
}

/** Every locale's immutable bundle URL, as this build made them (the teacher's export needs all three). */
export async function quizBundleUrls(): Promise<Record<Locale, string>> {
  const entries = await Promise.all(
    locales.map(async (l) => [l, paths.quizBundle(l, await quizBundleHash(l))] as const),
  );
  return Object.fromEntries(entries) as Record<Locale, string>;
}
