import { test, expect, type Browser, type Page } from "@playwright/test";
import type { Locale } from "../../lib/locales";
import en from "../../messages/en.json" with { type: "json" };
import kk from "../../messages/kk.json" with { type: "json" };
import { englishDatesIn, expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers";

// Homework, lean: a teacher sets it; a student takes it on a phone in Kazakh over two visits and
// hands in; the teacher's results show the receipt; "close now" brings the corrections to the phone.
// Axe once per new state. No waiting for a close time: "close now" ends it.

const t = { en: en.assign, kk: kk.assign };
const fill = (text: string, v: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? `{${k}}`));

async function phone(browser: Browser, locale: Locale) {
  const context = await browser.newContext({
    viewport: { width: 320, height: 700 },
    isMobile: true,
    hasTouch: true,
    locale,
  });
  return { page: await context.newPage(), close: () => context.close() };
}

/** Answers the question on screen: the first option, or the order as it stands. */
async function answerShown(page: Page) {
  const save = page.getByRole("button", { name: t.kk.saveOrder });
  if (await save.isVisible()) await save.click();
  else await page.getByRole("radio").first().check();
  await expect(page.getByTestId("saved")).toBeVisible();
}

async function setHomework(page: Page, feedbackClose: boolean) {
  await page.goto("/en/teach");
  await page.getByLabel(en.Teach.countLabel).selectOption("5");
  const form = page.locator("section", { has: page.getByRole("heading", { name: t.en.setTitle }) });
  await expect(form.getByText(/Your time zone: \S+/)).toBeVisible();
  if (!feedbackClose) await form.getByLabel(t.en.feedbackEach).check();
  await form.getByRole("button", { name: t.en.setIt }).click();
  await expect(page.getByTestId("homework-set")).toBeVisible();
  const code = (await page.getByTestId("homework-code").innerText()).replace(/\s/g, "");
  expect(code).toMatch(/^\d{8}$/);
  await expect(page.getByTestId("homework-link")).toContainText(`/live/homework?code=${code}&lang=en`);
  await expect(page.getByRole("img", { name: t.en.qrLabel })).toBeVisible();
  return code;
}

test("set → taken in Kazakh on a phone over two visits → handed in → receipt → results → closed: corrections", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const code = await setHomework(page, true);
  await expectNoAxeViolations(page);

  const kid = await phone(browser, "kk");
  const p = kid.page;
  await p.goto(`/kk/live/homework?code=${code}`);
  await expectNoAxeViolations(p);
  await p.getByRole("button", { name: t.kk.start }).click();
  // The teacher asked for the explainer first.
  await expect(p.getByRole("heading", { name: t.kk.stepsTitle })).toBeVisible();
  await expect(p.getByTestId("homework-until")).toContainText(t.kk.openUntil.replace(" {when}", ""));
  // Formatted in the browser, whose ICU has no Kazakh data: the day and month in Kazakh all the same.
  expect(englishDatesIn(await p.getByTestId("homework-until").innerText())).toEqual([]);
  await expectNoAxeViolations(p);
  await p.getByRole("button", { name: t.kk.stepsDone }).click();
  await answerShown(p);
  await expect(p.getByTestId("saved")).toHaveText(new RegExp(t.kk.savedLater.slice(0, 10)));
  await expectNoAxeViolations(p);
  await expectNoHorizontalScroll(p);
  await p.getByRole("button", { name: t.kk.next }).click();
  await answerShown(p);
  // A second visit on the same device: the same question, the answer kept.
  await p.reload();
  await expect(p.locator("[data-question-index='1']")).toBeVisible();
  await expect(p.getByTestId("saved")).toBeVisible();
  for (let i = 2; i < 5; i++) {
    await p
      .getByRole("button", { name: i < 5 ? t.kk.next : t.kk.toReview })
      .first()
      .click();
    await answerShown(p);
  }
  await p.getByRole("button", { name: t.kk.toReview }).click();
  await expect(p.getByTestId("answered-count")).toHaveText(fill(t.kk.answeredOf, { answered: 5, total: 5 }));
  await expectNoAxeViolations(p);
  await p.getByRole("button", { name: t.kk.handIn }).click();
  await expect(p.getByTestId("homework-score")).toHaveText(t.kk.scoreLater);
  const receipt = (await p.getByTestId("receipt").innerText()).replace(/\s/g, "");
  expect(receipt).toMatch(/^[0-9A-Z]{6}$/);
  const card = await p.getByTestId("receipt-card").innerText(); // its date, without the receipt itself
  expect(englishDatesIn(card.replace(`${receipt.slice(0, 3)} ${receipt.slice(3)}`, ""))).toEqual([]);
  await expectNoAxeViolations(p);
  await expectNoHorizontalScroll(p);

  // The teacher's results, on the computer that set it.
  await page.getByTestId("homework-results-link").click();
  await expect(page.getByTestId("homework-counts")).toContainText("1 handed in");
  await expect(page.getByTestId("receipts-table")).toContainText(
    `${receipt.slice(0, 3)} ${receipt.slice(3)}`,
  );
  await expect(page).not.toHaveURL(/#k=/);
  await page.getByLabel(t.en.checkLabel).fill(receipt.toLowerCase());
  await page.getByRole("button", { name: t.en.check, exact: true }).click();
  await expect(page.getByTestId("receipt-check")).toContainText("score");
  await expectNoAxeViolations(page);

  // Close now: the phone shows the score and the corrections.
  await page.getByRole("button", { name: t.en.closeNow }).click();
  await expect(page.getByTestId("homework-until")).toContainText("closed on");
  await p.reload();
  await expect(p.getByTestId("homework-score")).toHaveText(/\d\/5/);
  await expect(p.getByTestId("feedback").first()).toBeVisible();
  await expectNoAxeViolations(p);
  await kid.close();
});

test("a late visit after close, never handed in: own answers, then the corrections", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const code = await setHomework(page, true);
  const kid = await phone(browser, "kk");
  const p = kid.page;
  await p.goto(`/kk/live/homework?code=${code}`);
  await p.getByRole("button", { name: t.kk.start }).click();
  await p.getByRole("button", { name: t.kk.stepsDone }).click();
  await answerShown(p);
  await page.getByTestId("homework-results-link").click();
  await page.getByRole("button", { name: t.en.closeNow }).click();
  await expect(page.getByTestId("homework-until")).toContainText("closed on");
  await p.reload();
  await expect(p.getByTestId("closed-not-handed-in")).toBeVisible();
  await expect(p.getByTestId("feedback")).toHaveCount(1);
  await expectNoAxeViolations(p);
  // A new student cannot start it any more.
  const late = await phone(browser, "kk");
  await late.page.goto(`/kk/live/homework?code=${code}`);
  await late.page.getByRole("button", { name: t.kk.start }).click();
  await expect(late.page.getByTestId("homework-closed-join")).toBeVisible();
  await expectNoAxeViolations(late.page);
  await late.close();
  await kid.close();
});
