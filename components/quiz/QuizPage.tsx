import { getTranslations } from "next-intl/server";
import { preload } from "react-dom";
import type { Locale } from "@/lib/locales";
import { quizBundlePath } from "@/lib/quiz-render";
import { ClassCodeForm } from "@/components/home/ClassCodeForm";
import { rawLabels } from "@/server/raw-labels";
import { QuizApp, type QuizUi } from "./QuizApp";
import { quizVersion } from "@/server/quiz-bundle";

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
  "loadFailed",
  "tryAgain",
] as const satisfies readonly (keyof QuizUi)[];

export async function QuizPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Quiz" });
  const ui: QuizUi = await rawLabels(locale, "Quiz", uiKeys);
  // Fetched by QuizApp; asking for it now loads it alongside the scripts.
  preload(quizBundlePath(locale), { as: "fetch", crossOrigin: "anonymous" });
  return (
    <div className="mx-auto max-w-[68ch] space-y-8">
      <div>
        <h1 className="text-4xl">{t("title")}</h1>
        <p className="mt-3 text-xl">{t("intro")}</p>
      </div>
      <noscript>
        <p className="rounded-lg border-2 border-[var(--color-note)] p-4">{t("noscript")}</p>
      </noscript>
      <QuizApp locale={locale} version={quizVersion} ui={ui} />
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
