import { readFileSync } from "node:fs";
import { test, expect, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { steps } from "../../content/steps";
import en from "../../messages/en.json" with { type: "json" };
import ru from "../../messages/ru.json" with { type: "json" };
import kk from "../../messages/kk.json" with { type: "json" };
import { parseCsv } from "../parse-csv";
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  recordAnnouncements,
  spokenSince,
  watchConsole,
} from "./helpers";
import { expectNoApiCached } from "./offline-walk";
import {
  COUNT,
  answer,
  answerOf,
  api,
  apiBase,
  classQuiz,
  fill,
  hostKey,
  join,
  messages,
  startFromTeachPage,
  stored,
  type Student,
} from "./live-host-helpers";

// The teacher's projector screen, driven through its own controls; the students are played by the
// test through the HTTP API (join, answer), as phones would.
test.use({ viewport: { width: 1920, height: 1080 } });
// With the service worker on, as readers have it: nothing of the live class's API is ever cached.
test.use({ serviceWorkers: "allow" });
test.afterEach(({ page }) => expectNoApiCached(page));

async function decodeQr(page: Page, name: string): Promise<string | undefined> {
  const png = PNG.sync.read(await page.getByRole("img", { name }).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

test("en: a whole class from the teacher page — lobby, steps, a question answered, reveal, summary, CSV", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  const L = en.liveHost;
  const { sessionId, joinCode } = await startFromTeachPage(page, "en");
  const { questions, rendered } = await classQuiz(page, "en");

  // Lobby: the code in large grouped digits, the QR code carrying the join address shown beside it.
  await expect(page.getByTestId("join-code")).toHaveText(`${joinCode.slice(0, 4)} ${joinCode.slice(4)}`);
  const url = await page.getByTestId("join-url").innerText();
  expect(url).toBe(`${apiBase(page)}/live?code=${joinCode}&lang=en`);
  expect(await decodeQr(page, L.qrLabel)).toBe(url);
  await expect(page.getByTestId("joined")).toHaveText(fill(L.joined, { count: 0 }));

  // Joined counts move as phones join; by language only once each language present has three.
  const students: Student[] = [];
  for (const locale of ["en", "ru"] as const) students.push(await join(page, joinCode, locale));
  await expect(page.getByTestId("joined").first()).toHaveText(fill(L.joined, { count: 2 }));
  await expect(page.getByTestId("by-locale")).toHaveCount(0);
  for (const locale of ["en", "en", "ru", "ru", "kk", "kk", "kk"] as const)
    students.push(await join(page, joinCode, locale));
  await expect(page.getByTestId("joined").first()).toHaveText(fill(L.joined, { count: 9 }));
  await expect(page.getByTestId("by-locale")).toContainText("Қазақша: 3");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/live-host/live-host-lobby.png" });

  // Lock and unlock by key: a locked class refuses a phone.
  await page.keyboard.press("l");
  await expect(page.getByTestId("lock-state")).toHaveText(L.locked);
  expect((await api(page, "/api/live/join", { body: { joinCode, locale: "en" } })).status).toBe(403);
  await page.keyboard.press("l");
  await expect(page.getByTestId("lock-state")).toHaveText(L.unlocked);

  // Steps by keyboard: → starts the class on the first step, → the next, ← back.
  await page.keyboard.press("ArrowRight");
  await page.waitForURL(new RegExp(`/en/live/host/step/${steps[0]!.slug}\\?s=${sessionId}$`));
  await expect(page.locator(`[data-host-step="${steps[0]!.slug}"]`)).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await page.waitForURL(new RegExp(`/en/live/host/step/${steps[1]!.slug}\\?`));
  await expect(page.locator(`[data-host-step="${steps[1]!.slug}"] h1`)).toBeVisible();
  await expect(page.getByTestId("announcer")).toContainText(fill(L.annStep, { number: 2, title: "" }).trim());
  await page.keyboard.press("ArrowLeft");
  await page.waitForURL(new RegExp(`/en/live/host/step/${steps[0]!.slug}\\?`));
  await expect(page.locator(`[data-host-step="${steps[0]!.slug}"]`)).toBeVisible();
  await expectNoAxeViolations(page);
  // The control bar stays with the class on the step pages.
  await expect(page.getByRole("group", { name: L.controls })).toBeVisible();

  // Open the first question with "o": it is announced, and the count follows the API's answers.
  await page.keyboard.press("o");
  await page.waitForURL(new RegExp(`/en/live/host\\?s=${sessionId}$`));
  const q0 = page.locator(`[data-question-id="${questions[0]!.id}"]`);
  await expect(q0).toHaveAttribute("data-status", "open");
  await expect(page.getByRole("heading", { level: 1, name: rendered[0]!.text })).toBeVisible();
  await expect(page.getByTestId("announcer")).toHaveText(fill(L.annOpen, { number: 1 }));
  await expect(page.getByTestId("answered")).toHaveText(fill(L.answered, { answered: 0, joined: 9 }));
  await expectNoAxeViolations(page);

  const sent: string[] = [];
  for (const [j, s] of students.slice(0, 7).entries()) {
    const value = answerOf(questions[0]!, j < 4, j);
    await answer(page, sessionId, s, 0, value);
    sent.push(stored(value));
    await expect(page.getByTestId("answered")).toHaveText(fill(L.answered, { answered: j + 1, joined: 9 }));
  }
  // The distribution stays hidden until the teacher asks for it.
  await expect(q0.getByTestId("bar-count")).toHaveCount(0);
  await page.keyboard.press("d");
  await expect(q0.getByTestId("bar-count").first()).toBeVisible();
  await page.keyboard.press("d");
  await expect(q0.getByTestId("bar-count")).toHaveCount(0);
  // The question only on the projector (the options are on the phones), remembered; and back.
  await page.keyboard.press("t");
  await expect(q0.locator("[data-option]")).toHaveCount(0);
  await expect(q0).toContainText(L.optionsOnPhones);
  expect(await page.evaluate(() => localStorage.getItem("live.host.options"))).toBe("off");
  await page.keyboard.press("t");
  await expect(q0.locator("[data-option]").first()).toBeVisible();

  // The teacher reloads mid-question: the same question, still open, with the same count.
  await page.reload();
  await expect(q0).toHaveAttribute("data-status", "open");
  await expect(page.getByTestId("answered")).toHaveText(fill(L.answered, { answered: 7, joined: 9 }));

  // Reveal: the right answer in words and with an icon, bars with the counts the students sent.
  await page.keyboard.press("r");
  await expect(q0).toHaveAttribute("data-status", "revealed");
  await expect(page.getByTestId("announcer")).toContainText(L.annRevealed);
  await expect(page.getByTestId("right-answer")).toHaveText(
    `✓${fill(L.rightAnswerIs, { answer: rendered[0]!.answer })}`,
  );
  const counts = new Map<string, number>();
  for (const v of sent) counts.set(v, (counts.get(v) ?? 0) + 1);
  if (questions[0]!.kind === "order") {
    for (const [ids, n] of counts)
      await expect(q0.locator(`[data-order="${ids}"] [data-testid="bar-count"]`)).toHaveText(
        new RegExp(`^${n} \\(${Math.round((n / 7) * 100)}%\\)$`),
      );
  } else {
    for (const option of questions[0]!.options) {
      const n = counts.get(option) ?? 0;
      await expect(q0.locator(`[data-option="${option}"] [data-testid="bar-count"]`)).toHaveText(
        new RegExp(`^${n} \\(${Math.round((n / 7) * 100)}%\\)$`),
      );
    }
    await expect(q0.locator(`[data-option="${questions[0]!.correct}"]`)).toContainText(L.rightAnswer);
  }
  // The evidence: who said it, every quote in English with its translation, the links.
  const evidence = page.getByTestId("evidence");
  await expect(evidence.locator('blockquote[lang="en"]')).toHaveCount(rendered[0]!.quotes.length);
  for (const [i, quote] of rendered[0]!.quotes.entries())
    await expect(evidence.locator('blockquote[lang="en"]').nth(i)).toContainText(quote.text);
  if (rendered[0]!.attribution) await expect(evidence).toContainText(rendered[0]!.attribution);
  await expect(evidence.getByRole("link", { name: new RegExp(en.Quiz.seeQuote) })).toHaveAttribute(
    "href",
    rendered[0]!.links.quote,
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/live-host/live-host-reveal.png" });

  // "Next" walks on: question 2 opens; two answers, then the summary with the shortcut.
  await page.keyboard.press("ArrowRight");
  const q1 = page.locator(`[data-question-id="${questions[1]!.id}"]`);
  await expect(q1).toHaveAttribute("data-status", "open");
  await answer(page, sessionId, students[0]!, 1, answerOf(questions[1]!, true));
  await answer(page, sessionId, students[1]!, 1, answerOf(questions[1]!, false));
  await expect(page.getByTestId("answered")).toHaveText(fill(L.answered, { answered: 2, joined: 9 }));
  await page.keyboard.press("r");
  await expect(q1).toHaveAttribute("data-status", "revealed");
  await page.keyboard.press("s");
  await expect(page.getByRole("heading", { level: 1, name: L.summaryTitle })).toBeVisible();

  // The summary: each question's share right, as the students answered.
  const shares = page.getByTestId("share-correct");
  await expect(shares).toHaveCount(2);
  await expect(shares.nth(0)).toHaveText(fill(L.shareCorrect, { correct: 4, answered: 7, percent: "57%" }));
  await expect(shares.nth(1)).toHaveText(fill(L.shareCorrect, { correct: 1, answered: 2, percent: "50%" }));
  // Only the questions asked; the others as one line (their stems would give them away).
  await expect(page.locator("[data-summary-question]")).toHaveCount(2);
  await expect(page.getByTestId("not-asked")).toHaveText(fill(L.notAskedCount, { count: COUNT - 2 }));
  // Both were missed by a large part of the class: the one missed most comes first, with its quote.
  const revisit = page.getByTestId("revisit").locator("li");
  await expect(revisit).toHaveCount(2);
  for (const quote of rendered[1]!.quotes) await expect(revisit.first()).toContainText(quote.text);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/live-host/live-host-summary.png" });

  // The CSV: fetched with the key, saved under the join code and date, the server's own counts.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: L.downloadCsv }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^live-class-${joinCode}-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
  );
  const csv = readFileSync(await download.path(), "utf8");
  const fromApi = await api(page, `/api/live/s/${sessionId}/summary?format=csv`, {
    key: await hostKey(page, sessionId),
  });
  // This browser writes 1.5 as "1.5": a comma-separated file in the class's language.
  // (The file keeps the byte-order mark that fetch's text() drops.)
  expect(csv).toBe(`\uFEFF${fromApi.text}`);
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ""), ",");
  expect(header).toEqual([
    L.csvNumber,
    L.csvQuestion,
    L.csvLetter,
    L.csvOption,
    L.csvRight,
    L.csvCount,
    L.csvPercent,
  ]);
  // The two questions asked, every option of each (those nobody chose too); nothing of the others.
  expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(["1", "2"]));
  const q = questions[0]!;
  const first = rows.filter((r) => r[0] === "1");
  if (q.kind !== "order") {
    expect(first).toHaveLength(q.options.length);
    rendered[0]!.options.forEach((o, k) => {
      expect(first[k]!.slice(1)).toEqual([
        rendered[0]!.statement ? `${rendered[0]!.text} ${rendered[0]!.statement}` : rendered[0]!.text,
        String.fromCharCode(65 + k),
        o.label,
        o.id === q.correct ? L.csvYes : "",
        String(counts.get(o.id) ?? 0),
        String(Math.round(((counts.get(o.id) ?? 0) / 7) * 100)),
      ]);
    });
  }

  // Printing keeps the summary and drops the controls.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("group", { name: L.controls })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: L.summaryTitle })).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // End, then end and delete: the keys are forgotten and the class is gone from the server.
  await page.keyboard.press("e");
  const confirmEnd = page.getByRole("dialog", { name: L.end });
  await expect(confirmEnd).toBeVisible();
  await confirmEnd.getByRole("button", { name: L.confirmYes }).click();
  await expect(page.getByRole("heading", { level: 1, name: L.endedTitle })).toBeVisible();
  await page.getByRole("button", { name: L.deleteNow }).click();
  await page.getByRole("dialog", { name: L.endDelete }).getByRole("button", { name: L.confirmYes }).click();
  await expect(page.getByRole("heading", { level: 1, name: L.deletedTitle })).toBeVisible();
  expect(await page.evaluate((id) => localStorage.getItem(`live:keys:host:${id}`), sessionId)).toBeNull();
  expect((await api(page, "/api/live/join", { body: { joinCode, locale: "en" } })).status).toBe(404);
  expect(problems).toEqual([]);
});

