import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { QuizPage } from "@/components/quiz/QuizPage";
import { alternatesFor } from "@/lib/alternates";
import type { Locale } from "@/lib/locales";

export async function generateMetadata({ params }: PageProps<"/[locale]/quiz">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "Quiz" });
  return { title: t("title"), alternates: alternatesFor(locale as Locale, "/quiz") };
}

/** Static: the class code (`?seed=`) is read in the browser, so every code shares this one page. */
export default async function Page({ params }: PageProps<"/[locale]/quiz">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <QuizPage locale={locale as Locale} />;
}
