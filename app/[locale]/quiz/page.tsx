import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Placeholder } from "@/components/layout/Placeholder";
import { alternatesFor } from "@/lib/alternates";
import type { Locale } from "@/lib/locales";

export async function generateMetadata({ params }: PageProps<"/[locale]/quiz">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "Nav" });
  return { title: t("quiz"), alternates: alternatesFor(locale as Locale, "/quiz") };
}

export default async function Page({ params }: PageProps<"/[locale]/quiz">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <Placeholder locale={locale as Locale} section="quiz" />;
}
