#!/usr/bin/env node
// `npm run bench`: a benchmark, not a test. Times a clean `next build`, serves the app and the
// reference page (bench/reference) with `next start` on free ports, then measures in headless
// Chromium: bytes per route × locale (cold cache), and Lighthouse 12 (mobile, median of 3, kk; one
// desktop run). Prints a table with ratios to the reference, writes bench/results.json, and lists
// the targets that are missed (QUALITY.md). Stops everything it started.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { quietChromiumFlags, systemChromium } from "../scripts/chromium.mjs";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const started = performance.now();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const chromePath = systemChromium() ?? chromium.executablePath();
const flags = ["--headless", "--no-sandbox", ...quietChromiumFlags];
const locales = ["en", "ru", "kk"];
const steps = [...readFileSync("content/steps.ts", "utf8").matchAll(/slug: "([^"]+)"/g)].map((m) => m[1]);
const routes = [
  ["home", ""],
  ["explainer step", `/explainer/${steps[3] ?? steps[0]}`],
  ["quiz", "/quiz?seed=4242&count=10"],
  ["sources", "/sources"],
  ["teach", "/teach"],
  ["live host", "/live/host"],
];
const targets = { home: 156, "explainer step": 156, sources: 156, quiz: 186, teach: 186, "live host": 200 };
const children = [];

function log(message) {
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function serve(dir, port) {
  const child = spawn("npx", ["next", "start", dir, "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: "ignore",
    detached: true,
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`${url}/en`);
      if (r.ok) return url;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`next start ${dir} did not come up on ${port}`);
}

function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}
process.on("exit", stopAll);
process.on("SIGINT", () => process.exit(130));

/** Bytes a cold browser transfers for one page: JS, everything, and font files. Also CLS. */
async function measureBytes(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const types = new Map();
  const sizes = new Map();
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, { type: e.type, url: e.response.url }));
  cdp.on("Network.loadingFinished", (e) => sizes.set(e.requestId, e.encodedDataLength));
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(500);
  const cls = await page.evaluate(() => window.__cls);
  await context.close();
  let js = 0;
  let total = 0;
  let fonts = 0;
  for (const [id, size] of sizes) {
    const info = types.get(id);
    total += size;
    if (info?.type === "Script") js += size;
    if (info?.type === "Font") fonts++;
  }
  return { js, total, fonts, cls };
}

async function runLighthouse(url, desktop = false) {
  const userDataDir = mkdtempSync(join(tmpdir(), "bench-chrome-"));
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [...flags, `--user-data-dir=${userDataDir}`],
    userDataDir: false,
  });
  try {
    const options = {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    };
    const result = await lighthouse(url, options, desktop ? desktopConfig : undefined);
    const { categories, audits } = result.lhr;
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      bestPractices: Math.round(categories["best-practices"].score * 100),
      seo: Math.round(categories.seo.score * 100),
      lcp: audits["largest-contentful-paint"].numericValue,
      tbt: audits["total-blocking-time"].numericValue,
      cls: audits["cumulative-layout-shift"].numericValue,
    };
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function summarize(runs) {
  const pick = (k) => median(runs.map((r) => r[k]));
  return {
    performance: pick("performance"),
    runs: runs.map((r) => r.performance),
    accessibility: pick("accessibility"),
    bestPractices: pick("bestPractices"),
    seo: pick("seo"),
    lcp: pick("lcp"),
    tbt: pick("tbt"),
    cls: pick("cls"),
  };
}

const kB = (n) => (n / 1024).toFixed(1);

// 1. A clean build of the app, timed; the reference is built if needed.
log("clean next build of the app…");
rmSync(".next", { recursive: true, force: true });
const buildStart = performance.now();
const build = spawnSync("npx", ["next", "build"], { env, stdio: "ignore" });
if (build.status !== 0) throw new Error("next build failed");
const buildSeconds = (performance.now() - buildStart) / 1000;
log(`built in ${buildSeconds.toFixed(1)} s`);
if (!existsSync("bench/reference/.next/BUILD_ID")) {
  log("building the reference page…");
  if (spawnSync("npx", ["next", "build", "bench/reference"], { env, stdio: "ignore" }).status !== 0)
    throw new Error("reference build failed");
}

// 2. Serve both.
const app = await serve(".", await freePort());
const reference = await serve("bench/reference", await freePort());
log(`app at ${app}, reference at ${reference}`);

// 3. Bytes for every route × locale, and the reference.
const browser = await chromium.launch({
  executablePath: chromePath,
  args: quietChromiumFlags,
});
const bytes = {};
for (const [name, path] of routes) {
  for (const locale of locales)
    bytes[`${name} ${locale}`] = await measureBytes(browser, `${app}/${locale}${path}`);
}
for (const locale of locales)
  bytes[`reference ${locale}`] = await measureBytes(browser, `${reference}/${locale}`);
