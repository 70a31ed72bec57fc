import type { ReactNode } from "react";
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
    // As wide as 9em when the line has room beside the text, down to 8em; else on a line of its own.
    <span className="flex min-w-[8em] flex-[0_1_9em] items-center gap-3">
      <span aria-hidden="true" className="h-[0.8em] flex-1 overflow-hidden rounded-sm bg-surface">
        <span className={`block h-full ${right ? "bg-ok" : "bg-chart-1"}`} style={{ width: `${width}%` }} />
      </span>
      <span className="tabular-nums w-[5.5em] shrink-0 text-end font-semibold" data-testid="bar-count">
        {fill(labels.countOf, { count: formatNumber(count, locale), percent: share(count, total, locale) })}
      </span>
    </span>
  );
}

/** The right answer's mark after a line's text, when `shown`: an icon and a word, never colour alone. */
export function RightMark({ label, shown }: { label: string; shown: boolean }) {
  if (!shown) return null;
  return (
    <>
      {" "}
      <span className="inline-flex items-center gap-1 rounded-full border-2 border-ok bg-ok-bg px-2 text-[0.8em] font-bold whitespace-nowrap text-ok">
        <span aria-hidden="true">✓</span>
        {label}
      </span>
    </>
  );
}

/**
 * One line of the class's answers on the projector: `lead` (an option's letter), what was answered
 * with ✓ on the right one, then its bar unless the bars are hidden.
 */
export function ResultLine({
  right,
  count,
  total,
  locale,
  labels,
  bar = true,
  lead,
  className = "",
  textClassName = "",
  children,
  ...data
}: {
  right: boolean;
  count: number;
  total: number;
  locale: Locale;
  labels: HostLabels;
  bar?: boolean;
  lead?: ReactNode;
  className?: string;
  textClassName?: string;
  children: ReactNode;
  [attribute: `data-${string}`]: string;
}) {
  return (
    <li
      {...data}
      className={`flex flex-wrap items-center gap-x-3 rounded-md border-2 px-2 ${className} ${right ? "border-ok" : "border-border"}`}
    >
      {lead}
      {/* Never narrower than its longest word, and the bar goes under it rather than squeeze it below 11em
          (three-line options pushed a long Kazakh question off a 1024×768 projector). */}
      <span className={`min-w-min flex-[1_1_11em] ${textClassName}`}>
        {children}
        {/* In the text's box, so the bar stays on the line beside it. */}
        <RightMark shown={right} label={labels.rightAnswer} />
      </span>
      {bar && <CountBar count={count} total={total} locale={locale} labels={labels} right={right} />}
    </li>
  );
}