test("letters only: the question on the projector, the letters on a kk phone; P switches the phones live; the reveal brings the text back", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const L = en.liveHost;
  const t = kk.liveStudent;
  const { joinCode } = await startFromTeachPage(page, "en", { lettersOnly: true });
  const { questions } = await classQuiz(page, "en");
  const kkQuiz = await classQuiz(page, "kk");
  const q = questions[0]!;
  const kkText = kkQuiz.rendered[0]!;
  expect(q.kind).not.toBe("order");
  // An on/off control is a switch: its name stays the label; "on" is written beside it.
  const lettersButton = page.getByRole("switch", { name: L.lettersOnly, exact: true });
  await expect(lettersButton).toHaveAttribute("aria-checked", "true");
  await expect(lettersButton.getByTestId("switch-state")).toHaveText(L.switchOn);

  const phoneContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const phone = await phoneContext.newPage();
  const phoneProblems = watchConsole(phone);
  await phone.goto(`/kk/live?code=${joinCode}`);
  await phone.getByRole("button", { name: t.join }).click();
  await expect(phone.getByText(t.waiting)).toBeVisible();

  await page.keyboard.press("o");
  const q0 = page.locator(`[data-question-id="${q.id}"]`);
  await expect(q0).toHaveAttribute("data-status", "open");
  // The projector keeps its options (letters A, B, C…) and says the phones have only the letters.
  await expect(q0.getByTestId("letters-only-note")).toHaveText(L.lettersOnlyNote);
  await expect(q0.locator("[data-option]").first()).toBeVisible();
  const optionsButton = page.getByRole("switch", { name: L.showOptions, exact: true });
  await expect(optionsButton).toBeDisabled();
  await expect(optionsButton).toHaveAttribute("aria-checked", "true");

  // The phone: no question text, no option text; one button per letter, named "B нұсқасы".
  const heading = phone.locator("#live-question-heading");
  await expect(heading).toHaveText(t.lookAtProjector);
  await expect(phone.getByText(kkText.options[0]!.label, { exact: true })).toHaveCount(0);
  const radios = phone.getByRole("radio");
  await expect(radios).toHaveCount(q.options.length);
  const letterB = fill(t.optionLetter, { letter: "B" });
  await phone.getByRole("radio", { name: letterB }).check();
  await expect(phone.getByTestId("answer-state").getByText(t.answerRecorded)).toBeVisible();
  await expect(page.getByTestId("answered")).toHaveText(fill(L.answered, { answered: 1, joined: 1 }));
  await expectNoAxeViolations(phone);
  await expectNoHorizontalScroll(phone);
  await phone.screenshot({ path: "test-results/live-host/phone-letters-kk.png" });

  // A student who cannot read the projector brings the question up on the phone, and back.
  await phone.getByTestId("show-here").click();
  await expect(heading).toHaveText(kkText.text);
  await expect(phone.getByText(kkText.options[0]!.label, { exact: true })).toBeVisible();
  await expect(phone.getByRole("radio", { checked: true })).toHaveValue(q.options[1]!);
  await phone.getByTestId("show-here").click();
  await expect(heading).toHaveText(t.lookAtProjector);

  // P: the whole question on every phone, announced on both screens; the answer stays.
  await page.keyboard.press("p");
  await expect(lettersButton).toHaveAttribute("aria-checked", "false");
  await expect(lettersButton.getByTestId("switch-state")).toHaveText(L.switchOff);
  await expect(page.getByTestId("announcer")).toHaveText(L.annFullText);
  await expect(q0.getByTestId("letters-only-note")).toHaveCount(0);
  await expect(heading).toHaveText(kkText.text);
  await expect(phone.getByTestId("show-here")).toHaveCount(0);
  await expect(phone.getByTestId("live-announcer")).toHaveText(t.fullTextShown);
  await expect(phone.getByRole("radio", { checked: true })).toHaveValue(q.options[1]!);
  await page.keyboard.press("p");
  await expect(heading).toHaveText(t.lookAtProjector);
  await expect(phone.getByTestId("live-announcer")).toHaveText(t.lookAtProjector);

  // The reveal shows the text on the phone whatever the setting, and counts the letter B.
  await page.keyboard.press("r");
  await expect(q0).toHaveAttribute("data-status", "revealed");
  await expect(heading).toHaveText(kkText.text);
  await expect(phone.getByText(kkText.options[1]!.label, { exact: true }).first()).toBeVisible();
  await expect(q0.locator(`[data-option="${q.options[1]}"]`).getByTestId("bar-count")).toContainText("1");
  expect(phoneProblems).toEqual([]);
  await phoneContext.close();
});

