import { test, expect, type Page } from "@playwright/test";
import en from "../../messages/en.json" with { type: "json" };
import kk from "../../messages/kk.json" with { type: "json" };
import { expectNoAxeViolations } from "./helpers";

const question = (page: Page) => page.locator("[data-question-id]");

async function answerCurrent(page: Page, choice: "first" | "keyboard" = "first") {
  const q = question(page);
  await expect(q).toBeVisible();
  const radios = q.getByRole("radio");
  if ((await radios.count()) > 0) {
    if (choice === "keyboard") {
      await radios.first().focus();
      await page.keyboard.press("Space");
    } else await radios.first().check();
  }
  await q.getByRole("button", { name: en.Quiz.check }).click();
  await expect(page.getByTestId("feedback")).toBeFocused();
}

test("a whole quiz with the keyboard: check, feedback announced once, next, results, retry", async ({
  page,
}) => {
  await page.goto("/en/quiz?seed=4242&count=5");
  await expect(page.getByText("Question 1 of 5")).toBeVisible();
  for (let i = 1; i <= 5; i++) {
    const q = question(page);
    await expect(page.getByText(`Question ${i} of 5`)).toBeVisible();
    const radios = q.getByRole("radio");
    if ((await radios.count()) > 0) {
      // Tab from the question heading to the first option, Space picks it, Enter checks.
      await q.getByRole("heading", { level: 2 }).focus();
      await page.keyboard.press("Tab");
      await expect(radios.first()).toBeFocused();
      await page.keyboard.press("Space");
      await page.keyboard.press("Enter");
    } else {
      await q
        .getByRole("button", { name: /^Move down/ })
        .first()
        .focus();
      await page.keyboard.press("Enter");
      await q.getByRole("button", { name: en.Quiz.check }).focus();
      await page.keyboard.press("Enter");
    }
    const feedback = page.getByTestId("feedback");
    await expect(feedback).toBeFocused();
    await expect(feedback).toContainText(new RegExp(`${en.Quiz.correct}|${en.Quiz.incorrect}`));
    await expect(feedback).toContainText(/✓|✗/);
    // Announced once: focus moves there, and it is not (inside) a live region too.
    expect(await feedback.evaluate((el) => !!el.closest("[aria-live], [role=alert], [role=status]"))).toBe(
      false,
    );
    await expect(feedback.getByRole("link", { name: new RegExp(en.Quiz.seeQuote) })).toHaveAttribute(
      "href",
      /^\/en\/sources#quote-/,
    );
    await expect(feedback.getByRole("link", { name: new RegExp(en.Quiz.readStep) })).toHaveAttribute(
      "href",
      /^\/en\/explainer\//,
    );
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await q.getByRole("button", { name: i === 5 ? en.Quiz.finish : en.Quiz.next }).press("Enter");
  }
  await expect(page.getByRole("heading", { name: en.Quiz.resultsTitle })).toBeFocused();
  await expect(page.getByText(/of 5 right/)).toBeVisible();
  await expect(page.getByText("Class code: 4242").last()).toBeVisible();
  await expect(page.getByRole("heading", { name: en.Quiz.reviewTitle })).toBeVisible();
  await expectNoAxeViolations(page);

  const retry = page.getByRole("button", { name: new RegExp(en.Quiz.retryMissed) });
  if (await retry.isVisible()) {
    const missed = Number((await retry.innerText()).match(/\((\d+)\)/)![1]);
    await retry.click();
    await expect(page.getByText(en.Quiz.retryRound)).toBeVisible();
    await expect(page.getByText(`Question 1 of ${missed}`)).toBeVisible();
    await expect(page).toHaveURL(/seed=4242/);
  }
});

