import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { loadLabelKeys } from "@/components/quiz/quiz-labels";
import { quizBundleUrls } from "@/server/quiz-bundle";
import { rawLabels, rawNamespace } from "@/server/raw-labels";
import { TeachQuizPanel } from "./TeachQuizPanel";
import { setAssignmentKeys } from "@/components/assign/set-labels";
import { assignmentRetentionDays } from "@/lib/assign/schedule";
import { teachPanelKeys } from "./teach-labels";
import { configuredSiteUrl } from "@/lib/alternates";
import { allExportFileLabels, exportPanelLabels } from "@/server/quiz-export-labels";
import { SaveForOffline } from "@/components/offline/SaveForOffline";
import { saveForOfflineKeys } from "@/components/offline/offline-labels";

const outline = ["outline1", "outline2", "outline3", "outline4", "outline5"] as const;
const discuss = ["discuss1", "discuss2", "discuss3", "discuss4", "discuss5", "discuss6"] as const;

export async function TeachPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Teach" });
  const offline = await getTranslations({ locale, namespace: "Offline" });
  const labels = await rawLabels(locale, "Teach", teachPanelKeys);
  const load = await rawLabels(locale, "Quiz", loadLabelKeys);
  // SITE_URL if this build had one: the files' absolute links match the CLI's (lib/alternates.ts).
  const exporter = {
    labels: await exportPanelLabels(locale),
    fileLabels: await allExportFileLabels(),
    siteUrl: configuredSiteUrl,
  };
  const host = await rawNamespace(locale, "liveHost");
  const assign = await getTranslations({ locale, namespace: "assign" });
  const homework = {
    ...(await rawLabels(locale, "assign", setAssignmentKeys)),
    retention: assign("retention", {
      days: assignmentRetentionDays(process.env.LIVE_ASSIGNMENT_RETENTION_DAYS),
    }),
  };
  const live = {
    labels: {
      startTitle: host.startTitle,
      startHelp: host.startHelp,
      startLive: host.startLive,
      starting: host.starting,
      startNeedsServer: host.startNeedsServer,
      lettersOnlyStart: host.lettersOnlyStart,
    },
    roomCheck: {
      roomCheckTitle: host.roomCheckTitle,
      roomCheckHelp: host.roomCheckHelp,
      roomCheckStart: host.roomCheckStart,
      roomCheckQr: host.roomCheckQr,
      roomCheckWaiting: host.roomCheckWaiting,
      roomCheckSeen: host.roomCheckSeen,
      roomCheckOver: host.roomCheckOver,
    },
    errors: await rawNamespace(locale, "liveHostErrors"),
    // The static export has no server to hold a class.
    available: process.env.STATIC_EXPORT !== "1",
  };
  return (
    <div className="mx-auto max-w-5xl space-y-10">
      <div className="max-w-[68ch]">
        <h1 className="text-4xl">{t("title")}</h1>
        <p className="mt-3 text-xl">{t("intro")}</p>
      </div>

      <section aria-labelledby="start-title" className="rounded-lg border-2 border-accent p-5">
        <h2 id="start-title" className="text-2xl">
          {t("startTitle")}
        </h2>
        <p className="mt-2 max-w-[68ch]">{t("startHelp")}</p>
        <p className="mt-2 flex max-w-[68ch] items-start gap-2 font-semibold">
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            width="22"
            height="22"
            className="mt-0.5 shrink-0"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <rect x="5" y="11" width="14" height="10" rx="2" />
            <path d="M8 11V8a4 4 0 0 1 8 0v3" />
          </svg>
          {t("privacy")}
        </p>
        <div className="mt-4">
          <TeachQuizPanel
            locale={locale}
            bundles={await quizBundleUrls()}
            labels={labels}
            load={load}
            exporter={exporter}
            live={live}
            homework={homework}
          />
        </div>
      </section>

      <div className="grid gap-10 lg:grid-cols-2">
        <NumberedList id="outline-title" title={t("outlineTitle")} items={outline.map((k) => t(k))} />
        <NumberedList id="discuss-title" title={t("discussTitle")} items={discuss.map((k) => t(k))} />
      </div>

      <section aria-labelledby="handout-title" className="max-w-[68ch]">
        <h2 id="handout-title" className="text-2xl">
          {t("handoutTitle")}
        </h2>
        <p className="mt-2">{t("handoutHelp")}</p>
        <a href={paths.handout(locale)} className="btn btn-secondary mt-3">
          {t("openHandout")}
        </a>
      </section>

      <section aria-labelledby="offline-title" className="max-w-[68ch]">
        <h2 id="offline-title" className="text-2xl">
          {offline("saveTitle")}
        </h2>
        <p className="mt-2">{offline("saveHelp")}</p>
        <div className="mt-3">
          <SaveForOffline locale={locale} labels={await rawLabels(locale, "Offline", saveForOfflineKeys)} />
        </div>
      </section>

      <section aria-labelledby="how-title" className="max-w-[68ch]">
        <h2 id="how-title" className="text-2xl">
          {t("howTitle")}
        </h2>
        <p className="mt-2">{t("how1")}</p>
        <p className="mt-2">{t("how2")}</p>
      </section>
    </div>
  );
}

function NumberedList({ id, title, items }: { id: string; title: string; items: string[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      <ol className="mt-3 list-decimal space-y-2 ps-6">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
    </section>
  );
}
