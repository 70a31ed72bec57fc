import { describe, expect, it } from "vitest";
import { filesOf, miniDataset } from "@/tests/fixtures/mini-dataset";
import { parseDataset } from "../dataset";
import { createRandom } from "../random";
import { howManyCandidates } from "./how-many";

const dataset = parseDataset(filesOf(miniDataset()));

describe("how-many candidates", () => {
  it("offer the claim's figure among three wrong ones, and use up the claim, its quote and its events", () => {
    const [c] = howManyCandidates(dataset).filter((c) => c.blocks.includes("item:finland-entered-8314"));
    expect(c!.blocks).toEqual(
      expect.arrayContaining(["quote:q-finland", "event:ev-sunday", "event:ev-monday"]),
    );
    const { question } = c!.build(createRandom(1), new Set())!;
    expect(question.options).toHaveLength(4);
    expect(question.options).toContain("n:8314");
    expect(question.correct).toBe("n:8314");
  });
});
