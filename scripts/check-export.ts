// Checks the static export: every locale's pages are there, and `/` is a small plain-HTML chooser.
import { existsSync, readFileSync, statSync } from "node:fs";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { locales } from "../lib/locales";
import { paths, sections } from "../lib/paths";
import { contentHash } from "../server/content-hash";

const problems: string[] = [];
/** The pages each locale must have, as the part after `/{locale}/`. */
const pages = ["", ...sections, "404"];
for (const locale of locales) {
  for (const page of pages) {
    const file = `out/${locale}/${page ? `${page}/` : ""}index.html`;
    if (!existsSync(file)) problems.push(`missing ${file}`);
    else if (!readFileSync(file, "utf8").includes(`<html lang="${locale}"`))
      problems.push(`${file}: wrong <html lang>`);
  }
  // The quiz, teacher and worksheet pages fetch their questions from `/{locale}/quiz/{hash}.json`,
  // named by the hash of the same body that `/{locale}/quiz.json` holds.
  const latest = `out${paths.quizBundleLatest(locale)}`;
  if (!existsSync(latest)) problems.push(`missing ${latest}`);
  else {
    const body = readFileSync(latest, "utf8");
    if ((JSON.parse(body) as { pack?: { locale?: string } }).pack?.locale !== locale)
      problems.push(`${latest}: not the ${locale} quiz bundle`);
    const url = paths.quizBundle(locale, contentHash(body));
    const hashed = `out${url}`;
    if (!existsSync(hashed)) problems.push(`missing ${hashed} (the hash of ${latest})`);
    else if (readFileSync(hashed, "utf8") !== body) problems.push(`${hashed} differs from ${latest}`);
    const quizPage = `out${paths.section(locale, "quiz")}/index.html`;
    if (existsSync(quizPage) && !readFileSync(quizPage, "utf8").includes(url))
      problems.push(`${quizPage} does not load ${url}`);
  }
}
// The offline lesson: the worker lists each language's pages and quiz bundle (never a precompressed
// copy), and each language has its web app manifest.
const worker = existsSync("out/sw.js") ? readFileSync("out/sw.js", "utf8") : "";
if (!worker) problems.push("missing out/sw.js (scripts/build-sw.ts)");
for (const locale of locales) {
  for (const url of [`${paths.section(locale, "quiz")}/`, `${paths.step(locale, "the-order")}/`])
    if (worker && !worker.includes(`"${url}"`)) problems.push(`out/sw.js does not keep ${url} offline`);
  const manifest = `out${paths.webManifest(locale)}`;
  if (!existsSync(manifest)) problems.push(`missing ${manifest}`);
  else if ((JSON.parse(readFileSync(manifest, "utf8")) as { lang?: string }).lang !== locale)
    problems.push(`${manifest}: not the ${locale} manifest`);
}
if (/\.(br|gz)"/.test(worker)) problems.push("out/sw.js lists precompressed copies");
// The live class's API needs the server (`npm start`): nothing of it belongs in a static site, and the
// source folder must be back in place after the export build.
if (existsSync("out/api")) problems.push("out/api exists: the API routes must stay out of the export");
if (!existsSync("app/api/live")) problems.push("app/api/live is missing after the export (not moved back?)");
// Precompressed copies: each decompresses to its file, byte for byte (one page, one script, a bundle).
const samples = [`out${paths.section("kk", "sources")}/index.html`, `out${paths.quizBundleLatest("kk")}`];
const script = readFileSync(samples[0]!, "utf8").match(/\/_next\/static\/[^"]+\.js/)?.[0];
if (script) samples.push(`out${script}`);
else problems.push(`${samples[0]}: no script found to check its precompressed copies`);
for (const file of samples) {
  if (!existsSync(file)) continue;
  const raw = readFileSync(file);
  for (const [ext, unpack] of [
    [".br", brotliDecompressSync],
    [".gz", gunzipSync],
  ] as const) {
    if (!existsSync(file + ext)) problems.push(`missing ${file}${ext}`);
    else if (!unpack(readFileSync(file + ext)).equals(raw)) problems.push(`${file}${ext} is not ${file}`);
  }
}
const root = "out/index.html";
if (!existsSync(root)) problems.push(`missing ${root}`);
else {
  const html = readFileSync(root, "utf8");
  if (statSync(root).size > 4096)
    problems.push(`${root} is ${statSync(root).size} bytes (expected a tiny page)`);
  if (/<script[^>]+src=/.test(html)) problems.push(`${root} loads a script file`);
  for (const l of locales)
    if (!html.includes(`href="${paths.home(l)}/"`)) problems.push(`${root}: no link to /${l}/`);
}
for (const p of problems) console.error(`export: ${p}`);
if (problems.length) process.exit(1);
console.log(
  `export: ${pages.length * locales.length + 1} pages and ${locales.length} quiz bundles checked in out/`,
);
