import { test, expect } from "@playwright/test";
import { quotes } from "../../content/quotes";
import en from "../../messages/en.json" with { type: "json" };
import { corrections } from "../../content/corrections";
import { source } from "../../content/source";
import kk from "../../messages/kk.json" with { type: "json" };

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

test("a card and the claims under it name the same source, and a claim links to its other quotes", async ({
  page,
}) => {
  await page.goto("/en/sources");
  const fill = (m: string) => m.replace("{name}", "Aslan Atalykov");
  // "And almost 6,000 Russians had left by air." names no source: only the context points to one.
  const byAir = page.locator("#quote-q-kz-by-air");
  await expect(byAir.locator("figcaption")).toContainText(fill(en.Evidence.contextCaption));
  await expect(byAir.locator("#claim-kz-6000-by-air")).toContainText(fill(en.Evidence.byContext));
  // The figure's card lists the claim with links to the spans that name its source and country.
  const mongolia = page.locator("#claim-mongolia-3000");
  await expect(mongolia).toContainText(en.Evidence.alsoQuotes);
  await expect(mongolia.locator('a[href="#quote-q-mongolia-authorities"]')).toBeVisible();
  await expect(mongolia.locator('a[href="#quote-q-mongolia-eight-crossings"]')).toBeVisible();
  // "Usually 1,000 a day" is local media's; the border authorities' span is there only for the place.
  const usual = page.locator("#claim-mongolia-usual-1000");
  await expect(usual).toContainText(en.Evidence.whoSays.replace("{name}", "local media outlets in Mongolia"));
  await expect(usual.locator('small[data-part="place"]')).toContainText(en.Evidence.alsoForPlace);
  await expect(
    usual.locator('small[data-part="place"] a[href="#quote-q-mongolia-eight-crossings"]'),
  ).toBeVisible();
  await expect(usual).not.toContainText(en.Evidence.alsoQuotes);
});

test("the corrections log is linked from the sources page and the footer, and lists every entry", async ({
  page,
}) => {
  await page.goto("/kk/sources");
  await page.getByRole("link", { name: kk.Sources.correctionsLink }).click();
  await expect(page).toHaveURL(/\/kk\/sources\/corrections$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(kk.Corrections.title);
  await expect(page.locator("li[id^=correction-]")).toHaveCount(corrections.length);
  await expect(page.locator(`#correction-${corrections[0]!.id}`)).toContainText(corrections[0]!.text.kk);
  await page.goto("/kk/quiz");
  await page.locator("footer").getByRole("link", { name: kk.Footer.corrections }).click();
  await expect(page).toHaveURL(/\/kk\/sources\/corrections$/);
});

test("ru home and sources pages give the headline, the author and the time in Russian, the English marked", async ({
  page,
}) => {
  await page.goto("/ru");
  const note = page.locator("main p", { hasText: source.headlineTranslation.ru });
  await expect(note).toContainText(source.authorTranslation.ru);
  await expect(note.locator('[lang="en"]')).toHaveText(`“${source.headline}”`);
  // The Russian date ends with «г.»: no second full stop after it.
  await expect(note).not.toContainText("..");
  await page.goto("/ru/sources");
  await expect(page.getByText("11:20 по времени восточного побережья США")).toBeVisible();
});
