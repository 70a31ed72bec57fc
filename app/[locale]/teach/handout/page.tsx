import { setRequestLocale } from "next-intl/server";
import { pageMetadata } from "@/components/layout/page-metadata";
import { Handout } from "@/components/teach/Handout";
import type { Locale } from "@/lib/locales";

export function generateMetadata({ params }: PageProps<"/[locale]/teach/handout">) {
  return pageMetadata(params, { namespace: "Teach", key: "handoutTitle" }, "/teach/handout");
}

export default async function Page({ params }: PageProps<"/[locale]/teach/handout">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <Handout locale={locale as Locale} />;
}
