// Layout shift (CLS) of the live class pages, measured the way a phone on a slow network meets them:
// 390×844, CPU throttled 4×, a slow 4G-like network (Chrome DevTools protocol), the sum of every
// `layout-shift` entry without recent input (an upper bound of Lighthouse's windowed CLS).
//
//   npx next start -p 3203 &   npm run bench:cls-live -- http://127.0.0.1:3203 [en ru kk]
//   CLS_ONLY="host lobby 390" CLS_RUNS=3 npm run bench:cls-live -- …   (only the pages whose label
//   holds one of the comma-separated parts, each measured CLS_RUNS times)
//
// Per language: the teacher's screen on a computer without the class, the student page fresh (no storage), the student page with a saved class (joined,
// then reloaded), the host lobby, the host on a step, the student on that step (direct and by
// following from the class page). Shifting nodes are printed for any page over 0.
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";

const base = process.argv[2] ?? "http://127.0.0.1:3203";
const locales = process.argv.slice(3).length ? process.argv.slice(3) : ["en", "ru", "kk"];
const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const projector = { viewport: { width: 1280, height: 720 } };
const SETTLE_MS = 5000;
const only = process.env.CLS_ONLY?.split(",").filter(Boolean) ?? [];
const runs = Math.max(1, Number(process.env.CLS_RUNS ?? 1));

const observer = () => {
  window.__cls = 0;
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__cls += e.value;
      window.__shifts.push({
        value: Number(e.value.toFixed(4)),
        at: Math.round(e.startTime),
        nodes: (e.sources ?? []).map((s) => {
          const n = s.node;
          if (!n) return "?";
          if (n.nodeType !== 1) return `#text(${(n.textContent ?? "").slice(0, 30)})`;
          return `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ""}${n.className && typeof n.className === "string" ? `.${n.className.split(" ").slice(0, 3).join(".")}` : ""}`;
        }),
      });
    }
  }).observe({ type: "layout-shift", buffered: true });
};

async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return cdp;
}

async function measure(page, url, label, results) {
  if (only.length && !only.some((part) => label.includes(part))) return page.close();
  for (let run = 1; run < runs; run++) {
    await measureOnce(page, url, `${label} (${run})`, results);
    page = await page.context().newPage();
  }
  await measureOnce(page, url, runs > 1 ? `${label} (${runs})` : label, results);
}

async function measureOnce(page, url, label, results) {
  const cdp = await throttle(page);
  await page.goto(url, { waitUntil: "load", timeout: 60_000 });
  await page.waitForTimeout(SETTLE_MS);
  const { cls, shifts } = await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts }));
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await cdp.detach();
  results.push({ label, cls: Number(cls.toFixed(4)) });
  console.log(`${label.padEnd(44)} CLS ${cls.toFixed(4)}`);
  if (cls > 0) for (const s of shifts) console.log(`    ${s.value} @${s.at}ms ${s.nodes.join(" | ")}`);
}

const browser = await chromium.launch({ executablePath });
const results = [];
try {
  for (const locale of locales) {
    // The teacher starts a class, as from the teacher page.
    const host = await browser.newContext(projector);
    await host.addInitScript(observer);
    const hostPage = await host.newPage();
    await hostPage.goto(`${base}/${locale}/teach?code=424242&count=5`);
    await hostPage.locator("[data-testid=start-live], button").filter({ hasText: /./ }).first().waitFor();
    await hostPage.evaluate(() => document.fonts.ready);
    const start = hostPage.locator("button", { hasText: await startLabel(locale) });
    await start.click();
    await hostPage.waitForURL(/\/live\/host\?s=/);
    const hostUrl = hostPage.url();
    const joinCode = (await hostPage.getByTestId("join-code").innerText()).replace(/\s/g, "");

    // The host lobby at the phone width (Lighthouse's view) and on the projector.
    const hostPhone = await browser.newContext(phone);
    await hostPhone.addInitScript(observer);
    await hostPhone.addInitScript(
      ([k, v]) => localStorage.setItem(k, v),
      await hostPage.evaluate(() => {
        const k = Object.keys(localStorage).find((key) => key.startsWith("live:keys:host:"));
        return [k, localStorage.getItem(k)];
      }),
    );
    await measure(await hostPhone.newPage(), hostUrl, `${locale} host lobby 390`, results);
    await measure(await host.newPage(), hostUrl, `${locale} host lobby 1280`, results);

    // The teacher's screen on a computer without the class (what a fresh Lighthouse run meets).
    const stranger = await browser.newContext(phone);
    await stranger.addInitScript(observer);
    await measure(
      await stranger.newPage(),
      `${base}/${locale}/live/host`,
      `${locale} host, no class here`,
      results,
    );
    await measure(await stranger.newPage(), hostUrl, `${locale} host, not this computer's`, results);
    await stranger.close();

    // Student, fresh; by the QR link; then with a saved class.
    const fresh = await browser.newContext(phone);
    await fresh.addInitScript(observer);
    await measure(await fresh.newPage(), `${base}/${locale}/live`, `${locale} student fresh`, results);
    await measure(
      await fresh.newPage(),
      `${base}/${locale}/live?code=${joinCode}`,
      `${locale} student QR link`,
      results,
    );
    const student = await browser.newContext(phone);
    await student.addInitScript(observer);
    const sp = await student.newPage();
    await sp.goto(`${base}/${locale}/live`);
    await sp.locator("input[name=code]").fill(joinCode);
    await sp.locator("form button[type=submit]").click();
    await sp.getByTestId("live-status").waitFor();
    await measure(
      await student.newPage(),
      `${base}/${locale}/live`,
      `${locale} student saved (lobby)`,
      results,
    );

    // The teacher moves to the first step.
    await hostPage.bringToFront();
    await hostPage.keyboard.press("ArrowRight");
    await hostPage.waitForURL(/\/live\/host\/step\//);
    const stepUrl = hostPage.url();
    const slug = new URL(stepUrl).pathname.split("/").at(-1);
    await measure(await hostPhone.newPage(), stepUrl, `${locale} host step 390`, results);
    await measure(await host.newPage(), stepUrl, `${locale} host step 1280`, results);
    await measure(
      await student.newPage(),
      `${base}/${locale}/live/step/${slug}`,
      `${locale} student saved (step)`,
      results,
    );
    await measure(
      await student.newPage(),
      `${base}/${locale}/live`,
      `${locale} student saved → step`,
      results,
    );
    await measure(
      await fresh.newPage(),
      `${base}/${locale}/live/step/${slug}`,
      `${locale} student step fresh`,
      results,
    );
    await Promise.all([host.close(), hostPhone.close(), fresh.close(), student.close()]);
  }
} finally {
  await browser.close();
}
const worst = Math.max(...results.map((r) => r.cls));
console.log(`worst CLS ${worst.toFixed(4)} (${results.filter((r) => r.cls >= 0.01).length} pages ≥ 0.01)`);

async function startLabel(locale) {
  const { default: m } = await import(`../messages/${locale}.json`, { with: { type: "json" } });
  return m.liveHost.startLive;
}
