import { test, expect, type Browser, type Page } from "@playwright/test";
import type { Locale } from "../../lib/locales";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers";
import {
  answer,
  answerOf,
  classQuiz,
  fill,
  hostKey,
  join,
  messages,
  startFromTeachPage,
} from "./live-host-helpers";

// The projector from the back of the room (issue 25, point 4): the type fills 16:9 and 4:3 screens
// and grows with the browser's zoom, the evidence is as large as the options, and the control bar
// never covers them — it can be put away. 150% zoom is emulated as the viewport ÷ 1.5 with a device
// scale factor of 1.5, as the browser lays the page out then.

const screens = [
  [1920, 1080],
  [1366, 768],
  [1024, 768],
] as const;

interface Layout {
  rootPx: number;
  optionPx: number;
  /** The smallest text in the evidence panel (who reported it, the quote, the translation, the point). */
  evidencePx: number | null;
  /** The options' boxes, the bar's, and the viewport's height (CSS px). */
  options: { top: number; bottom: number }[];
  bar: { top: number; bottom: number } | null;
  /** The lobby's join code and QR code. */
  joinBoxes: { top: number; bottom: number; right: number }[];
  height: number;
  width: number;
}

async function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, right: r.right };
    };
    const options = [...document.querySelectorAll("[data-question-id] [data-option]")];
    const bar = document.querySelector(".live-host-bar");
    const evidence = document.querySelector('[data-testid="evidence"]');
    // Every element of the panel that holds text of its own.
    const texts = evidence
      ? [evidence, ...evidence.querySelectorAll("*")].filter(
          (el) =>
            !el.closest("[aria-hidden='true']") &&
            [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
        )
      : [];
    return {
      rootPx: px(document.documentElement),
      optionPx: Math.min(...options.map(px)),
      evidencePx: texts.length ? Math.min(...texts.map(px)) : null,
      options: options.map(box),
      bar: bar ? box(bar) : null,
      joinBoxes: [...document.querySelectorAll("[data-testid='join-code'], svg[data-qr-text]")].map(box),
      height: window.innerHeight,
      width: window.innerWidth,
    };
  });
}

/** Every option on the first screen, none under the control bar. */
function expectOptionsClear(l: Layout, where: string) {
  expect(l.options.length, where).toBeGreaterThan(1);
  for (const [i, o] of l.options.entries()) {
    expect(o.bottom, `${where}: option ${i + 1} on the first screen`).toBeLessThanOrEqual(l.height);
    if (l.bar) expect(o.bottom, `${where}: option ${i + 1} clear of the bar`).toBeLessThanOrEqual(l.bar.top);
  }
}

/** A second window on the same class (the key is this browser's), at a zoom of `scale`. */
async function projectorAt(browser: Browser, host: Page, sessionId: string, scale: number) {
  const name = `live:keys:host:${sessionId}`;
  const keys = await host.evaluate((n) => localStorage.getItem(n), name);
  expect(keys).toContain(await hostKey(host, sessionId));
  const context = await browser.newContext({
    viewport: { width: 1920 / scale, height: 1080 / scale },
    deviceScaleFactor: scale,
    locale: "kk-KZ",
  });
  await context.addInitScript(([n, v]) => localStorage.setItem(n, v), [name, keys!] as const);
  const page = await context.newPage();
  await page.goto(host.url());
  return page;
}

