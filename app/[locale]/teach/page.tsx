import { setRequestLocale } from "next-intl/server";
import { pageMetadata } from "@/components/layout/page-metadata";
import { TeachPage } from "@/components/teach/TeachPage";
import type { Locale } from "@/lib/locales";

export function generateMetadata({ params }: PageProps<"/[locale]/teach">) {
  return pageMetadata(params, { namespace: "Teach", key: "title" }, "/teach");
}

export default async function Page({ params }: PageProps<"/[locale]/teach">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <TeachPage locale={locale as Locale} />;
}
