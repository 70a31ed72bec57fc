import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { evidence } from "@/server/evidence";

/**
 * A quote as the article printed it (English, marked `lang="en"`), then our labelled translation
 * and who said it. On the sources page it is the target of `#quote-{id}`.
 */
export async function QuoteCard({
  id,
  locale,
  anchor = false,
  targetLabel,
  children,
}: {
  id: string;
  locale: Locale;
  anchor?: boolean;
  /** Shown only while this card is the URL's target. */
  targetLabel?: string;
  children?: React.ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "Evidence" });
  const quote = evidence.quote(id);
  const number = evidence.quoteNumber(id);
  const name = quote.speakerId ? evidence.authority(quote.speakerId).name[locale] : null;
  // Say whose words the English is: the newspaper's own, its account of what someone said, or
  // someone's words inside the article's quotation marks.
  const voice =
    name === null ? t("narration") : quote.direct ? t("direct", { name }) : t("reported", { name });
  const original = quote.originalWording?.language === locale ? quote.originalWording : undefined;
  // A translation of a direct quote must not pass for the speaker's own wording.
  const translationLabel = original
    ? t("originalWording", { publishedIn: original.publishedIn })
    : quote.direct
      ? t("translationOfDirect")
      : t("translationLabel");
  return (
    <figure
      id={anchor ? `quote-${id}` : undefined}
      tabIndex={anchor ? -1 : undefined}
      className="quote-card print-avoid-break rounded-lg border-s-4 border-accent bg-surface p-4"
    >
      <p className="text-base font-semibold text-muted">
        {t("quoteNumber", { number })}
        {targetLabel && <span className="target-label text-text">{targetLabel}</span>}
      </p>
      {locale !== "en" && <span className="sr-only">{t("original")}: </span>}
      <blockquote lang="en" className="mt-1 text-lg">
        “{quote.text}”
      </blockquote>
      {locale !== "en" && (
        <div className="mt-3 border-t border-border pt-2">
          <p className="text-base text-muted">{translationLabel}</p>
          <p>{quote.translation[locale]}</p>
        </div>
      )}
      <figcaption className="mt-2 text-base text-muted">
        — {voice}
        {quote.direct && <span className="block">{t("renderedNote")}</span>}
      </figcaption>
      {children}
    </figure>
  );
}