test("feedback states pass axe", async ({ page }) => {
  await page.goto("/kk/quiz?seed=77&count=5");
  await expect(question(page)).toBeVisible();
  const radios = question(page).getByRole("radio");
  if ((await radios.count()) > 0) await radios.first().check();
  await question(page).getByRole("button", { name: kk.Quiz.check }).click();
  await expect(page.getByTestId("feedback")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("reload and language switch keep the question and the answers", async ({ page }) => {
  await page.goto("/en/quiz?seed=31337&count=6");
  await answerCurrent(page);
  await question(page).getByRole("button", { name: en.Quiz.next }).click();
  await expect(page.getByText("Question 2 of 6")).toBeVisible();
  const id = await question(page).getAttribute("data-question-id");
  const radios = question(page).getByRole("radio");
  const picked = (await radios.count()) > 1 ? 1 : -1;
  if (picked > 0) await radios.nth(picked).check();

  await page.reload();
  await expect(question(page)).toHaveAttribute("data-question-id", id!);
  await expect(page.getByText("Question 2 of 6")).toBeVisible();
  if (picked > 0) await expect(question(page).getByRole("radio").nth(picked)).toBeChecked();

  await page.getByRole("link", { name: "Қазақша" }).click();
  await expect(page).toHaveURL(/\/kk\/quiz\?seed=31337&count=6/);
  await expect(question(page)).toHaveAttribute("data-question-id", id!);
  await expect(page.getByText("6 сұрақтың 2-сұрағы")).toBeVisible();
  if (picked > 0) await expect(question(page).getByRole("radio").nth(picked)).toBeChecked();
});

test("the same class code gives the same questions in every language", async ({ browser }) => {
  const ids: string[] = [];
  for (const locale of ["en", "ru", "kk"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/${locale}/quiz?seed=2024&count=5`);
    ids.push((await question(page).getAttribute("data-question-id"))!);
    await context.close();
  }
  expect(new Set(ids).size).toBe(1);
});

test("a script in ?seed= never runs and is replaced by a class code", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.goto("/en/quiz?seed=%3Cscript%3Ealert(1)%3C/script%3E");
  await expect(question(page)).toBeVisible();
  await expect(page).toHaveURL(/seed=\d{6}&count=10/);
  expect(await page.content()).not.toContain("<script>alert(1)</script>");
  expect(dialogs).toBe(0);
});

test("absurd ?count= is clamped or defaulted", async ({ page }) => {
  for (const [raw, expected] of [
    ["-1", 10],
    ["3", 5],
    ["1e9", 10],
    ["999", 20],
    ["abc", 10],
  ] as const) {
    await page.goto(`/en/quiz?seed=12&count=${raw}`);
    await expect(page.getByText(`Question 1 of ${expected}`)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`count=${expected}`));
  }
});

test("corrupt, foreign or old saved state is discarded quietly", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  for (const saved of [
    "{broken",
    JSON.stringify({
      v: 1,
      version: "old",
      seed: "55",
      count: 5,
      answers: {},
      checked: [],
      index: 3,
      retry: null,
      finished: false,
    }),
    JSON.stringify({ hello: "world" }),
  ]) {
    await page.addInitScript((value) => {
      localStorage.setItem("explainer.quiz.v1.55.5", value);
      localStorage.setItem("explainer.quiz.v1.last", "{nope");
    }, saved);
    await page.goto("/en/quiz?seed=55&count=5");
    await expect(page.getByText("Question 1 of 5")).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test("without a code the quiz makes one and puts it in the link", async ({ page }) => {
  await page.goto("/ru/quiz");
  await expect(question(page)).toBeVisible();
  await expect(page).toHaveURL(/\/ru\/quiz\?seed=\d{6}&count=10$/);
});

test("the class code form opens that class's quiz", async ({ page }) => {
  await page.goto("/kk");
  await page.getByRole("textbox", { name: kk.Home.classCodeLabel }).fill("4242");
  await page.getByRole("button", { name: kk.Home.classCodeSubmit }).click();
  await expect(page).toHaveURL(/\/kk\/quiz\?seed=4242/);
  await expect(question(page)).toBeVisible();
});
