/**
 * The three Inter files the app ships, cut down from @fontsource-variable/inter's files of the same
 * subset names by `npm run fonts` (scripts/fonts.ts). One list drives the subsetter, the
 * `@font-face` `unicode-range`s and the tests that every character the app renders is covered.
 *
 * What is kept: the characters below (Kazakh needs all three files: digits and spaces are in
 * latin, Russian letters in cyrillic, ә ғ қ ң ө ү һ in cyrillic-ext), the weight axis from 400 to
 * 700 (the app uses 400, 500, 600 and 700) and the OpenType features the text uses: kerning, marks,
 * contextual forms and tabular figures. The package's files also carry weights 100 to 900, every
 * stylistic set and alternate, and the whole Cyrillic Extended block: 93 kB for a Kazakh page,
 * against about 43 kB for these three.
 */

/** Inclusive code point ranges. */
export type CodeRange = readonly [first: number, last: number];

export interface FontSubset {
  name: "latin" | "cyrillic" | "cyrillic-ext";
  ranges: readonly CodeRange[];
}

const one = (cp: number): CodeRange => [cp, cp];

export const fontSubsets: readonly FontSubset[] = [
  {
    name: "latin",
    ranges: [
      [0x0020, 0x007e], // ASCII
      [0x00a0, 0x00ff], // Latin-1: no-break space, « », ©, °, ×, accented letters
      one(0x0131),
      [0x0152, 0x0153],
      [0x02bb, 0x02bc],
      one(0x02c6),
      one(0x02da),
      one(0x02dc),
      one(0x0304),
      one(0x0308),
      one(0x0329),
      [0x2000, 0x206f], // spaces (Intl's narrow no-break space), dashes, quotes, …
      one(0x20ac),
      one(0x2122),
      one(0x2191), // ↑ (the package has no ← →: the system font draws those)
      one(0x2193), // ↓
      one(0x2212),
      one(0x2215),
      [0x2264, 0x2265], // ≤ ≥
    ],
  },
  {
    name: "cyrillic",
    ranges: [one(0x0301), [0x0400, 0x045f], [0x0490, 0x0491], [0x04b0, 0x04b1], one(0x2116)],
  },
  {
    // Only the Kazakh letters (Ғ Қ Ң Ү Һ Ә Ө and lower case); Ұ and І are in the cyrillic file.
    name: "cyrillic-ext",
    ranges: [
      [0x0492, 0x0493],
      [0x049a, 0x049b],
      [0x04a2, 0x04a3],
      [0x04ae, 0x04af],
      [0x04ba, 0x04bb],
      [0x04d8, 0x04d9],
      [0x04e8, 0x04e9],
    ],
  },
];

/** The weight range kept in the variable files (and declared in `@font-face`). */
export const fontWeights = { min: 400, max: 700 } as const;

/** OpenType features kept; the stylistic sets and alternates Inter also has are dropped. */
export const fontFeatures = ["ccmp", "locl", "rvrn", "calt", "liga", "kern", "mark", "mkmk", "tnum"] as const;

export const fontFile = (subset: FontSubset) => `/fonts/inter-${subset.name}.woff2`;

const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, "0");

/** CSS `unicode-range` value, e.g. "U+0020-007E,U+0131". */
export function unicodeRange(ranges: readonly CodeRange[]): string {
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(",");
}

/** Every code point of the ranges, as a string (what the subsetter is asked to keep). */
export function rangeText(ranges: readonly CodeRange[]): string {
  let text = "";
  for (const [a, b] of ranges) for (let cp = a; cp <= b; cp++) text += String.fromCodePoint(cp);
  return text;
}

/** The subset whose ranges hold `cp`, if any. */
export function subsetFor(cp: number): FontSubset | undefined {
  return fontSubsets.find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
}
