/**
 * World country shapes and the data behind the destinations map. Pure and deterministic: the same
 * input always gives the same path strings, so the map can be rendered on the server.
 *
 * Source: Natural Earth 1:110m via world-atlas 2.0.2. Natural Earth draws Crimea inside Russia; here it
 * is moved to Ukraine (internationally recognised borders), merged so that no line separates it from
 * mainland Ukraine.
 */
import { geoArea, geoConicEqualArea, geoContains, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from "geojson";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

export type CountryProps = { name: string };
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps> & { id: string };
export type LonLat = [lon: number, lat: number];

export const RUSSIA_ID = "643";
export const UKRAINE_ID = "804";
/** A point in Crimea, used to find the Crimea polygon in Natural Earth's Russia. */
export const SIMFEROPOL: LonLat = [34.1, 44.95];
export const MOSCOW: LonLat = [37.62, 55.75];

type Countries = GeometryCollection<CountryProps>;
const topology = world as unknown as Topology<{ countries: Countries }>;

type TopoPolygon = Extract<GeometryObject<CountryProps>, { type: "Polygon" }>;
type TopoMultiPolygon = Extract<GeometryObject<CountryProps>, { type: "MultiPolygon" }>;
type TopoArea = TopoPolygon | TopoMultiPolygon;

function isArea(g: GeometryObject<CountryProps>): g is TopoArea {
  return g.type === "Polygon" || g.type === "MultiPolygon";
}

/** Natural Earth leaves a few disputed areas without an ISO code (Kosovo, N. Cyprus, Somaliland). */
function countryId(g: TopoArea): string {
  if (g.id !== undefined) return String(g.id);
  const name = g.properties?.name ?? "unknown";
  return `x-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

function toFeature(g: TopoArea, id: string): CountryFeature {
  const f = feature(topology, g) as Feature<Polygon | MultiPolygon, CountryProps>;
  return { ...f, id, properties: { name: g.properties?.name ?? id } };
}

function buildCountries(): CountryFeature[] {
  const geometries = topology.objects.countries.geometries.filter(isArea);
  const russia = geometries.find((g) => countryId(g) === RUSSIA_ID);
  const ukraine = geometries.find((g) => countryId(g) === UKRAINE_ID);
  if (!russia || russia.type !== "MultiPolygon" || !ukraine)
    throw new Error("geo: Russia or Ukraine missing");

  const crimeaIndex = russia.arcs.findIndex((arcs) =>
    geoContains(feature(topology, { type: "Polygon", arcs }), SIMFEROPOL),
  );
  const crimeaArcs = russia.arcs[crimeaIndex];
  if (!crimeaArcs) throw new Error("geo: Crimea polygon not found in Russia");

  const russiaFixed: TopoMultiPolygon = { ...russia, arcs: russia.arcs.filter((_, i) => i !== crimeaIndex) };
  const crimea: TopoPolygon = { type: "Polygon", arcs: crimeaArcs };
  const ukraineFixed: CountryFeature = {
    type: "Feature",
    id: UKRAINE_ID,
    properties: { name: ukraine.properties?.name ?? "Ukraine" },
    geometry: merge(topology, [ukraine, crimea]),
  };

  return geometries.map((g) => {
    const id = countryId(g);
    if (id === UKRAINE_ID) return ukraineFixed;
    return toFeature(id === RUSSIA_ID ? russiaFixed : g, id);
  });
}

let cache: readonly CountryFeature[] | undefined;

/** Every country of Natural Earth 1:110m, with Crimea in Ukraine. `id` is the ISO 3166 numeric code. Shared: do not mutate. */
export function countryFeatures(): readonly CountryFeature[] {
  cache ??= buildCountries();
  return cache;
}

export function countryById(id: string): CountryFeature | undefined {
  return countryFeatures().find((f) => f.id === id);
}

/** The largest polygon of a country (drops e.g. Svalbard from Norway), used to frame the map. */
function mainland(f: CountryFeature): Polygon {
  if (f.geometry.type === "Polygon") return f.geometry;
  const polygons: Polygon[] = f.geometry.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }));
  return polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

export type MapLabelInput = { id: string; name: string; coords: LonLat; kind: "country" | "crossing" };
export type MapCountry = { id: string; name: string; d: string; role: "destination" | "russia" | "other" };
export type MapLabel = {
  id: string;
  name: string;
  kind: MapLabelInput["kind"];
  /** The marker. */
  x: number;
  y: number;
  /** The text's anchor point (SVG `x`/`y` of the <text>). */
  tx: number;
  ty: number;
  anchor: "start" | "middle" | "end";
};
export type DestinationsMapData = {
  viewBox: string;
  width: number;
  height: number;
  fontSize: number;
  countries: MapCountry[];
  labels: MapLabel[];
};

type Box = { x0: number; y0: number; x1: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Places each label next to its marker: right of it if it fits, else left, above or below, avoiding the
 * edges of the view box and the labels placed before it. Text width is estimated (≈0.56em a glyph).
 */
function placeLabels(
  points: { input: MapLabelInput; x: number; y: number }[],
  w: number,
  h: number,
  fs: number,
) {
  const placed: Box[] = points.map(({ x, y }) => ({ x0: x - 3, y0: y - 3, x1: x + 3, y1: y + 3 }));
  const gap = fs * 0.45;
  return points.map(({ input, x, y }, i): MapLabel => {
    const tw = input.name.length * fs * 0.56;
    const candidates: { tx: number; ty: number; anchor: MapLabel["anchor"]; box: Box }[] = [
      {
        tx: x + gap,
        ty: y + fs * 0.35,
        anchor: "start",
        box: { x0: x + gap, x1: x + gap + tw, y0: y - fs * 0.5, y1: y + fs * 0.5 },
      },
      {
        tx: x - gap,
        ty: y + fs * 0.35,
        anchor: "end",
        box: { x0: x - gap - tw, x1: x - gap, y0: y - fs * 0.5, y1: y + fs * 0.5 },
      },
      {
        tx: x,
        ty: y - gap,
        anchor: "middle",
        box: { x0: x - tw / 2, x1: x + tw / 2, y0: y - gap - fs, y1: y - gap },
      },
      {
        tx: x,
        ty: y + gap + fs * 0.8,
        anchor: "middle",
        box: { x0: x - tw / 2, x1: x + tw / 2, y0: y + gap, y1: y + gap + fs },
      },
    ];
    const inside = (b: Box) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= w - 2 && b.y1 <= h - 2;
    const free = (b: Box) => placed.every((p, j) => j === i || !overlaps(b, p));
    const fitting = candidates.filter((c) => inside(c.box));
    const [right, left] = candidates as [(typeof candidates)[0], (typeof candidates)[0]];
    const best = fitting.find((c) => free(c.box)) ?? fitting[0] ?? (x > w / 2 ? left : right);
    placed.push(best.box);
    return {
      id: input.id,
      name: input.name,
      kind: input.kind,
      x: round1(x),
      y: round1(y),
      tx: round1(best.tx),
      ty: round1(best.ty),
      anchor: best.anchor,
    };
  });
}

export type DestinationsMapInput = {
  width: number;
  height: number;
  /** ISO numeric ids of the destination countries. */
  highlight: readonly string[];
  labels: readonly MapLabelInput[];
};

/**
 * Everything needed to draw the destinations map as SVG: an equal-area conic projection centred on 60°E,
 * framed on the destination countries (their mainland), Moscow and the labelled places. Only countries
 * visible in the frame are returned, clipped to it, with coordinates rounded to 0.1 px.
 */
export function buildDestinationsMap({
  width,
  height,
  highlight,
  labels,
}: DestinationsMapInput): DestinationsMapData {
  const all = countryFeatures();
  const destinations = new Set(highlight);
  const frame: FeatureCollection<Geometry> = {
    type: "FeatureCollection",
    features: [
      ...all
        .filter((f) => destinations.has(f.id))
        .map((f): Feature<Polygon> => ({ type: "Feature", properties: {}, geometry: mainland(f) })),
      ...[MOSCOW, ...labels.map((l) => l.coords)].map((coordinates: Position): Feature<Point> => ({
        type: "Feature",
        properties: {},
        geometry: { type: "Point", coordinates },
      })),
    ],
  };
  const fontSize = round1((width / 800) * 15);
  const pad = Math.round(fontSize * 1.5);
  const projection = geoConicEqualArea()
    .rotate([-60, 0])
    .parallels([45, 65])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      frame,
    )
    .clipExtent([
      [-1, -1],
      [width + 1, height + 1],
    ]);
  const path = geoPath(projection).digits(1);

  const rank = (role: MapCountry["role"]) => (role === "other" ? 0 : role === "russia" ? 1 : 2);
  const countries = all
    .map((f): MapCountry => {
      const role = destinations.has(f.id) ? "destination" : f.id === RUSSIA_ID ? "russia" : "other";
      return { id: f.id, name: f.properties.name, d: path(f) ?? "", role };
    })
    .filter((c) => c.d !== "")
    .sort((a, b) => rank(a.role) - rank(b.role));

  const points = labels.flatMap((input) => {
    const p = projection(input.coords);
    return p ? [{ input, x: p[0], y: p[1] }] : [];
  });

  return {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    fontSize,
    countries,
    labels: placeLabels(points, width, height, fontSize),
  };
}
