import { setRequestLocale } from "next-intl/server";
import { pageMetadata } from "@/components/layout/page-metadata";
import { SourcesPage } from "@/components/sources/SourcesPage";
import type { Locale } from "@/lib/locales";

export function generateMetadata({ params }: PageProps<"/[locale]/sources">) {
  return pageMetadata(params, { namespace: "Sources", key: "title" }, "/sources");
}

export default async function Page({ params }: PageProps<"/[locale]/sources">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <SourcesPage locale={locale as Locale} />;
}
