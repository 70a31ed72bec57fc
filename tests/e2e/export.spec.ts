import { existsSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { exportRoot, serveExport } from "./static-server";

// The static export served as a CDN would: files only, no proxy. `/` must choose the language by itself.
let server: Awaited<ReturnType<typeof serveExport>>;
let base = "";

test.skip(!existsSync(`${exportRoot}/index.html`), "no static export in out/ (run npm run export)");

test.beforeAll(async () => {
  server = await serveExport();
  base = server.base;
});

test.afterAll(() => server.close());

test.describe("static export: the root page picks the language", () => {
  test.describe("from the browser's languages", () => {
    test.use({ locale: "kk-KZ" });
    test("kk", async ({ page }) => {
      await page.goto(`${base}/`);
      await expect(page).toHaveURL(`${base}/kk/`);
      await expect(page.locator("html")).toHaveAttribute("lang", "kk");
    });
  });

  test("the cookie (last choice) wins", async ({ page, context }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "ru", url: base }]);
    await page.goto(`${base}/`);
    await expect(page).toHaveURL(`${base}/ru/`);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("three plain links, and the pages read", async ({ page }) => {
      await page.goto(`${base}/`);
      for (const name of ["English", "Русский", "Қазақша"])
        await expect(page.getByRole("link", { name })).toBeVisible();
      await page.getByRole("link", { name: "Қазақша" }).click();
      await expect(page.locator("h1")).toBeVisible();
      await page.goto(`${base}/ru/explainer/the-order/`);
      await expect(page.locator("[data-claim]").first()).toBeVisible();
    });
  });
});

test("static export: the quiz loads its questions from /kk/quiz/{hash}.json", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const bundles: string[] = [];
  page.on("response", (r) => {
    if (r.url().includes("/kk/quiz/") && r.url().endsWith(".json")) bundles.push(r.url());
  });
  await page.goto(`${base}/kk/quiz/?seed=4242&count=5`);
  await expect(page.locator("[data-question-id]")).toBeVisible();
  await expect(page.getByText("5 сұрақтың 1-сұрағы")).toBeVisible();
  expect(bundles).toEqual([expect.stringMatching(/\/kk\/quiz\/[0-9a-f]{16}\.json$/)]);
  expect(errors).toEqual([]);
});
