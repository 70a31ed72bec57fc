import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { paths, sections } from "@/lib/paths";
import { LocaleSwitcher } from "./LocaleSwitcher";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Nav" });
  const tm = await getTranslations({ locale, namespace: "Metadata" });
  const ts = await getTranslations({ locale, namespace: "LocaleSwitcher" });
  return (
    <header className="no-print border-b border-border bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
        <a href={paths.home(locale)} className="py-2 text-lg font-bold text-text no-underline">
          {tm("siteName")}
        </a>
        <LocaleSwitcher current={locale} label={ts("label")} />
      </div>
      <nav aria-label={t("label")} className="projector:hidden mx-auto max-w-5xl px-4 pb-2">
        <ul className="flex flex-wrap gap-x-1 gap-y-0 text-base">
          {sections.map((s) => (
            <li key={s}>
              <a
                href={paths.section(locale, s)}
                className="inline-flex min-h-11 items-center px-2 font-medium"
              >
                {t(s)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
