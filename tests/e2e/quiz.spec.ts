import { test, expect, type Page } from "@playwright/test";
import en from "../../messages/en.json" with { type: "json" };
import kk from "../../messages/kk.json" with { type: "json" };
import ru from "../../messages/ru.json" with { type: "json" };
import fixture from "../fixtures/quiz-4242.json" with { type: "json" };
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

test("a whole 10-question quiz in kk with the keyboard only: check, feedback announced once, results, retry", async ({
  page,
}) => {
  await page.goto("/kk/quiz?seed=4242&count=10");
  await expect(question(page)).toBeVisible();
  for (let i = 1; i <= 10; i++) {
    const q = question(page);
    await expect(page.getByText(`10 сұрақтың ${i}-сұрағы`)).toBeVisible();
    // The heading has focus (after "Next"); Tab walks into the answers.
    if (i === 1) await q.getByRole("heading", { level: 2 }).focus();
    await expect(q.getByRole("heading", { level: 2 })).toBeFocused();
    const radios = q.getByRole("radio");
    if ((await radios.count()) > 0) {
      await page.keyboard.press("Tab");
      await expect(radios.first()).toBeFocused();
      await page.keyboard.press("Space");
      await expect(radios.first()).toBeChecked();
      await page.keyboard.press("Enter");
    } else {
      // Put in order with the keyboard: the first "move down" button (the first "move up" is
      // disabled, so out of the tab order), then Check.
      await page.keyboard.press("Tab");
      await expect(q.getByRole("button", { name: new RegExp(`^${kk.Quiz.moveDown}`) }).first()).toBeFocused();
      const moved = await q.locator("[data-order-item]").first().getAttribute("data-order-item");
      await page.keyboard.press("Enter");
      // The item went down one place, and the keyboard stays with it.
      await expect(q.locator("[data-order-item]").nth(1)).toHaveAttribute("data-order-item", moved!);
      await expect(q.locator(`[data-order-item="${moved}"] button:focus`)).toHaveCount(1);
      await q.getByRole("button", { name: kk.Quiz.check }).focus();
      await page.keyboard.press("Enter");
    }
    const feedback = page.getByTestId("feedback");
    await expect(feedback).toBeFocused();
    await expect(feedback).toContainText(new RegExp(`${kk.Quiz.correct}|${kk.Quiz.incorrect}`));
    await expect(feedback).toContainText(/✓|✗/);
    // Announced once: focus moves there, and it is not (inside) a live region too.
    expect(await feedback.evaluate((el) => !!el.closest("[aria-live], [role=alert], [role=status]"))).toBe(
      false,
    );
    await expect(feedback.getByRole("link", { name: new RegExp(kk.Quiz.seeQuote) })).toHaveAttribute(
      "href",
      /^\/kk\/sources#quote-/,
    );
    await expect(feedback.getByRole("link", { name: new RegExp(kk.Quiz.readStep) })).toHaveAttribute(
      "href",
      /^\/kk\/explainer\//,
    );
    // Every span of the article the answer cites is shown, in English.
    await expect(feedback.locator("blockquote[lang=en]")).toHaveCount(
      fixture.questions[i - 1]!.quoteIds.length,
    );
    // Tab past the links (one per quote, and the step) to the button, and press it.
    const links = await feedback.getByRole("link").count();
    for (let k = 0; k <= links; k++) await page.keyboard.press("Tab");
    await expect(q.getByRole("button", { name: i === 10 ? kk.Quiz.finish : kk.Quiz.next })).toBeFocused();
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { name: kk.Quiz.resultsTitle })).toBeFocused();
  await expect(page.getByText("Сынып коды: 4242").last()).toBeVisible();
  await expect(page.getByRole("heading", { name: kk.Quiz.reviewTitle })).toBeVisible();
  await expect(page.locator("ol > li figure blockquote[lang=en]")).toHaveCount(
    fixture.questions.reduce((n, q) => n + q.quoteIds.length, 0),
  );

  const retry = page.getByRole("button", { name: new RegExp(kk.Quiz.retryMissed) });
  if (await retry.isVisible()) {
    const missed = Number((await retry.innerText()).match(/\((\d+)\)/)![1]);
    await retry.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText(kk.Quiz.retryRound)).toBeVisible();
    await expect(page.getByText(`${missed} сұрақтың 1-сұрағы`)).toBeVisible();
    await expect(page).toHaveURL(/seed=4242/);
  }
});

