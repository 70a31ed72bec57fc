import { readdirSync, readFileSync } from "node:fs";
import { convert } from "fontverter";
import { Blob, Face } from "harfbuzzjs";
import { describe, expect, it } from "vitest";
import { dataset } from "@/content";
import { fontFile, fontSubsets, fontWeights, rangeText, subsetFor } from "@/lib/font-subsets";
import { buildFont, packageFontPath } from "@/scripts/font-build";

async function face(woff2: Buffer) {
  return new Face(new Blob(new Uint8Array(await convert(woff2, "sfnt"))));
}
const shipped = (name: string) =>
  readFileSync(`public${fontFile(fontSubsets.find((s) => s.name === name)!)}`);

/** Every string a page can show: messages, the dataset, and the MDX steps' text. */
function appText(): string {
  const parts: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") parts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  for (const file of readdirSync("messages")) walk(JSON.parse(readFileSync(`messages/${file}`, "utf8")));
  walk(dataset);
  for (const step of readdirSync("content/steps", { withFileTypes: true })) {
    if (!step.isDirectory()) continue;
    for (const file of readdirSync(`content/steps/${step.name}`)) {
      parts.push(readFileSync(`content/steps/${step.name}/${file}`, "utf8"));
    }
  }
  return parts.join("\n");
}

describe("self-hosted fonts", () => {
  it("public/fonts holds exactly the three subset files", () => {
    expect(readdirSync("public/fonts").sort()).toEqual(
      fontSubsets.map((s) => fontFile(s).replace("/fonts/", "")).sort(),
    );
  });

  for (const subset of fontSubsets) {
    it(`public/fonts/inter-${subset.name}.woff2 is what \`npm run fonts\` makes from the package`, async () => {
      const made = await buildFont(subset);
      expect(made.equals(shipped(subset.name)), "run `npm run fonts` and commit public/fonts").toBe(true);
    }, 30_000);

    it(`the ${subset.name} file has every character of its range that Inter has, at weights 400–700`, async () => {
      const ours = await face(shipped(subset.name));
      const original = await face(readFileSync(packageFontPath(subset)));
      const inOriginal = new Set(original.collectUnicodes());
      const wanted = [...rangeText(subset.ranges)]
        .map((c) => c.codePointAt(0)!)
        .filter((cp) => inOriginal.has(cp));
      expect(wanted.length).toBeGreaterThan(0);
      expect([...ours.collectUnicodes()].sort((a, b) => a - b)).toEqual(wanted.sort((a, b) => a - b));
      const wght = ours.getAxisInfos().wght;
      expect(wght).toMatchObject({ min: fontWeights.min, max: fontWeights.max, default: fontWeights.min });
    }, 30_000);
  }

  it("every character in the messages, the dataset and the steps that Inter has is in a shipped file", async () => {
    const cmaps = new Map<string, Set<number>>();
    for (const subset of fontSubsets)
      cmaps.set(subset.name, new Set((await face(shipped(subset.name))).collectUnicodes()));
    // Everything the package has, in all its subsets: a character outside it (← →) is drawn by the
    // fallback font whatever we ship.
    const dir = "node_modules/@fontsource-variable/inter/files";
    const inter = new Set<number>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith("-wght-normal.woff2"))) {
      for (const cp of (await face(readFileSync(`${dir}/${file}`))).collectUnicodes()) inter.add(cp);
    }
    expect(inter.size).toBeGreaterThan(1000);
    const missing = new Set<string>();
    for (const ch of new Set(appText())) {
      const cp = ch.codePointAt(0)!;
      if (!inter.has(cp)) continue;
      const subset = subsetFor(cp);
      if (!subset || !cmaps.get(subset.name)!.has(cp))
        missing.add(`${ch} U+${cp.toString(16).toUpperCase()}`);
    }
    expect([...missing], "add these to lib/font-subsets.ts and run `npm run fonts`").toEqual([]);
  });

  it("a Kazakh page needs all three files, a Russian page the latin and cyrillic ones", () => {
    const need = (text: string) => new Set([...text].map((c) => subsetFor(c.codePointAt(0)!)?.name));
    expect(need("2022 жылғы 21 қыркүйек")).toEqual(new Set(["latin", "cyrillic", "cyrillic-ext"]));
    expect(need("21 сентября 2022")).toEqual(new Set(["latin", "cyrillic"]));
  });
});
