/**
 * The text of the sources page's quote cards: each quote's caption (whose words the English is)
 * and the claims it states, each with its "who says so" line and its other spans. Both come from
 * `lib/attribution.ts`, so the page and its consistency test (lib/sources-cards.test.ts) read the
 * same words.
 */
import { attributionText, claimLine, quoteCaption } from "./attribution";
import type { EvidenceIndex } from "./evidence";
import type { Locale } from "./locales";
import type { Dataset } from "./schemas";
import { renderStatement } from "./statements";

/** The Evidence messages, formatted (next-intl's `t` on the page, intl-messageformat in the test). */
export type EvidenceT = (key: string, values?: Record<string, string | number>) => string;

export interface SourcesCard {
  id: string;
  number: number;
  /** "Aslan Atalykov, in the newspaper's words (not a direct quote)", "The article's own words" … */
  caption: string;
  claims: {
    id: string;
    statement: string;
    /** "Who says so: …" in the page's brackets. */
    line: string;
    /** The claim's other spans (source phrase, country, date): their numbers and ids. */
    also: { id: string; number: number }[];
  }[];
}

export function sourcesCards(
  d: Dataset,
  evidence: EvidenceIndex,
  locale: Locale,
  t: EvidenceT,
): SourcesCard[] {
  const nameOf = (id: string) => evidence.authority(id).name[locale];
  return d.quotes.map((quote) => {
    const caption = quoteCaption(quote, evidence.quoteSource(quote.id), nameOf);
    return {
      id: quote.id,
      number: evidence.quoteNumber(quote.id),
      caption: attributionText(caption, t),
      claims: evidence.claimsForQuote(quote.id).map((c) => {
        return {
          id: c.id,
          statement: renderStatement(c, locale),
          line: attributionText(claimLine(evidence.source(c), nameOf), t),
          also: c.quoteIds.slice(1).map((id) => ({ id, number: evidence.quoteNumber(id) })),
        };
      }),
    };
  });
}
