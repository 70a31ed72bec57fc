import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { formatReportDate } from "@/lib/format";
import { dataset } from "@/server/evidence";
import { loadAllSteps } from "@/server/load-step";
import { ProjectorToggle } from "./ProjectorToggle";
import { StepKeys } from "./StepKeys";
import { StepList } from "./StepList";
import { stepComponents } from "./step-components";

export async function StepPage({ locale, slug }: { locale: Locale; slug: string }) {
  const t = await getTranslations({ locale, namespace: "Explainer" });
  const steps = await loadAllSteps(locale);
  const index = steps.findIndex((s) => s.slug === slug);
  const step = steps[index]!;
  const prev = steps[index - 1];
  const next = steps[index + 1];
  const total = steps.length;
  const published = formatReportDate(dataset.source.datePublished, locale);
  const { Content } = step;

  return (
    <article className="mx-auto max-w-[68ch]">
      <StepKeys
        prevHref={prev && paths.step(locale, prev.slug)}
        nextHref={next && paths.step(locale, next.slug)}
      />
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <a href={paths.section(locale, "explainer")} className="projector:hidden">
          {t("allSteps")}
        </a>
        <ProjectorToggle onLabel={t("projectorOn")} offLabel={t("projectorOff")} help={t("projectorHelp")} />
      </div>
      <p className="mt-6 font-semibold text-muted" id="step-progress">
        {t("stepOf", { current: index + 1, total })}
      </p>
      <progress
        className="step-progress mt-1 h-1.5 w-full"
        value={index + 1}
        max={total}
        aria-labelledby="step-progress"
      />
      <h1 className="mt-4 text-4xl">{step.meta.title}</h1>
      <p className="mt-3 text-xl text-muted">{step.meta.summary}</p>
      <p className="mt-3 inline-block rounded-full border border-border px-3 py-0.5 text-base">
        {t("asReported", { date: published })}
      </p>
      <div className="prose-step mt-6">
        <Content components={stepComponents(slug, locale)} />
      </div>

      {!next && (
        <section className="mt-10 rounded-lg bg-surface p-5" aria-labelledby="end-title">
          <h2 id="end-title" className="text-2xl">
            {t("endTitle")}
          </h2>
          <p className="mt-2">{t("endBody")}</p>
          <a href={paths.quiz(locale)} className="btn btn-primary mt-4">
            {t("toQuiz")}
          </a>
        </section>
      )}

      <nav
        aria-label={t("stepsNav")}
        className="no-print mt-10 flex flex-wrap justify-between gap-3 border-t border-border pt-6"
      >
        {prev ? (
          <a href={paths.step(locale, prev.slug)} rel="prev" className="btn btn-secondary">
            <span aria-hidden="true">←</span> {t("previous")}
            <span className="sr-only">: {prev.meta.title}</span>
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a href={paths.step(locale, next.slug)} rel="next" className="btn btn-primary">
            {t("next")}
            <span className="sr-only">: {next.meta.title}</span> <span aria-hidden="true">→</span>
          </a>
        ) : (
          <a href={paths.quiz(locale)} className="btn btn-primary">
            {t("toQuiz")} <span aria-hidden="true">→</span>
          </a>
        )}
      </nav>
      <p className="keys-hint no-print projector:hidden mt-3 text-base text-muted">{t("keysHint")}</p>
      <section className="no-print projector:hidden mt-8" aria-labelledby="all-steps-title">
        <h2 id="all-steps-title" className="text-xl">
          {t("allSteps")}
        </h2>
        <div className="mt-2">
          <StepList locale={locale} steps={steps} current={slug} />
        </div>
      </section>
    </article>
  );
}
