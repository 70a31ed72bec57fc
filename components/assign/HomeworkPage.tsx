import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { liveErrorKeys, liveQuizKeys } from "@/components/live/student/student-labels";
import { hostQuizKeys } from "@/components/live/host/host-labels";
import { assignmentRetentionDays } from "@/lib/assign/schedule";
import { localeNames, type Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { loadAllSteps } from "@/server/load-step";
import { quizBundleUrls } from "@/server/quiz-bundle";
import { rawLabels, rawNamespace } from "@/server/raw-labels";
import { AssignResults } from "./AssignResults";
import { Notice } from "./Notice";
import { TakeAssignment } from "./TakeAssignment";

const retentionDays = () => assignmentRetentionDays(process.env.LIVE_ASSIGNMENT_RETENTION_DAYS);

/** The homework pages need the server; the static export says so and links to the self-paced quiz. */
async function Frame({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const t = await getTranslations({ locale, namespace: "assign" });
  if (process.env.STATIC_EXPORT === "1")
    return (
      <Notice id="homework-static" title={t("title")} text={t("needServer")}>
        <a className="btn btn-primary" href={paths.section(locale, "quiz")}>
          {t("toQuiz")}
        </a>
      </Notice>
    );
  const messages = await getMessages({ locale });
  // Only this namespace reaches the browser (its plurals need the formatter there).
  return (
    <NextIntlClientProvider locale={locale} messages={{ assign: messages.assign }}>
      {children}
    </NextIntlClientProvider>
  );
}

/** The student's page: join, answer, hand in, the receipt. */
export async function TakeHomeworkPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "assign" });
  const [quiz, errors, steps, bundles] = await Promise.all([
    rawLabels(locale, "Quiz", liveQuizKeys),
    rawLabels(locale, "liveErrors", liveErrorKeys),
    loadAllSteps(locale),
    quizBundleUrls(),
  ]);
  const privacy = (
    <section aria-labelledby="homework-privacy" className="rounded-lg bg-surface p-4 text-base">
      <h2 id="homework-privacy" className="text-lg">
        {t("privacyTitle")}
      </h2>
      <p className="mt-1">{t("privacy", { days: retentionDays() })}</p>
    </section>
  );
  return (
    <Frame locale={locale}>
      <TakeAssignment
        locale={locale}
        bundles={bundles}
        quiz={quiz}
        errors={errors}
        steps={steps.map((s) => ({ title: s.meta.title, href: paths.step(locale, s.slug) }))}
        privacy={privacy}
      />
    </Frame>
  );
}

/** The teacher's results, opened with the key kept on this device or brought in the link's fragment. */
export async function HomeworkResultsPage({ locale }: { locale: Locale }) {
  const [host, errors, quiz, bundles] = await Promise.all([
    rawNamespace(locale, "liveHost"),
    rawNamespace(locale, "liveHostErrors"),
    rawLabels(locale, "Quiz", hostQuizKeys),
    quizBundleUrls(),
  ]);
  return (
    <Frame locale={locale}>
      <AssignResults
        locale={locale}
        bundles={bundles}
        host={host}
        errors={errors}
        quiz={quiz}
        languageNames={localeNames}
      />
    </Frame>
  );
}
