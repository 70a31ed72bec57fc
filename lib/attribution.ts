/**
 * Who says so — one model for every screen. A quote (a span of the article) carries the article's
 * own attribution of that span (`speakerId`, or `contextSpeakerId` where only the context points to
 * a source); a claim's "who says so" is derived here from its spans and stored nowhere else, so a
 * quote's caption and the claim line under it cannot disagree.
 */
import type { Attribution, Authority, Claim, Quote } from "./schemas";

export interface Source {
  attribution: Attribution;
  /** The source for named, context and vague; null for nobody and newspaper. */
  authorityId: string | null;
}

type SpanFields = Pick<Quote, "id" | "speakerId" | "contextSpeakerId">;
type AuthorityFields = Pick<Authority, "id" | "topic">;

/**
 * The article's attribution of one span: named (or vague, for a source that is only "data"), by
 * context, or the newspaper's own words.
 */
export function quoteSource(quote: SpanFields, topicOf: (authorityId: string) => Authority["topic"]): Source {
  if (quote.speakerId)
    return {
      attribution: topicOf(quote.speakerId) === "data" ? "vague" : "named",
      authorityId: quote.speakerId,
    };
  if (quote.contextSpeakerId) return { attribution: "context", authorityId: quote.contextSpeakerId };
  return { attribution: "newspaper", authorityId: null };
}

/**
 * A claim's source: the attribution of its first span, the one that states it (the others show the
 * source's phrase, the country or the date). A figure the newspaper gives without a source is
 * "nobody": the article names no one for it.
 */
export function claimSource(
  claim: Pick<Claim, "kind" | "quoteIds">,
  quoteOf: (id: string) => SpanFields,
  topicOf: (authorityId: string) => Authority["topic"],
): Source {
  const source = quoteSource(quoteOf(claim.quoteIds[0]!), topicOf);
  return source.attribution === "newspaper" && claim.kind === "number"
    ? { attribution: "nobody", authorityId: null }
    : source;
}

/** `claimSource` over a dataset (or the quiz's stripped copy of one). */
export function sourceLookup(d: { quotes: readonly SpanFields[]; authorities: readonly AuthorityFields[] }) {
  const quotes = new Map(d.quotes.map((q) => [q.id, q]));
  const topics = new Map(d.authorities.map((a) => [a.id, a.topic]));
  const quoteOf = (id: string) => {
    const q = quotes.get(id);
    if (!q) throw new Error(`unknown quote "${id}"`);
    return q;
  };
  const topicOf = (id: string) => {
    const t = topics.get(id);
    if (!t) throw new Error(`unknown authority "${id}"`);
    return t;
  };
  return {
    claim: (claim: Pick<Claim, "kind" | "quoteIds">) => claimSource(claim, quoteOf, topicOf),
    quote: (id: string) => quoteSource(quoteOf(id), topicOf),
  };
}

/** The Evidence message that says who says so, and the name it takes (see messages/en.json). */
export type SourceLine =
  { key: "whoSays" | "byContext" | "vagueSource"; name: string } | { key: "unattributed" | "newspaperOwn" };

export function claimLine(source: Source, nameOf: (authorityId: string) => string): SourceLine {
  const name = source.authorityId ? nameOf(source.authorityId) : "";
  switch (source.attribution) {
    case "named":
      return { key: "whoSays", name };
    case "context":
      return { key: "byContext", name };
    case "vague":
      return { key: "vagueSource", name };
    case "nobody":
      return { key: "unattributed" };
    case "newspaper":
      return { key: "newspaperOwn" };
  }
}

/** The Evidence message of a quote's caption: whose words the English is. */
export type CaptionLine =
  { key: "direct" | "reported" | "contextCaption" | "vagueSource"; name: string } | { key: "narration" };

export function quoteCaption(
  quote: SpanFields & Pick<Quote, "direct">,
  source: Source,
  nameOf: (authorityId: string) => string,
): CaptionLine {
  if (!source.authorityId) return { key: "narration" };
  const name = nameOf(source.authorityId);
  if (source.attribution === "context") return { key: "contextCaption", name };
  if (source.attribution === "vague") return { key: "vagueSource", name };
  return { key: quote.direct ? "direct" : "reported", name };
}

/**
 * A caption or a "who says so" line in words, by the page's formatter: next-intl's `t` on the server,
 * `fill` over the raw Evidence messages on a phone.
 */
export function attributionText<K extends string>(
  line: { key: K; name: string } | { key: K },
  t: (key: K, values?: { name: string }) => string,
): string {
  return "name" in line ? t(line.key, { name: line.name }) : t(line.key);
}
