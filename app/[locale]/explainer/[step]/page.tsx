import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StepPage } from "@/components/explainer/StepPage";
import { alternatesFor } from "@/lib/alternates";
import { paths } from "@/lib/paths";
import { isStepSlug, loadStep, stepSlugs } from "@/server/load-step";
import { pageLocale } from "@/server/page-locale";

export const dynamicParams = false;

export function generateStaticParams() {
  return stepSlugs.map((step) => ({ step }));
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/explainer/[step]">): Promise<Metadata> {
  const { step } = await params;
  if (!isStepSlug(step)) return {};
  const { meta } = await loadStep(step, await pageLocale(params));
  return {
    title: meta.title,
    description: meta.summary,
    alternates: alternatesFor((l) => paths.step(l, step)),
  };
}

export default async function Page({ params }: PageProps<"/[locale]/explainer/[step]">) {
  const { step } = await params;
  if (!isStepSlug(step)) notFound();
  return <StepPage locale={await pageLocale(params)} slug={step} />;
}
