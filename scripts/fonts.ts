// `npm run fonts`: writes public/fonts/inter-{latin,cyrillic,cyrillic-ext}.woff2 from
// @fontsource-variable/inter (see lib/font-subsets.ts for what is kept and why).
import { readdir, rm, writeFile } from "node:fs/promises";
import { fontFile, fontSubsets } from "../lib/font-subsets";
import { buildFont } from "./font-build";

const keep = new Set(fontSubsets.map((s) => fontFile(s).replace("/fonts/", "")));
for (const name of await readdir("public/fonts")) {
  if (!keep.has(name)) await rm(`public/fonts/${name}`);
}
for (const subset of fontSubsets) {
  const data = await buildFont(subset);
  await writeFile(`public${fontFile(subset)}`, data);
  console.log(`public${fontFile(subset)}: ${(data.length / 1024).toFixed(1)} kB`);
}