test("kk: the projector at 1920×1080, 1366×768 and 1024×768, at 100% and 150%: large type, options clear of the bar, evidence as large as the options", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const locale: Locale = "kk";
  const L = messages[locale].liveHost;
  await page.setViewportSize({ width: 1920, height: 1080 });
  const { sessionId, joinCode } = await startFromTeachPage(page, locale);
  const { questions } = await classQuiz(page, locale);
  const students = [];
  // Three in each language: the counts by language show in the status line, as in a real class.
  for (const l of ["en", "ru", "kk", "en", "ru", "kk", "en", "ru", "kk"] as const)
    students.push(await join(page, joinCode, l));
  await expect(page.getByTestId("joined").first()).toHaveText(fill(L.joined, { count: 9 }));
  const zoomed = await projectorAt(browser, page, sessionId, 1.5);
  await expect(zoomed.getByTestId("joined").first()).toHaveText(fill(L.joined, { count: 9 }));
  const views = [
    { p: page, scale: 1 },
    { p: zoomed, scale: 1.5 },
  ];

  /** Each screen at each zoom: what the room sees, measured (and a picture of it). */
  async function eachScreen(state: string, check: (l: Layout, where: string) => void) {
    const root: Record<string, number> = {};
    for (const { p, scale } of views)
      for (const [w, h] of screens) {
        const where = `${w}×${h} at ${scale * 100}%, ${state}`;
        await p.setViewportSize({ width: Math.round(w / scale), height: Math.round(h / scale) });
        await p.evaluate(() => window.scrollTo(0, 0));
        await expectNoHorizontalScroll(p);
        await p.screenshot({
          path: `test-results/live-projector/${locale}-${state}-${w}x${h}-${scale * 100}.png`,
        });
        const l = await layout(p);
        check(l, where);
        // The size on the screen (device pixels) grows with the zoom.
        root[`${w}@${scale}`] = l.rootPx * scale;
      }
    for (const [w] of screens)
      expect(root[`${w}@1.5`], `${w}: larger at 150%`).toBeGreaterThan(root[`${w}@1`]! * 1.15);
    return root;
  }

  // The lobby: the join code and the QR code whole on the screen, beside each other or one under
  // the other, and the bar after them.
  await eachScreen("lobby", (l, where) => {
    expect(l.joinBoxes, where).toHaveLength(2);
    for (const b of l.joinBoxes) {
      expect(b.right, `${where}: join code and QR within the width`).toBeLessThanOrEqual(l.width);
      if (!where.includes("150%")) expect(b.bottom, `${where}: on the screen`).toBeLessThanOrEqual(l.height);
    }
  });

  await page.keyboard.press("o");
  const q0 = page.locator(`[data-question-id="${questions[0]!.id}"]`);
  const zq0 = zoomed.locator(`[data-question-id="${questions[0]!.id}"]`);
  await expect(q0).toHaveAttribute("data-status", "open");
  await expect(zq0).toHaveAttribute("data-status", "open");
  const root = await eachScreen("open", (l, where) => {
    expectOptionsClear(l, where);
    // At 100% the whole question and the bar are on the screen.
    if (!where.includes("150%"))
      expect(l.bar!.bottom, `${where}: bar on the screen`).toBeLessThanOrEqual(l.height);
  });
  // A 4:3 projector gets type nearly as large as a 16:9 one of the same height — not web-page size.
  expect(root["1920@1"]).toBeGreaterThanOrEqual(28);
  expect(root["1024@1"]).toBeGreaterThanOrEqual(24);

  for (const [j, s] of students.entries())
    await answer(page, sessionId, s, 0, answerOf(questions[0]!, j < 5, j));
  await page.keyboard.press("ArrowRight");
  await expect(q0).toHaveAttribute("data-status", "revealed");
  await expect(zq0).toHaveAttribute("data-status", "revealed");
  await expect(zoomed.getByTestId("evidence")).toBeVisible();
  await eachScreen("revealed", (l, where) => {
    expectOptionsClear(l, where);
    expect(l.evidencePx, `${where}: evidence text ≥ options`).toBeGreaterThanOrEqual(l.optionPx);
  });
  await expectNoAxeViolations(zoomed);
  await zoomed.context().close();
});

