import { describe, expect, it } from "vitest";
import { alternatesFor } from "./alternates";
import { paths } from "./paths";

describe("alternatesFor", () => {
  it("lists every locale and a default for the same page", () => {
    expect(alternatesFor((l) => paths.section(l, "quiz"))).toEqual({
      languages: { en: "/en/quiz", ru: "/ru/quiz", kk: "/kk/quiz", "x-default": "/en/quiz" },
    });
  });
  it("gives the home page as the bare locale", () => {
    expect(alternatesFor(paths.home).languages.kk).toBe("/kk");
    expect(alternatesFor(paths.home).languages["x-default"]).toBe("/en");
  });
});
