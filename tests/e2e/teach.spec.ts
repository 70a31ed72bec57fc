import { test, expect } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import kk from "../../messages/kk.json" with { type: "json" };
import ru from "../../messages/ru.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import { fold, pdfPages } from "./pdf-text";

test("/kk/teach: a class code, a QR code that decodes to the shown link, the same questions for students", async ({
  page,
  browser,
}) => {
  await page.goto("/kk/teach");
  await page.getByLabel(kk.Teach.countLabel).selectOption("6");
  await page.getByRole("button", { name: kk.Teach.makeCode }).click();
  const code = (await page.getByTestId("class-code").innerText()).trim();
  expect(code).toMatch(/^\d{6}$/);
  const link = (await page.getByTestId("student-link").innerText()).trim();
  expect(link).toMatch(new RegExp(`/kk/quiz\\?seed=${code}&count=6$`));

  const qr = page.getByRole("img", { name: kk.Teach.qrLabel });
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(link);

  // The answer key is folded away until asked for.
  await expect(page.getByRole("heading", { name: kk.Teach.answerKeyTitle })).toBeHidden();
  await page.getByText(kk.Teach.showAnswers).click();
  await expect(page.getByRole("heading", { name: kk.Teach.answerKeyTitle })).toBeVisible();

  // The worksheet for this code lists the questions in the order students get them.
  await page.getByRole("link", { name: kk.Teach.printWorksheet }).click();
  await expect(page).toHaveURL(new RegExp(`/kk/teach/worksheet\\?code=${code}&count=6`));
  // The worksheet is drawn in the browser from the code: wait for it before reading it.
  await expect(page.locator("[data-worksheet-question]")).toHaveCount(6);
  const worksheetIds = await page
    .locator("[data-worksheet-question]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-worksheet-question")));
  expect(worksheetIds).toHaveLength(6);

  const student = await (await browser.newContext()).newPage();
  await student.goto(link.replace(/^https?:\/\/[^/]+/, ""));
  const seen: string[] = [];
  for (let i = 0; i < 6; i++) {
    const q = student.locator("[data-question-id]");
    seen.push((await q.getAttribute("data-question-id"))!);
    const radios = q.getByRole("radio");
    if ((await radios.count()) > 0) await radios.first().check();
    await q.getByRole("button", { name: kk.Quiz.check }).click();
    await q.getByRole("button", { name: i === 5 ? kk.Quiz.finish : kk.Quiz.next }).click();
  }
  expect(seen).toEqual(worksheetIds);
});

test("the worksheet prints without navigation, with the answer key on its own page", async ({ page }) => {
  await page.goto("/ru/teach/worksheet?code=4242&count=8");
  await expect(page.locator("[data-worksheet-question]")).toHaveCount(8);
  const questions = await page.locator("[data-worksheet-question] > p:first-child").allInnerTexts();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header").first()).toBeHidden();
  await expect(page.getByRole("button", { name: ru.Teach.print })).toBeHidden();
  await expect(page.getByTestId("answer-key")).toBeVisible();
  expect(await page.getByTestId("answer-key").evaluate((el) => getComputedStyle(el).breakBefore)).toBe(
    "page",
  );
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toMatch(
    /rgba?\(255, 255, 255|rgba\(0, 0, 0, 0\)/,
  );

  const pages = (await pdfPages(await page.pdf({ format: "A4" }))).map(fold);
  const all = pages.join(" ");
  for (const q of questions) expect(all).toContain(fold(q).slice(0, 60));
  const keyTitle = fold(ru.Teach.answerKeyTitle);
  const keyPage = pages.findIndex((p) => p.includes(keyTitle));
  expect(keyPage).toBeGreaterThan(0);
  // The key starts a page: that page begins with it, and the page before holds questions only.
  expect(pages[keyPage]!.startsWith(keyTitle)).toBe(true);
  expect(pages[keyPage - 1]).not.toContain(keyTitle);
});

test("a worksheet whose questions cannot be loaded keeps its title and says so, in Russian", async ({
  page,
}) => {
  await page.route("**/ru/quiz/*.json", (route) => route.abort("internetdisconnected"));
  await page.goto("/ru/teach/worksheet?code=4242&count=8");
  await expect(page.getByRole("heading", { level: 1, name: ru.Teach.worksheetTitle })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: ru.Quiz.loadFailed })).toBeVisible();
  await page.unroute("**/ru/quiz/*.json");
  await page.getByRole("button", { name: ru.Quiz.tryAgain }).click();
  await expect(page.locator("[data-worksheet-question]")).toHaveCount(8);
});

test("the handout holds every step's title", async ({ page }) => {
  await page.goto("/en/teach/handout");
  const titles = await page.locator("section > h2").allInnerTexts();
  expect(titles.length).toBeGreaterThanOrEqual(6);
  const text = fold((await pdfPages(await page.pdf({ format: "A4" }))).join(" "));
  for (const title of titles) expect(text).toContain(fold(title));
  expect(text).toContain(fold(en.Charts.colSource));
});
