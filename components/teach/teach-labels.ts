import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";

/** Raw (unformatted) Teach strings for client leaves, which fill `{slots}` themselves. */
export async function teachLabels<K extends string>(
  locale: Locale,
  keys: readonly K[],
): Promise<Record<K, string>> {
  const t = await getTranslations({ locale, namespace: "Teach" });
  return Object.fromEntries(keys.map((k) => [k, t.raw(k) as string])) as Record<K, string>;
}
