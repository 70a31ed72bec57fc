import { buildDestinationsMap, type LonLat, type MapCountry } from "@/lib/geo";

export type DestinationsMapPlace = {
  id: string;
  /** Already localized. */
  name: string;
  /** [longitude, latitude] of the marker. */
  coords: LonLat;
  kind: "country" | "crossing";
  /** ISO 3166 numeric code of the country to highlight as a destination, e.g. "268" (Georgia). */
  isoNumeric?: string;
};

export type DestinationsMapProps = {
  title: string;
  caption: string;
  sourceLine: string;
  legendDestination: string;
  legendRussia: string;
  places: readonly DestinationsMapPlace[];
  /** Unique on the page; the SVG title's id is `${idPrefix}-title`. */
  idPrefix: string;
  /** Summary of the text alternative (the list of places); defaults to the caption. */
  listLabel?: string;
  /** Open the list of places (for print, where a closed <details> would not show). */
  open?: boolean;
};

const WIDTH = 800;
const HEIGHT = 520;

const FILL: Record<MapCountry["role"], { fill: string; opacity: number }> = {
  other: { fill: "var(--color-border)", opacity: 0.7 },
  russia: { fill: "var(--color-muted)", opacity: 0.55 },
  destination: { fill: "var(--color-accent)", opacity: 1 },
};

function Swatch({ role }: { role: MapCountry["role"] }) {
  const { fill, opacity } = FILL[role];
  return (
    <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14" className="inline-block shrink-0">
      <rect width="14" height="14" rx="2" fill={fill} fillOpacity={opacity} />
    </svg>
  );
}

/** Server-rendered SVG map of where people leaving Russia in September 2022 went. Deterministic. */
export function DestinationsMap({
  title,
  caption,
  sourceLine,
  legendDestination,
  legendRussia,
  places,
  idPrefix,
  listLabel,
  open = false,
}: DestinationsMapProps) {
  const highlight = [...new Set(places.flatMap((p) => (p.isoNumeric ? [p.isoNumeric] : [])))];
  const map = buildDestinationsMap({
    width: WIDTH,
    height: HEIGHT,
    highlight,
    labels: places.map(({ id, name, coords, kind }) => ({ id, name, coords, kind })),
  });
  const titleId = `${idPrefix}-title`;
  const captionId = `${idPrefix}-caption`;
  const fs = map.fontSize;

  return (
    <figure className="my-8">
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={captionId}
        viewBox={map.viewBox}
        width={map.width}
        height={map.height}
        className="block h-auto w-full max-w-full rounded border border-border"
      >
        <title id={titleId}>{title}</title>
        <g stroke="var(--color-bg)" strokeWidth={0.75} strokeLinejoin="round">
          {map.countries.map((c) => (
            <path key={c.id} d={c.d} fill={FILL[c.role].fill} fillOpacity={FILL[c.role].opacity} />
          ))}
        </g>
        <g
          fontSize={fs}
          fill="var(--color-text)"
          stroke="var(--color-bg)"
          strokeWidth={fs * 0.25}
          strokeLinejoin="round"
          paintOrder="stroke"
        >
          {map.labels.map((l) => (
            <g key={l.id}>
              {l.kind === "crossing" ? (
                <circle
                  cx={l.x}
                  cy={l.y}
                  r={fs * 0.33}
                  fill="var(--color-bg)"
                  stroke="var(--color-text)"
                  strokeWidth={2.5}
                />
              ) : (
                <circle cx={l.x} cy={l.y} r={fs * 0.22} strokeWidth={1.5} />
              )}
              <text x={l.tx} y={l.ty} textAnchor={l.anchor} fontWeight={l.kind === "crossing" ? 600 : 500}>
                {l.name}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <div className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        <span className="inline-flex items-center gap-1.5">
          <Swatch role="destination" />
          {legendDestination}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <Swatch role="russia" />
          {legendRussia}
        </span>
      </div>
      <figcaption className="mt-2 text-sm text-muted">
        <p id={captionId}>{caption}</p>
        <p className="mt-1">{sourceLine}</p>
        <details className="mt-2 text-text" open={open}>
          <summary className="cursor-pointer">{listLabel ?? caption}</summary>
          <ul className="mt-1 list-disc pl-6">
            {places.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
          </ul>
        </details>
      </figcaption>
    </figure>
  );
}
