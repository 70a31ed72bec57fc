#!/usr/bin/env node
// `npm run export`: the whole site as static files in `out/`, for any CDN. Built in `.next-export`
// so the `.next` build that `next start` serves is left alone.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { rootIndexHtml } from "./root-index.mjs";

const result = spawnSync("npx next build", {
  stdio: "inherit",
  shell: true,
  env: { ...process.env, STATIC_EXPORT: "1", NEXT_TELEMETRY_DISABLED: "1" },
});
if (result.status !== 0) process.exit(result.status ?? 1);

// Static hosting has no proxy: `/` picks the language itself, in plain HTML and a few lines of script.
writeFileSync("out/index.html", rootIndexHtml());
console.log("Static site written to out/ (root page: out/index.html).");
