import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { steps } from "../../content/steps";

export { locales } from "../../lib/locales";

/** Every page of the app, after the locale. */
export const routes = [
  "",
  "/explainer",
  ...steps.map((s) => `/explainer/${s.slug}`),
  "/quiz",
  "/sources",
  "/sources/corrections",
  "/teach",
  "/teach/worksheet",
  "/teach/handout",
];

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, "axe violations").toEqual([]);
}

/** The `id`s that occur more than once in a page's HTML as the server sent it (before hydration). */
export function duplicateIds(html: string): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const [, id] of html.matchAll(/<[a-zA-Z][^>]*?\sid="([^"]+)"/g)) {
    if (seen.has(id!)) twice.add(id!);
    seen.add(id!);
  }
  return [...twice];
}

export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);
}

/**
 * Nothing on the page sticks out of the screen's width or is cut off by its own box (text under an
 * `overflow: hidden` or `clip`); visually hidden elements (1 px boxes, clipped ones) aside. Lists up
 * to 10 offenders.
 */
export async function expectNothingClipped(page: Page) {
  const offenders = await page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${
        el.getAttribute("data-testid") ? `[data-testid=${el.getAttribute("data-testid")}]` : ""
      } "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const style = getComputedStyle(el);
      // Hidden on purpose (a skip link until it is focused): not clipped by accident.
      if (style.visibility === "hidden" || style.clipPath !== "none" || style.clip !== "auto") continue;
      if (box.left < -1 || box.right > width + 1) out.push(`${name(el)} outside the screen`);
      else if (/hidden|clip/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        out.push(`${name(el)} cut off (${el.scrollWidth} > ${el.clientWidth} px)`);
      if (out.length >= 10) break;
    }
    return out;
  });
  expect(offenders, "clipped or outside the screen").toEqual([]);
}

/** Collects console errors and CSP violations for the whole test. */
export function watchConsole(page: Page) {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/**
 * Names that may stay in Latin script on a Russian or Kazakh page (WCAG 3.1.2 exempts proper
 * names). Any other English must sit inside an element with `lang="en"`, so that screen readers
 * switch voice.
 */
export const latinNames = [
  "The Wall Street Journal",
  "Ann M. Simmons",
  "Natural Earth",
  "JavaScript",
  "QR",
  "Wi-Fi",
];

/**
 * The page's text outside elements whose nearest `lang` is English, each with where it stands: the
 * body's text (not scripts, styles, templates or <noscript>, which no reader hears while scripts
 * run) and the accessible names given in attributes.
 */
async function textsOutsideEnglish(page: Page): Promise<{ text: string; where: string }[]> {
  return page.evaluate(() => {
    const texts: { text: string; where: string }[] = [];
    const add = (text: string, el: Element, where: string) => {
      if (el.closest("[lang]")?.getAttribute("lang") !== "en") texts.push({ text, where });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest("script, style, template, noscript")) continue;
      add(node.textContent ?? "", el, `<${el.tagName.toLowerCase()}>`);
    }
    for (const el of document.body.querySelectorAll("[aria-label], [alt], [title]"))
      for (const attr of ["aria-label", "alt", "title"]) {
        const value = el.getAttribute(attr);
        if (value) add(value, el, `${attr} of <${el.tagName.toLowerCase()}>`);
      }
    return texts;
  });
}

/**
 * Latin-script words on the page whose nearest `lang` is not English, after removing the allowed
 * names and web addresses: the text of the body and the accessible names given in attributes.
 */
export async function latinOutsideEnglish(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const { text, where } of await textsOutsideEnglish(page)) {
    let rest = text.replace(/\S+:\/\/\S+/g, " ");
    for (const name of latinNames) rest = rest.split(name).join(" ");
    for (const word of rest.match(/[A-Za-z]{2,}/g) ?? []) found.push(`${word} (${where})`);
  }
  return found;
}

const month = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?";
const weekday = "(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?";
const englishDatePatterns = [
  new RegExp(`\\b${month}\\s+\\d{1,4}\\b`),
  new RegExp(`\\b\\d{1,2}\\s+${month}(?![a-z])`),
  new RegExp(`\\b${weekday},?\\s+(?:\\d|${month})`),
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/,
  /\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)(?![a-z])/i,
  /\b(?:ET|EDT|EST|UTC|GMT)\b/,
  // ICU's root pattern, what a browser without the page's locale data prints ("M12 11, Fri 18:00").
  /\bM\d{1,2}\b/,
];

/** The English dates and times in `text` (the patterns above; see `englishDatesOutsideEnglish`). */
export function englishDatesIn(text: string): string[] {
  return englishDatePatterns.flatMap((p) => p.exec(text)?.[0] ?? []);
}

/**
 * English dates and times on the page outside elements whose nearest `lang` is English: month and
 * weekday names or their abbreviations with a day or year ("Sept. 27", "Tuesday, September 27"),
 * US numeric dates ("9/27/2022"), clock times with am/pm, and time-zone abbreviations ("ET"). A
 * Russian or Kazakh page writes these in its own language.
 */
export async function englishDatesOutsideEnglish(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const { text, where } of await textsOutsideEnglish(page))
    for (const hit of englishDatesIn(text)) found.push(`${hit} (${where})`);
  return found;
}

/**
 * Starts recording what the page's live regions say: every `aria-live` region, `role="status"` and
 * `role="alert"` of the document and of open shadow roots (Next's route announcer lives in one),
 * each time its text changes to something not empty while a screen reader can reach it (not under
 * `display: none` or `aria-hidden`). Read the record with `spokenSince`.
 */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __spoken: string[] };
    w.__spoken = [];
    const last = new WeakMap<Element, string>();
    const selector = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]';
    const roots = (): (Document | ShadowRoot)[] => [
      document,
      ...[...document.querySelectorAll("*")].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : [])),
    ];
    const exposed = (el: Element): boolean => {
      if (!el.checkVisibility({ visibilityProperty: true })) return false;
      for (let n: Node | null = el; n; n = n instanceof ShadowRoot ? n.host : n.parentNode)
        if (n instanceof Element && n.getAttribute("aria-hidden") === "true") return false;
      return true;
    };
    const scan = () => {
      for (const root of roots())
        for (const region of root.querySelectorAll(selector)) {
          const text = (region.textContent ?? "").trim();
          if (text === last.get(region)) continue;
          last.set(region, text);
          if (text && exposed(region)) w.__spoken.push(text);
        }
    };
    scan();
    w.__spoken = [];
    const observer = new MutationObserver(scan);
    const watch = (root: Node) =>
      observer.observe(root, { subtree: true, childList: true, characterData: true });
    watch(document);
    for (const root of roots()) if (root !== document) watch(root);
    // A shadow root attached later (the route announcer appears after the first render).
    new MutationObserver(() => {
      for (const root of roots()) if (root !== document) watch(root);
      scan();
    }).observe(document.body, { childList: true });
  });
}

/** What the live regions said since `recordAnnouncements`, skipping the first `from` sentences. */
export async function spokenSince(page: Page, from = 0): Promise<string[]> {
  return (await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).slice(from);
}
