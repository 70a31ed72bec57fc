import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { HomePage } from "@/components/home/HomePage";
import { alternatesFor } from "@/lib/alternates";
import type { Locale } from "@/lib/locales";

export const metadata: Metadata = { alternates: alternatesFor("") };

export default async function Page({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <HomePage locale={locale as Locale} />;
}
