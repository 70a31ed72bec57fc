import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LiveStepView } from "@/components/live/student/LiveStepView";
import { alternatesFor } from "@/lib/alternates";
import { paths } from "@/lib/paths";
import { isStepSlug, loadStep, stepSlugs } from "@/server/load-step";
import { pageLocale } from "@/server/page-locale";

export const dynamicParams = false;

export function generateStaticParams() {
  return stepSlugs.map((slug) => ({ slug }));
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/live/step/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  if (!isStepSlug(slug)) return {};
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "liveStudent" });
  const { meta } = await loadStep(slug, locale);
  return {
    title: `${meta.title} — ${t("metaTitle")}`,
    alternates: alternatesFor((l) => paths.liveStep(l, slug)),
    robots: { index: false },
  };
}

export default async function Page({ params }: PageProps<"/[locale]/live/step/[slug]">) {
  const { slug } = await params;
  if (!isStepSlug(slug)) notFound();
  return <LiveStepView locale={await pageLocale(params)} slug={slug} />;
}
