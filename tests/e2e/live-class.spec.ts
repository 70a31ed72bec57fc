import { test, expect, type Browser, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { steps } from "../../content/steps";
import { generateQuiz, type Question, type QuizData } from "../../lib/quiz";
import type { Locale } from "../../lib/locales";
import en from "../../messages/en.json" with { type: "json" };
import ru from "../../messages/ru.json" with { type: "json" };
import kk from "../../messages/kk.json" with { type: "json" };
import { removeDir, startServer, tempDataDir, type Server } from "../live/harness";
import { expectNoAxeViolations } from "./helpers";

// A whole lesson in several browsers at once: the projector (1920×1080) and three phones (390×844)
// in English, Russian and Kazakh, each driven only through its own screen. The spec runs its own
// `next start` (on the same build) so that it can kill it mid-question and start it again.

const messages = { en, ru, kk } as const;
const fill = (t: string, v: Record<string, string | number>) =>
  t.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? `{${k}}`));
const PORT = Number(process.env.E2E_LIVE_PORT ?? 3108);
const COUNT = 5;

test.describe.configure({ mode: "serial" });
// With the service worker on, as readers have it (it never touches /api/).
test.use({ serviceWorkers: "allow" });

let server: Server;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = tempDataDir();
  server = await startServer(PORT, dataDir);
});

test.afterAll(async () => {
  await server?.stop();
  removeDir(dataDir);
});

/** A class code whose first three questions hold one order question and two others. */
async function lessonQuiz(base: string) {
  const bundle = (await (await fetch(`${base}/en/quiz.json`)).json()) as { data: QuizData };
  for (let c = 310000; c < 311000; c++) {
    const questions = generateQuiz(bundle.data, { seed: String(c), count: COUNT }).questions;
    const first = questions.slice(0, 3);
    if (first.filter((q) => q.kind === "order").length === 1) return { classCode: String(c), questions };
  }
  throw new Error("no class code with one order question among its first three");
}

async function phone(browser: Browser, locale: Locale) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale,
  });
  return { locale, page: await context.newPage(), close: () => context.close() };
}
type Phone = Awaited<ReturnType<typeof phone>>;

async function decodeQr(page: Page, name: string): Promise<string | undefined> {
  const png = PNG.sync.read(await page.getByRole("img", { name }).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

async function expectRecorded(p: Phone) {
  await expect(
    p.page.getByTestId("answer-state").getByText(messages[p.locale].liveStudent.answerRecorded),
  ).toBeVisible();
}

/** A radio question answered by touch: the right option or the first wrong one. */
async function answerByTouch(p: Phone, q: Question, right: boolean) {
  const id = right ? q.correct : q.options.find((o) => o !== q.correct)!;
  await p.page.locator(`input[type="radio"][value="${id}"]`).check();
  await expectRecorded(p);
  return id;
}

/** An order question put right with the keyboard alone: each event moved up into place, then sent. */
async function orderByKeyboard(p: Phone, q: Question) {
  const target = q.correct.split(",");
  for (const [place, id] of target.entries()) {
    const now = await p.page
      .locator("[data-order-item]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-order-item")));
    const at = now.indexOf(id);
    if (at > place) {
      await p.page.locator(`[data-order-item="${id}"] [data-dir="up"]`).focus();
      for (let i = at; i > place; i--) await p.page.keyboard.press("Enter");
    }
    await expect(p.page.locator("[data-order-item]").nth(place)).toHaveAttribute("data-order-item", id);
  }
  await p.page.getByRole("button", { name: messages[p.locale].liveStudent.sendOrder }).focus();
  await p.page.keyboard.press("Enter");
  await expectRecorded(p);
}

