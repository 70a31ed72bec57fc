import "server-only";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import type { Locale } from "@/lib/locales";

/**
 * The locale of a layout, page or its metadata, from the route's params: any other segment is a 404,
 * and next-intl is told the locale so the page stays statically rendered. Route files get the locale
 * here and pass it to components as a prop; components never look it up themselves.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
