import { setRequestLocale } from "next-intl/server";
import { pageMetadata } from "@/components/layout/page-metadata";
import { QuizPage } from "@/components/quiz/QuizPage";
import type { Locale } from "@/lib/locales";

export function generateMetadata({ params }: PageProps<"/[locale]/quiz">) {
  return pageMetadata(params, { namespace: "Quiz", key: "title" }, "/quiz");
}

/** Static: the class code (`?seed=`) is read in the browser, so every code shares this one page. */
export default async function Page({ params }: PageProps<"/[locale]/quiz">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <QuizPage locale={locale as Locale} />;
}
