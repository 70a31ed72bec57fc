import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { formatDayMonth, formatPeriodDates, formatWeekday } from "@/lib/format";
import { periodBounds } from "@/lib/periods";
import { dataset } from "@/server/evidence";

const DAY = 86_400_000;
const dayIndex = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/**
 * The dated events of the article on a day axis (21–27 September 2022), drawn as SVG on the server,
 * with the same events as an ordered list for screen readers and print.
 */
export async function Timeline({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Charts" });
  const events = [...dataset.timeline]
    .filter((e) => periodBounds(e.period).from >= "2022-09-21")
    .sort((a, b) => periodBounds(a.period).from.localeCompare(periodBounds(b.period).from));
  const first = dayIndex("2022-09-21");
  const days = Array.from({ length: 7 }, (_, i) => new Date((first + i) * DAY).toISOString().slice(0, 10));
  const width = 760;
  const left = 20;
  const step = (width - left * 2) / 6;
  const x = (iso: string) => left + (dayIndex(iso) - first) * step;

  // Events stack above their day; a range is a bar across its days.
  const lanes = new Map<string, number>();
  const rows = events.map((e) => {
    const start = periodBounds(e.period).from;
    const lane = lanes.get(start) ?? 0;
    lanes.set(start, lane + 1);
    return { e, start, lane };
  });
  const maxLane = Math.max(1, ...lanes.values());
  const height = 76 + maxLane * 24;

  return (
    <figure className="print-avoid-break my-8">
      <figcaption className="mb-2">
        <span className="block font-bold">{t("timelineTitle")}</span>
        <span className="block text-base text-muted">{t("timelineCaption")}</span>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full" aria-hidden="true" focusable="false">
        <line
          x1={left}
          x2={width - left}
          y1={height - 40}
          y2={height - 40}
          stroke="var(--color-muted)"
          strokeWidth="2"
        />
        {days.map((d) => (
          <g key={d} transform={`translate(${x(d)},${height - 40})`}>
            <line y1={-5} y2={5} stroke="var(--color-muted)" strokeWidth="2" />
            <text y={22} textAnchor="middle" fontSize="14" fill="var(--color-text)">
              {Number(d.slice(8))}
            </text>
            <text y={36} textAnchor="middle" fontSize="11" fill="var(--color-muted)">
              {new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(
                new Date(`${d}T12:00:00Z`),
              )}
            </text>
          </g>
        ))}
        {rows.map(({ e, start, lane }, i) => {
          const y = height - 56 - lane * 24;
          const end = e.period.kind === "range" ? e.period.to : start;
          return (
            <g key={e.id}>
              {end !== start ? (
                <rect
                  x={x(start)}
                  y={y - 5}
                  width={x(end) - x(start)}
                  height={10}
                  rx={5}
                  fill="var(--color-chart-2)"
                />
              ) : (
                <circle cx={x(start)} cy={y} r={10} fill="var(--color-chart-1)" />
              )}
              <text
                x={end !== start ? (x(start) + x(end)) / 2 : x(start)}
                y={y + 4.5}
                textAnchor="middle"
                fontSize="12"
                fontWeight="700"
                fill={end !== start ? "#000" : "#fff"}
              >
                {i + 1}
              </text>
            </g>
          );
        })}
      </svg>
      <ol className="mt-3 space-y-2">
        {events.map((e, i) => (
          <li key={e.id} className="grid grid-cols-[2rem_1fr] gap-x-2 sm:grid-cols-[2rem_13rem_1fr]">
            <span aria-hidden="true" className="tabular-nums font-bold text-chart-1">
              {i + 1}
            </span>
            <span className="tabular-nums font-semibold">
              {e.period.kind === "day"
                ? `${formatWeekday(e.period.date, locale)}, ${formatDayMonth(e.period.date, locale)}`
                : formatPeriodDates(e.period, locale)}
            </span>
            <span className="col-start-2 sm:col-start-3">{e.label[locale]}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
