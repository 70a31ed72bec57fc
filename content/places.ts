import type { z } from "zod";
import type { placeSchema } from "@/lib/schemas";

/**
 * Places the article names. Coordinates are [longitude, latitude] of a label point inside the
 * country (not a centroid); isoNumeric matches the world-atlas feature ids.
 */
export const places: z.input<typeof placeSchema>[] = [
  {
    id: "kazakhstan",
    name: { en: "Kazakhstan", ru: "Казахстан", kk: "Қазақстан" },
    kind: "country",
    role: "destination",
    coords: [67.5, 48.2],
    isoNumeric: "398",
  },
  {
    id: "georgia",
    name: { en: "Georgia", ru: "Грузия", kk: "Грузия" },
    kind: "country",
    role: "destination",
    coords: [43.4, 42.2],
    isoNumeric: "268",
  },
  {
    id: "armenia",
    name: { en: "Armenia", ru: "Армения", kk: "Армения" },
    kind: "country",
    role: "destination",
    coords: [44.9, 40.3],
    isoNumeric: "051",
  },
  {
    id: "mongolia",
    name: { en: "Mongolia", ru: "Монголия", kk: "Моңғолия" },
    kind: "country",
    role: "destination",
    coords: [103.0, 46.8],
    isoNumeric: "496",
  },
  {
    id: "finland",
    name: { en: "Finland", ru: "Финляндия", kk: "Финляндия" },
    kind: "country",
    role: "destination",
    coords: [26.0, 62.8],
    isoNumeric: "246",
  },
  {
    id: "norway",
    name: { en: "Norway", ru: "Норвегия", kk: "Норвегия" },
    kind: "country",
    role: "destination",
    coords: [9.0, 61.5],
    isoNumeric: "578",
  },
  {
    id: "kyrgyzstan",
    name: { en: "Kyrgyzstan", ru: "Кыргызстан", kk: "Қырғызстан" },
    kind: "country",
    role: "destination",
    coords: [74.5, 41.6],
    isoNumeric: "417",
  },
  {
    id: "uzbekistan",
    name: { en: "Uzbekistan", ru: "Узбекистан", kk: "Өзбекстан" },
    kind: "country",
    role: "destination",
    coords: [63.5, 41.5],
    isoNumeric: "860",
  },
  {
    id: "russia",
    name: { en: "Russia", ru: "Россия", kk: "Ресей" },
    kind: "country",
    role: "origin",
    coords: [95.0, 62.0],
    isoNumeric: "643",
  },
  {
    id: "ukraine",
    name: { en: "Ukraine", ru: "Украина", kk: "Украина" },
    kind: "country",
    role: "context",
    coords: [31.2, 49.1],
    isoNumeric: "804",
  },
  {
    id: "storskog",
    name: { en: "Storskog", ru: "Стурскуг", kk: "Стурскуг" },
    kind: "crossing",
    role: "destination",
    coords: [30.13, 69.67],
  },
];
