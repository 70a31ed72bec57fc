import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test, expect, type Page } from "@playwright/test";
import en from "../../messages/en.json" with { type: "json" };
import kk from "../../messages/kk.json" with { type: "json" };
import ru from "../../messages/ru.json" with { type: "json" };
import { expectNoAxeViolations } from "./helpers";

// The address phones open to join. The test servers listen on 127.0.0.1 and no test opens anything
// but loopback: a second server is told, through the test-only LIVE_TEST_NETWORK, that it listens on
// every interface of a laptop with Wi-Fi, Ethernet and Docker.
test.use({ viewport: { width: 1920, height: 1080 } });

const messages = { en, ru, kk } as const;
const PORT = Number(process.env.E2E_PORT ?? 3107) + 3;
const LAPTOP = {
  listen: { address: "::", port: 3000 },
  interfaces: {
    lo: [{ address: "127.0.0.1", family: "IPv4", internal: true }],
    docker0: [{ address: "172.17.0.1", family: "IPv4", internal: false }],
    eth0: [{ address: "10.20.30.40", family: "IPv4", internal: false }],
    wlp2s0: [{ address: "192.168.1.23", family: "IPv4", internal: false }],
  },
};

async function startClass(page: Page, base = "") {
  await page.goto(`${base}/en/teach?code=424242&count=5`);
  await page.getByRole("button", { name: en.liveHost.startLive }).click();
  await page.waitForURL(/\/en\/live\/host\?s=/);
  const joinCode = (await page.getByTestId("join-code").innerText()).replace(/\s/g, "");
  expect(joinCode).toMatch(/^\d{8}$/);
  return joinCode;
}

