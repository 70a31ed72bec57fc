// Just the calls scripts/font-build.ts makes: neither package ships its own types.
declare module "subset-font" {
  interface SubsetFontOptions {
    targetFormat?: "sfnt" | "woff" | "woff2" | "truetype";
    keepFeatures?: readonly string[];
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
  }
  export default function subsetFont(
    buffer: Buffer,
    text: string,
    options?: SubsetFontOptions,
  ): Promise<Buffer>;
}

declare module "fontverter" {
  export function convert(buffer: Buffer, toFormat: "sfnt" | "woff" | "woff2"): Promise<Buffer>;
}