for (const [locale, t] of [
  ["en", en],
  ["ru", ru],
  ["kk", kk],
] as const) {
  test(`axe: a question, its feedback and the results, in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/quiz?seed=77&count=5`);
    await expect(question(page)).toBeVisible();
    await expectNoAxeViolations(page);
    for (let i = 0; i < 5; i++) {
      const q = question(page);
      const radios = q.getByRole("radio");
      if ((await radios.count()) > 0) await radios.last().check();
      await q.getByRole("button", { name: t.Quiz.check }).click();
      await expect(page.getByTestId("feedback")).toBeVisible();
      if (i === 0) await expectNoAxeViolations(page);
      await q.getByRole("button", { name: i === 4 ? t.Quiz.finish : t.Quiz.next }).click();
    }
    await expect(page.getByRole("heading", { name: t.Quiz.resultsTitle })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("two answers in en, then ru: question 3 with both answers kept; a reload keeps them too", async ({
  page,
}) => {
  await page.goto("/en/quiz?seed=31337&count=6");
  const answered: string[] = [];
  for (let i = 0; i < 2; i++) {
    answered.push((await question(page).getAttribute("data-question-id"))!);
    await answerCurrent(page);
    await question(page).getByRole("button", { name: en.Quiz.next }).click();
  }
  await expect(page.getByText("Question 3 of 6")).toBeVisible();
  const third = await question(page).getAttribute("data-question-id");
  const radios = question(page).getByRole("radio");
  const picked = (await radios.count()) > 1 ? 1 : -1;
  if (picked > 0) await radios.nth(picked).check();
  const saved = () =>
    page.evaluate(() => JSON.parse(localStorage.getItem("explainer.quiz.v1.31337.6") ?? "{}"));
  const before = await saved();

  await page.getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\/quiz\?seed=31337&count=6/);
  await expect(page.getByText("Вопрос 3 из 6")).toBeVisible();
  await expect(question(page)).toHaveAttribute("data-question-id", third!);
  await expect(question(page).getByRole("button", { name: ru.Quiz.check })).toBeVisible();
  if (picked > 0) await expect(question(page).getByRole("radio").nth(picked)).toBeChecked();
  const after = await saved();
  for (const id of answered) expect(after.answers[id]).toEqual(before.answers[id]);
  expect(after.checked).toEqual(expect.arrayContaining(answered));

  await page.reload();
  await expect(page.getByText("Вопрос 3 из 6")).toBeVisible();
  await expect(question(page)).toHaveAttribute("data-question-id", third!);
  if (picked > 0) await expect(question(page).getByRole("radio").nth(picked)).toBeChecked();
});

test("the same class code gives the same first three questions in two browsers and languages", async ({
  browser,
}) => {
  const runs: string[][] = [];
  for (const [locale, t] of [
    ["en", en],
    ["kk", kk],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/${locale}/quiz?seed=2024&count=5`);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await question(page).getAttribute("data-question-id"))!);
      const radios = question(page).getByRole("radio");
      if ((await radios.count()) > 0) await radios.first().check();
      await question(page).getByRole("button", { name: t.Quiz.check }).click();
      await question(page).getByRole("button", { name: t.Quiz.next }).click();
    }
    runs.push(ids);
    await context.close();
  }
  expect(runs[1]).toEqual(runs[0]);
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

test("if the questions cannot be loaded, the quiz says so in the page's language and can try again", async ({
  page,
}) => {
  let fail = true;
  await page.route("**/kk/quiz/*.json", (route) =>
    fail ? route.abort("internetdisconnected") : route.continue(),
  );
  await page.goto("/kk/quiz?seed=4242&count=10");
  const alert = page.getByRole("alert").filter({ hasText: kk.Quiz.loadFailed });
  await expect(alert).toBeVisible();
  await expectNoAxeViolations(page);
  fail = false;
  await alert.getByRole("button", { name: kk.Quiz.tryAgain }).click();
  await expect(question(page)).toBeVisible();
  await expect(page.getByText("10 сұрақтың 1-сұрағы")).toBeVisible();
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