test("the ? overlay lists every shortcut, keeps focus inside, closes with Esc; shortcuts wait while it is open", async ({
  page,
}) => {
  const L = en.liveHost;
  await startFromTeachPage(page, "en");
  const next = page.getByRole("button", { name: L.nextStart });
  await next.focus();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: L.shortcutsTitle });
  await expect(dialog).toBeVisible();
  for (const name of [
    L.back,
    L.open,
    L.close,
    L.reveal,
    L.showDistribution,
    L.lettersOnly,
    L.lock,
    L.summary,
    L.end,
    L.hideOrShowControls,
  ])
    await expect(dialog.getByRole("cell", { name, exact: true })).toBeVisible();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Tab");
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  // A shortcut pressed while the overlay is open does nothing.
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { level: 1, name: L.lobbyTitle })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(next).toBeFocused();
  // Everything is a button (the on/off ones switches) in the Tab order; R is a key only ("next"
  // reveals whenever R can), H hides the bar.
  const bar = page.getByRole("group", { name: L.controls });
  await expect(bar.locator("button")).toHaveCount(13);
  await expect(bar.getByRole("switch")).toHaveCount(4);
  await expect(bar.locator('[data-action="reveal"]')).toHaveCount(0);
});

test("without a class, or with an unknown one, the screen says so and links to the teacher page", async ({
  page,
}) => {
  for (const address of ["/ru/live/host", "/ru/live/host?s=AAAAAAAAAAAAAAAAAAAAAA"]) {
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1, name: ru.liveHost.noSessionTitle })).toBeVisible();
    await expect(page.getByRole("link", { name: ru.liveHost.backToTeach })).toHaveAttribute(
      "href",
      "/ru/teach",
    );
  }
  await expectNoAxeViolations(page);
});

