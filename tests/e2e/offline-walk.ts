import { expect, type BrowserContext, type Page } from "@playwright/test";
import { steps } from "../../content/steps";
import kk from "../../messages/kk.json" with { type: "json" };

/** Waits until the page's worker has saved these languages (components/offline/OfflineAgent.tsx). */
export async function waitUntilSaved(page: Page, locale: string) {
  await expect(page.locator("html")).toHaveAttribute("data-offline", new RegExp(`(^| )${locale}( |$)`), {
    timeout: 45_000,
  });
}

/** Every URL in the page's Cache Storage. */
export function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
    return urls;
  });
}

/**
 * The live class's API is never in Cache Storage (app/sw.ts never touches `/api/`): checked after
 * each live test, which runs with the worker on.
 */
export async function expectNoApiCached(page: Page) {
  if (page.isClosed() || !page.url().startsWith("http")) return;
  const api = (await cachedUrls(page)).filter((u) => new URL(u).pathname.startsWith("/api/"));
  expect(api, "/api/ addresses in Cache Storage").toEqual([]);
}

/**
 * Answers questions `from`…`to` of a kk quiz of `total` (the first option, or the order as shown),
 * and sees the results after the last.
 */
export async function answerQuestions(page: Page, from: number, to: number, total: number) {
  const t = kk.Quiz;
  for (let i = from; i <= to; i++) {
    const q = page.locator("[data-question-id]");
    await expect(page.getByText(`${total} сұрақтың ${i}-сұрағы`)).toBeVisible();
    const radios = q.getByRole("radio");
    if ((await radios.count()) > 0) await radios.first().check();
    await q.getByRole("button", { name: t.check }).click();
    await q.getByRole("button", { name: i === total ? t.finish : t.next }).click();
  }
  if (to === total) await expect(page.getByRole("heading", { name: t.resultsTitle })).toBeVisible();
}

/**
 * The offline lesson in kk: one visit to `/kk` on a good connection, then no connection at all —
 * every step, the sources, the printables, a class's quiz never opened online (with a reload in the
 * middle), and the live page's message. `at` makes the address (the export has trailing slashes).
 */
export async function offlineWalk(
  page: Page,
  context: BrowserContext,
  at: (path: string) => string,
  staticExport = false,
) {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(at("/kk"));
  await waitUntilSaved(page, "kk");
  await context.setOffline(true);
  for (const { slug } of steps) {
    await page.goto(at(`/kk/explainer/${slug}`));
    await expect(page.locator("html")).toHaveAttribute("lang", "kk");
    await expect(page.locator("main h1")).toBeVisible();
  }
  await page.goto(at("/kk/sources"));
  await expect(page.getByRole("heading", { level: 1, name: kk.Sources.title })).toBeVisible();
  await page.goto(at("/kk/teach/handout"));
  await expect(page.locator("main h1")).toBeVisible();
  await page.goto(`${at("/kk/teach/worksheet")}?code=123456&count=10`);
  await expect(page.getByRole("heading", { name: kk.Teach.worksheetTitle })).toBeVisible();

  await page.goto(`${at("/kk/quiz")}?seed=123456&count=10`);
  await answerQuestions(page, 1, 3, 10);
  // Reloaded with no connection: the page from the cache, the quiz where it was.
  await page.reload();
  await answerQuestions(page, 4, 10, 10);

  // The live page: offline, it says that a live class needs a connection (the static export has no
  // live classes at all, and its page says that instead).
  await page.goto(at("/kk/live"));
  await expect(
    page.getByText(staticExport ? kk.liveStudent.staticTitle : kk.Offline.liveOffline),
  ).toBeVisible();
  expect(problems).toEqual([]);
}
