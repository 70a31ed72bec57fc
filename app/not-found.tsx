import type { Metadata } from "next";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import kk from "@/messages/kk.json";
import { locales } from "@/lib/locales";

const messages = { en, ru, kk };

export const metadata: Metadata = {
  title: `${en.NotFound.title} · ${ru.NotFound.title} · ${kk.NotFound.title}`,
};

/**
 * The 404 for addresses outside every locale (`/xx`): we can't know the reader's language, so the
 * page speaks all three, each part marked with its own `lang`.
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
                  <a href={`/${locale}`} className="btn btn-primary" hrefLang={locale}>
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
