import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The live-class API suite: against `next start` on the production build (run `next build` first).
// `npm test` runs it after the build; ports 3140-3149.
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["tests/live/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    globalSetup: ["tests/live/global-setup.ts"],
  },
});
