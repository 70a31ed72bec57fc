import { fill } from "@/lib/fill";
import { formatNumber, formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/locales";
import type { HostLabels } from "./host-labels";

export function share(count: number, total: number, locale: Locale): string {
  return formatPercent(total > 0 ? Math.round((count / total) * 100) : 0, locale);
}

/** A bar with its count and percentage written beside it (the numbers are the text; the bar is decoration). */
export function CountBar({
  count,
  total,
  locale,
  labels,
  right = false,
}: {
  count: number;
  total: number;
  locale: Locale;
  labels: HostLabels;
  right?: boolean;
}) {
  const width = total > 0 ? (count / total) * 100 : 0;
  return (
    <span className="flex w-[min(18rem,100%)] items-center gap-3">
      <span aria-hidden="true" className="h-[0.8em] flex-1 overflow-hidden rounded-sm bg-surface">
        <span className={`block h-full ${right ? "bg-ok" : "bg-chart-1"}`} style={{ width: `${width}%` }} />
      </span>
      <span className="tabular-nums w-[7.5em] shrink-0 text-end font-semibold" data-testid="bar-count">
        {fill(labels.countOf, { count: formatNumber(count, locale), percent: share(count, total, locale) })}
      </span>
    </span>
  );
}

/** The right answer's mark: an icon and a word, never colour alone. */
export function RightMark({ label }: { label: string }) {
  return (
    <span className="inline-flex items-center gap-1 rounded-full border-2 border-ok bg-ok-bg px-2 text-[0.8em] font-bold whitespace-nowrap text-ok">
      <span aria-hidden="true">✓</span>
      {label}
    </span>
  );
}