test("a server that listens on loopback only: the lobby says phones cannot reach it", async ({ page }) => {
  const joinCode = await startClass(page);
  const notice = page.getByTestId("join-notice");
  await expect(notice).toHaveAttribute("data-notice", "loopback-only");
  await expect(notice).toContainText(en.liveHost.joinLoopbackOnly);
  // The link still works on this computer (for trying it out), and says which language to fall back to.
  await expect(page.getByTestId("join-url")).toHaveText(
    `${new URL(page.url()).origin}/live?code=${joinCode}&lang=en`,
  );
  await expect(page.getByTestId("join-addresses")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test.describe("a server on every interface of a classroom laptop", () => {
  // One server for the group, so one worker runs it.
  test.describe.configure({ mode: "serial" });
  let server: ChildProcess | undefined;
  let dataDir = "";
  const base = `http://127.0.0.1:${PORT}`;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    dataDir = mkdtempSync(path.join(tmpdir(), "live-join-address-"));
    server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        LIVE_TEST_NETWORK: JSON.stringify(LAPTOP),
        LIVE_DATA_DIR: path.join(dataDir, "live"),
      },
      stdio: "ignore",
      detached: true,
    });
    for (let i = 0; i < 120; i++) {
      const up = await fetch(`${base}/en`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`the second server on ${base} did not start`);
  });

  test.afterAll(() => {
    try {
      if (server?.pid) process.kill(-server.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("the lobby offers the Wi-Fi address first, the others a click away", async ({ page }) => {
    const joinCode = await startClass(page, base);
    const link = page.getByTestId("join-url");
    await expect(link).toHaveText(`http://192.168.1.23:3000/live?code=${joinCode}&lang=en`);
    await expect(link).toHaveAttribute("href", `http://192.168.1.23:3000/live?code=${joinCode}&lang=en`);
    await expect(page.getByTestId("join-notice")).toHaveText(en.liveHost.joinSameWifi);
    // Docker's bridge is never offered; Ethernet is, behind a disclosure.
    const others = page.getByTestId("join-addresses");
    await expect(others).not.toContainText("172.17.0.1");
    await others.getByText(en.liveHost.joinOtherAddresses).click();
    await others.getByRole("button", { name: "http://10.20.30.40:3000" }).click();
    await expect(others.getByRole("button", { name: "http://10.20.30.40:3000" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(link).toHaveText(`http://10.20.30.40:3000/live?code=${joinCode}&lang=en`);
    await expect(page.getByRole("img", { name: en.liveHost.qrLabel })).toHaveAttribute(
      "data-qr-text",
      `http://10.20.30.40:3000/live?code=${joinCode}&lang=en`,
    );
    await expectNoAxeViolations(page);
  });

  test("on a phone-wide screen (390 px) the lobby does not move when its address comes late", async ({
    page,
    browser,
  }) => {
    await startClass(page, base);
    const hostUrl = page.url().replace("/en/", "/kk/");
    const keys = await page.evaluate(() =>
      Object.entries(localStorage).filter(([k]) => k.startsWith("live:keys:host:")),
    );
    const narrow = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    await narrow.addInitScript((entries) => {
      for (const [k, v] of entries) localStorage.setItem(k, v);
      // Every layout shift without input, as Lighthouse's CLS counts them, with what moved.
      const w = window as unknown as { shifts: { value: number; nodes: string[] }[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node | null }[];
        })[])
          if (!e.hadRecentInput)
            w.shifts.push({
              value: e.value,
              nodes: (e.sources ?? []).map((s) => (s.node as Element | null)?.outerHTML?.slice(0, 80) ?? "?"),
            });
      }).observe({ type: "layout-shift", buffered: true });
    }, keys);
    const lobby = await narrow.newPage();
    // The server's answer (the address, its notice, the QR code) a second after the class's own.
    await lobby.route("**/api/live/join-origins", async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    await lobby.goto(hostUrl);
    await expect(lobby.getByTestId("join-url")).toContainText("192.168.1.23");
    await expect(lobby.getByTestId("join-notice")).toHaveText(kk.liveHost.joinSameWifi);
    await lobby.waitForTimeout(500);
    const shifts = await lobby.evaluate(
      () => (window as unknown as { shifts: { value: number; nodes: string[] }[] }).shifts,
    );
    const cls = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(cls, JSON.stringify(shifts, null, 1)).toBeLessThan(0.01);
    await narrow.close();
  });

  test("the addresses are told only to a browser on this computer", async () => {
    const local = (await (await fetch(`${base}/api/live/join-origins`)).json()) as { origins: string[] };
    expect(local.origins).toEqual(["http://192.168.1.23:3000", "http://10.20.30.40:3000"]);
    // Through a reverse proxy the Host header is the public name: nothing about the network goes out.
    // (fetch may not set Host: a plain request does.)
    const proxied = await new Promise<{ body: string; cacheControl: string | undefined }>(
      (resolve, reject) => {
        http
          .get(`${base}/api/live/join-origins`, { headers: { Host: "class.example.org" } }, (res) => {
            let body = "";
            res.on("data", (d) => (body += d));
            res.on("end", () => resolve({ body, cacheControl: res.headers["cache-control"] }));
          })
          .on("error", reject);
      },
    );
    expect(JSON.parse(proxied.body)).toEqual({ kind: "page", origins: [] });
    expect(proxied.cacheControl).toBe("no-store");
  });
});

test("the QR link opens the join page in the phone's own language, the code kept", async ({ browser }) => {
  const cases = [
    { browserLocale: "ru-RU", cookie: undefined, expected: "ru" },
    { browserLocale: "uz-UZ", cookie: undefined, expected: "kk" },
    { browserLocale: "ru-RU", cookie: "en", expected: "en" },
  ] as const;
  for (const c of cases) {
    const context = await browser.newContext({
      locale: c.browserLocale,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    const base = test.info().project.use.baseURL!;
    if (c.cookie) await context.addCookies([{ name: "NEXT_LOCALE", value: c.cookie, url: base }]);
    await page.goto(`${base}/live?code=12345678&lang=kk`);
    await expect(page).toHaveURL(`${base}/${c.expected}/live?code=12345678`);
    await expect(page.locator("html")).toHaveAttribute("lang", c.expected);
    await expect(page.getByLabel(messages[c.expected].liveStudent.codeLabel)).toHaveValue("1234 5678");
    await context.close();
  }
});

test("before the lesson: phones that open the room check are ticked on the teacher page, once each", async ({
  page,
  browser,
}) => {
  const base = test.info().project.use.baseURL!;
  await page.goto("/kk/teach");
  await page.getByRole("button", { name: kk.liveHost.roomCheckStart }).click();
  const status = page.getByTestId("room-check-phones");
  await expect(status).toHaveText(kk.liveHost.roomCheckWaiting);
  const link = page.getByTestId("room-check-link");
  await expect(link).toHaveText(/\/live\/check\?c=[A-Za-z0-9_-]{22}&lang=kk$/);
  const url = await link.innerText();
  await expect(page.getByRole("img", { name: kk.liveHost.roomCheckQr })).toHaveAttribute("data-qr-text", url);
  await expectNoAxeViolations(page);

  // A Russian phone: the check page in Russian says it got through, and the teacher page ticks it.
  const ruPhone = await browser.newContext({ locale: "ru-RU", viewport: { width: 390, height: 844 } });
  const p1 = await ruPhone.newPage();
  await p1.goto(url);
  await expect(p1).toHaveURL(new RegExp(`^${base}/ru/live/check\\?c=`));
  await expect(p1.getByTestId("room-check")).toHaveAttribute("data-outcome", "ok");
  await expect(p1.getByTestId("room-check")).toContainText(ru.roomCheck.ok);
  await expectNoAxeViolations(p1);
  await expect(status).toHaveText(kk.liveHost.roomCheckSeen.replace("{count}", "1"));
  // The same phone again counts once; a second phone counts.
  await p1.reload();
  await expect(p1.getByTestId("room-check")).toHaveAttribute("data-outcome", "ok");
  const kkPhone = await browser.newContext({ locale: "kk-KZ" });
  const p2 = await kkPhone.newPage();
  await p2.goto(url);
  await expect(p2.getByTestId("room-check")).toContainText(kk.roomCheck.ok);
  await expect(status).toHaveText(kk.liveHost.roomCheckSeen.replace("{count}", "2"));
  // A wrong or finished check says so.
  await p2.goto(`${base}/kk/live/check?c=AAAAAAAAAAAAAAAAAAAAAA`);
  await expect(p2.getByTestId("room-check")).toHaveAttribute("data-outcome", "over");
  await expect(p2.getByTestId("room-check")).toContainText(kk.roomCheck.over);
  await ruPhone.close();
  await kkPhone.close();
});
