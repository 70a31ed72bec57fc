import { createHash } from "node:crypto";
import { test, expect, type APIRequestContext, type Page } from "@playwright/test";
import en from "../../messages/en.json" with { type: "json" };

test("security headers on every kind of page", async ({ request }) => {
  for (const path of ["/en", "/ru/quiz", "/kk/explainer", "/en/nope"]) {
    const h = (await request.get(path)).headers();
    const csp = h["content-security-policy"] ?? "";
    expect(csp, path).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/https?:\/\//);
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
  }
});

test("no request leaves the machine", async ({ page }) => {
  const foreign: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:") foreign.push(r.url());
  });
  for (const path of ["/kk", "/kk/explainer/the-exodus", "/kk/quiz", "/kk/sources", "/kk/teach"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(foreign).toEqual([]);
});

/** The quiz page's bundle URL, as its build wrote it into the HTML (`/{locale}/quiz/{hash}.json`). */
async function bundleUrl(request: APIRequestContext, locale: string): Promise<string> {
  const html = await (await request.get(`/${locale}/quiz`)).text();
  const urls = new Set(html.match(new RegExp(`/${locale}/quiz/[0-9a-f]{16}\\.json`, "g")));
  expect([...urls], "one bundle URL in the page").toHaveLength(1);
  return [...urls][0]!;
}

test("the quiz bundle: immutable under the hash of its body, revalidated under its plain name", async ({
  request,
}) => {
  for (const locale of ["en", "ru", "kk"]) {
    const url = await bundleUrl(request, locale);
    const hashed = await request.get(url);
    expect(hashed.status(), url).toBe(200);
    expect(hashed.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(hashed.headers()["content-type"]).toContain("application/json");
    const body = await hashed.body();
    // The name is the hash of the exact bytes served: messages, names and translations included.
    const digest = createHash("sha256").update(body).digest("hex").slice(0, 16);
    expect(url).toBe(`/${locale}/quiz/${digest}.json`);
    expect((JSON.parse(body.toString("utf8")) as { pack: { locale: string } }).pack.locale).toBe(locale);

    const plain = await request.get(`/${locale}/quiz.json`);
    expect(plain.status()).toBe(200);
    expect(plain.headers()["cache-control"]).toBe("no-cache");
    expect((await plain.body()).equals(body)).toBe(true);
  }
  // A name this build did not make (an older build's, or made up) is not found.
  for (const path of ["/kk/quiz/0123456789abcdef.json", "/kk/quiz/x.json"])
    expect((await request.get(path)).status(), path).toBe(404);
});

test.describe("a tab built by an older deployment", () => {
  const stale = "/en/quiz/0123456789abcdef.json";

  /** Serves the quiz page as an older build would have: asking for a bundle name that is gone. */
  async function serveOldPage(page: Page, times: number) {
    let left = times;
    await page.route("**/en/quiz?*", async (route) => {
      if (route.request().resourceType() !== "document" || left-- <= 0) return route.continue();
      const response = await route.fetch();
      const html = (await response.text()).replace(/\/en\/quiz\/[0-9a-f]{16}\.json/g, stale);
      await route.fulfill({ response, body: html });
    });
  }

  test("reloads when its bundle is gone, and then gets this build's", async ({ page }) => {
    await serveOldPage(page, 1);
    const documents: string[] = [];
    const bundles: number[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "document") documents.push(r.url());
    });
    page.on("response", (r) => {
      if (r.url().includes("/en/quiz/")) bundles.push(r.status());
    });
    await page.goto("/en/quiz?seed=4242&count=5");
    await expect(page.getByText("Question 1 of 5")).toBeVisible();
    expect(documents).toHaveLength(2);
    // The old name answered 404; after the reload the current one loaded.
    expect(bundles[0]).toBe(404);
    expect(bundles.at(-1)).toBe(200);
  });

  test("reloads once only: if the new page still asks for a missing bundle, it says so", async ({ page }) => {
    await serveOldPage(page, Infinity);
    let documents = 0;
    page.on("request", (r) => {
      if (r.resourceType() === "document") documents++;
    });
    await page.goto("/en/quiz?seed=4242&count=5");
    await expect(page.getByRole("alert").filter({ hasText: en.Quiz.loadFailed })).toBeVisible();
    await page.waitForTimeout(500);
    expect(documents).toBe(2);
  });
});
