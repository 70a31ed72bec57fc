import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Handout } from "@/components/teach/Handout";
import { alternatesFor } from "@/lib/alternates";
import type { Locale } from "@/lib/locales";

export async function generateMetadata({ params }: PageProps<"/[locale]/teach/handout">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "Teach" });
  return { title: t("handoutTitle"), alternates: alternatesFor(locale as Locale, "/teach/handout") };
}

export default async function Page({ params }: PageProps<"/[locale]/teach/handout">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <Handout locale={locale as Locale} />;
}
