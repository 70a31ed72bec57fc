import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ExplainerIndex } from "@/components/explainer/ExplainerIndex";
import { alternatesFor } from "@/lib/alternates";
import type { Locale } from "@/lib/locales";

export async function generateMetadata({ params }: PageProps<"/[locale]/explainer">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "Explainer" });
  return { title: t("title"), alternates: alternatesFor(locale as Locale, "/explainer") };
}

export default async function Page({ params }: PageProps<"/[locale]/explainer">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ExplainerIndex locale={locale as Locale} />;
}
