import "server-only";
import type { Locale } from "@/lib/locales";
import { buildQuizPack } from "@/lib/quiz-pack";
import { quizLabelKeys } from "@/lib/quiz-render";
import { dataset } from "@/server/evidence";
import { loadAllSteps } from "@/server/load-step";
import { rawLabels } from "@/server/raw-labels";

/** Every string a quiz in `locale` could show, prepared on the server (see lib/quiz-render.ts). */
export async function quizPackFor(locale: Locale) {
  const labels = await rawLabels(locale, "Quiz", quizLabelKeys);
  const steps = await loadAllSteps(locale);
  const stepTitles = Object.fromEntries(steps.map((s) => [s.slug, s.meta.title]));
  return buildQuizPack(dataset, locale, labels, stepTitles);
}
