import type { Locale } from "@/lib/locales";
import { formatFigure } from "@/lib/format";
import { renderStatement } from "@/lib/statements";
import { Citation } from "./Citation";
import { evidence } from "@/server/evidence";

/** What `<Claim … />` in MDX may set. */
export interface ClaimProps {
  id: string;
  /** Only the figure with its qualifier ("nearly 100,000"), for use inside a sentence. */
  figure?: boolean;
  /** Where the reference was written, so an unknown id names its file. */
  file?: string;
}

/**
 * `<Claim id="…" />` in MDX: the claim's sentence (or, with `figure`, its figure) in the reader's
 * language, rendered from the dataset, with a citation mark linking to each of its quotes.
 */
export async function ClaimText({ id, figure = false, file, locale }: ClaimProps & { locale: Locale }) {
  if (!evidence.hasClaim(id)) {
    throw new Error(`${file ?? "content"}: <Claim id="${id}" />: no claim with this id in content/claims.ts`);
  }
  const claim = evidence.claim(id);
  if (figure && claim.kind !== "number") {
    throw new Error(
      `${file ?? "content"}: <Claim id="${id}" figure />: "${id}" is a ${claim.kind} claim, not a number`,
    );
  }
  const text =
    figure && claim.kind === "number"
      ? formatFigure(
          { value: claim.value, range: claim.range, qualifier: claim.qualifier, unit: claim.unit },
          locale,
        )
      : renderStatement(claim, locale);
  return (
    <span data-claim={id}>
      <span className={figure ? "tabular-nums font-semibold" : undefined}>{text}</span>
      {claim.quoteIds.map((quoteId) => (
        <Citation key={quoteId} quoteId={quoteId} locale={locale} />
      ))}
    </span>
  );
}
