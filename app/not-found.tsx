import type { Metadata } from "next";
import type { Messages } from "next-intl";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import kk from "@/messages/kk.json";
import { locales, type Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";

// Static imports, so the metadata below stays static; keyed by `Locale`, so a new locale that is
// not imported here is a type error.
const messages: Record<Locale, Messages> = { en, ru, kk };

export const metadata: Metadata = {
  title: locales.map((locale) => messages[locale].NotFound.title).join(" · "),
};

/**
 * The 404 for addresses outside every locale (`/xx`): we can't know the reader's language, so the
 * page speaks all of them, each part marked with its own `lang`.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <main className="mx-auto max-w-2xl space-y-10 px-4 py-12">
          {locales.map((locale) => {
            const t = messages[locale].NotFound;
            return (
              <section key={locale} lang={locale} aria-labelledby={`nf-${locale}`}>
                <h1 id={`nf-${locale}`} className="text-2xl">
                  {t.title}
                </h1>
                <p className="mt-2">{t.body}</p>
                <p className="mt-3">
                  <a href={paths.home(locale)} className="btn btn-primary" hrefLang={locale}>
                    {t.home}
                  </a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
