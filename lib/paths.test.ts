import { describe, expect, it } from "vitest";
import { pagesUnderLocale, paths, sections } from "./paths";

describe("paths", () => {
  it("builds each address under its locale", () => {
    expect(paths.home("kk")).toBe("/kk");
    expect(paths.section("ru", "sources")).toBe("/ru/sources");
    expect(paths.step("en", "the-order")).toBe("/en/explainer/the-order");
    expect(paths.quiz("kk")).toBe("/kk/quiz");
    expect(paths.quiz("kk", { code: "4242", count: 10 })).toBe("/kk/quiz?seed=4242&count=10");
    expect(paths.quizBundle("ru", "0123456789abcdef")).toBe("/ru/quiz/0123456789abcdef.json");
    expect(paths.quizBundleLatest("ru")).toBe("/ru/quiz.json");
    expect(paths.quote("en", "q-border")).toBe("/en/sources#quote-q-border");
    expect(paths.corrections("kk")).toBe("/kk/sources/corrections");
    expect(paths.handout("ru")).toBe("/ru/teach/handout");
    expect(paths.worksheet("en", { code: "123456", count: 8 })).toBe(
      "/en/teach/worksheet?code=123456&count=8",
    );
    expect(paths.worksheet("kk")).toBe("/kk/teach/worksheet");
    expect(paths.notFound("ru")).toBe("/ru/404");
    expect(paths.live("en")).toBe("/en/live");
    expect(paths.live("kk", "12345678")).toBe("/kk/live?code=12345678");
    expect(paths.liveJoin("12345678", "kk")).toBe("/live?code=12345678&lang=kk");
    expect(paths.liveHost("kk")).toBe("/kk/live/host");
    expect(paths.liveCheck("ru")).toBe("/ru/live/check");
    expect(paths.liveCheckLink("abc_DEF-123", "kk")).toBe("/live/check?c=abc_DEF-123&lang=kk");
    expect(paths.liveStep("ru", "the-exodus")).toBe("/ru/live/step/the-exodus");
    expect(paths.liveHostStep("kk", "the-exodus")).toBe("/kk/live/host/step/the-exodus");
  });

  it("swaps the locale of any page, keeping the rest of its path", () => {
    expect(paths.inLocale("/ru/explainer/the-order", "kk")).toBe("/kk/explainer/the-order");
    expect(paths.inLocale("/en", "ru")).toBe("/ru");
  });

  it("lists every page under a locale for the proxy", () => {
    const pages = pagesUnderLocale(["a", "b"]);
    expect(pages).toEqual(
      expect.arrayContaining([
        "",
        ...sections,
        "explainer/a",
        "explainer/b",
        "sources/corrections",
        "teach/worksheet",
        "404",
      ]),
    );
    expect(pages).toEqual(expect.arrayContaining(["live/host", "live/host/step/a", "live/host/step/b"]));
    expect(new Set(pages).size).toBe(pages.length);
  });
});
