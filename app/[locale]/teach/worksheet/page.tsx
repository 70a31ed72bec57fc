import { setRequestLocale } from "next-intl/server";
import { pageMetadata } from "@/components/layout/page-metadata";
import { Worksheet } from "@/components/teach/Worksheet";
import { rawLabels } from "@/components/layout/raw-labels";
import { quizPackFor } from "@/components/quiz/quiz-pack-for";
import { dataset } from "@/components/evidence/evidence";
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
  "answerKeyTitle",
  "codeChosen",
  "keyAnswer",
  "keyQuote",
] as const;

export function generateMetadata({ params }: PageProps<"/[locale]/teach/worksheet">) {
  return pageMetadata(params, { namespace: "Teach", key: "worksheetTitle" }, "/teach/worksheet", {
    robots: { index: false },
  });
}

export default async function Page({ params }: PageProps<"/[locale]/teach/worksheet">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const labels = await rawLabels(locale as Locale, "Teach", keys);
  const pack = await quizPackFor(locale as Locale);
  return <Worksheet data={toQuizData(dataset)} pack={pack} labels={labels} />;
}
