import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { steps } from "../../content/steps";

export { locales } from "../../lib/locales";

/** Every page of the app, after the locale. */
export const routes = [
  "",
  "/explainer",
  ...steps.map((s) => `/explainer/${s.slug}`),
  "/quiz",
  "/sources",
  "/teach",
  "/teach/worksheet",
  "/teach/handout",
];

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, "axe violations").toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);
}

/** Collects console errors and CSP violations for the whole test. */
export function watchConsole(page: Page) {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}
