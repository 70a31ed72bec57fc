/** Lookups over the dataset by id, shared by the explainer, the sources page and the quiz. */
import { sourceLookup, type Source } from "./attribution";
import type { Authority, Claim, Dataset, NotStated, Place, Quote, TimelineEvent } from "./schemas";

export interface EvidenceIndex {
  claim(id: string): Claim;
  quote(id: string): Quote;
  authority(id: string): Authority;
  place(id: string): Place;
  notStated(id: string): NotStated;
  event(id: string): TimelineEvent;
  hasClaim(id: string): boolean;
  /** 1-based number of a quote, in the order of the sources page. */
  quoteNumber(id: string): number;
  /** The claims a quote states (their first span): the sources page lists them under its card. */
  claimsForQuote(id: string): Claim[];
  /** Who says so, derived from the claim's spans (`lib/attribution.ts`). */
  source(claim: Claim): Source;
  /** The article's attribution of one span. */
  quoteSource(id: string): Source;
}

function byId<T extends { id: string }>(items: readonly T[], what: string) {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id: string): T => {
    const item = map.get(id);
    if (!item) throw new Error(`unknown ${what} "${id}"`);
    return item;
  };
}

export function indexDataset(d: Dataset): EvidenceIndex {
  const quoteOrder = new Map(d.quotes.map((q, i) => [q.id, i + 1]));
  const claimIds = new Set(d.claims.map((c) => c.id));
  const sources = sourceLookup(d);
  return {
    claim: byId(d.claims, "claim"),
    quote: byId(d.quotes, "quote"),
    authority: byId(d.authorities, "authority"),
    place: byId(d.places, "place"),
    notStated: byId(d.notStated, "not-stated item"),
    event: byId(d.timeline, "timeline event"),
    hasClaim: (id) => claimIds.has(id),
    quoteNumber(id) {
      const n = quoteOrder.get(id);
      if (n === undefined) throw new Error(`unknown quote "${id}"`);
      return n;
    },
    claimsForQuote: (id) => d.claims.filter((c) => c.quoteIds[0] === id),
    source: (claim) => sources.claim(claim),
    quoteSource: (id) => sources.quote(id),
  };
}
