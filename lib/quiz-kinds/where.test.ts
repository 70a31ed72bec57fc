import { describe, expect, it } from "vitest";
import { filesOf, miniDataset } from "@/tests/fixtures/mini-dataset";
import { parseDataset } from "../dataset";
import { createRandom } from "../random";
import { whereCandidates } from "./where";

describe("where candidates", () => {
  it("offer only destinations the stem does not name", () => {
    const d = miniDataset();
    d.places.push({
      id: "russia",
      name: { en: "Russia", ru: "Россия", kk: "Ресей" },
      inArticle: "Russia",
      kind: "country",
      role: "origin",
      coords: [90, 60],
    } as never);
    (d.claims[0] as { namesPlaces?: string[] }).namesPlaces = ["norway"];
    const [c] = whereCandidates(parseDataset(filesOf(d)));
    const { question } = c!.build(createRandom(5), new Set())!;
    expect(question.correct).toBe("finland");
    expect(question.options).not.toContain("russia");
    expect(question.options).not.toContain("norway");
    expect(question.options).toHaveLength(4);
  });
});
