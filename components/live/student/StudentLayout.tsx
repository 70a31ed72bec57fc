import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { quizBundleUrls, quizVersion } from "@/server/quiz-bundle";
import { loadAllSteps } from "@/server/load-step";
import { rawLabels } from "@/server/raw-labels";
import { LeaveDialog, QuoteDialog } from "./PhoneDialogs";
import { StudentClassProvider } from "./StudentClass";
import { liveErrorKeys, liveEvidenceKeys, liveQuizKeys, liveStudentKeys } from "./student-labels";
import { OfflineNotice } from "@/components/offline/OfflineNotice";

/** `npm run export` builds a static copy of the site: no server, so no live class there. */
const isStaticExport = process.env.STATIC_EXPORT === "1";

/**
 * The live layout of the student's pages: it holds the class (keys, stream, answers) while the
 * student moves between the class page and the step pages. In the static export it says that live
 * classes need the server and sends the reader to the self-paced quiz instead.
 */
export async function StudentLayout({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "liveStudent" });
  if (isStaticExport) {
    return (
      <div className="mx-auto max-w-[68ch] space-y-4">
        <h1 className="text-4xl">{t("staticTitle")}</h1>
        <p className="text-xl">{t("staticBody")}</p>
        <a href={paths.quiz(locale)} className="btn btn-primary">
          {t("staticLink")}
        </a>
      </div>
    );
  }
  const offline = await getTranslations({ locale, namespace: "Offline" });
  const [student, errors, quiz, evidence, steps] = await Promise.all([
    rawLabels(locale, "liveStudent", liveStudentKeys),
    rawLabels(locale, "liveErrors", liveErrorKeys),
    rawLabels(locale, "Quiz", liveQuizKeys),
    rawLabels(locale, "Evidence", liveEvidenceKeys),
    loadAllSteps(locale),
  ]);
  return (
    <div className="mx-auto max-w-[68ch]">
      <noscript>
        <p className="mb-6 rounded-lg border-2 border-note p-4">{t("noscript")}</p>
      </noscript>
      <OfflineNotice text={offline("liveOffline")} />
      <StudentClassProvider
        locale={locale}
        ui={{ t: student, errors, quiz, evidence }}
        version={quizVersion}
        bundles={await quizBundleUrls()}
        stepTitles={steps.map((s) => s.meta.title)}
      >
        {children}
        {/* Over whichever page of the class is shown: a quote opened from it, "leave the class?". */}
        <QuoteDialog />
        <LeaveDialog />
      </StudentClassProvider>
    </div>
  );
}

/**
 * The privacy notice, in plain words, where students arriving by the QR code land. `id` names its
 * heading: the class page holds two copies until it knows which state to show, each with its own.
 */
export async function PrivacyNotice({ locale, id }: { locale: Locale; id: string }) {
  const t = await getTranslations({ locale, namespace: "liveStudent" });
  return (
    <section aria-labelledby={id} className="rounded-lg bg-surface p-4 text-base">
      <h2 id={id} className="text-lg">
        {t("privacyTitle")}
      </h2>
      <p className="mt-1">{t("privacy")}</p>
    </section>
  );
}
