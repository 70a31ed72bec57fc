#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure, with the time of each stage.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { systemChromium } from "./chromium.mjs";

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  FORCE_COLOR: process.env.CI ? "0" : "1",
  PLAYWRIGHT_JSON_OUTPUT_NAME: "test-results/e2e.json",
};
const times = [];

function run(name, command) {
  console.log(`\n▶ ${name}: ${command}`);
  const start = performance.now();
  const result = spawnSync(command, { stdio: "inherit", shell: true, env });
  const seconds = (performance.now() - start) / 1000;
  times.push([name, seconds, result.status === 0]);
  if (result.status !== 0) {
    report();
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

/**
 * Several commands at once, as one stage: for checks that mostly wait (servers, timers) or use one
 * core each. Each command's output is printed whole when it ends, so the logs do not interleave.
 */
async function runTogether(name, commands) {
  console.log(`\n▶ ${name}: ${commands.join("  ∥  ")}`);
  const start = performance.now();
  const results = await Promise.all(
    commands.map(
      (command) =>
        new Promise((resolve) => {
          const child = spawn(command, { shell: true, env, stdio: ["ignore", "pipe", "pipe"] });
          let out = "";
          child.stdout.on("data", (d) => (out += d));
          child.stderr.on("data", (d) => (out += d));
          child.on("close", (code, signal) => {
            console.log(`\n── ${command} (exit ${code ?? signal})\n${out}`);
            resolve(code === 0 ? null : `${command}: exit ${code ?? signal}`);
          });
        }),
    ),
  );
  const failed = results.filter(Boolean);
  times.push([name, (performance.now() - start) / 1000, failed.length === 0]);
  if (failed.length) {
    report();
    console.error(`\n✖ ${name} failed: ${failed.join("; ")}.`);
    process.exit(1);
  }
}

function report() {
  console.log("\nStage times:");
  for (const [name, s, ok] of times)
    console.log(`  ${ok ? "✓" : "✖"} ${name.padEnd(15)} ${s.toFixed(1).padStart(7)} s`);
  const total = times.reduce((sum, [, s]) => sum + s, 0);
  console.log(`  = total           ${total.toFixed(1).padStart(7)} s`);
}

function chromiumOrExplain() {
  if (systemChromium()) return;
  const own = spawnSync(
    "node",
    ["-e", "process.stdout.write(require('playwright-core').chromium.executablePath())"],
    {
      encoding: "utf8",
    },
  );
  if (own.status === 0 && own.stdout && existsSync(own.stdout)) return;
  console.error(
    "\nNo Chromium for the end-to-end tests. Install one of:\n" +
      "  Debian/Ubuntu:  sudo apt-get install -y chromium   (gives /usr/bin/chromium)\n" +
      "  elsewhere:      npx playwright install chromium\n" +
      "or point CHROMIUM_PATH at a Chromium binary.",
  );
  process.exit(1);
}

// A fresh clone: install first, so `npm test` alone does all set-up.
if (!existsSync("node_modules/.package-lock.json")) run("install", "npm ci --no-audit --no-fund");
// tsc and the linters (eslint, prettier, knip) each keep one core busy: side by side on two.
await runTogether("types+lint", ["npx next typegen >/dev/null && npx tsc --noEmit", "npm run --silent lint"]);
run("unit", "npx vitest run");
if (existsSync("../shared/tools/check-quotes.mjs") && existsSync("../shared/source/article.txt")) {
  run("quotes", "npm run --silent content:json | node ../shared/tools/check-quotes.mjs");
} else {
  console.log("\n(skipped the quote check: ../shared/tools/check-quotes.mjs or the article is not here)");
}
// The `quiz-audit` stage (`npm run --silent quiz:audit`) is added when quiz:audit passes: docs/wip/README.md.
run("build", "npm run --silent build");
// The live-class API against `next start` on this build (ports 3141-3143): bad input, a whole class,
// reconnecting, faults. Before the export, which rewrites `.next` and puts it back. The same API on
// PostgreSQL when DATABASE_URL is set (CI: .ci/run starts one), ports 3150-3158:
// a whole class, several instances on one database, cut connections, a proxy's 502 during a restart,
// side by side with the PGlite suite (both mostly wait on servers and timers); then, on its own, a
// short chaos run: 240 streams through a proxy with failover to two instances on a throwaway cluster
// while one instance is killed and PostgreSQL restarts (0 lost, 0 counted twice). Each run uses its
// own database.
const live = "npx vitest run --config vitest.live.config.ts";
if (process.env.DATABASE_URL) {
  const pg = `LIVE_TEST_ENGINE=postgres LIVE_TEST_PORT=3150 ${live}`;
  await runTogether("live-api", [
    live,
    `${pg} tests/live/class.test.ts tests/live/assignments.test.ts tests/live/pg-instances.test.ts`,
  ]);
  run("live-chaos", `LIVE_TEST_MAIN=0 ${pg} tests/live/pg-chaos.test.ts`);
} else if (process.env.CI) {
  console.error("\n✖ CI must run the live API on PostgreSQL too: DATABASE_URL is not set (.ci/run sets it).");
  process.exit(1);
} else {
  run("live-api", live);
  console.log("\n(skipped the live API on PostgreSQL: DATABASE_URL is not set)");
}
run("export", "npx tsx scripts/export.ts && npx tsx scripts/check-export.ts");
chromiumOrExplain();
run("e2e", "npx playwright test --reporter=list,json");
report();

const resultsFile = env.PLAYWRIGHT_JSON_OUTPUT_NAME;
if (existsSync(resultsFile)) {
  const { stats } = JSON.parse(readFileSync(resultsFile, "utf8"));
  console.log(`\ne2e: ${stats.expected} passed, ${stats.unexpected + stats.flaky} failed`);
}
