import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { alternatesFor } from "@/lib/alternates";
import type { Locale } from "@/lib/locales";
import { pageLocale } from "@/server/page-locale";

/** The messages that title a section page (each is checked against messages/en.json where it is used). */
type PageTitle =
  | "Explainer.title"
  | "Quiz.title"
  | "Sources.title"
  | "Corrections.title"
  | "Teach.title"
  | "Teach.handoutTitle"
  | "Teach.worksheetTitle";

/** Title and `hreflang` alternates of a section page, e.g. `pageMetadata(params, "Quiz.title", (l) => paths.section(l, "quiz"))`. */
export async function pageMetadata(
  params: Promise<{ locale: string }>,
  title: PageTitle,
  pathIn: (locale: Locale) => string,
  extra: Metadata = {},
): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params) });
  return { title: t(title), alternates: alternatesFor(pathIn), ...extra };
}
