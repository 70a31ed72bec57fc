import { geoContains } from "d3-geo";
import { describe, expect, it } from "vitest";
import { buildDestinationsMap, countryById, countryFeatures, type LonLat, type MapLabelInput } from "./geo";

function country(id: string) {
  const f = countryById(id);
  if (!f) throw new Error(`no country ${id}`);
  return f;
}

const SIMFEROPOL: LonLat = [34.1, 44.95];
const SEVASTOPOL: LonLat = [33.52, 44.6];

describe("country shapes", () => {
  it("draws Crimea in Ukraine, not in Russia", () => {
    for (const p of [SIMFEROPOL, SEVASTOPOL]) {
      expect(geoContains(country("804"), p)).toBe(true);
      expect(geoContains(country("643"), p)).toBe(false);
    }
  });

  it("merges Crimea into Ukraine without a border between them", () => {
    const ukraine = country("804");
    // One outer ring for mainland Ukraine and Crimea together (they touch at Perekop).
    const polygons = ukraine.geometry.type === "Polygon" ? 1 : ukraine.geometry.coordinates.length;
    expect(polygons).toBe(1);
  });

  it.each<[string, string, LonLat]>([
    ["Moscow", "643", [37.62, 55.75]],
    ["Kyiv", "804", [30.52, 50.45]],
    ["Storskog", "578", [30.13, 69.67]],
    ["Astana", "398", [71.43, 51.13]],
  ])("puts %s in %s", (_name, id, p) => {
    expect(geoContains(country(id), p)).toBe(true);
  });

  it("gives every country a unique id", () => {
    const ids = countryFeatures().map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("643");
  });
});

describe("buildDestinationsMap", () => {
  const highlight = ["268", "398", "246", "496", "051", "417", "860", "578"];
  const labels: MapLabelInput[] = [
    { id: "georgia", name: "Georgia", coords: [44.8, 41.7], kind: "country" },
    { id: "kazakhstan", name: "Kazakhstan", coords: [71.43, 51.13], kind: "country" },
    { id: "mongolia", name: "Mongolia", coords: [106.9, 47.9], kind: "country" },
    { id: "finland", name: "Finland", coords: [24.94, 60.17], kind: "country" },
    { id: "storskog", name: "Storskog (Norway)", coords: [30.13, 69.67], kind: "crossing" },
  ];
  const width = 800;
  const height = 520;
  const map = buildDestinationsMap({ width, height, highlight, labels });

  it("contains every destination, with a non-empty path", () => {
    for (const id of highlight) {
      const c = map.countries.find((x) => x.id === id);
      expect(c?.role, id).toBe("destination");
      expect(c?.d.length, id).toBeGreaterThan(10);
    }
    expect(map.countries.find((c) => c.id === "643")?.role).toBe("russia");
    expect(map.countries.every((c) => c.d.length > 0)).toBe(true);
  });

  it("leaves out countries outside the frame and keeps the SVG small", () => {
    const ids = map.countries.map((c) => c.id);
    expect(ids).not.toContain("840"); // United States
    expect(ids).not.toContain("036"); // Australia
    const total = map.countries.reduce((sum, c) => sum + c.d.length, 0);
    expect(total).toBeLessThan(60_000);
  });

  it("places every label inside the view box", () => {
    expect(map.viewBox).toBe(`0 0 ${width} ${height}`);
    expect(map.labels.map((l) => l.id)).toEqual(labels.map((l) => l.id));
    for (const l of map.labels) {
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.x).toBeLessThanOrEqual(width);
      expect(l.y).toBeGreaterThanOrEqual(0);
      expect(l.y).toBeLessThanOrEqual(height);
      expect(l.ty).toBeLessThanOrEqual(height);
      if (l.anchor === "start") expect(l.tx).toBeLessThan(width * 0.9);
    }
  });

  it("is deterministic", () => {
    const again = buildDestinationsMap({
      width,
      height,
      highlight: [...highlight],
      labels: labels.map((l) => ({ ...l })),
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(map));
  });
});
