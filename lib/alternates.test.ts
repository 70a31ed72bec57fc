import { describe, expect, it } from "vitest";
import { alternatesFor } from "./alternates";

describe("alternatesFor", () => {
  it("lists every locale and a default for the same page", () => {
    expect(alternatesFor("/quiz")).toEqual({
      languages: { en: "/en/quiz", ru: "/ru/quiz", kk: "/kk/quiz", "x-default": "/en/quiz" },
    });
  });
  it("treats the home page as the bare locale", () => {
    expect(alternatesFor("").languages.kk).toBe("/kk");
    expect(alternatesFor("/").languages.en).toBe("/en");
  });
});
