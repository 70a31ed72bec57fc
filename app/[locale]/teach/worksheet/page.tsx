import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Worksheet } from "@/components/teach/Worksheet";
import { teachLabels } from "@/components/teach/teach-labels";
import { quizPackFor } from "@/components/quiz/quiz-pack-for";
import { dataset } from "@/components/evidence/evidence";
import { alternatesFor } from "@/lib/alternates";
import { toQuizData } from "@/lib/quiz";
import type { Locale } from "@/lib/locales";

const keys = [
  "worksheetTitle",
  "worksheetIntro",
  "nameLine",
  "dateLine",
  "print",
  "noCode",
  "backToTeach",
  "answerSpace",
  "answerKeyTitle",
  "codeChosen",
  "keyAnswer",
  "keyQuote",
] as const;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/teach/worksheet">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "Teach" });
  return {
    title: t("worksheetTitle"),
    alternates: alternatesFor(locale as Locale, "/teach/worksheet"),
    robots: { index: false },
  };
}

export default async function Page({ params }: PageProps<"/[locale]/teach/worksheet">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const labels = await teachLabels(locale as Locale, keys);
  const pack = await quizPackFor(locale as Locale);
  return <Worksheet data={toQuizData(dataset)} pack={pack} labels={labels} />;
}
