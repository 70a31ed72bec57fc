import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";

type Section = "explainer" | "quiz" | "sources" | "teach";

/** Stands in for a section until it is built, in the reader's language. */
export async function Placeholder({ locale, section }: { locale: Locale; section: Section }) {
  const nav = await getTranslations({ locale, namespace: "Nav" });
  const t = await getTranslations({ locale, namespace: "Placeholder" });
  return (
    <div className="max-w-[68ch] space-y-4">
      <h1 className="text-4xl">{nav(section)}</h1>
      <p className="text-xl">{t(section)}</p>
      <p className="text-[var(--color-muted)]">{t("soon")}</p>
    </div>
  );
}
