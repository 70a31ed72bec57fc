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
  // The result is where it was made: it takes focus, in view, right under the button.
  await expect(page.getByTestId("class-code").locator("..")).toBeFocused();
  await expect(page.getByTestId("class-code")).toBeInViewport();
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

test("the worksheet prints for students without the answers; the answer key prints on its own", async ({
  page,
}) => {
  await page.goto("/ru/teach/worksheet?code=4242&count=8");
  await expect(page.locator("[data-worksheet-question]")).toHaveCount(8);
  const questions = await page.locator("[data-worksheet-question] > p:first-child").allInnerTexts();
  // On screen the key is folded away, and the page says how printing goes.
  await expect(page.getByRole("heading", { name: ru.Teach.answerKeyTitle })).toBeHidden();
  await expect(page.getByText(ru.Teach.keyApart)).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header").first()).toBeHidden();
  await expect(page.getByRole("button", { name: ru.Teach.printStudents })).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toMatch(
    /rgba?\(255, 255, 255|rgba\(0, 0, 0, 0\)/,
  );
  // The students' copy — the browser's own Print too: every question, no answer anywhere.
  const keyTitle = fold(ru.Teach.answerKeyTitle);
  const students = (await pdfPages(await page.pdf({ format: "A4" }))).map(fold).join(" ");
  for (const q of questions) expect(students).toContain(fold(q).slice(0, 60));
  expect(students).not.toContain(keyTitle);
  expect(students).not.toContain(fold(ru.Teach.keyAnswer.split("{")[0]!));

  // The key on its own: its button prints the key alone.
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => {
    // Headless Chromium has no print dialog: keep the page in its "printing the key" state.
    window.print = () => undefined;
  });
  await page.getByRole("button", { name: ru.Teach.printKey }).click();
  await expect(page.locator(".worksheet")).toHaveAttribute("data-print", "key");
  await page.emulateMedia({ media: "print" });
  const key = (await pdfPages(await page.pdf({ format: "A4" }))).map(fold);
  expect(key[0]!.startsWith(keyTitle)).toBe(true);
  const keyText = key.join(" ");
  expect(keyText).toContain(fold(ru.Teach.keyAnswer.split("{")[0]!));
  expect(keyText).not.toContain(fold(ru.Teach.worksheetIntro));
  expect(keyText).not.toContain(fold(ru.Teach.nameLine));
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