await browser.close();
log("bytes measured");

// 4. Lighthouse, kk, mobile, median of 3 for each page and the reference. The runs go round-robin
// (every page once, then the reference, three times over) so that a machine that slows down or
// speeds up during the run weighs on the app and the reference alike.
const lhPages = [
  ...routes.map(([name, path]) => [name, `${app}/kk${path}`]),
  ["reference", `${reference}/kk`],
];
const lhRuns = Object.fromEntries(lhPages.map(([name]) => [name, []]));
for (let round = 1; round <= 3; round++) {
  for (const [name, url] of lhPages) lhRuns[name].push(await runLighthouse(url));
  log(
    `lighthouse round ${round}: ${lhPages.map(([name]) => `${name} ${lhRuns[name].at(-1).performance}`).join(", ")}`,
  );
}
const lh = Object.fromEntries(lhPages.map(([name]) => [name, summarize(lhRuns[name])]));
const desktop = {
  home: await runLighthouse(`${app}/kk`, true),
  reference: await runLighthouse(`${reference}/kk`, true),
};

// 5. Report.
const refJs = bytes["reference kk"].js;
const lines = [];
lines.push(
  "| page | locale | JS kB | × ref | total kB | fonts | CLS |",
  "|---|---|---:|---:|---:|---:|---:|",
);
for (const [key, b] of Object.entries(bytes)) {
  const [name, locale] = [key.slice(0, key.lastIndexOf(" ")), key.slice(key.lastIndexOf(" ") + 1)];
  lines.push(
    `| ${name} | ${locale} | ${kB(b.js)} | ${(b.js / refJs).toFixed(2)} | ${kB(b.total)} | ${b.fonts} | ${b.cls.toFixed(3)} |`,
  );
}
lines.push(
  "",
  "Lighthouse 12, mobile, kk, median of 3 (runs in brackets):",
  "",
  "| page | perf | × ref | a11y | best pr. | SEO | LCP s | TBT ms | CLS |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
);
for (const [name, r] of Object.entries(lh)) {
  lines.push(
    `| ${name} | ${r.performance} (${r.runs.join(", ")}) | ${(r.performance / lh.reference.performance).toFixed(2)} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${(r.lcp / 1000).toFixed(2)} | ${Math.round(r.tbt)} | ${r.cls.toFixed(3)} |`,
  );
}
lines.push(
  "",
  `Desktop (kk home): performance ${desktop.home.performance}, reference ${desktop.reference.performance}.`,
);
lines.push(`Clean \`next build\`: ${buildSeconds.toFixed(1)} s.`);

const missed = [];
for (const [key, b] of Object.entries(bytes)) {
  const name = key.slice(0, key.lastIndexOf(" "));
  if (targets[name] && b.js / 1024 > targets[name])
    missed.push(`${key}: JS ${kB(b.js)} kB > ${targets[name]} kB`);
  if (name !== "reference" && b.fonts > 3) missed.push(`${key}: ${b.fonts} font files > 3`);
  if (name !== "reference" && b.cls >= 0.01) missed.push(`${key}: CLS ${b.cls.toFixed(3)} ≥ 0.01`);
}
for (const [name, r] of Object.entries(lh)) {
  if (name === "reference") continue;
  if (r.performance < lh.reference.performance)
    missed.push(`${name}: Lighthouse performance ${r.performance} < reference ${lh.reference.performance}`);
  if (r.tbt > 200) missed.push(`${name}: TBT ${Math.round(r.tbt)} ms > 200`);
  if (r.lcp > 2500) missed.push(`${name}: LCP ${(r.lcp / 1000).toFixed(2)} s > 2.5`);
  for (const k of ["accessibility", "bestPractices", "seo"])
    if (r[k] < 100) missed.push(`${name}: ${k} ${r[k]} < 100`);
  if (r.cls >= 0.01) missed.push(`${name}: Lighthouse CLS ${r.cls.toFixed(3)} ≥ 0.01`);
}
const totalSeconds = (performance.now() - started) / 1000;
lines.push(
  `Whole bench run: ${(totalSeconds / 60).toFixed(1)} min on ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB.`,
);
lines.push(
  "",
  missed.length ? `Targets missed:\n${missed.map((m) => `- ${m}`).join("\n")}` : "Every target is met.",
);

const report = lines.join("\n");
console.log(`\n${report}\n`);
writeFileSync(
  "bench/results.json",
  `${JSON.stringify({ date: new Date().toISOString(), machine: { cores: cpus().length, memoryGiB: totalmem() / 2 ** 30, node: process.version }, buildSeconds, bytes, lighthouse: lh, desktop, missed }, null, 2)}\n`,
);
stopAll();
process.exit(0);
