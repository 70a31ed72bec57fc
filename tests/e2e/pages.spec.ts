import { test, expect } from "@playwright/test";
import en from "../../messages/en.json" with { type: "json" };
import {
  duplicateIds,
  englishDatesOutsideEnglish,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  latinOutsideEnglish,
  locales,
  routes,
  watchConsole,
} from "./helpers";

// One visit per route × locale, at a 320 px phone width (also what 200% zoom of a 640 px window
// gives): status, lang, localized title, hreflang, axe, overflow, console.
test.use({ viewport: { width: 320, height: 800 } });

test("the English-date check finds English dates and times outside lang=en, and only there", async ({
  page,
}) => {
  await page.setContent(
    `<html lang="ru"><body><p>Опубликовано: 27 сентября 2022 г. (Sept. 27, 2022 11:20 am ET)</p>` +
      `<p>Tuesday, September 27</p><p title="9/27/2022">x</p>` +
      `<p lang="en">Sept. 27, 2022 11:20 am ET</p><p>11:20 по времени восточного побережья США; 8 сентября</p></body></html>`,
  );
  expect(await englishDatesOutsideEnglish(page)).toEqual([
    "Sept. 27 (<p>)",
    "11:20 am (<p>)",
    "ET (<p>)",
    "September 27 (<p>)",
    "Tuesday, September (<p>)",
    "9/27/2022 (title of <p>)",
  ]);
});

const englishStrings = [en.Nav.explainer, en.Nav.sources, en.Nav.teach, en.Footer.privacy, en.NotFound.title];

for (const locale of locales) {
  for (const route of routes) {
    test(`${locale}${route || " home"}`, async ({ page }) => {
      const problems = watchConsole(page);
      const response = await page.goto(`/${locale}${route}`);
      expect(response?.status()).toBe(200);
      expect(duplicateIds(await response!.text()), "ids used twice in the HTML").toEqual([]);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("h1").first()).toBeVisible();
      for (const l of locales) {
        await expect(page.locator(`link[rel="alternate"][hreflang="${l}"]`)).toHaveAttribute(
          "href",
          new RegExp(`/${l}${route}$`),
        );
      }
      const title = await page.title();
      expect(title.length).toBeGreaterThan(3);
      if (locale !== "en") {
        const text = await page.locator("body").innerText();
        for (const s of englishStrings) expect(text, `English "${s}" on a ${locale} page`).not.toContain(s);
        expect(title).not.toContain(en.Metadata.siteName);
        // WCAG 3.1.2: English passages (the headline, quotes, titles) carry lang="en".
        expect(await latinOutsideEnglish(page), "Latin-script words outside lang=en").toEqual([]);
        expect(await englishDatesOutsideEnglish(page), "English dates or times outside lang=en").toEqual([]);
      }
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
      expect(problems).toEqual([]);
    });
  }
}
