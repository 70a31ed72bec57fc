import { test, expect, type Page } from "@playwright/test";
import { steps } from "../../content/steps";
import {
  axe,
  command,
  en,
  expectRecorded,
  joinedClassWith,
  messages,
  phone,
  type Locale,
} from "./live-phone-helpers";

// A phone in a real classroom (issue 25): links that keep it in the class, a network that fails
// during a step change, the whole question on the first screen, and browsers without every feature.

test.use(phone);

const t = en.liveStudent;
const stepUrl = (i: number, locale: Locale = "en") => new RegExp(`/${locale}/live/step/${steps[i]!.slug}$`);
const classUrl = /\/en\/live$/;

/** The browser's own error page (its URL, or Chromium's error page in place of ours). */
async function expectNoErrorPage(page: Page) {
  expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  await expect(page.getByTestId("live-status")).toBeVisible();
}

/** The sources page's card of the quote at `href` (its "— who said it" line), to compare the phone's with. */
async function cardCaption(page: Page, href: string) {
  const [path, target] = href.split("#") as [string, string];
  const sources = await page.context().newPage();
  await sources.goto(path);
  const caption = await sources.locator(`#${target} > figcaption`).innerText();
  await sources.close();
  return caption;
}

test.describe("a phone in a real classroom", () => {
  test("a reveal's links stay in the class (the quote over the page, the step with the way back); the phone follows from there", async ({
    page,
    baseURL,
  }) => {
    const { s, at } = await joinedClassWith(page, baseURL!, ["who"]);
    const q = at[0]!;
    await command(baseURL!, s, "open", q);
    await page.getByRole("radio").first().check();
    await expectRecorded(page, "en");
    await command(baseURL!, s, "close");
    await command(baseURL!, s, "reveal");
    const feedback = page.getByTestId("feedback");
    await expect(feedback).toBeFocused();

    // "See the quote [14]", with its space: the quote opens over the reveal, the class bar above it.
    const seeQuote = feedback.getByRole("link", { name: new RegExp(en.Quiz.seeQuote) });
    await expect(seeQuote).toHaveText(new RegExp(`^${en.Quiz.seeQuote}\\s\\[\\d+\\]$`), {
      useInnerText: true,
    });
    const seeQuoteCaption = await cardCaption(page, (await seeQuote.getAttribute("href"))!);
    await seeQuote.click();
    const quote = page.getByRole("dialog", { name: /^Quote \d+$/ });
    await expect(quote.locator("blockquote")).toBeVisible();
    // Who said it, word for word as on the quote's card on the sources page.
    await expect(quote.getByTestId("quote-caption")).toHaveText(seeQuoteCaption, { useInnerText: true });
    await expect(quote.getByTestId("live-status")).toBeVisible();
    await expect(quote.getByRole("button", { name: t.backToQuestion })).toBeFocused();
    await axe(page, "a quote over the reveal");
    await quote.getByRole("button", { name: t.backToQuestion }).click();
    await expect(quote).toBeHidden();
    await expect(page).toHaveURL(classUrl);

    // "Read the step": the step as the class sees it, with the way back to the question.
    const slug = await feedback
      .getByRole("link", { name: new RegExp(en.Quiz.readStep) })
      .getAttribute("href");
    expect(slug).toMatch(/^\/en\/live\/step\//);
    await feedback.getByRole("link", { name: new RegExp(en.Quiz.readStep) }).click();
    await expect(page).toHaveURL(new RegExp(`${slug}$`));
    const back = page.getByTestId("live-elsewhere").getByRole("link", { name: t.backToQuestion });
    await expect(back).toBeVisible();
    await axe(page, "a step read from the reveal");

    // A citation mark in the step opens its quote over the step, with the way back to the step.
    const mark = page.locator("#main sup a").first();
    const markCaption = await cardCaption(page, (await mark.getAttribute("href"))!);
    await mark.click();
    await expect(quote.getByRole("button", { name: t.backToStep })).toBeFocused();
    await expect(quote.getByTestId("quote-caption")).toHaveText(markCaption, { useInnerText: true });
    await axe(page, "a quote over a live step");

    // The teacher moves on: the phone follows from wherever it is, the quote closed.
    await command(baseURL!, s, "open", (q + 1) % 5);
    await expect(page).toHaveURL(classUrl);
    await expect(quote).toBeHidden();
    await expect(page.locator("#live-question-heading")).toBeFocused();
  });

  test("a step change on a failing network: no error page, Reconnecting…, the step within 5 s of its return", async ({
    page,
    context,
    baseURL,
  }) => {
    const { s } = await joinedClassWith(page, baseURL!, ["who"]);
    const status = page.getByTestId("live-status");
    await expect(status).toHaveAttribute("data-status", "open");

    // Requests fail while the phone believes it is online; the open stream still brings the news.
    await page.route("**/*", (route) => route.abort("internetdisconnected"));
    await command(baseURL!, s, "start");
    await expect(status).toHaveAttribute("data-status", "reconnecting");
    await expect(status).toContainText(t.statusReconnecting);
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
    await expect(page).toHaveURL(classUrl);
    await expectNoErrorPage(page);
    await axe(page, "a step change waiting for the network");
    await page.unroute("**/*");
    await expect(page).toHaveURL(stepUrl(0), { timeout: 5000 });
    await expect(status).toHaveAttribute("data-status", "open");

    // Offline: the stream is gone too; the step changes meanwhile; back within 5 s of the network.
    await context.setOffline(true);
    await expect(status).toHaveAttribute("data-status", "reconnecting");
    await command(baseURL!, s, "step", 1);
    await expect(page).toHaveURL(stepUrl(0));
    await context.setOffline(false);
    await expect(page).toHaveURL(stepUrl(1), { timeout: 5000 });
    await expectNoErrorPage(page);
  });

  for (const locale of ["en", "ru", "kk"] as const)
    test(`${locale}: every question's options are on the first screen at 390 × 844, with no site navigation`, async ({
      page,
      baseURL,
    }) => {
      const { s, questions } = await joinedClassWith(page, baseURL!, ["how-many", "who", "order"], locale);
      await expect(page.locator("body > header")).toBeHidden();
      await expect(page.locator("body > footer")).toBeHidden();
      for (const [i, question] of questions.entries()) {
        await command(baseURL!, s, "open", i);
        const heading = page.locator(`[data-question-index="${i}"] #live-question-heading`);
        await expect(heading).toBeFocused();
        const last = page.locator(`[data-question-index="${i}"] form li`).last();
        const box = (await last.boundingBox())!;
        expect(box.y + box.height, `${locale}, question ${i + 1} (${question.kind})`).toBeLessThanOrEqual(
          844,
        );
      }
      await axe(page, `${locale}: a question in the compact layout`);
      await expect(
        page.getByRole("button", { name: messages[locale].liveStudent.leaveClass }),
      ).not.toBeInViewport();
    });

  test("a phone without BroadcastChannel, Web Locks and streamed fetch follows a step and answers", async ({
    page,
    baseURL,
  }) => {
    await page.addInitScript(() => {
      // As on older iPhones and Android browsers.
      delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
      Object.defineProperty(Navigator.prototype, "locks", { get: () => undefined, configurable: true });
      Object.defineProperty(Response.prototype, "body", { get: () => null, configurable: true });
    });
    const { s, at } = await joinedClassWith(page, baseURL!, ["who"]);
    await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "polling");
    await command(baseURL!, s, "start");
    await expect(page).toHaveURL(stepUrl(0));
    await command(baseURL!, s, "open", at[0]!);
    await expect(page).toHaveURL(classUrl);
    await page.getByRole("radio").first().check();
    await expectRecorded(page, "en");
  });
});
