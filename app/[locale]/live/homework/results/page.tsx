import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HomeworkResultsPage } from "@/components/assign/HomeworkPage";
import { pageLocale } from "@/server/page-locale";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/live/homework/results">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "assign" });
  // Reachable only with its key: not a page for search engines.
  return { title: t("resultsTitle"), robots: { index: false, follow: false } };
}

export default async function Page({ params }: PageProps<"/[locale]/live/homework/results">) {
  return <HomeworkResultsPage locale={await pageLocale(params)} />;
}
