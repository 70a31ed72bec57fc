import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // The marker package throws outside a React server bundle; tests import server/ modules directly.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "content/**/*.test.ts",
      "tests/unit/**/*.test.ts",
      "components/**/*.test.ts",
      "server/**/*.test.ts",
    ],
    environment: "node",
    // Some whole-dataset tests (1,000 class quizzes in every language) take 2–12 s when the machine's
    // two cores are busy with builds; the 5 s default failed them for load, not for a fault.
    testTimeout: 30_000,
    server: { deps: { inline: ["next-intl"] } },
  },
});
