import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { formatLongDate } from "@/lib/format";
import { paths } from "@/lib/paths";
import type { Correction } from "@/lib/corrections";
import { corrections } from "@/content/corrections";

const kindLabels = {
  fact: "kindFact",
  attribution: "kindAttribution",
  translation: "kindTranslation",
} as const satisfies Record<Correction["kind"], string>;

/** The corrections log, one section per day, newest first (the data keeps that order). */
export async function CorrectionsPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Corrections" });
  const days = [...new Set(corrections.map((c) => c.date))];

  return (
    <div className="mx-auto max-w-[68ch] space-y-8">
      <h1 className="text-4xl">{t("title")}</h1>
      <p className="text-xl">{t("intro")}</p>
      <p className="text-muted">{t("count", { count: corrections.length })}</p>
      {days.map((day) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`} className="text-2xl">
            <time dateTime={day}>{t("madeOn", { date: formatLongDate(day, locale) })}</time>
          </h2>
          <ul className="mt-3 space-y-3 ps-0">
            {corrections
              .filter((c) => c.date === day)
              .map((c) => (
                <li key={c.id} id={`correction-${c.id}`} className="rounded-lg border border-border p-4">
                  <strong className="me-2">{`${t(kindLabels[c.kind])}.`}</strong>
                  {c.text[locale]}
                </li>
              ))}
          </ul>
        </section>
      ))}
      <p>
        <a href={paths.section(locale, "sources")}>{t("backToSources")}</a>
      </p>
    </div>
  );
}
