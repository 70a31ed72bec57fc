import { setRequestLocale } from "next-intl/server";
import { pageMetadata } from "@/components/layout/page-metadata";
import { ExplainerIndex } from "@/components/explainer/ExplainerIndex";
import type { Locale } from "@/lib/locales";

export function generateMetadata({ params }: PageProps<"/[locale]/explainer">) {
  return pageMetadata(params, { namespace: "Explainer", key: "title" }, "/explainer");
}

export default async function Page({ params }: PageProps<"/[locale]/explainer">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ExplainerIndex locale={locale as Locale} />;
}
