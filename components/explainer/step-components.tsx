import type { ReactNode } from "react";
import type { MDXComponents } from "mdx/types";
import type { Locale } from "@/lib/locales";
import { ClaimText, type ClaimProps } from "@/components/evidence/ClaimText";
import { QuoteCard } from "@/components/evidence/QuoteCard";
import { Callout } from "@/components/evidence/Callout";
import { Timeline } from "@/components/charts/Timeline";
import { FiguresChart } from "@/components/charts/FiguresChart";
import { LocalizedDestinationsMap } from "@/components/charts/LocalizedDestinationsMap";

/** The components an explainer step's MDX may use, bound to its file so errors can name it. */
export function stepComponents(slug: string, locale: Locale, { printable = false } = {}): MDXComponents {
  const file = `content/steps/${slug}/${locale}.mdx`;
  return {
    Claim: (props: ClaimProps) => <ClaimText {...props} locale={locale} file={file} />,
    Quote: ({ id }: { id: string }) => (
      <div className="my-6">
        <QuoteCard id={id} locale={locale} />
      </div>
    ),
    Callout: (props: { kind: "unknown" | "who"; children: ReactNode }) => (
      <Callout {...props} locale={locale} />
    ),
    // In the printable handout the data tables are open: closed <details> would not print.
    FiguresChart: (props: { measure: "per-day" | "one-day" | "total" }) => (
      <FiguresChart {...props} locale={locale} open={printable} />
    ),
    Timeline: () => <Timeline locale={locale} />,
    DestinationsMap: () => <LocalizedDestinationsMap locale={locale} open={printable} />,
  };
}
