import { describe, expect, it } from "vitest";
import { entriesForLocales, ignoredQueryParameters, isApiPath, localeOfPath, savedLocales } from "./precache";

const manifest = [
  { url: "/_next/static/chunks/app.js", revision: null },
  { url: "/fonts/inter-latin.woff2", revision: "a1" },
  { url: "/kk", revision: "b1" },
  { url: "/kk/quiz", revision: "b2" },
  { url: "/kk/quiz/0123456789abcdef.json", revision: "b3" },
  { url: "/ru/explainer/the-order", revision: "c1" },
  { url: "/en/", revision: "d1" },
  { url: "/", revision: "e1" },
];

describe("offline precache", () => {
  it("keeps a language's own files and the shared ones, never another language's", () => {
    expect(entriesForLocales(manifest, ["kk"]).map((e) => e.url)).toEqual([
      "/_next/static/chunks/app.js",
      "/fonts/inter-latin.woff2",
      "/kk",
      "/kk/quiz",
      "/kk/quiz/0123456789abcdef.json",
      "/",
    ]);
    expect(entriesForLocales(manifest, ["ru", "en"]).map((e) => e.url)).toContain("/en/");
    expect(entriesForLocales(["/kk/sources", "/ru/sources"], ["ru"])).toEqual(["/ru/sources"]);
  });

  it("tells a language by its first path segment only", () => {
    expect(localeOfPath("/kk/explainer/x")).toBe("kk");
    expect(localeOfPath("/kkx/explainer")).toBeNull();
    expect(localeOfPath("/_next/static/kk/x.js")).toBeNull();
  });

  it("finds the saved languages by their home page, whatever its revision or trailing slash", () => {
    expect(
      savedLocales([
        "http://127.0.0.1:3300/kk?__WB_REVISION__=1",
        "http://127.0.0.1:3300/en/?__WB_REVISION__=2",
        "http://127.0.0.1:3300/ru/quiz?__WB_REVISION__=3",
      ]).sort(),
    ).toEqual(["en", "kk"]);
  });

  it("never treats the live class's API as a page", () => {
    expect(isApiPath("/api/live/join")).toBe(true);
    expect(isApiPath("/api")).toBe(true);
    expect(isApiPath("/apiary")).toBe(false);
    expect(isApiPath("/kk/live")).toBe(false);
  });

  it("ignores every query parameter but _rsc when matching the cache", () => {
    expect(["seed", "count", "code", "c"].every((p) => ignoredQueryParameters.test(p))).toBe(true);
    expect(ignoredQueryParameters.test("_rsc")).toBe(false);
  });
});
