import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { loadAllSteps } from "@/server/load-step";
import { stepComponents } from "@/components/explainer/step-components";

/**
 * An explainer step's body as a live class shows it, on the projector and on the phones: progress,
 * title (focus lands on it, by `headingId`, when the class moves), summary and content, without the
 * explainer's own step navigation (the teacher moves the class). `progressClassName` null: the
 * "Step 3 of 8" line is left out (the projector's control bar already says it); it names the bar anyway.
 */
export async function LiveStepBody({
  locale,
  slug,
  headingId,
  progressClassName,
}: {
  locale: Locale;
  slug: string;
  headingId: string;
  progressClassName: string | null;
}) {
  const t = await getTranslations({ locale, namespace: "Explainer" });
  const steps = await loadAllSteps(locale);
  const index = steps.findIndex((s) => s.slug === slug);
  const step = steps[index]!;
  const { Content } = step;
  const position = t("stepOf", { current: index + 1, total: steps.length });
  return (
    <>
      {progressClassName !== null && <p className={progressClassName}>{position}</p>}
      <progress
        className="step-progress mt-1 h-1.5 w-full"
        value={index + 1}
        max={steps.length}
        aria-label={position}
      />
      <h1 id={headingId} tabIndex={-1} className="mt-4 text-4xl outline-none">
        {step.meta.title}
      </h1>
      <p className="mt-3 text-xl text-muted">{step.meta.summary}</p>
      <div className="prose-step mt-6">
        <Content components={stepComponents(slug, locale)} />
      </div>
    </>
  );
}
