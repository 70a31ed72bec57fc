import { setRequestLocale } from "next-intl/server";
import { preload } from "react-dom";
import { pageMetadata } from "@/components/layout/page-metadata";
import { Worksheet } from "@/components/teach/Worksheet";
import { rawLabels } from "@/server/raw-labels";
import { loadLabelKeys, quizVersion } from "@/server/quiz-bundle";
import { quizBundlePath } from "@/lib/quiz-render";
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
  const load = await rawLabels(locale as Locale, "Quiz", loadLabelKeys);
  preload(quizBundlePath(locale as Locale), { as: "fetch", crossOrigin: "anonymous" });
  return <Worksheet locale={locale as Locale} version={quizVersion} labels={labels} load={load} />;
}
