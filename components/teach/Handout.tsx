import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { formatReportDate } from "@/lib/format";
import { dataset } from "@/server/evidence";
import { loadAllSteps } from "@/server/load-step";
import { stepComponents } from "@/components/explainer/step-components";
import { PrintButton } from "./PrintButton";

/** The whole explainer in one printable document: every step, its charts' data tables open. */
export async function Handout({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Teach" });
  const te = await getTranslations({ locale, namespace: "Explainer" });
  const steps = await loadAllSteps(locale);
  const published = formatReportDate(dataset.source.datePublished, locale);
  return (
    <article className="mx-auto max-w-[68ch]">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-4xl">{t("handoutTitle")}</h1>
        <PrintButton label={t("print")} />
      </div>
      <p className="mt-3">{t("handoutIntro")}</p>
      {steps.map((step, i) => {
        const { Content } = step;
        return (
          <section
            key={step.slug}
            className={`mt-10 ${i > 0 ? "print-break-before" : ""}`}
            aria-labelledby={`h-${step.slug}`}
          >
            <p className="font-semibold text-muted">
              {te("stepOf", { current: i + 1, total: steps.length })} ·{" "}
              {te("asReported", { date: published })}
            </p>
            <h2 id={`h-${step.slug}`} className="mt-1 text-3xl">
              {step.meta.title}
            </h2>
            <p className="mt-2 text-lg text-muted">{step.meta.summary}</p>
            <div className="prose-step mt-4">
              <Content components={stepComponents(step.slug, locale, { printable: true })} />
            </div>
          </section>
        );
      })}
    </article>
  );
}
