import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * Import patterns for top-level folders, by the `@/` alias and by any relative path
 * (`../components/x`, `../../app/y`), so a layer rule cannot be dodged by spelling the path differently.
 */
const layer = (...folders) => folders.flatMap((f) => [`@/${f}`, `@/${f}/**`, `**/${f}`, `**/${f}/**`]);
const nextLink = { name: "next/link", message: "Use a plain <a> with an address from @/lib/paths." };

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
    "bench/reference-styled/**",
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
            {
              group: layer("components", "app", "i18n", "server"),
              message: "lib/ must not depend on the app.",
            },
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
    // Routes compose components, never the other way round; links are plain <a> with an address
    // from lib/paths.ts (no client-side navigation runtime on every page).
    files: ["components/**/*.{ts,tsx}", "content/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [nextLink],
          patterns: [{ group: layer("app"), message: "Components and content never import routes (app/)." }],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: [nextLink] }] },
  },
  {
    // server/ holds data for pages and route handlers: it may use lib/ and content/, never React components.
    files: ["server/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: layer("components", "app"), message: "server/ never imports components/ or app/." },
          ],
        },
      ],
    },
  },
]);
