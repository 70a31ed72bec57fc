import { test, expect } from "@playwright/test";

test.describe("/ sends readers to their language", () => {
  test("Accept-Language decides when there is no cookie", async ({ request }) => {
    const r = await request.get("/", {
      headers: { "Accept-Language": "kk-KZ,kk;q=0.9,ru;q=0.8" },
      maxRedirects: 0,
    });
    expect(r.status()).toBe(307);
    expect(r.headers().location).toMatch(/\/kk$/);
  });
  test("the cookie (last choice) wins over Accept-Language", async ({ request }) => {
    const r = await request.get("/", {
      headers: { "Accept-Language": "kk", Cookie: "NEXT_LOCALE=ru" },
      maxRedirects: 0,
    });
    expect(r.headers().location).toMatch(/\/ru$/);
  });
  test("English when nothing matches", async ({ request }) => {
    const r = await request.get("/", { headers: { "Accept-Language": "de-DE" }, maxRedirects: 0 });
    expect(r.headers().location).toMatch(/\/en$/);
  });
});

test("the switcher keeps path, query and hash, and remembers the choice", async ({ page, context }) => {
  await page.goto("/en/sources?x=1#quote-q-finland-entered");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Қазақша" }).click();
  await expect(page).toHaveURL(/\/kk\/sources\?x=1#quote-q-finland-entered$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await page.getByRole("navigation", { name: "Тіл" }).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\/sources\?x=1#quote-q-finland-entered$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "Қазақша" }).click();
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === "NEXT_LOCALE")?.value).toBe("kk");
  await page.goto("/");
  await expect(page).toHaveURL(/\/kk$/);
});

test("the Kazakh font covers every Kazakh letter", async ({ page }) => {
  await page.goto("/kk");
  await page.evaluate(() => document.fonts.ready);
  const ok = await page.evaluate(() => document.fonts.check('16px "Inter Variable"', "ӘәҒғҚқҢңӨөҰұҮүҺһІі"));
  expect(ok).toBe(true);
  const loaded = await page.evaluate(async () => {
    await document.fonts.load('16px "Inter Variable"', "ӘәҒғҚқҢңӨөҰұҮүҺһІі");
    return [...document.fonts].filter((f) => f.status === "loaded" && f.family.includes("Inter")).length;
  });
  expect(loaded).toBeGreaterThanOrEqual(2);
});
