import { getTranslations } from "next-intl/server";
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
  "explainOrder",
] as const;

/** Every string a quiz in `locale` could show, prepared on the server (see lib/quiz-render.ts). */
export async function quizPackFor(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "Quiz" });
  const labels = Object.fromEntries(labelKeys.map((k) => [k, t.raw(k) as string])) as unknown as QuizLabels;
  const steps = await loadAllSteps(locale);
  const stepTitles = Object.fromEntries(steps.map((s) => [s.slug, s.meta.title]));
  return buildQuizPack(dataset, locale, labels, stepTitles);
}
