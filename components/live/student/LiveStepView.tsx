import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { stepComponents } from "@/components/explainer/step-components";
import { loadAllSteps } from "@/server/load-step";
import { LiveStepBar } from "./LiveStepBar";

/**
 * A step of the explainer as the class sees it on a phone: the same content as the explainer's step,
 * in the student's language, under the live layout (which keeps the class's stream open), without
 * the explainer's own step navigation: the teacher moves the class.
 */
export async function LiveStepView({ locale, slug }: { locale: Locale; slug: string }) {
  const t = await getTranslations({ locale, namespace: "Explainer" });
  const steps = await loadAllSteps(locale);
  const index = steps.findIndex((s) => s.slug === slug);
  const step = steps[index]!;
  const { Content } = step;
  return (
    <article>
      <LiveStepBar slug={slug} />
      <p className="mt-6 font-semibold text-muted" id="step-progress">
        {t("stepOf", { current: index + 1, total: steps.length })}
      </p>
      <progress
        className="step-progress mt-1 h-1.5 w-full"
        value={index + 1}
        max={steps.length}
        aria-labelledby="step-progress"
      />
      <h1 id="live-step-title" tabIndex={-1} className="mt-4 text-4xl outline-none">
        {step.meta.title}
      </h1>
      <p className="mt-3 text-xl text-muted">{step.meta.summary}</p>
      <div className="prose-step mt-6">
        <Content components={stepComponents(slug, locale)} />
      </div>
    </article>
  );
}
