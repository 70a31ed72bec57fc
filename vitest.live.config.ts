import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

// The live-class API suite: against `next start` on the production build (run `next build` first).
// `npm test` runs it after the build; ports 3140-3149 (LIVE_TEST_PORT moves them). With
// LIVE_TEST_ENGINE=postgres (and DATABASE_URL) the main server runs on PostgreSQL and the
// `pg-*.test.ts` files may be picked on the command line; without it they are left out.
const postgres = process.env.LIVE_TEST_ENGINE === "postgres";
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["tests/live/**/*.test.ts"],
    exclude: [...configDefaults.exclude, ...(postgres ? [] : ["tests/live/pg-*.test.ts"])],
    environment: "node",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    globalSetup: ["tests/live/global-setup.ts"],
  },
});
