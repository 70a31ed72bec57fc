// Which Chromium the tests and the benchmark drive, and the flags that keep it quiet. One place for
// scripts/test.mjs, playwright.config.ts and bench/run.mjs (the flags are QUALITY.md's Lighthouse set).
import { existsSync } from "node:fs";

/** `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, if the file is there; otherwise undefined. */
export function systemChromium() {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p) => p && existsSync(p));
}

/** No GPU, no QUIC, no first-run, background or update traffic (headless and sandbox flags aside). */
export const quietChromiumFlags = [
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
