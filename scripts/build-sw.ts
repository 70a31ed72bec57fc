// The service worker's build step, run after every `next build` (`npm run build`, scripts/test.mjs,
// bench/run.mjs, scripts/export.ts): Serwist bundles `app/sw.ts` with esbuild and injects the list
// of files to keep offline, each with a revision (a hash of its content).
//
// Why Serwist, and its configurator mode: it is the maintained successor of Workbox for Next.js;
// configurator mode runs after Next has prerendered every page, so the list holds the prerendered
// HTML of each page (plus scripts, styles, fonts, icons), and it depends on no bundler, so it works
// with Turbopack. It is called here through @serwist/cli's API rather than its `serwist` command,
// which would check the npm registry for a newer version on every build.
//
// `next start` (default): the configurator reads `.next` and writes `public/sw.js`, which Next serves
// at `/sw.js`. The static export (STATIC_EXPORT=1): the same worker over the files in `out/`, written
// to `out/sw.js`. Both add the quiz bundles (`/{locale}/quiz/{hash}.json`) and the web app manifests
// (`/{locale}/manifest.webmanifest`), which are route handlers, not HTML.
import { runBuildCommand, type BuildOptions } from "@serwist/cli";
import { generateGlobPatterns, serwist } from "@serwist/next/config";

type ManifestTransform = NonNullable<BuildOptions["manifestTransforms"]>[number];

const swSrc = "app/sw.ts";
const isExport = process.env.STATIC_EXPORT === "1";
/** Files written for a server that sends precompressed copies, and the error pages: never offline. */
const notOffline = [
  "**/*.br",
  "**/*.gz",
  "**/_not-found*",
  "**/_not-found/**",
  "**/404.html",
  "**/404/index.html",
  "**/*.txt",
];

/** `.next/server/app/kk/quiz/abc.json.body` → `/kk/quiz/abc.json` (a prerendered route handler's body). */
const routeBodies: ManifestTransform = (entries) => ({
  manifest: entries.map((entry) => {
    const body = /^\.next\/server\/app(\/.+)\.body$/.exec(entry.url);
    return body ? { ...entry, url: body[1]! } : entry;
  }),
  warnings: [],
});

/** `out/kk/quiz/index.html` → `/kk/quiz/`; `out/_next/…` → `/_next/…` (export uses trailing slashes). */
const exportUrls: ManifestTransform = (entries) => ({
  manifest: entries.map((entry) => ({ ...entry, url: `/${entry.url.replace(/(^|\/)index\.html$/, "$1")}` })),
  warnings: [],
});

const config = isExport
  ? {
      swSrc,
      swDest: "out/sw.js",
      globDirectory: "out",
      globPatterns: [
        "_next/static/**/*.{js,css,woff2,png,svg,ico}",
        "**/*.html",
        "fonts/*.woff2",
        "icons/*",
        "*/quiz/*.json",
        "*/manifest.webmanifest",
      ],
      globIgnores: [...notOffline, "sw.js"],
      dontCacheBustURLsMatching: /^_next\/static\//,
      manifestTransforms: [exportUrls],
    }
  : await serwist({
      swSrc,
      swDest: "public/sw.js",
      globPatterns: [
        ...generateGlobPatterns(".next/"),
        ".next/server/app/*/quiz/*.json.body",
        ".next/server/app/*/manifest.webmanifest.body",
      ],
      globIgnores: notOffline,
      manifestTransforms: [routeBodies],
    });

// 2 MB is Serwist's default cap per file; the largest page (the handout) is far under it.
await runBuildCommand({ config: { ...config, maximumFileSizeToCacheInBytes: 2 * 2 ** 20 }, watch: false });