test("ru at 1024×768: H and the bar's own button put it away and bring it back; D, T, P, L are switches that say on or off; the end and delete dialogs focus Cancel", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const locale: Locale = "ru";
  const L = messages[locale].liveHost;
  await page.setViewportSize({ width: 1024, height: 768 });
  const { sessionId, joinCode } = await startFromTeachPage(page, locale);
  const { questions } = await classQuiz(page, locale);
  const bar = page.getByRole("group", { name: L.controls });
  const show = page.getByRole("button", { name: L.showControls });
  await page.screenshot({ path: `test-results/live-projector/${locale}-lobby-1024x768-100.png` });

  // H: the bar goes, a small button to bring it back stays in the status line; H again.
  await page.keyboard.press("h");
  await expect(bar).toHaveCount(0);
  await expect(show).toBeVisible();
  await expect(page.getByTestId("join-code")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("h");
  await expect(bar).toBeVisible();
  await expect(show).toHaveCount(0);
  // The bar's own button, then the one that brings it back: focus moves between them.
  await bar.getByRole("button", { name: L.hideControls }).click();
  await expect(bar).toHaveCount(0);
  await expect(show).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(bar).toBeVisible();
  await expect(bar.getByRole("button", { name: L.hideControls })).toBeFocused();

  // The on/off controls: switches named by their label alone, their state written beside it.
  const lock = bar.getByRole("switch", { name: L.lock, exact: true });
  await expect(lock).toHaveAttribute("aria-checked", "false");
  await expect(lock.getByTestId("switch-state")).toHaveText(L.switchOff);
  await page.keyboard.press("l");
  await expect(lock).toHaveAttribute("aria-checked", "true");
  await expect(lock.getByTestId("switch-state")).toHaveText(L.switchOn);
  await page.keyboard.press("l");
  await expect(lock).toHaveAttribute("aria-checked", "false");

  const students = [];
  for (const l of ["ru", "kk"] as const) students.push(await join(page, joinCode, l));
  await page.keyboard.press("o");
  const q0 = page.locator(`[data-question-id="${questions[0]!.id}"]`);
  await expect(q0).toHaveAttribute("data-status", "open");
  for (const [j, s] of students.entries())
    await answer(page, sessionId, s, 0, answerOf(questions[0]!, j === 0, j));
  const distribution = bar.getByRole("switch", { name: L.showDistribution, exact: true });
  const options = bar.getByRole("switch", { name: L.showOptions, exact: true });
  const letters = bar.getByRole("switch", { name: L.lettersOnly, exact: true });
  await expect(distribution).toHaveAttribute("aria-checked", "false");
  await expect(options).toHaveAttribute("aria-checked", "true");
  await expect(options.getByTestId("switch-state")).toHaveText(L.switchOn);
  await expect(letters.getByTestId("switch-state")).toHaveText(L.switchOff);
  await page.keyboard.press("d");
  await expect(distribution).toHaveAttribute("aria-checked", "true");
  await expect(distribution.getByTestId("switch-state")).toHaveText(L.switchOn);
  await expect(q0.getByTestId("bar-count").first()).toBeVisible();
  await page.keyboard.press("t");
  await expect(options).toHaveAttribute("aria-checked", "false");
  await expect(options.getByTestId("switch-state")).toHaveText(L.switchOff);
  await expectNoAxeViolations(page);
  await page.keyboard.press("t");
  await page.keyboard.press("p");
  await expect(letters).toHaveAttribute("aria-checked", "true");
  await expect(letters.getByTestId("switch-state")).toHaveText(L.switchOn);
  await page.keyboard.press("p");
  await expect(letters).toHaveAttribute("aria-checked", "false");
  await page.screenshot({ path: `test-results/live-projector/${locale}-open-1024x768-100.png` });

  // One "show the answer" on the bar: the next button; R stays a key.
  await expect(bar.getByRole("button", { name: L.nextReveal })).toHaveCount(1);
  await expect(bar.locator('[data-action="reveal"]')).toHaveCount(0);

  // End, and end and delete: the dialog opens on Cancel, so Enter keeps the class.
  for (const [key, title] of [
    ["e", L.end],
    ["x", L.endDelete],
  ] as const) {
    await page.keyboard.press(key);
    const dialog = page.getByRole("dialog", { name: title });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: L.cancel })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    await expect(q0).toHaveAttribute("data-status", "open");
  }

  await page.keyboard.press("r");
  await expect(q0).toHaveAttribute("data-status", "revealed");
  await expect(page.getByTestId("evidence")).toBeVisible();
  await page.screenshot({ path: `test-results/live-projector/${locale}-revealed-1024x768-100.png` });
});
