import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { alternatesFor } from "@/lib/alternates";
import type { Locale } from "@/lib/locales";

type TitleKey = { namespace: "Explainer" | "Quiz" | "Sources" | "Teach"; key: string };

/** Title and `hreflang` alternates of a section page, e.g. `pageMetadata(params, { namespace: "Quiz", key: "title" }, "/quiz")`. */
export async function pageMetadata(
  params: Promise<{ locale: string }>,
  { namespace, key }: TitleKey,
  path: string,
  extra: Metadata = {},
): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace });
  return { title: t(key as never), alternates: alternatesFor(path), ...extra };
}
