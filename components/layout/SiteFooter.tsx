import { getTranslations } from "next-intl/server";
import { assignmentRetentionDays } from "@/lib/assign/schedule";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Footer" });
  return (
    <footer className="no-print projector:hidden mt-16 border-t border-border text-base text-muted">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6">
        <p>{t("asReported")}</p>
        <p>
          {t("privacy")}{" "}
          {t("homework", { days: assignmentRetentionDays(process.env.LIVE_ASSIGNMENT_RETENTION_DAYS) })}
        </p>
        <p>
          <a href={paths.corrections(locale)}>{t("corrections")}</a>
        </p>
      </div>
    </footer>
  );
}
