import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { datasetVersion } from "@/lib/dataset";
import { toQuizData } from "@/lib/quiz";
import { dataset } from "@/components/evidence/evidence";
import { ClassCodeForm } from "@/components/home/ClassCodeForm";
import { rawLabels } from "@/components/layout/raw-labels";
import { QuizApp, type QuizUi } from "./QuizApp";
import { quizPackFor } from "./quiz-pack-for";

const uiKeys = [
  "classCode",
  "shareHint",
  "questionOf",
  "retryRound",
  "check",
  "next",
  "finish",
  "chooseFirst",
  "correct",
  "incorrect",
  "rightAnswer",
  "yourAnswer",
  "seeQuote",
  "readStep",
  "moveUp",
  "moveDown",

  "resultsTitle",
  "score",
  "bandHigh",
  "bandMid",
  "bandLow",
  "reviewTitle",
  "retryMissed",
  "newQuiz",
  "resultsCard",
  "cardDate",
  "cardCode",
  "cardScore",
  "allRight",
  "restart",
  "loading",
] as const satisfies readonly (keyof QuizUi)[];

export async function QuizPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Quiz" });
  const ui: QuizUi = await rawLabels(locale, "Quiz", uiKeys);
  const pack = await quizPackFor(locale);
  return (
    <div className="mx-auto max-w-[68ch] space-y-8">
      <div>
        <h1 className="text-4xl">{t("title")}</h1>
        <p className="mt-3 text-xl">{t("intro")}</p>
      </div>
      <noscript>
        <p className="rounded-lg border-2 border-[var(--color-note)] p-4">{t("noscript")}</p>
      </noscript>
      <QuizApp data={toQuizData(dataset)} pack={pack} version={datasetVersion(dataset)} ui={ui} />
      <section
        aria-labelledby="quiz-code-title"
        className="no-print rounded-lg bg-[var(--color-surface)] p-5"
      >
        <h2 id="quiz-code-title" className="text-xl">
          {t("enterCode")}
        </h2>
        <div className="mt-3">
          <ClassCodeForm locale={locale} idPrefix="quiz" />
        </div>
      </section>
    </div>
  );
}
