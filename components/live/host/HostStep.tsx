import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { loadAllSteps } from "@/server/load-step";
import { stepComponents } from "@/components/explainer/step-components";

/**
 * One explainer step as the class sees it on the projector: the same content as the explainer's
 * step page, without its navigation (the host layout's control bar moves the class).
 */
export async function HostStep({ locale, slug }: { locale: Locale; slug: string }) {
  const t = await getTranslations({ locale, namespace: "Explainer" });
  const steps = await loadAllSteps(locale);
  const index = steps.findIndex((s) => s.slug === slug);
  const step = steps[index]!;
  const { Content } = step;
  return (
    <article className="mx-auto max-w-[68ch]" data-host-step={slug}>
      <p className="font-semibold text-muted" id="step-progress">
        {t("stepOf", { current: index + 1, total: steps.length })}
      </p>
      <progress
        className="step-progress mt-1 h-1.5 w-full"
        value={index + 1}
        max={steps.length}
        aria-labelledby="step-progress"
      />
      <h1 id="host-heading" tabIndex={-1} className="mt-4 text-4xl outline-none">
        {step.meta.title}
      </h1>
      <p className="mt-3 text-xl text-muted">{step.meta.summary}</p>
      <div className="prose-step mt-6">
        <Content components={stepComponents(slug, locale)} />
      </div>
    </article>
  );
}
