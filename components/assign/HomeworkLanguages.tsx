import { useTranslations } from "next-intl";
import { localeCookie, localeNames, locales, type Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";

/**
 * The homework in another language, at any moment: the same page in that locale; the keys and the
 * progress stay in this device's storage, so the student is back at the same question.
 */
export function HomeworkLanguages({ locale, code }: { locale: Locale; code: string }) {
  const t = useTranslations("assign");
  return (
    <nav aria-label={t("languages")} className="no-print">
      <ul className="flex flex-wrap gap-2">
        {locales.map((l) => (
          <li key={l}>
            <a
              href={paths.homework(l, code || undefined)}
              lang={l}
              hrefLang={l}
              aria-current={l === locale ? "page" : undefined}
              onClick={() => {
                document.cookie = `${localeCookie.name}=${l}; path=/; max-age=${localeCookie.maxAge}; samesite=${localeCookie.sameSite}`;
              }}
              className="btn btn-secondary aria-[current=page]:bg-accent aria-[current=page]:text-on-accent"
            >
              {localeNames[l as Locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
