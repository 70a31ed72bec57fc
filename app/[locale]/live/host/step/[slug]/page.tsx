import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HostStep } from "@/components/live/host/HostStep";
import { isStepSlug, loadStep, stepSlugs } from "@/server/load-step";
import { pageLocale } from "@/server/page-locale";

export const dynamicParams = false;

export function generateStaticParams() {
  return stepSlugs.map((slug) => ({ slug }));
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/live/host/step/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  if (!isStepSlug(slug)) return {};
  const { meta } = await loadStep(slug, await pageLocale(params));
  // A class's screen, reachable only with its key: not a page for search engines.
  return { title: meta.title, robots: { index: false, follow: false } };
}

export default async function Page({ params }: PageProps<"/[locale]/live/host/step/[slug]">) {
  const { slug } = await params;
  if (!isStepSlug(slug)) notFound();
  return <HostStep locale={await pageLocale(params)} slug={slug} />;
}
