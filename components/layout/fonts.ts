/**
 * Inter (variable) from @fontsource-variable/inter, copied to public/fonts (a test keeps the copies
 * identical to the package's files). Declared here, not in the bundled CSS, so the bundler does not
 * copy the files a second time under hashed names: the preloaded URL is the one the page uses.
 * Kazakh needs all three subsets: latin (digits, spaces), cyrillic, and cyrillic-ext (ә ғ қ ң ө ү һ).
 */
const subsets = [
  [
    "latin",
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
  ],
  ["cyrillic", "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116"],
  ["cyrillic-ext", "U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F"],
] as const;

export const fontFiles = subsets.map(([subset]) => `/fonts/inter-${subset}-wght-normal.woff2`);

export const fontFaceCss = subsets
  .map(
    ([subset, range]) =>
      `@font-face{font-family:"Inter Variable";font-style:normal;font-display:swap;font-weight:100 900;src:url(/fonts/inter-${subset}-wght-normal.woff2) format("woff2-variations");unicode-range:${range}}`,
  )
  .join("");