for (const locale of ["ru", "kk"] as const) {
  // A teacher's browser in the region's own settings: decimal comma, so a ";"-separated CSV.
  test.describe(`${locale} browser`, () => {
    test.use({ locale: locale === "ru" ? "ru-RU" : "kk-KZ" });
    test(`${locale}: lobby, step, open, revealed and summary pass axe; screenshots; the CSV`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      const L = messages[locale].liveHost;
      const { sessionId, joinCode } = await startFromTeachPage(page, locale);
      const { questions } = await classQuiz(page, locale);
      const students = [];
      for (const l of ["en", "ru", "kk", "kk"] as const) students.push(await join(page, joinCode, l));
      await expect(page.getByTestId("joined").first()).toHaveText(fill(L.joined, { count: 4 }));
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `test-results/live-host-lobby-${locale}.png` });

      await page.locator('[data-action="next"]').click();
      await expect(page.locator(`[data-host-step="${steps[0]!.slug}"]`)).toBeVisible();
      await expectNoAxeViolations(page);

      await page.locator('[data-action="open"]').click();
      const q0 = page.locator(`[data-question-id="${questions[0]!.id}"]`);
      await expect(q0).toHaveAttribute("data-status", "open");
      for (const [j, s] of students.entries())
        await answer(page, sessionId, s, 0, answerOf(questions[0]!, j % 2 === 0, j));
      await expect(page.getByTestId("answered")).toHaveText(fill(L.answered, { answered: 4, joined: 4 }));
      await expectNoAxeViolations(page);

      await page.locator('[data-action="next"]').click();
      await expect(q0).toHaveAttribute("data-status", "revealed");
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `test-results/live-host-reveal-${locale}.png` });

      await page.locator('[data-action="summary"]').click();
      await expect(page.getByRole("heading", { level: 1, name: L.summaryTitle })).toBeVisible();
      await expect(page.getByTestId("share-correct")).toHaveCount(1);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `test-results/live-host-summary-${locale}.png` });

      const downloading = page.waitForEvent("download");
      await page.getByRole("button", { name: L.downloadCsv }).click();
      const csv = readFileSync(await (await downloading).path(), "utf8");
      expect(csv.startsWith("\uFEFF")).toBe(true);
      const [header, ...rows] = parseCsv(csv.slice(1), ";");
      expect(header).toEqual([
        L.csvNumber,
        L.csvQuestion,
        L.csvLetter,
        L.csvOption,
        L.csvRight,
        L.csvCount,
        L.csvPercent,
      ]);
      const q = questions[0]!;
      const total = rows.reduce((sum, r) => sum + Number(r[5]), 0);
      expect(total).toBe(4);
      expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(["1"]));
      if (q.kind !== "order")
        expect(rows.map((r) => r[2])).toEqual(q.options.map((_, k) => String.fromCharCode(65 + k)));
      expect(rows.filter((r) => r[4] === L.csvYes)).toHaveLength(1);
    });
  });
}

