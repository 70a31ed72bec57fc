/**
 * The text of the sources page's quote cards: each quote's caption (whose words the English is)
 * and the claims it states, each with its "who says so" line and its other spans. Both come from
 * `lib/attribution.ts`, so the page and its consistency test (lib/sources-cards.test.ts) read the
 * same words.
 */
import { attributionText, claimLine, quoteCaption, type Source } from "./attribution";
import type { EvidenceIndex } from "./evidence";
import type { Locale } from "./locales";
import type { Claim, Dataset } from "./schemas";
import { renderStatement } from "./statements";

/** The Evidence messages, formatted (next-intl's `t` on the page, intl-messageformat in the test). */
export type EvidenceT = (key: string, values?: Record<string, string | number>) => string;

/**
 * What a claim's other span is cited for when its own attribution is not the claim's: the words
 * that name the claim's source, the place, or the date — or only the context.
 */
export type SpanPart = "source" | "place" | "date" | "context";
export const partKeys: Record<SpanPart, string> = {
  source: "alsoForSource",
  place: "alsoForPlace",
  date: "alsoForDate",
  context: "alsoForContext",
};

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
    /**
     * The claim's other spans (source phrase, country, date), in groups: first those with the
     * claim's own attribution ("Its other quotes:"), then each one cited only for a part of the
     * claim ("Cited only to name the place:"), so a span with another caption does not read as a
     * second source.
     */
    also: { part: SpanPart | null; label: string; quotes: { id: string; number: number }[] }[];
  }[];
}

/** The same source, said the same way (a figure nobody is named for and the newspaper's words alike). */
const sameSource = (a: Source, b: Source) =>
  a.authorityId === b.authorityId && (a.authorityId === null || a.attribution === b.attribution);

/** What `quoteId` shows of `claim`, when its attribution differs from the claim's. */
export function spanPart(
  d: Dataset,
  evidence: EvidenceIndex,
  claim: Claim,
  quoteId: string,
): SpanPart | null {
  const source = evidence.source(claim);
  const span = evidence.quoteSource(quoteId);
  if (sameSource(span, source)) return null;
  // The sentence before one that names no source: it gives the context that points to it.
  if (span.authorityId === source.authorityId) return "context";
  const text = evidence.quote(quoteId).text.toLowerCase();
  const has = (phrase: string) => text.includes(phrase.toLowerCase());
  if (source.authorityId && evidence.authority(source.authorityId).phrases.some(has)) return "source";
  if (d.places.some((p) => has(p.inArticle))) return "place";
  // A date names the claim's date only when the claim has one ("in recent days" as of a briefing's
  // Monday is the context, not the claim's date).
  const relative = "period" in claim && claim.period?.kind === "relative";
  if (d.timeline.some((e) => has(e.datePhrase))) return relative ? "context" : "date";
  return "context";
}

export function sourcesCards(
  d: Dataset,
  evidence: EvidenceIndex,
  locale: Locale,
  t: EvidenceT,
): SourcesCard[] {
  const nameOf = (id: string) => evidence.authority(id).name[locale];
  const also = (c: Claim): SourcesCard["claims"][number]["also"] => {
    const groups = new Map<SpanPart | null, { id: string; number: number }[]>();
    for (const id of c.quoteIds.slice(1)) {
      const part = spanPart(d, evidence, c, id);
      groups.set(part, [...(groups.get(part) ?? []), { id, number: evidence.quoteNumber(id) }]);
    }
    return [null, ...(Object.keys(partKeys) as SpanPart[])].flatMap((part) => {
      const quotes = groups.get(part);
      return quotes ? [{ part, label: t(part ? partKeys[part] : "alsoQuotes"), quotes }] : [];
    });
  };
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
          also: also(c),
        };
      }),
    };
  });
}
