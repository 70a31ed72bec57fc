import { test, expect, type Page } from "@playwright/test";
import { steps } from "../../content/steps";
import ru from "../../messages/ru.json" with { type: "json" };

const first = steps[0]!.slug;
const second = steps[1]!.slug;
const last = steps.at(-1)!.slug;

/** The arrow keys work once the page has hydrated; StepKeys says so, with where they lead. */
async function keysLeadTo(page: Page, to: { prev?: string; next?: string }) {
  const pattern = to.next ? `\\|${to.next}$` : `^${to.prev}\\|`;
  await expect(page.locator("html")).toHaveAttribute("data-step-keys", new RegExp(pattern));
}

test("← and → move between steps, but not while typing", async ({ page }) => {
  await page.goto(`/en/explainer/${first}`);
  await expect(page.getByText(`Step 1 of ${steps.length}`)).toBeVisible();
  await keysLeadTo(page, { next: `/en/explainer/${second}` });
  await expect(page.getByText("Tip: use the ← and → keys")).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/en/explainer/${second}$`));
  await expect(page.getByText(`Step 2 of ${steps.length}`)).toBeVisible();
  await keysLeadTo(page, { prev: `/en/explainer/${first}` });
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(new RegExp(`/en/explainer/${first}$`));
});

test("the last step leads into the quiz", async ({ page }) => {
  await page.goto(`/ru/explainer/${last}`);
  await expect(page.getByRole("heading", { name: ru.Explainer.endTitle })).toBeVisible();
  await page
    .getByRole("navigation", { name: ru.Explainer.stepsNav })
    .getByRole("link", { name: ru.Explainer.toQuiz })
    .click();
  await expect(page).toHaveURL(/\/ru\/quiz/);
});

test("projector mode stays on between steps and after a reload", async ({ page }) => {
  await page.goto(`/en/explainer/${first}`);
  const toggle = page.getByRole("button", { name: /Projector mode/ });
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-projector", "on");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("link", { name: /^Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`/explainer/${second}$`));
  await expect(page.locator("html")).toHaveAttribute("data-projector", "on");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-projector", "on");
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
});

test("a figure's citation mark leads to its highlighted quote", async ({ page }) => {
  await page.goto(`/en/explainer/${first}`);
  const cite = page.locator("[data-claim] sup a").first();
  const href = await cite.getAttribute("href");
  expect(href).toMatch(/\/en\/sources#quote-/);
  await cite.click();
  await expect(page).toHaveURL(/\/en\/sources#quote-/);
  const id = href!.split("#")[1]!;
  await expect(page.locator(`#${id}`)).toBeInViewport();
  const outline = await page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe("solid");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the explainer and the sources are readable", async ({ page }) => {
    await page.goto(`/kk/explainer/${steps[3]!.slug}`);
    await expect(page.locator("h1")).toBeVisible();
    expect(await page.locator(".prose-step p").count()).toBeGreaterThan(2);
    await expect(page.locator("[data-claim]").first()).toBeVisible();
    // No arrow-key hint where the keys can't work.
    await expect(page.locator(".keys-hint")).toBeHidden();
    await page.goto("/ru/sources");
    expect(await page.locator("figure.quote-card").count()).toBeGreaterThan(10);
  });
});

test("walk every step in kk with the → key, and back with ←", async ({ page }) => {
  await page.goto(`/kk/explainer/${first}`);
  for (let i = 1; i < steps.length; i++) {
    await keysLeadTo(page, { next: `/kk/explainer/${steps[i]!.slug}` });
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(new RegExp(`/kk/explainer/${steps[i]!.slug}$`));
    await expect(page.getByText(`${steps.length} қадамның ${i + 1}-қадамы`)).toBeVisible();
  }
  // On the last step → leads nowhere; ← goes back.
  await keysLeadTo(page, { prev: `/kk/explainer/${steps.at(-2)!.slug}` });
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/kk/explainer/${last}$`));
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(new RegExp(`/kk/explainer/${steps.at(-2)!.slug}$`));
});

test("every citation on every step points at a quote card on the sources page", async ({ page, request }) => {
  for (const locale of ["en", "ru", "kk"]) {
    const sources = await (await request.get(`/${locale}/sources`)).text();
    const anchors = new Set([...sources.matchAll(/id="(quote-[a-z0-9-]+)"/g)].map((m) => m[1]));
    for (const { slug } of steps) {
      const html = await (await request.get(`/${locale}/explainer/${slug}`)).text();
      const targets = [...html.matchAll(new RegExp(`href="/${locale}/sources#(quote-[a-z0-9-]+)"`, "g"))].map(
        (m) => m[1],
      );
      for (const t of targets) expect(anchors.has(t), `${locale}/${slug} → #${t}`).toBe(true);
    }
  }
  // And the highlighted card is focusable for keyboard users.
  await page.goto("/kk/sources#quote-q-finland-entered");
  await expect(page.locator("#quote-q-finland-entered")).toHaveAttribute("tabindex", "-1");
  expect(
    await page.locator("#quote-q-finland-entered").evaluate((el) => getComputedStyle(el).outlineStyle),
  ).toBe("solid");
});

test("charts, timeline and map carry text alternatives", async ({ page }) => {
  await page.goto("/ru/explainer/reading-the-numbers");
  for (const summary of await page.locator("figure details summary").all()) await summary.click();
  const tables = page.locator("figure table");
  expect(await tables.count()).toBeGreaterThanOrEqual(3);
  for (const table of await tables.all()) expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
  await page.goto("/ru/explainer/the-exodus");
  await expect(page.getByRole("img", { name: ru.Charts.mapTitle })).toBeVisible();
  await page.locator("figure details summary").first().click();
  await expect(page.locator("figure details ul li").filter({ hasText: "Казахстан" })).toBeVisible();
  await page.goto("/ru/explainer/the-order");
  expect(await page.locator("figure ol li").count()).toBeGreaterThanOrEqual(4);
});