test("1280×720: the lobby and an open question fit the screen with the controls in view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const L = en.liveHost;
  await startFromTeachPage(page, "en");
  await expectNoHorizontalScroll(page);
  for (const target of [page.getByTestId("join-code"), page.getByRole("img", { name: L.qrLabel })]) {
    const box = (await target.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
  }
  const controls = (await page.getByRole("group", { name: L.controls }).boundingBox())!;
  expect(controls.y + controls.height).toBeLessThanOrEqual(720);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
  await page.keyboard.press("o");
  await expect(page.getByTestId("answered")).toBeVisible();
  await expectNoHorizontalScroll(page);
  const answered = (await page.getByTestId("answered").boundingBox())!;
  expect(answered.y + answered.height).toBeLessThanOrEqual(720);
});

test("small screens (a phone at 320 px, 1280×720 zoomed to 200%): no sideways scroll, the controls follow the page instead of covering it", async ({
  page,
}) => {
  const L = en.liveHost;
  await page.setViewportSize({ width: 320, height: 640 });
  await startFromTeachPage(page, "en");
  const bar = page.getByRole("group", { name: L.controls });
  const sizes = [
    [320, 640],
    [640, 360],
  ] as const;
  async function check(state: string) {
    for (const [width, height] of sizes) {
      const where = `${width}×${height}, ${state}`;
      await page.setViewportSize({ width, height });
      await expectNoHorizontalScroll(page);
      // Not stuck over the page: from the top, the bar comes after the content, below the fold.
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await bar.evaluate((el) => getComputedStyle(el).position), where).toBe("static");
      expect((await bar.boundingBox())!.y, where).toBeGreaterThan(height / 2);
      // Every control is still there to reach: the last one scrolls into view.
      const last = bar.getByRole("button").last();
      await last.scrollIntoViewIfNeeded();
      await expect(last, where).toBeInViewport();
      await test.step(`axe: ${where}`, () => expectNoAxeViolations(page));
    }
  }
  await check("lobby");
  await page.keyboard.press("o");
  await expect(page.getByTestId("answered")).toBeVisible();
  await check("open question");
  // On the projector the bar comes after the question, never over its options (it sticks to the
  // bottom on step pages only: the long-step test).
  await page.setViewportSize({ width: 1280, height: 720 });
  expect(await bar.evaluate((el) => getComputedStyle(el).position)).toBe("static");
});

