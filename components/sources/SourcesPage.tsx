import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { formatLongDate } from "@/lib/format";
import { sourcesCards } from "@/lib/sources-cards";
import { dataset, evidence } from "@/server/evidence";
import { QuoteCard } from "@/components/evidence/QuoteCard";
import { formatClockTime } from "@/lib/format";
import { paths } from "@/lib/paths";

export async function SourcesPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Sources" });
  const te = await getTranslations({ locale, namespace: "Evidence" });
  const { source } = dataset;
  // A standard (Chicago-style) citation; the article's web address is not in our material, so none is invented.
  const [first, ...rest] = source.author.split(" ").reverse();
  const citation = {
    // "Simmons, Ann M." already ends with the initial's full stop: don't add a second one.
    author: `${first}, ${rest.reverse().join(" ")}`.replace(/\.?$/, "."),
    date: formatLongDate(source.datePublished, "en"),
  };
  const published = formatLongDate(source.datePublished, locale);
  // Captions and "who says so" lines come from one model (lib/attribution.ts), so they agree.
  const cards = sourcesCards(dataset, evidence, locale, (key, values) =>
    te(key as Parameters<typeof te>[0], values as never),
  );

  return (
    <div className="mx-auto max-w-[68ch] space-y-8">
      <h1 className="text-4xl">{t("title")}</h1>
      <p className="text-xl">{t("intro")}</p>

      <section aria-labelledby="article-title" className="rounded-lg border border-border p-5">
        <h2 id="article-title" className="text-2xl">
          {t("articleTitle")}
        </h2>
        <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("headline")}</dt>
          <dd lang="en">“{source.headline}”</dd>
          {locale !== "en" && (
            <>
              <dt className="font-semibold">{t("headlineTranslation")}</dt>
              <dd>{source.headlineTranslation[locale]}</dd>
            </>
          )}
          <dt className="font-semibold">{t("publisher")}</dt>
          <dd lang="en">{source.publisher}</dd>
          <dt className="font-semibold">{t("author")}</dt>
          {locale === "en" ? (
            <dd lang="en">{source.author}</dd>
          ) : (
            <dd>
              {`${source.authorTranslation[locale]} `}
              <span lang="en">({source.author})</span>
            </dd>
          )}
          <dt className="font-semibold">{t("published")}</dt>
          <dd>
            {`${published}, ${t("publishedTime", { time: formatClockTime(source.bylineTimeEastern, locale) })}`}
          </dd>
          <dt className="font-semibold">{t("dateline")}</dt>
          <dd>{source.dateline[locale]}</dd>
          <dt className="font-semibold">{t("citeAs")}</dt>
          <dd lang="en">
            {citation.author} “{source.headline}.” <cite>{source.publisher}</cite>, {citation.date}.
          </dd>
        </dl>
        <p className="mt-4 text-base text-muted">{t("note")}</p>
        <p className="mt-2 text-base">
          <a href={paths.corrections(locale)}>{t("correctionsLink")}</a>
        </p>
      </section>

      <section aria-labelledby="how-to-read-title" className="rounded-lg bg-surface p-5">
        <h2 id="how-to-read-title" className="text-2xl">
          {t("howToReadTitle")}
        </h2>
        <ul className="mt-3 list-disc space-y-2 ps-6">
          <li>{t("howToRead1")}</li>
          <li>{t("howToRead2")}</li>
          <li>{t("howToRead3")}</li>
        </ul>
      </section>

      <section aria-labelledby="quotes-title">
        <h2 id="quotes-title" className="text-2xl">
          {t("quotesTitle", { count: dataset.quotes.length })}
        </h2>
        <ol className="mt-4 space-y-6">
          {cards.map((card) => (
            <li key={card.id}>
              <QuoteCard id={card.id} locale={locale} anchor targetLabel={t("highlighted")}>
                {card.claims.length > 0 && (
                  <div className="qc-part">
                    <p className="qc-heading">{te("supports")}</p>
                    <ul className="qc-claims">
                      {card.claims.map((c) => (
                        <li key={c.id} id={`claim-${c.id}`}>
                          {`${c.statement} `}
                          <small>{`(${c.line})`}</small>
                          {c.also.map((group) => (
                            <small
                              key={group.part ?? "same"}
                              className="qc-also"
                              data-part={group.part ?? "same"}
                            >
                              {`${group.label} `}
                              {group.quotes.map((q) => (
                                <a key={q.id} href={`#quote-${q.id}`}>{`[${q.number}]`}</a>
                              ))}
                            </small>
                          ))}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </QuoteCard>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
