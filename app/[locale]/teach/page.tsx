import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TeachPage } from "@/components/teach/TeachPage";
import { alternatesFor } from "@/lib/alternates";
import type { Locale } from "@/lib/locales";

export async function generateMetadata({ params }: PageProps<"/[locale]/teach">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "Teach" });
  return { title: t("title"), alternates: alternatesFor(locale as Locale, "/teach") };
}

export default async function Page({ params }: PageProps<"/[locale]/teach">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <TeachPage locale={locale as Locale} />;
}
