import { getTranslations } from "next-intl/server";
import { localeNames } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { HostShell } from "@/components/live/host/HostShell";
import { OfflineNotice } from "@/components/offline/OfflineNotice";
import { hostQuizKeys } from "@/components/live/host/host-labels";
import { loadAllSteps } from "@/server/load-step";
import { pageLocale } from "@/server/page-locale";
import { quizBundleUrls, quizVersion } from "@/server/quiz-bundle";
import { rawLabels, rawNamespace } from "@/server/raw-labels";

/**
 * The teacher's live screen. The layout holds the class (its stream and controls) while the pages
 * under it change: the host page itself, and one static page per explainer step.
 */
export default async function HostLayout({ children, params }: LayoutProps<"/[locale]/live/host">) {
  const locale = await pageLocale(params);
  if (process.env.STATIC_EXPORT === "1") {
    // A static site has no server to hold the class.
    const t = await getTranslations({ locale, namespace: "liveHost" });
    return (
      <section aria-labelledby="host-heading" className="mx-auto max-w-[68ch] space-y-4">
        <h1 id="host-heading" className="text-4xl">
          {t("title")}
        </h1>
        <p className="text-xl">{t("needServer")}</p>
        <p>
          <a className="btn btn-primary" href={paths.section(locale, "quiz")}>
            {t("toQuiz")}
          </a>
        </p>
      </section>
    );
  }
  const steps = await loadAllSteps(locale);
  const setup = {
    labels: await rawNamespace(locale, "liveHost"),
    errors: await rawNamespace(locale, "liveHostErrors"),
    quiz: await rawLabels(locale, "Quiz", hostQuizKeys),
    steps: steps.map((s) => ({ slug: s.slug, title: s.meta.title })),
    version: quizVersion,
    bundles: await quizBundleUrls(),
    languageNames: localeNames,
  };
  const offline = await getTranslations({ locale, namespace: "Offline" });
  return (
    <>
      <OfflineNotice text={offline("liveHostOffline")} />
      <HostShell locale={locale} setup={setup}>
        {children}
      </HostShell>
    </>
  );
}
