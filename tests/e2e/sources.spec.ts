import { test, expect } from "@playwright/test";
import { quotes } from "../../content/quotes";

for (const locale of ["en", "ru", "kk"]) {
  test(`/${locale}/sources shows every quote card, the English marked as English`, async ({ page }) => {
    await page.goto(`/${locale}/sources`);
    await expect(page.locator("figure.quote-card")).toHaveCount(quotes.length);
    for (const q of quotes.slice(0, 5)) {
      await expect(page.locator(`#quote-${q.id} blockquote[lang=en]`)).toBeVisible();
    }
  });
}

test("the citation is in a standard form, without a doubled full stop", async ({ page }) => {
  await page.goto("/ru/sources");
  await expect(page.getByText("Simmons, Ann M. “Almost 100,000 Russians")).toBeVisible();
  expect(await page.locator("dd[lang=en]").allInnerTexts()).not.toContainEqual(expect.stringContaining(".."));
});
