import { describe, expect, it } from "vitest";
import { filesOf, miniDataset } from "@/tests/fixtures/mini-dataset";
import { parseDataset } from "../dataset";
import { createRandom } from "../random";
import { saysCandidates } from "./says";

describe("says candidates", () => {
  it("ask only claims with a contradicted version, either way, and the not-stated items", () => {
    const d = miniDataset();
    (d.claims[2] as { contradicted?: unknown }).contradicted = {
      statement: { en: "Storskog is in the south.", ru: "р", kk: "қ" },
      explanation: { en: "It is in the far north.", ru: "р", kk: "қ" },
    };
    const candidates = saysCandidates(parseDataset(filesOf(d)));
    // Two number claims, one text claim with a contradicted version, one not-stated item.
    expect(candidates).toHaveLength(4);
    const answers = new Set<string>();
    for (let seed = 0; seed < 30; seed++)
      for (const c of candidates) {
        const { question } = c.build(createRandom(seed), new Set())!;
        answers.add(question.correct);
        if (question.correct === "otherwise")
          expect(Boolean(question.altered) !== Boolean(question.contradicted)).toBe(true);
      }
    expect([...answers].sort()).toEqual(["not-said", "otherwise", "says"]);
  });
});
