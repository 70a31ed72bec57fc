import { fontFile, fontSubsets, fontWeights, unicodeRange } from "@/lib/font-subsets";

/**
 * Inter (variable), cut from @fontsource-variable/inter by `npm run fonts` into public/fonts (see
 * lib/font-subsets.ts; a test checks the files are what the script makes from the package).
 * Declared here, not in the bundled CSS, so the bundler does not copy the files a second time under
 * hashed names: the preloaded URL is the one the page uses.
 */
export const fontFiles = fontSubsets.map(fontFile);

export const fontFaceCss = fontSubsets
  .map(
    (subset) =>
      `@font-face{font-family:"Inter Variable";font-style:normal;font-display:swap;font-weight:${fontWeights.min} ${fontWeights.max};src:url(${fontFile(subset)}) format("woff2-variations");unicode-range:${unicodeRange(subset.ranges)}}`,
  )
  .join("");
