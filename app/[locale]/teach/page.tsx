import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Placeholder } from "@/components/layout/Placeholder";
import { alternatesFor } from "@/lib/alternates";
import type { Locale } from "@/lib/locales";

export async function generateMetadata({ params }: PageProps<"/[locale]/teach">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "Nav" });
  return { title: t("teach"), alternates: alternatesFor(locale as Locale, "/teach") };
}

export default async function Page({ params }: PageProps<"/[locale]/teach">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <Placeholder locale={locale as Locale} section="teach" />;
}
