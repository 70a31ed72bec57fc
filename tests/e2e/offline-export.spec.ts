import { existsSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { cachedUrls, offlineWalk } from "./offline-walk";
import { exportRoot, serveExport } from "./static-server";

// The offline lesson from the static export on a plain static file server (scripts/export.ts builds
// `out/sw.js` over its files). 127.0.0.1 counts as a secure context, as localhost does.
let server: Awaited<ReturnType<typeof serveExport>>;

test.skip(
  !existsSync(`${exportRoot}/sw.js`),
  "no static export with its worker in out/ (run npm run export)",
);
test.use({ serviceWorkers: "allow" });

test.beforeAll(async () => {
  server = await serveExport();
});

test.afterAll(() => server.close());

test("static export: kk offline after one visit, the same walk as from next start", async ({
  page,
  context,
}) => {
  await offlineWalk(page, context, (path) => `${server.base}${path}/`, true);
  const paths = (await cachedUrls(page)).map((u) => new URL(u).pathname);
  expect(paths).toContain("/kk/quiz/");
  expect(paths.filter((p) => p.endsWith(".br") || p.endsWith(".gz"))).toEqual([]);
});
