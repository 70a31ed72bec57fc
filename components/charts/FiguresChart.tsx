import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import type { NumberClaim } from "@/lib/schemas";
import { formatFigure, formatPeriodDates } from "@/lib/format";
import { dataset, evidence } from "@/server/evidence";
import { Citation } from "@/components/evidence/Citation";
import type { Source } from "@/lib/attribution";

type Measure = "per-day" | "one-day" | "total";
const titles = { "per-day": "perDayTitle", "one-day": "oneDayTitle", total: "totalTitle" } as const;
const captions = { "per-day": "perDayCaption", "one-day": "oneDayCaption", total: "totalCaption" } as const;
const colours = [
  "var(--color-chart-1)",
  "var(--color-chart-3)",
  "var(--color-chart-4)",
  "var(--color-chart-2)",
];

/**
 * One small bar chart per kind of measure (per-day rates, one-day counts, multi-day totals): kinds
 * are never mixed, and nothing is added up or netted. Each bar is labelled on the data with its
 * figure (qualifier kept), period and source; the data table is the text alternative.
 */
export async function FiguresChart({
  measure,
  locale,
  open = false,
}: {
  measure: Measure;
  locale: Locale;
  open?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "Charts" });
  const tp = await getTranslations({ locale, namespace: "Periods" });
  const claims = dataset.claims.filter(
    (c): c is NumberClaim =>
      c.kind === "number" && c.measure === measure && c.unit !== "percent" && !!c.chartLabel,
  );
  if (claims.length === 0)
    throw new Error(`<FiguresChart measure="${measure}" />: no number claims with a chartLabel`);

  const sourceText = ({ attribution, authorityId }: Source) =>
    !authorityId
      ? t("sourceUnattributed")
      : t(attribution === "context" ? "sourceContext" : "source", {
          name: evidence.authority(authorityId).name[locale],
        });
  const max = Math.max(...claims.map((c) => c.range?.max ?? c.value ?? 0));
  const rows = claims.map((c) => ({
    claim: c,
    label: c.chartLabel![locale],
    figure: formatFigure(c, locale),
    period: c.period
      ? (formatPeriodDates(c.period, locale) ??
        tp(c.period.kind === "relative" ? c.period.key : "recent-days"))
      : "",
    source: sourceText(evidence.source(c)),
  }));
  const barArea = 100;
  // A total without a period (the by-air figure) says so, rather than seeming to share the others'.
  for (const row of rows) if (!row.period && measure === "total") row.period = t("periodNotStated");

  return (
    <figure className="print-avoid-break my-8 rounded-lg border border-border p-4">
      <figcaption>
        <span className="block font-bold">{t(titles[measure])}</span>
        <span className="block text-base text-muted">{t(captions[measure])}</span>
      </figcaption>
      <ul className="mt-4 space-y-4">
        {rows.map(({ claim, label, figure, period, source }, i) => {
          const hi = ((claim.range?.max ?? claim.value ?? 0) / max) * barArea;
          const lo = claim.range ? (claim.range.min / max) * barArea : hi;
          const colour = colours[i % colours.length];
          return (
            <li key={claim.id}>
              <p className="text-base">
                <span className="font-semibold">{label}</span> ·{" "}
                <span className="tabular-nums font-bold">{figure}</span>
                {period && <span className="text-muted"> · {period}</span>}
              </p>
              <svg
                viewBox={`0 0 ${barArea} 6`}
                preserveAspectRatio="none"
                className="mt-1 block h-5 w-full"
                aria-hidden="true"
                focusable="false"
              >
                <rect x="0" y="0" width={barArea} height="6" fill="var(--color-surface)" />
                <rect x="0" y="0" width={lo} height="6" fill={colour} />
                {claim.range && <rect x={lo} y="0" width={hi - lo} height="6" fill={colour} opacity="0.45" />}
              </svg>
              <p className="text-sm text-muted">{source}</p>
            </li>
          );
        })}
      </ul>
      <p className="mt-3 text-sm text-muted">{t("sourcesLine")}</p>
      <details className="mt-2" open={open}>
        <summary className="cursor-pointer py-2 font-semibold text-accent">{t("dataTable")}</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full border-collapse text-base">
            <caption className="sr-only">{t(titles[measure])}</caption>
            <thead>
              <tr className="border-b border-border text-start">
                <th scope="col" className="py-1 pe-2 text-start">
                  {t("colWhat")}
                </th>
                <th scope="col" className="py-1 pe-2 text-start">
                  {t("colFigure")}
                </th>
                <th scope="col" className="py-1 pe-2 text-start">
                  {t("colPeriod")}
                </th>
                <th scope="col" className="py-1 text-start">
                  {t("colSource")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ claim, label, figure, period, source }) => (
                <tr key={claim.id} className="border-b border-border align-top">
                  <th scope="row" className="py-1 pe-2 text-start font-normal">
                    {label}
                  </th>
                  <td className="tabular-nums py-1 pe-2">
                    {figure}
                    {claim.quoteIds.map((id) => (
                      <Citation key={id} quoteId={id} locale={locale} />
                    ))}
                  </td>
                  <td className="py-1 pe-2">{period}</td>
                  <td className="py-1">{source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
