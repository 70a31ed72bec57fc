import { preload } from "react-dom";
import { pageMetadata } from "@/server/page-metadata";
import { Worksheet } from "@/components/teach/Worksheet";
import { worksheetKeys } from "@/components/teach/teach-labels";
import { loadLabelKeys } from "@/components/quiz/quiz-labels";
import { paths } from "@/lib/paths";
import { pageLocale } from "@/server/page-locale";
import { quizBundleHash } from "@/server/quiz-bundle";
import { rawLabels } from "@/server/raw-labels";

export function generateMetadata({ params }: PageProps<"/[locale]/teach/worksheet">) {
  return pageMetadata(params, "Teach.worksheetTitle", (l) => paths.worksheet(l), {
    robots: { index: false },
  });
}

export default async function Page({ params }: PageProps<"/[locale]/teach/worksheet">) {
  const locale = await pageLocale(params);
  const labels = await rawLabels(locale, "Teach", worksheetKeys);
  const load = await rawLabels(locale, "Quiz", loadLabelKeys);
  const bundle = paths.quizBundle(locale, await quizBundleHash(locale));
  preload(bundle, { as: "fetch", crossOrigin: "anonymous" });
  return <Worksheet locale={locale} bundle={bundle} labels={labels} load={load} />;
}