test("1280×720: a long step reads to its end clear of the control bar, focus never goes under it; each step is said once", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const L = en.liveHost;
  await startFromTeachPage(page, "en");
  await recordAnnouncements(page);
  const long = 3;
  for (let i = 0; i <= long; i++) {
    const before = (await spokenSince(page)).length;
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(new RegExp(`/en/live/host/step/${steps[i]!.slug}\\?`));
    const title = (await page.locator(`[data-host-step="${steps[i]!.slug}"] h1`).innerText()).trim();
    const said = [fill(L.annStep, { number: i + 1, title })];
    await expect.poll(() => spokenSince(page, before)).toEqual(said);
    // A while more: the route announcer (the page's title) would speak after the page has changed.
    await page.waitForTimeout(1000);
    expect(await spokenSince(page, before), `step ${i + 1} said once`).toEqual(said);
  }

  const article = page.locator(`[data-host-step="${steps[long]!.slug}"]`);
  const bar = page.getByRole("group", { name: L.controls });
  expect(await bar.evaluate((el) => getComputedStyle(el).position)).toBe("sticky");
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(720 * 1.5);
  await page.screenshot({ path: "test-results/live-host/live-host-long-step.png" });

  // The last paragraph, scrolled into view: above the bar, and what is at its last line is itself.
  const last = article.locator("p").last();
  await last.evaluate((el) => el.scrollIntoView({ block: "end" }));
  const barTop = (await bar.boundingBox())!.y;
  const lastBox = (await last.boundingBox())!;
  expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(barTop);
  expect(
    await last.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + 4, r.bottom - 4);
      return hit !== null && el.contains(hit);
    }),
  ).toBe(true);

  // By Tab through the step from its top: every focused link stays clear of the bar (WCAG 2.4.11).
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator("#host-heading").focus();
  let links = 0;
  for (let n = 0; n < 60; n++) {
    await page.keyboard.press("Tab");
    const inStep = await article.evaluate((el) => el.contains(document.activeElement));
    if (!inStep) break;
    const box = (await page.locator(":focus").boundingBox())!;
    const top = (await bar.boundingBox())!.y;
    expect(box.y, "focused element below the top of the screen").toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, "focused element clear of the control bar").toBeLessThanOrEqual(top);
    links++;
  }
  expect(links).toBeGreaterThan(2);
  await expectNoAxeViolations(page);
});
