import { test, expect, type Page } from "@playwright/test";
import { steps } from "../../content/steps";
import {
  duplicateIds,
  expectNoHorizontalScroll,
  latinOutsideEnglish,
  recordAnnouncements,
  spokenSince,
  watchConsole,
} from "./helpers";
import { expectNoApiCached } from "./offline-walk";
import {
  axe,
  classWith,
  command,
  createClass,
  en,
  expectRecorded,
  joinByTyping,
  joinedClassWith,
  kk,
  messages,
  participant,
  phone,
  ru,
  summary,
} from "./live-phone-helpers";

// The students' phone screens of a live class. The teacher's side is driven through the HTTP API
// (docs/live.md), so this spec tests the phone pages for real without the projector page.

const shots = "test-results/live-phone";

test.use(phone);
// With the service worker on, as readers have it: nothing of the live class's API is ever cached.
test.use({ serviceWorkers: "allow" });
test.afterEach(({ page }) => expectNoApiCached(page));

test.describe("a student's phone", () => {
  test("the live pages' first HTML uses each id once (it may hold two states until the boot script picks one)", async ({
    request,
  }) => {
    for (const locale of ["en", "ru", "kk"] as const)
      for (const path of ["/live", `/live/step/${steps[0]!.slug}`, "/live/host"]) {
        const response = await request.get(`/${locale}${path}`);
        expect(response.status()).toBe(200);
        expect(duplicateIds(await response.text()), `${locale}${path}`).toEqual([]);
      }
  });

  test("en: typed code, lobby, the teacher's steps, a who question answered, changed, kept on reload, revealed, score", async ({
    page,
    baseURL,
  }) => {
    const problems = watchConsole(page);
    const t = en.liveStudent;
    const { s, at } = await joinedClassWith(page, baseURL!, ["who"]);
    const who = at[0]!;
    await axe(page, "lobby");

    await command(baseURL!, s, "start");
    await expect(page).toHaveURL(new RegExp(`/en/live/step/${steps[0]!.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await axe(page, "step");
    await command(baseURL!, s, "step", 1);
    await expect(page).toHaveURL(new RegExp(`/en/live/step/${steps[1]!.slug}$`));

    await command(baseURL!, s, "open", who);
    await expect(page).toHaveURL(/\/en\/live$/);
    const heading = page.locator("#live-question-heading");
    await expect(heading).toBeFocused();
    await expect(page.getByTestId("live-announcer")).toHaveText(`Question ${who + 1} is open`);
    const radios = page.getByRole("radio");
    await radios.nth(0).check();
    await expectRecorded(page, "en");
    await expect(page.getByTestId("live-announcer")).toHaveText(t.answerRecorded);
    await radios.nth(1).check();
    await expectRecorded(page, "en");
    const chosen = await radios.nth(1).getAttribute("value");
    await page.screenshot({ path: `${shots}/question-en.png`, fullPage: true });
    await page.screenshot({ path: `${shots}/live-phone-question.png` });
    await axe(page, "open");

    // A reload (or a phone that slept) comes back to the same question with the answer chosen.
    await page.reload();
    await expect(page.getByRole("radio").nth(1)).toBeChecked();
    await expectRecorded(page, "en");
    const mine = await participant(page);
    expect(mine.answers).toEqual([{ question: who, answer: chosen }]);

    await command(baseURL!, s, "close");
    await expect(page.getByText(t.questionClosed)).toBeVisible();
    await expect(page.getByRole("radio").first()).toBeDisabled();

    await command(baseURL!, s, "reveal");
    const feedback = page.getByTestId("feedback");
    await expect(feedback).toBeFocused();
    await expect(feedback.locator("p").first()).toHaveText(
      new RegExp(`(${en.Quiz.correct}|${en.Quiz.incorrect})$`),
    );
    await expect(feedback.getByRole("link", { name: new RegExp(en.Quiz.seeQuote) })).toHaveAttribute(
      "href",
      /\/en\/sources#quote-/,
    );
    await expect(feedback.getByRole("link", { name: new RegExp(en.Quiz.readStep) })).toBeVisible();
    await expect(page.getByTestId("live-announcer")).toHaveText(t.answerRevealed);
    await page.screenshot({ path: `${shots}/reveal-en.png`, fullPage: true });
    await page.screenshot({ path: `${shots}/live-phone-reveal.png` });
    await axe(page, "revealed");

    const sum = await summary(baseURL!, s);
    expect(sum.questions[who]!.answered).toBe(1);
    expect(sum.questions[who]!.byOption).toEqual({ [chosen!]: 1 });
    const right = sum.questions[who]!.correct;

    await command(baseURL!, s, "summary");
    await expect(page.getByTestId("score-card")).toContainText(`${right} of 1 right`);
    await command(baseURL!, s, "end");
    await expect(page.getByRole("heading", { name: t.endedTitle })).toBeFocused();
    await expect(page.getByTestId("score-card")).toContainText(`${right} of 1 right`);
    await axe(page, "ended");
    expect(problems).toEqual([]);
  });

  test("ru, letters only: the events are letters to put in order by keyboard; the whole question on request", async ({
    page,
    baseURL,
  }) => {
    const t = ru.liveStudent;
    const { classCode, at, questions } = await classWith(baseURL!, ["order"]);
    const order = at[0]!;
    const q = questions[order]!;
    const s = await createClass(baseURL!, classCode, "ru", true);
    await joinByTyping(page, "ru", s.joinCode);
    await command(baseURL!, s, "open", order);
    const heading = page.locator("#live-question-heading");
    await expect(heading).toHaveText(t.lookAtProjectorOrder);
    const items = page.locator("[data-order-item]");
    await expect(items).toHaveCount(q.options.length);
    // Each event is named by its letter only, in the order the projector lists them.
    for (const [i, id] of q.options.entries()) {
      await expect(items.nth(i)).toHaveAttribute("data-order-item", id);
      await expect(items.nth(i)).toContainText(
        t.optionLetter.replace("{letter}", String.fromCharCode(65 + i)),
      );
    }
    await page.locator(`[data-order-item="${q.options[0]}"] [data-dir="down"]`).focus();
    await page.keyboard.press("Enter");
    await expect(items.nth(1)).toHaveAttribute("data-order-item", q.options[0]!);
    await page.getByRole("button", { name: t.sendOrder }).press("Enter");
    await expectRecorded(page, "ru");
    await axe(page, "letters only, order");
    await page.screenshot({ path: `${shots}/letters-order-ru.png`, fullPage: true });
    const sent = [q.options[1]!, q.options[0]!, ...q.options.slice(2)];
    expect((await participant(page)).answers).toEqual([{ question: order, answer: sent }]);

    // The whole question on this phone only, then the teacher switches every phone back.
    await page.getByTestId("show-here").click();
    await expect(heading).not.toHaveText(t.lookAtProjectorOrder);
    await expect(items.first()).not.toContainText(t.optionLetter.replace("{letter}", "B"));
    await page.getByTestId("show-here").click();
    await expect(heading).toHaveText(t.lookAtProjectorOrder);
    await command(baseURL!, s, "full-text");
    await expect(heading).not.toHaveText(t.lookAtProjectorOrder);
    await expect(page.getByTestId("show-here")).toHaveCount(0);
    await expectRecorded(page, "ru");
    await command(baseURL!, s, "reveal", order);
    await expect(page.getByTestId("feedback")).toBeFocused();
    expect((await summary(baseURL!, s)).questions[order]!.byOption).toEqual({ [sent.join(",")]: 1 });
  });

  test("each change of the class is said once, by the one polite live region — not again by the route announcer", async ({
    page,
    baseURL,
  }) => {
    const t = en.liveStudent;
    const { s, at } = await joinedClassWith(page, baseURL!, ["who"]);
    const who = at[0]!;
    await recordAnnouncements(page);
    const fill = (text: string, v: Record<string, string | number>) =>
      text.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k]));
    /** Waits until something was said, and a while more for a second voice, then returns it all. */
    const said = async (from: number) => {
      await expect.poll(async () => (await spokenSince(page, from)).length).toBeGreaterThan(0);
      await page.waitForTimeout(1200);
      return spokenSince(page, from);
    };

    let heard = 0;
    for (const [i, type] of [
      [0, "start"],
      [1, "step"],
    ] as const) {
      await command(baseURL!, s, type, type === "step" ? i : undefined);
      await expect(page).toHaveURL(new RegExp(`/en/live/step/${steps[i]!.slug}$`));
      const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
      const spoken = await said(heard);
      expect(spoken, `step ${i + 1}`).toEqual([fill(t.stepNow, { n: i + 1, title })]);
      heard += spoken.length;
    }

    await command(baseURL!, s, "open", who);
    await expect(page).toHaveURL(/\/en\/live$/);
    let spoken = await said(heard);
    expect(spoken, "question open").toEqual([fill(t.questionOpen, { n: who + 1 })]);
    heard += spoken.length;

    await page.getByRole("radio").nth(0).check();
    spoken = await said(heard);
    expect(spoken, "answer recorded").toEqual([t.answerRecorded]);
    heard += spoken.length;

    await command(baseURL!, s, "reveal");
    spoken = await said(heard);
    expect(spoken, "answer revealed").toEqual([t.answerRevealed]);
    heard += spoken.length;

    // Back to a step: said once again, and no page title read after it.
    await command(baseURL!, s, "step", 2);
    await expect(page).toHaveURL(new RegExp(`/en/live/step/${steps[2]!.slug}$`));
    const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    expect(await said(heard), "step 3").toEqual([fill(t.stepNow, { n: 3, title })]);
  });

  test("ru: an order question by keyboard; switching to kk and back mid-question keeps it; reveal", async ({
    page,
    baseURL,
  }) => {
    const { s, at, questions } = await joinedClassWith(page, baseURL!, ["order"], "ru");
    const order = at[0]!;
    await axe(page, "lobby");
    await command(baseURL!, s, "start", 2);
    await expect(page).toHaveURL(new RegExp(`/ru/live/step/${steps[2]!.slug}$`));
    expect(await latinOutsideEnglish(page)).toEqual([]);
    await axe(page, "step");

    await command(baseURL!, s, "open", order);
    await expect(page.locator("#live-question-heading")).toBeFocused();
    // Move the first event down twice with the keyboard: focus stays on the event that moves.
    const first = await page.locator("[data-order-item]").first().getAttribute("data-order-item");
    await page.locator(`[data-order-item="${first}"] [data-dir="down"]`).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-order-item]").nth(1)).toHaveAttribute("data-order-item", first!);
    await page.keyboard.press("Space");
    await expect(page.locator("[data-order-item]").nth(2)).toHaveAttribute("data-order-item", first!);
    await page.getByRole("button", { name: ru.liveStudent.sendOrder }).press("Enter");
    await expectRecorded(page, "ru");
    const sent = await page
      .locator("[data-order-item]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-order-item")!));
    expect(sent).toHaveLength(questions[order]!.options.length);
    await page.screenshot({ path: `${shots}/question-ru.png`, fullPage: true });
    await axe(page, "open");

    // Switch to Kazakh in the middle of the question: same participant, same order, same answer.
    await page
      .getByRole("group", { name: ru.liveStudent.languageLabel })
      .getByRole("button", { name: "Қазақша" })
      .click();
    await expect(page).toHaveURL(/\/kk\/live$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "kk");
    await expectRecorded(page, "kk");
    expect(
      await page
        .locator("[data-order-item]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-order-item"))),
    ).toEqual(sent);
    const mine = await participant(page);
    expect(mine.locale).toBe("kk");
    expect(mine.answers).toEqual([{ question: order, answer: sent }]);
    expect(await latinOutsideEnglish(page)).toEqual([]);

    // And back to Russian. Inside a class the site's header (with its language links) is not shown.
    await expect(page.getByRole("navigation", { name: kk.LocaleSwitcher.label })).toBeHidden();
    await page
      .getByRole("group", { name: kk.liveStudent.languageLabel })
      .getByRole("button", { name: "Русский" })
      .click();
    await expect(page).toHaveURL(/\/ru\/live$/);
    await expectRecorded(page, "ru");
    await expect.poll(async () => (await participant(page)).locale).toBe("ru");

    await command(baseURL!, s, "reveal", order);
    const feedback = page.getByTestId("feedback");
    await expect(feedback).toBeFocused();
    await expect(feedback.locator("p").first()).toHaveText(
      new RegExp(`(${ru.Quiz.correct}|${ru.Quiz.incorrect})$`),
    );
    const sum = await summary(baseURL!, s);
    expect(sum.questions[order]!.byOption).toEqual({ [sent.join(",")]: 1 });
    expect(await latinOutsideEnglish(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/reveal-ru.png`, fullPage: true });
    await axe(page, "revealed");
    await command(baseURL!, s, "end");
    await expect(page.getByRole("heading", { name: ru.liveStudent.endedTitle })).toBeVisible();
    await axe(page, "ended");
  });

  test("kk: the QR link fills the code; a late joiner lands in the open question; 320 px has no sideways scroll", async ({
    page,
    browser,
    baseURL,
  }) => {
    const t = kk.liveStudent;
    const { classCode, at } = await classWith(baseURL!, ["who"]);
    const q = at[0]!;
    const s = await createClass(baseURL!, classCode, "kk");

    // The home page's code box tells a join code from a class code and sends it to the QR link's page.
    await page.goto("/kk");
    await page.getByRole("textbox", { name: kk.Home.classCodeLabel }).fill(s.joinCode);
    await page.getByRole("button", { name: kk.Home.classCodeSubmit }).click();
    await expect(page).toHaveURL(new RegExp(`/kk/live\\?code=${s.joinCode}$`));
    await expect(page.getByLabel(t.codeLabel)).toHaveValue(
      `${s.joinCode.slice(0, 4)} ${s.joinCode.slice(4)}`,
    );
    await expect(page.getByRole("heading", { name: t.privacyTitle })).toBeVisible();
    await axe(page, "join");
    await page.getByRole("button", { name: t.join }).click();
    await expect(page.getByText(t.waiting)).toBeVisible();
    await expect(page).toHaveURL(/\/kk\/live$/);
    await axe(page, "lobby");
    await command(baseURL!, s, "start");
    await expect(page).toHaveURL(new RegExp(`/kk/live/step/${steps[0]!.slug}$`));
    expect(await latinOutsideEnglish(page)).toEqual([]);
    await axe(page, "step");
    await command(baseURL!, s, "open", q);
    await expect(page.locator("#live-question-heading")).toBeFocused();
    await page.getByRole("radio").first().check();
    await expectRecorded(page, "kk");
    await page.screenshot({ path: `${shots}/question-kk.png`, fullPage: true });
    await axe(page, "open");

    // A late joiner, on a narrow phone, lands straight in the question.
    const late = await browser.newContext({
      viewport: { width: 320, height: 640 },
      isMobile: true,
      hasTouch: true,
    });
    const phone = await late.newPage();
    await joinLate(phone, s.joinCode);
    await expect(phone.locator("#live-question-heading")).toBeVisible();
    await expectNoHorizontalScroll(phone);
    await phone.getByRole("radio").nth(1).check();
    await expectRecorded(phone, "kk");
    await expectNoHorizontalScroll(phone);
    await command(baseURL!, s, "reveal");
    await expect(phone.getByTestId("feedback")).toBeVisible();
    await expectNoHorizontalScroll(phone);
    await expect(page.getByTestId("feedback")).toBeVisible();
    await page.screenshot({ path: `${shots}/reveal-kk.png`, fullPage: true });
    await axe(page, "revealed");
    expect((await summary(baseURL!, s)).questions[q]!.answered).toBe(2);
    await command(baseURL!, s, "end");
    await expect(phone.getByRole("heading", { name: t.endedTitle })).toBeVisible();
    await expectNoHorizontalScroll(phone);
    await axe(page, "ended");
    await late.close();
  });

  test("every error is a sentence in the student's language: unknown code, class ended, class locked (ru, kk)", async ({
    page,
    baseURL,
  }) => {
    const { classCode } = await classWith(baseURL!, ["who"]);
    const ended = await createClass(baseURL!, classCode);
    await command(baseURL!, ended, "end");
    const locked = await createClass(baseURL!, classCode);
    await command(baseURL!, locked, "lock");
    // A QR link with something else than a join code in it just leaves the box empty.
    await page.goto("/ru/live?code=12ab%3Cb%3E");
    await expect(page.getByLabel(ru.liveStudent.codeLabel)).toHaveValue("");
    await expect(page.getByLabel(ru.liveStudent.codeLabel)).toHaveAttribute("inputmode", "numeric");
    await expect(page.getByLabel(ru.liveStudent.codeLabel)).toHaveAttribute("autocomplete", "off");
    for (const locale of ["ru", "kk"] as const) {
      const m = messages[locale];
      await page.goto(`/${locale}/live`);
      const box = page.getByLabel(m.liveStudent.codeLabel);
      const join = page.getByRole("button", { name: m.liveStudent.join });
      // Not a live class's code: a code for nobody, one that ended, one the teacher locked.
      const unknown = ended.joinCode === "99999999" ? "99999998" : "99999999";
      for (const [code, sentence] of [
        [unknown, m.liveErrors["unknown-session"]],
        [ended.joinCode, m.liveErrors.ended],
        [locked.joinCode, m.liveErrors.locked],
        ["1234", m.liveStudent.codeInvalid],
      ] as const) {
        await box.fill(code);
        await join.click();
        await expect(page.locator("form").getByRole("alert")).toHaveText(sentence);
      }
      await axe(page, `${locale} error`);
    }
    // A 6-digit class code typed here opens the self-paced quiz.
    await page.getByLabel(kk.liveStudent.codeLabel).fill("424242");
    await page.getByRole("button", { name: kk.liveStudent.join }).click();
    await expect(page).toHaveURL(/\/kk\/quiz\?seed=424242&count=10$/);
  });

  test("a lost network: Reconnecting…, the answer given meanwhile is sent when it is back; leaving asks first", async ({
    page,
    context,
    baseURL,
  }) => {
    const { s, at } = await joinedClassWith(page, baseURL!, ["who"]);
    const q = at[0]!;
    await command(baseURL!, s, "open", q);
    await expect(page.locator("#live-question-heading")).toBeFocused();
    await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "open");
    await context.setOffline(true);
    await expect(page.getByTestId("live-status")).toContainText(en.liveStudent.statusReconnecting);
    await page.getByRole("radio").first().check();
    await expect(page.getByTestId("answer-state").getByRole("alert")).toHaveText(en.liveErrors.network);
    await context.setOffline(false);
    await expectRecorded(page, "en");
    expect((await summary(baseURL!, s)).questions[q]!.answered).toBe(1);
    await command(baseURL!, s, "step", 1);
    await expect(page).toHaveURL(new RegExp(`/en/live/step/${steps[1]!.slug}$`));
    await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "open");

    // A shared phone: leaving asks first, with the safe choice focused; leaving forgets this
    // student's keys and answers here.
    const leave = page.getByRole("button", { name: en.liveStudent.leaveClass });
    await leave.click();
    const dialog = page.getByRole("dialog", { name: en.liveStudent.leaveTitle });
    await expect(dialog).toContainText(en.liveStudent.leaveLost);
    await expect(dialog.getByRole("button", { name: en.liveStudent.leaveStay })).toBeFocused();
    await axe(page, "leave: are you sure?");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(leave).toBeFocused();
    await leave.click();
    await dialog.getByRole("button", { name: en.liveStudent.leaveConfirm }).click();
    await expect(page).toHaveURL(/\/en\/live$/);
    await expect(page.getByLabel(en.liveStudent.codeLabel)).toBeVisible();
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("live")));
    // Only the "follow the teacher" preference, which says nothing about anyone, stays.
    expect(kept.filter((k) => k !== "live-student:follow")).toEqual([]);
    await page.reload();
    await expect(page.getByLabel(en.liveStudent.codeLabel)).toBeVisible();
  });

  test("two tabs of one browser share one stream; when the leader tab closes the other takes over", async ({
    context,
    baseURL,
  }) => {
    const { classCode } = await classWith(baseURL!, ["who"]);
    const s = await createClass(baseURL!, classCode);
    const streams: string[] = [];
    context.on("request", (r) => {
      const url = r.url();
      if (url.includes(`/api/live/s/${s.sessionId}/events`) && !url.includes("poll=1")) streams.push(url);
    });
    const one = await context.newPage();
    await joinByTyping(one, "en", s.joinCode);
    await expect(one.getByTestId("live-status")).toHaveAttribute("data-status", "open");
    const two = await context.newPage();
    await two.goto("/en/live");
    await expect(two.getByText(en.liveStudent.waiting)).toBeVisible();
    await expect(two.getByTestId("live-status")).toHaveAttribute("data-status", "open");

    await command(baseURL!, s, "start");
    await expect(one).toHaveURL(new RegExp(`/live/step/${steps[0]!.slug}$`));
    await expect(two).toHaveURL(new RegExp(`/live/step/${steps[0]!.slug}$`));
    // Following the teacher keeps the layout (and its stream): still one stream for two tabs.
    expect(streams).toHaveLength(1);

    await one.close();
    await expect.poll(() => streams.length).toBe(2);
    await command(baseURL!, s, "step", 1);
    await expect(two).toHaveURL(new RegExp(`/live/step/${steps[1]!.slug}$`));
    await expect(two.getByTestId("live-status")).toHaveAttribute("data-status", "open");
  });
});

async function joinLate(page: Page, joinCode: string) {
  await page.goto(`/kk/live?code=${joinCode}`);
  await page.getByRole("button", { name: kk.liveStudent.join }).click();
}
