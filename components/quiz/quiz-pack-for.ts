import { rawLabels } from "@/components/layout/raw-labels";
import type { Locale } from "@/lib/locales";
import type { QuizLabels } from "@/lib/quiz-render";
import { buildQuizPack } from "@/lib/quiz-pack";
import { dataset } from "@/components/evidence/evidence";
import { loadAllSteps } from "@/components/explainer/load-step";

const labelKeys = [
  "whoStem",
  "nobody",
  "saysStem",
  "says",
  "otherwise",
  "notSaid",
  "orderStem",
  "explainTrue",
  "explainAltered",
  "explainNotSaid",
  "explainWho",
  "explainNobody",
  "explainNewspaper",
  "explainContext",
  "explainVague",
  "explainContradicted",
  "explainOrder",
] as const;

/** Every string a quiz in `locale` could show, prepared on the server (see lib/quiz-render.ts). */
export async function quizPackFor(locale: Locale) {
  const labels: QuizLabels = await rawLabels(locale, "Quiz", labelKeys);
  const steps = await loadAllSteps(locale);
  const stepTitles = Object.fromEntries(steps.map((s) => [s.slug, s.meta.title]));
  return buildQuizPack(dataset, locale, labels, stepTitles);
}
