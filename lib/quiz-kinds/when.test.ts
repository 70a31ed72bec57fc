import { describe, expect, it } from "vitest";
import { filesOf, miniDataset } from "@/tests/fixtures/mini-dataset";
import { parseDataset } from "../dataset";
import { createRandom } from "../random";
import { eventBlocks, whenCandidates } from "./when";

const dataset = parseDataset(filesOf(miniDataset()));

describe("when candidates", () => {
  it("offer the single days in date order", () => {
    const candidates = whenCandidates(dataset);
    expect(candidates).toHaveLength(2);
    const { question } = candidates[0]!.build(createRandom(1), new Set())!;
    expect(question.options).toEqual([...question.options].sort());
    expect(question.options).toContain(question.correct);
  });

  it("use up the event and everything its claims use", () => {
    expect(eventBlocks(dataset, dataset.timeline[1]!)).toEqual(
      expect.arrayContaining(["event:ev-sunday", "item:finland-entered-8314", "quote:q-finland"]),
    );
  });
});
