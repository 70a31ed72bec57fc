import { execFile } from "node:child_process";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import en from "../../messages/en.json" with { type: "json" };
import kk from "../../messages/kk.json" with { type: "json" };
import ru from "../../messages/ru.json" with { type: "json" };
import { quietChromiumFlags, systemChromium } from "../../scripts/chromium.mjs";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./helpers";

const origin = (page: Page) => new URL(page.url()).origin;

/**
 * The CLI's file for the same request. The build has no SITE_URL, so the page's links go to its own
 * origin: the CLI is given the same with `--site`.
 */
function cli(args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    execFile(
      "node_modules/.bin/tsx",
      ["scripts/quiz-export.ts", ...args],
      { encoding: "buffer", maxBuffer: 64 << 20 },
      (error, stdout, stderr) => (error ? reject(new Error(stderr.toString())) : resolve(stdout)),
    ),
  );
}

async function cliFile(args: string[]): Promise<Buffer> {
  if (!args.includes("qti")) return cli(args);
  const out = join(test.info().outputPath(), "cli.zip");
  await cli([...args, "--out", out]);
  return readFileSync(out);
}

async function downloadFrom(page: Page, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

test.describe("the teacher page's download panel", () => {
  test("each format and language is byte for byte the CLI's file", async ({ page }) => {
    const L = ru.QuizExport;
    await page.goto("/ru/teach?code=4242&count=8");
    const panel = page.getByTestId("quiz-export");
    await expect(panel.getByRole("heading", { name: L.panelTitle })).toBeVisible();
    await expectNoAxeViolations(page);

    // 127.0.0.1 is this computer only: the panel says the links will not work for students.
    await expect(panel.getByTestId("export-links-local")).toHaveText(
      L.linksLocal.replace("{origin}", origin(page)),
    );
    await expect(
      panel.getByRole("listitem").filter({ hasText: L.linksTo.replace("{origin}", origin(page)) }),
    ).toBeVisible();
    // One language is the default; the administrator's part is said when all three are chosen.
    await expect(panel.getByLabel(L.language)).toHaveValue("ru");
    await expect(panel.getByRole("radio", { name: L.orderOrdering })).toBeChecked();

    const cases = [
      {
        format: L.moodle,
        language: "ru",
        order: null,
        args: ["--format", "moodle", "--locale", "ru"],
        name: "class-quiz-4242-8-ru.moodle.xml",
      },
      {
        format: L.moodle,
        language: "all",
        order: L.orderMatching,
        args: ["--format", "moodle", "--locale", "all", "--order", "matching"],
        name: "class-quiz-4242-8-all-matching.moodle.xml",
      },
      {
        format: L.gift,
        language: "kk",
        order: null,
        args: ["--format", "gift", "--locale", "kk"],
        name: "class-quiz-4242-8-kk.gift.txt",
      },
      {
        format: L.qti,
        language: "en",
        order: null,
        args: ["--format", "qti", "--locale", "en"],
        name: "class-quiz-4242-8-en-qti.zip",
      },
    ];
    for (const c of cases) {
      await panel.getByRole("radio", { name: c.format }).check();
      await panel.getByLabel(L.language).selectOption(c.language);
      if (c.order) await panel.getByRole("radio", { name: c.order }).check();
      if (c.language === "all")
        await expect(panel.getByRole("listitem").filter({ hasText: L.noteAllLanguages })).toBeVisible();
      const file = await downloadFrom(page, L.download);
      expect(file.name).toBe(c.name);
      await expect(panel.getByRole("status")).toHaveText(L.ready.replace("{file}", c.name));
      const expected = await cliFile([...c.args, "--seed", "4242", "--count", "8", "--site", origin(page)]);
      expect(file.bytes.equals(expected), `${c.name}: the same bytes as the CLI`).toBe(true);
    }
  });

  test("works with the keyboard alone, offers all three languages only for Moodle, says what changes", async ({
    page,
  }) => {
    const L = en.QuizExport;
    await page.goto("/en/teach?code=31337&count=5");
    const panel = page.getByTestId("quiz-export");
    await expect(panel.getByRole("listitem").filter({ hasText: L.noteNotCarried })).toBeVisible();
    await expect(panel.getByRole("option", { name: L.allLanguages })).toHaveCount(1);

    await panel.getByRole("radio", { name: L.moodle }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(panel.getByRole("radio", { name: L.gift })).toBeChecked();
    await expect(panel.getByRole("option", { name: L.allLanguages })).toHaveCount(0);
    await expect(panel.getByRole("radio", { name: L.orderOrdering })).toHaveCount(0);
    await expect(panel.getByRole("listitem").filter({ hasText: L.noteOrderMatching })).toBeVisible();
    await expect(panel.getByRole("listitem").filter({ hasText: L.noteGift })).toBeVisible();

    await panel.getByRole("button", { name: L.download }).focus();
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("class-quiz-31337-5-en.gift.txt");
    const bytes = readFileSync((await download.path())!);
    expect(
      bytes.equals(
        await cliFile([
          ...["--format", "gift", "--locale", "en", "--seed", "31337", "--count", "5"],
          ...["--site", origin(page)],
        ]),
      ),
    ).toBe(true);
  });

  test("fits a 320 px screen and passes axe, in Kazakh", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto("/kk/teach?code=4242&count=8");
    const panel = page.getByTestId("quiz-export");
    await panel.getByRole("radio", { name: kk.QuizExport.moodle }).check();
    await expect(panel.getByRole("radio", { name: kk.QuizExport.orderOrdering })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });

  test("says so when the questions cannot be loaded, in Kazakh", async ({ page }) => {
    await page.goto("/kk/teach?code=4242&count=8");
    await page.route("**/ru/quiz/*.json", (route) => route.abort("internetdisconnected"));
    const panel = page.getByTestId("quiz-export");
    await panel.getByLabel(kk.QuizExport.language).selectOption("ru");
    await panel.getByRole("button", { name: kk.QuizExport.download }).click();
    await expect(panel.getByRole("status")).toHaveText(kk.QuizExport.failed);
  });
});

// The page under a name that is not loopback (Chromium maps it to this server): its links go there.
test("on a page that is not this computer only, links go to the page's own origin, with no warning", async ({
  playwright,
  baseURL,
}) => {
  const browser = await playwright.chromium.launch({
    executablePath: systemChromium(),
    args: [...quietChromiumFlags, "--host-resolver-rules=MAP class.test 127.0.0.1"],
  });
  try {
    const page = await browser.newPage();
    const site = `http://class.test:${new URL(baseURL!).port}`;
    await page.goto(`${site}/en/teach?code=4242&count=8`);
    const panel = page.getByTestId("quiz-export");
    const L = en.QuizExport;
    await expect(
      panel.getByRole("listitem").filter({ hasText: L.linksTo.replace("{origin}", site) }),
    ).toBeVisible();
    await expect(panel.getByTestId("export-links-local")).toHaveCount(0);
    const file = await downloadFrom(page, L.download);
    expect(file.name).toBe("class-quiz-4242-8-en.moodle.xml");
    const xml = file.bytes.toString("utf8");
    expect(xml).toContain(`href="${site}/en/sources`);
    expect(xml).not.toMatch(/localhost|127\.0\.0\.1/);
  } finally {
    await browser.close();
  }
});

// The static export (`npm run export`, made before the e2e stage by `npm test`), served as files only.
test.describe("in the static export", () => {
  test.skip(!existsSync("out/kk/teach/index.html"), "no static export in out/ (run npm run export)");
  let server: Server;
  let base = "";
  test.beforeAll(async () => {
    const types: Record<string, string> = {
      ".html": "text/html; charset=utf-8",
      ".js": "text/javascript",
      ".css": "text/css",
      ".json": "application/json",
    };
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
        /^(\.\.[/\\])+/,
        "",
      );
      let file = join("out", path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
      if (!existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("the teacher page makes the same zip as the CLI", async ({ page }) => {
    await page.goto(`${base}/kk/teach/?code=4242&count=8`);
    const panel = page.getByTestId("quiz-export");
    await panel.getByRole("radio", { name: kk.QuizExport.qti }).check();
    const file = await downloadFrom(page, kk.QuizExport.download);
    expect(file.name).toBe("class-quiz-4242-8-kk-qti.zip");
    expect(
      file.bytes.equals(
        await cliFile([
          "--format",
          "qti",
          "--locale",
          "kk",
          "--seed",
          "4242",
          "--count",
          "8",
          "--site",
          base,
        ]),
      ),
    ).toBe(true);
  });
});
