import { getTranslations } from "next-intl/server";
import { preload } from "react-dom";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { ClassCodeForm } from "@/components/home/ClassCodeForm";
import { quizBundleHash } from "@/server/quiz-bundle";
import { rawLabels } from "@/server/raw-labels";
import { QuizApp } from "./QuizApp";
import { quizUiKeys } from "./quiz-labels";

export async function QuizPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Quiz" });
  const ui = await rawLabels(locale, "Quiz", quizUiKeys);
  // Fetched by QuizApp once the scripts run; asking for it now has it ready by then. Low priority:
  // the heading and intro are the page's largest paint (its LCP) and must not wait behind 11 kB of
  // questions competing with the stylesheet, fonts and scripts (a fetch preload is "high" by default).
  const bundle = paths.quizBundle(locale, await quizBundleHash(locale));
  preload(bundle, { as: "fetch", crossOrigin: "anonymous", fetchPriority: "low" });
  return (
    <div className="mx-auto max-w-[68ch] space-y-8">
      <div>
        <h1 className="text-4xl">{t("title")}</h1>
        <p className="mt-3 text-xl">{t("intro")}</p>
      </div>
      <noscript>
        <p className="rounded-lg border-2 border-note p-4">{t("noscript")}</p>
      </noscript>
      <QuizApp locale={locale} bundle={bundle} ui={ui} />
      <section aria-labelledby="quiz-code-title" className="no-print rounded-lg bg-surface p-5">
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
