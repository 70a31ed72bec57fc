import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".next-kept-during-export/**",
    ".api-kept-during-export/**",
    ".data/**",
    "out/**",
    "next-env.d.ts",
    "bench/reference/**",
    "test-results/**",
  ]),
  {
    // lib/ is pure TypeScript: no React, Next or next-intl, and nothing nondeterministic.
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*"], message: "lib/ is pure TypeScript: no React." },
            { group: ["next", "next/*"], message: "lib/ is pure TypeScript: no Next." },
            { group: ["next-intl", "next-intl/*"], message: "lib/ is pure TypeScript: no next-intl." },
            { group: ["@/components/*", "@/app/*", "@/i18n/*"], message: "lib/ must not depend on the app." },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Use the seeded PRNG (lib/random.ts)." },
        { object: "Date", property: "now", message: "lib/ is deterministic: pass the time in." },
      ],
    },
  },
  {
    // Navigate through @/i18n/navigation so every link keeps its locale.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "Use Link from @/i18n/navigation." }] },
      ],
    },
  },
]);
