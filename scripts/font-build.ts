// Cuts one of @fontsource-variable/inter's files down to a subset of lib/font-subsets.ts. Used by
// `npm run fonts` (which writes public/fonts) and by tests/unit/fonts.test.ts (which checks that
// the committed files are exactly what this makes from the installed package).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import subsetFont from "subset-font";
import { type FontSubset, fontFeatures, fontWeights, rangeText } from "../lib/font-subsets";

const require = createRequire(import.meta.url);

/** The package's file for a subset (same subset names as ours). */
export function packageFontPath(subset: FontSubset): string {
  return require.resolve(`@fontsource-variable/inter/files/inter-${subset.name}-wght-normal.woff2`);
}

export async function buildFont(subset: FontSubset): Promise<Buffer> {
  const source = await readFile(packageFontPath(subset));
  return subsetFont(source, rangeText(subset.ranges), {
    targetFormat: "woff2",
    keepFeatures: fontFeatures,
    variationAxes: { wght: { min: fontWeights.min, max: fontWeights.max, default: fontWeights.min } },
  });
}
