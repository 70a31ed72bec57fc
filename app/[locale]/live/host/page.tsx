import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/server/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/live/host">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "liveHost" });
  // A class's screen, reachable only with its key: not a page for search engines.
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The lobby, questions and summary are drawn by the host layout from the class's state. */
export default async function Page({ params }: PageProps<"/[locale]/live/host">) {
  await pageLocale(params);
  return null;
}
