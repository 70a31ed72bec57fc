import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { formatLongDate } from "@/lib/format";
import { dataset } from "@/server/evidence";
import { ClassCodeForm } from "./ClassCodeForm";

export async function HomePage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Home" });
  const nav = await getTranslations({ locale, namespace: "Nav" });
  const cards = [
    {
      href: paths.section(locale, "explainer"),
      title: nav("explainer"),
      body: t("explainerCard", { count: dataset.steps.length }),
    },
    { href: paths.section(locale, "quiz"), title: nav("quiz"), body: t("quizCard") },
    { href: paths.section(locale, "sources"), title: nav("sources"), body: t("sourcesCard") },
    { href: paths.section(locale, "teach"), title: nav("teach"), body: t("teachCard") },
  ];

  return (
    <div className="space-y-12">
      <section className="max-w-[68ch] space-y-5">
        <p className="font-semibold text-muted">{t("eyebrow")}</p>
        <h1 className="text-4xl sm:text-5xl">{t("title")}</h1>
        <p className="text-xl">{t("lead")}</p>
        <div className="flex flex-wrap gap-3">
          <a href={paths.section(locale, "explainer")} className="btn btn-primary">
            {t("startExplainer")}
          </a>
          <a href={paths.quiz(locale)} className="btn btn-secondary">
            {t("takeQuiz")}
          </a>
        </div>
        <p className="text-base text-muted">
          {t.rich("sourceNote", {
            // The article's English headline (with its translation before it in ru and kk): marked so
            // that screen readers switch voice.
            headline: () => <span lang="en">“{dataset.source.headline}”</span>,
            translation: locale === "en" ? "" : dataset.source.headlineTranslation[locale],
            author: locale === "en" ? dataset.source.author : dataset.source.authorTranslation[locale],
            publisher: dataset.source.publisher,
            date: formatLongDate(dataset.source.datePublished, locale),
          })}
        </p>
      </section>

      <section aria-labelledby="sections-title">
        <h2 id="sections-title" className="text-2xl">
          {t("sectionsTitle")}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {cards.map((card) => (
            <li key={card.href} className="rounded-lg border border-border p-5">
              <h3 className="text-xl">
                <a href={card.href}>{card.title}</a>
              </h3>
              <p className="mt-2">{card.body}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="class-code-title" className="rounded-lg bg-surface p-5">
        <h2 id="class-code-title" className="text-2xl">
          {t("classCodeTitle")}
        </h2>
        <div className="mt-3">
          <ClassCodeForm locale={locale} />
        </div>
      </section>
    </div>
  );
}
