import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("self-hosted fonts", () => {
  for (const subset of ["latin", "cyrillic", "cyrillic-ext"]) {
    it(`public/fonts keeps @fontsource-variable/inter's ${subset} file unchanged`, () => {
      const name = `inter-${subset}-wght-normal.woff2`;
      const ours = readFileSync(`public/fonts/${name}`);
      const pkg = readFileSync(`node_modules/@fontsource-variable/inter/files/${name}`);
      expect(
        ours.equals(pkg),
        `copy node_modules/@fontsource-variable/inter/files/${name} to public/fonts/`,
      ).toBe(true);
    });
  }
});
