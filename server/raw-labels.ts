import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";

/**
 * Raw (unformatted) strings of one namespace for client leaves, which fill `{slots}` themselves
 * with `fill` (lib/quiz-render.ts) and so need no message formatter in the browser.
 */
export async function rawLabels<K extends string>(
  locale: Locale,
  namespace: "Quiz" | "Teach",
  keys: readonly K[],
): Promise<Record<K, string>> {
  const t = await getTranslations({ locale, namespace });
  return Object.fromEntries(keys.map((k) => [k, t.raw(k as never) as string])) as Record<K, string>;
}
