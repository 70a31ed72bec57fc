import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SourcesPage } from "@/components/sources/SourcesPage";
import { alternatesFor } from "@/lib/alternates";
import type { Locale } from "@/lib/locales";

export async function generateMetadata({ params }: PageProps<"/[locale]/sources">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "Sources" });
  return { title: t("title"), alternates: alternatesFor(locale as Locale, "/sources") };
}

export default async function Page({ params }: PageProps<"/[locale]/sources">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <SourcesPage locale={locale as Locale} />;
}
