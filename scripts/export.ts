// `npm run export`: the whole site as static files in `out/`, for any CDN.
// Next's export build also rewrites `.next`, so the `.next` that `next start` serves is moved aside
// for the duration and put back afterwards.
// A static site has no server, so every route handler under `app/api/` (the live class) is left out:
// the whole folder is moved aside for the export build, so a new API route cannot be forgotten.
// Every text file then gets precompressed `.br` and `.gz` copies (scripts/precompress.ts).
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { precompress } from "./precompress";
import { rootIndexHtml } from "./root-index";

const kept = ".next-kept-during-export";
const api = "app/api";
const apiKept = ".api-kept-during-export";
// An earlier export killed half-way left the API folder aside: put it back first.
if (existsSync(apiKept) && !existsSync(api)) renameSync(apiKept, api);
rmSync(kept, { recursive: true, force: true });
if (existsSync(".next")) renameSync(".next", kept);
if (existsSync(api)) renameSync(api, apiKept);
let status = 1;
try {
  const result = spawnSync("npx next build", {
    stdio: "inherit",
    shell: true,
    env: { ...process.env, STATIC_EXPORT: "1", NEXT_TELEMETRY_DISABLED: "1" },
  });
  status = result.status ?? 1;
} finally {
  if (existsSync(apiKept)) renameSync(apiKept, api);
  if (existsSync(kept)) {
    rmSync(".next", { recursive: true, force: true });
    renameSync(kept, ".next");
  }
}
if (status !== 0) process.exit(status);

// Static hosting has no proxy: `/` picks the language itself, in plain HTML and a few lines of script.
writeFileSync("out/index.html", rootIndexHtml());
// The service worker over the exported files (scripts/build-sw.ts), before they are precompressed.
const worker = spawnSync("npx tsx scripts/build-sw.ts", {
  stdio: "inherit",
  shell: true,
  env: { ...process.env, STATIC_EXPORT: "1", NEXT_TELEMETRY_DISABLED: "1" },
});
if (worker.status !== 0) process.exit(worker.status ?? 1);
// Brotli and gzip copies of every text file, for servers that send precompressed files (docs/deploy.md).
const start = performance.now();
const packed = precompress("out");
const mb = (n: number) => (n / 2 ** 20).toFixed(1);
console.log(
  `Precompressed ${packed.files} files in ${((performance.now() - start) / 1000).toFixed(1)} s: ` +
    `${mb(packed.raw)} MB raw, ${mb(packed.gzip)} MB gzip, ${mb(packed.br)} MB brotli (.gz and .br beside each).`,
);
console.log("Static site written to out/ (root page: out/index.html).");
