import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { loadAllSteps } from "@/server/load-step";

export async function ExplainerIndex({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Explainer" });
  const steps = await loadAllSteps(locale);
  return (
    <div className="max-w-[68ch] space-y-6">
      <h1 className="text-4xl">{t("title")}</h1>
      <p className="text-xl">{t("intro", { count: steps.length })}</p>
      <ol className="space-y-4">
        {steps.map((s, i) => (
          <li key={s.slug} className="rounded-lg border border-border p-4">
            <p className="text-base text-muted">{t("stepOf", { current: i + 1, total: steps.length })}</p>
            <h2 className="text-xl">
              <a href={paths.step(locale, s.slug)}>{s.meta.title}</a>
            </h2>
            <p className="mt-1">{s.meta.summary}</p>
          </li>
        ))}
      </ol>
      {steps[0] && (
        <a href={paths.step(locale, steps[0].slug)} className="btn btn-primary">
          {t("start")}
        </a>
      )}
    </div>
  );
}
