import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { StepPage } from "@/components/explainer/StepPage";
import { isStepSlug, loadStep, stepSlugs } from "@/server/load-step";
import { alternatesFor } from "@/lib/alternates";
import type { Locale } from "@/lib/locales";

export const dynamicParams = false;

export function generateStaticParams() {
  return stepSlugs.map((step) => ({ step }));
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/explainer/[step]">): Promise<Metadata> {
  const { locale, step } = await params;
  if (!isStepSlug(step)) return {};
  const { meta } = await loadStep(step, locale as Locale);
  return {
    title: meta.title,
    description: meta.summary,
    alternates: alternatesFor(`/explainer/${step}`),
  };
}

export default async function Page({ params }: PageProps<"/[locale]/explainer/[step]">) {
  const { locale, step } = await params;
  if (!isStepSlug(step)) notFound();
  setRequestLocale(locale);
  return <StepPage locale={locale as Locale} slug={step} />;
}
