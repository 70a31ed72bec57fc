import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * Import patterns for top-level folders, by the `@/` alias and by any relative path
 * (`../components/x`, `../../app/y`), so a layer rule cannot be dodged by spelling the path differently.
 */
const layer = (...folders) => folders.flatMap((f) => [`@/${f}`, `@/${f}/**`, `**/${f}`, `**/${f}/**`]);
const nextLink = { name: "next/link", message: "Use a plain <a> with an address from @/lib/paths." };

/**
 * `local/max-effects`: at most N effect hooks (`useEffect`, `useLayoutEffect`, `useInsertionEffect`)
 * called in a file. A screen whose effects multiply is a reducer waiting to be written
 * (../shared/design/CONVENTIONS.md, habit 11): its transitions go to lib/live/, its effects only feed
 * events in.
 */
const effectHooks = new Set(["useEffect", "useLayoutEffect", "useInsertionEffect"]);
const maxEffects = {
  meta: {
    type: "suggestion",
    schema: [{ type: "integer", minimum: 0 }],
    messages: {
      tooMany:
        "{{count}} effect hooks in this file, at most {{max}}: decide in the screen's state machine (lib/live/), and keep here only effects that feed it events.",
    },
  },
  create(context) {
    const max = context.options[0] ?? 4;
    const calls = [];
    return {
      CallExpression(node) {
        const callee = node.callee;
        const name =
          callee.type === "Identifier"
            ? callee.name
            : callee.type === "MemberExpression" && callee.property.type === "Identifier"
              ? callee.property.name
              : null;
        if (name && effectHooks.has(name)) calls.push(node);
      },
      "Program:exit"() {
        if (calls.length > max)
          context.report({ node: calls[max], messageId: "tooMany", data: { count: calls.length, max } });
      },
    };
  },
};

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
    // The built service worker (scripts/build-sw.ts).
    "public/sw.js",
    "public/sw.js.map",
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
    // The live screens and the quiz stay in files one can read whole.
    files: [
      "components/live/**/*.{ts,tsx}",
      "components/quiz/**/*.{ts,tsx}",
      "components/assign/**/*.{ts,tsx}",
    ],
    rules: { "max-lines": ["error", { max: 300, skipBlankLines: true, skipComments: true }] },
  },
  {
    // The two live screens' shells: effects that feed their state machines, and drawing (issue 33).
    files: ["components/live/student/StudentClass.tsx", "components/live/host/HostShell.tsx"],
    plugins: { local: { rules: { "max-effects": maxEffects } } },
    rules: { "local/max-effects": ["error", 4] },
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
