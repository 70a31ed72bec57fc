import { defineConfig, devices } from "@playwright/test";
import { quietChromiumFlags, systemChromium } from "./scripts/chromium.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3107);
const executablePath = systemChromium();

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    // The service worker saves a whole language in the background of every page it sees: the specs
    // that test it (offline*.spec.ts) and the live-class specs (nothing of the API may be cached)
    // turn it on; elsewhere it would only add downloads to each test's fresh context.
    serviceWorkers: "block",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath,
      args: quietChromiumFlags,
    },
  },
  webServer: {
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/en`,
    // Never reuse: a stale next-server from an earlier run would be tested instead of this build.
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