test("a lesson: projector and three phones in en, ru and kk; a server restart mid-question; the counts match", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const base = server.base;
  const L = en.liveHost;
  const { classCode, questions } = await lessonQuiz(base);
  const order = questions.findIndex((q) => q.kind === "order");
  const [right, wrong] = [0, 1, 2].filter((i) => i !== order) as [number, number];

  // The teacher starts the class from the teacher page, on the projector.
  const hostContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const host = await hostContext.newPage();
  await host.goto(`${base}/en/teach?code=${classCode}&count=${COUNT}`);
  await host.getByRole("button", { name: L.startLive }).click();
  await host.waitForURL(/\/en\/live\/host\?s=[A-Za-z0-9_-]{22}$/);
  const joinCode = (await host.getByTestId("join-code").innerText()).replace(/\s/g, "");
  const qrUrl = await decodeQr(host, L.qrLabel);
  // No language in the link: each phone opens it in its own (the teacher's only as the last resort).
  expect(qrUrl).toBe(`${base}/live?code=${joinCode}&lang=en`);

  // Two phones type the code, in their own language; the third scans the QR code and lands in its own (kk).
  const phones = await Promise.all((["en", "ru", "kk"] as const).map((l) => phone(browser, l)));
  const [pEn, pRu, pKk] = phones as [Phone, Phone, Phone];
  for (const p of [pEn, pRu]) {
    const t = messages[p.locale].liveStudent;
    await p.page.goto(`${base}/${p.locale}/live`);
    await p.page.getByLabel(t.codeLabel).fill(joinCode);
    await p.page.getByRole("button", { name: t.join }).click();
    await expect(p.page.getByText(t.waiting)).toBeVisible();
  }
  await pKk.page.goto(qrUrl!);
  await expect(pKk.page).toHaveURL(new RegExp(`/kk/live\\?code=${joinCode}$`));
  const kkCode = pKk.page.getByLabel(kk.liveStudent.codeLabel);
  await expect(kkCode).toHaveValue(`${joinCode.slice(0, 4)} ${joinCode.slice(4)}`);
  await pKk.page.getByRole("button", { name: kk.liveStudent.join }).click();
  await expect(pKk.page.getByText(kk.liveStudent.waiting)).toBeVisible();
  await expect(host.getByTestId("joined").first()).toHaveText(fill(L.joined, { count: 3 }));
  // One student per language: no counts by language (a child reading in Kazakh is not singled out).
  await expect(host.getByTestId("by-locale")).toHaveCount(0);

  // Two steps: each phone follows, in its own language.
  for (const step of [0, 1]) {
    await host.keyboard.press("ArrowRight");
    await host.waitForURL(new RegExp(`/en/live/host/step/${steps[step]!.slug}\\?s=`));
    for (const p of phones) {
      await expect(p.page).toHaveURL(new RegExp(`/${p.locale}/live/step/${steps[step]!.slug}$`));
      await expect(p.page.locator("html")).toHaveAttribute("lang", p.locale);
    }
  }

  // Questions 1–3 in the order the host walks them: "o" opens the first, → each next after a reveal.
  const sent: Record<number, string[]> = { [right]: [], [wrong]: [], [order]: [] };
  for (let i = 0; i < 3; i++) {
    await host.keyboard.press(i === 0 ? "o" : "ArrowRight");
    const onScreen = host.locator(`[data-question-id="${questions[i]!.id}"]`);
    await expect(onScreen).toHaveAttribute("data-status", "open");
    await expect(host.getByTestId("answered")).toHaveText(fill(L.answered, { answered: 0, joined: 3 }));
    for (const p of phones) {
      await expect(p.page).toHaveURL(new RegExp(`/${p.locale}/live$`));
      await expect(p.page.locator("#live-question-heading")).toBeFocused();
      if (i === order) {
        await orderByKeyboard(p, questions[i]!);
        sent[i]!.push(questions[i]!.correct);
      } else sent[i]!.push(await answerByTouch(p, questions[i]!, i === right));
    }
    await expect(host.getByTestId("answered")).toHaveText(fill(L.answered, { answered: 3, joined: 3 }));

    if (i === 0) {
      // The server is killed with the question open, and started again: both screens recover, and
      // every answer that was acknowledged is still counted.
      await server.stop("SIGKILL");
      await expect(host.getByTestId("stream-status")).not.toHaveAttribute("data-status", "open", {
        timeout: 30_000,
      });
      server = await startServer(PORT, dataDir);
      await expect(host.getByTestId("stream-status")).toHaveAttribute("data-status", "open", {
        timeout: 30_000,
      });
      await expect(onScreen).toHaveAttribute("data-status", "open");
      await expect(host.getByTestId("answered")).toHaveText(fill(L.answered, { answered: 3, joined: 3 }));
      for (const p of phones) {
        await expect(p.page.getByTestId("live-status")).toHaveAttribute("data-status", "open", {
          timeout: 30_000,
        });
        await expectRecorded(p);
      }
    }

    await host.keyboard.press("r");
    await expect(onScreen).toHaveAttribute("data-status", "revealed");
    const everyoneRight = i !== wrong;
    for (const p of phones) {
      const feedback = p.page.getByTestId("feedback");
      await expect(feedback).toBeVisible();
      const q = messages[p.locale].Quiz;
      await expect(feedback.locator("p").first()).toHaveText(
        new RegExp(`${everyoneRight ? q.correct : q.incorrect}$`),
      );
    }
    if (i !== order) {
      // The bars carry exactly what the three phones sent.
      for (const option of questions[i]!.options) {
        const n = sent[i]!.filter((s) => s === option).length;
        await expect(onScreen.locator(`[data-option="${option}"] [data-testid="bar-count"]`)).toHaveText(
          new RegExp(`^${n} \\(${Math.round((n / 3) * 100)}%\\)$`),
        );
      }
    } else {
      await expect(
        onScreen.locator(`[data-order="${questions[i]!.correct}"] [data-testid="bar-count"]`),
      ).toHaveText(/^3 \(100%\)$/);
    }
  }
  await expectNoAxeViolations(host);

  // The summary on the projector: the share right per question is what the phones did.
  await host.keyboard.press("s");
  await expect(host.getByRole("heading", { level: 1, name: L.summaryTitle })).toBeVisible();
  const shares = host.getByTestId("share-correct");
  await expect(shares).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    const correct = i === wrong ? 0 : 3;
    await expect(shares.nth(i)).toHaveText(
      fill(L.shareCorrect, { correct, answered: 3, percent: `${Math.round((correct / 3) * 100)}%` }),
    );
  }
  // Each phone's own score card: two right of three.
  for (const p of phones) {
    await expect(p.page.getByTestId("score-card")).toContainText(
      fill(messages[p.locale].liveStudent.score, { correct: 2, total: 3 }),
    );
  }
  await hostContext.close();
  for (const p of phones) await p.close();
});
