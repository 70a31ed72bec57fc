import { test, expect } from "@playwright/test";
import { steps } from "../../content/steps";
import ru from "../../messages/ru.json" with { type: "json" };

const first = steps[0]!.slug;
const second = steps[1]!.slug;
const last = steps.at(-1)!.slug;

test("← and → move between steps, but not while typing", async ({ page }) => {
  await page.goto(`/en/explainer/${first}`);
  await expect(page.getByText(`Step 1 of ${steps.length}`)).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/en/explainer/${second}$`));
  await expect(page.getByText(`Step 2 of ${steps.length}`)).toBeVisible();
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
    await page.goto("/ru/sources");
    expect(await page.locator("figure.quote-card").count()).toBeGreaterThan(10);
  });
});
