import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect } from "@playwright/test";
import en from "../../messages/en.json" with { type: "json" };
import kk from "../../messages/kk.json" with { type: "json" };
import ru from "../../messages/ru.json" with { type: "json" };
import { quietChromiumFlags, systemChromium } from "../../scripts/chromium.mjs";
import { answerQuestions, cachedUrls, offlineWalk, waitUntilSaved } from "./offline-walk";
import { proxyWithNewWorker } from "./worker-proxy";

// The offline lesson against `next start` (the static export's walk: offline-export.spec.ts).
test.use({ serviceWorkers: "allow" });

test("kk offline after one visit: every step, the sources, the printables, a new class's quiz, a reload, the live page", async ({
  page,
  context,
}) => {
  await offlineWalk(page, context, (path) => path);
  // Only this app's files, and never the live class's API.
  const urls = await cachedUrls(page);
  expect(urls.filter((u) => new URL(u).pathname.startsWith("/api/"))).toEqual([]);
  expect(urls.filter((u) => !u.startsWith("http://127.0.0.1:"))).toEqual([]);
  // Only kk was opened: no other language was saved unasked.
  expect(urls.filter((u) => /\/(en|ru)(\/|\?|$)/.test(new URL(u).pathname))).toEqual([]);
});

test("Save for offline on the teacher page: all three languages; then ru with no connection, and a reload", async ({
  page,
  context,
}) => {
  await page.goto("/en/teach");
  await page.getByRole("button", { name: en.Offline.saveButton }).click();
  const saved = new RegExp(en.Offline.saved.replace("({megabytes} MB)", "\\(\\d+(\\.\\d)? MB\\)"));
  await expect(page.getByRole("status").filter({ hasText: saved })).toBeVisible({ timeout: 60_000 });
  await context.setOffline(true);
  await page.goto("/ru");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.goto("/ru/quiz?seed=654321&count=5");
  await expect(page.getByText("Вопрос 1 из 5")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Вопрос 1 из 5")).toBeVisible();
  await page.goto("/ru/teach");
  await expect(page.getByRole("heading", { name: ru.Offline.saveTitle })).toBeVisible();
});

test("a new version: the quiet prompt, and the quiz in progress goes on", async ({ page, baseURL }) => {
  const app = await proxyWithNewWorker(baseURL!);
  try {
    await page.goto(`${app.base}/kk/quiz?seed=4242&count=5`);
    await waitUntilSaved(page, "kk");
    // A returning reader: the page now comes from the worker, which controls it.
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await answerQuestions(page, 1, 1, 5);
    app.deploy();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByRole("status").filter({ hasText: kk.Offline.updateReady })).toBeVisible({
      timeout: 30_000,
    });
    // Nothing reloaded by itself: the second question is still in front of the student.
    await expect(page.getByText("5 сұрақтың 2-сұрағы")).toBeVisible();
    await answerQuestions(page, 2, 2, 5);
    // The reader chooses to reload: the new version, and the quiz where it was.
    await page.getByRole("button", { name: kk.Offline.reload }).click();
    await expect(page.getByText("5 сұрақтың 3-сұрағы")).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: kk.Offline.updateReady })).toHaveCount(0);
  } finally {
    await app.close();
  }
});

test("installable: a manifest in each language, and Chromium finds nothing missing for /kk", async ({
  playwright,
  request,
  baseURL,
}) => {
  for (const [locale, messages] of [
    ["en", en],
    ["ru", ru],
    ["kk", kk],
  ] as const) {
    const manifest = await (await request.get(`/${locale}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({
      name: messages.Metadata.siteName,
      short_name: messages.Offline.shortName,
    });
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  }
  // Chromium reports "in incognito" for a throwaway context: installability needs a real profile.
  const profile = mkdtempSync(join(tmpdir(), "offline-install-"));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: systemChromium(),
    args: quietChromiumFlags,
  });
  try {
    const page = await context.newPage();
    await page.goto(`${baseURL}/kk`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    await expect
      .poll(async () => (await cdp.send("Page.getInstallabilityErrors")).installabilityErrors, {
        timeout: 20_000,
      })
      .toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
