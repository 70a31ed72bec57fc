import { getTranslations } from "next-intl/server";
import { attributionText, quoteCaption } from "@/lib/attribution";
import type { Locale } from "@/lib/locales";
import { evidence } from "@/server/evidence";

/**
 * A quote as the article printed it (English, marked `lang="en"`), then our labelled translation
 * and who said it. On the sources page it is the target of `#quote-{id}`.
 * Styled by `.quote-card` in app/globals.css, not by utility classes: the sources page shows every
 * quote as one of these, and every class string would be sent 84 times (in the HTML and again in the RSC payload).
 * For the same reason each element's text is one template string, not text and expressions side by
 * side: React sends that as one text node, not pieces separated by `<!-- -->` in the HTML and an
 * array in the RSC payload.
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
  // Say whose words the English is: the newspaper's own, its account of what someone said,
  // someone's words inside the article's quotation marks, or no one's but by context.
  const caption = quoteCaption(quote, evidence.quoteSource(id), (a) => evidence.authority(a).name[locale]);
  const voice = attributionText(caption, t);
  const original = quote.originalWording?.language === locale ? quote.originalWording : undefined;
  // A translation of a direct quote must not pass for the speaker's own wording.
  const translationLabel = original
    ? t("originalWording", { publishedIn: original.publishedIn })
    : quote.direct
      ? t("translationOfDirect")
      : t("translationLabel");
  return (
    <figure id={anchor ? `quote-${id}` : undefined} tabIndex={anchor ? -1 : undefined} className="quote-card">
      <p className="qc-number">
        {t("quoteNumber", { number })}
        {targetLabel && <span className="target-label">{targetLabel}</span>}
      </p>
      {locale !== "en" && <span className="sr-only">{`${t("original")}: `}</span>}
      <blockquote lang="en">{`“${quote.text}”`}</blockquote>
      {locale !== "en" && (
        <div className="qc-part">
          <p className="qc-label">{translationLabel}</p>
          <p>{quote.translation[locale]}</p>
        </div>
      )}
      <figcaption>
        {`— ${voice}`}
        {quote.direct && <span>{t("renderedNote")}</span>}
      </figcaption>
      {children}
    </figure>
  );
}
