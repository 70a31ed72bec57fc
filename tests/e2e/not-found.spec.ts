import { test, expect } from "@playwright/test";
import ru from "../../messages/ru.json" with { type: "json" };
import kk from "../../messages/kk.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import { expectNoAxeViolations } from "./helpers";

const bad = ["/xx", "/en/nope", "/en/explainer/99", "/kk/explainer/..%2f", "/ru/quiz/extra", "/xx/explainer"];

test("unknown addresses answer 404 over plain HTTP", async ({ request }) => {
  for (const path of bad) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
});

test("the 404 page is localized, with the right lang", async ({ page }) => {
  for (const [path, locale, title] of [
    ["/ru/nope", "ru", ru.NotFound.title],
    ["/kk/explainer/99", "kk", kk.NotFound.title],
    ["/en/nope", "en", en.NotFound.title],
  ] as const) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test("an unknown locale gets a 404 in all three languages", async ({ page }) => {
  await page.goto("/xx");
  for (const [locale, t] of [
    ["en", en],
    ["ru", ru],
    ["kk", kk],
  ] as const) {
    await expect(
      page.locator(`section[lang="${locale}"]`).getByRole("heading", { name: t.NotFound.title }),
    ).toBeVisible();
  }
  await expectNoAxeViolations(page);
});
