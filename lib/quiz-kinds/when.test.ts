import { describe, expect, it } from "vitest";
import { filesOf, miniDataset } from "@/tests/fixtures/mini-dataset";
import { parseDataset } from "../dataset";
import { createRandom } from "../random";
import { eventBlocks, whenCandidates } from "./when";

const dataset = parseDataset(filesOf(miniDataset()));

describe("when candidates", () => {
  it("offer four of the dated days, in any order, never one another question names", () => {
    const candidates = whenCandidates(dataset);
    expect(candidates).toHaveLength(2);
    const orders = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const { question } = candidates[0]!.build(createRandom(seed), new Set())!;
      expect(question.options).toHaveLength(4);
      expect(question.options).toContain(question.correct);
      orders.add(question.options.join(","));
    }
    expect(orders.size).toBeGreaterThan(4);
    const { question } = candidates[0]!.build(createRandom(1), new Set())!;
    const named = question.options.find((o) => o !== question.correct)!;
    const again = candidates[0]!.build(createRandom(1), new Set([`mention:date:${named}`]));
    expect(again?.question.options ?? []).not.toContain(named);
    expect(candidates[0]!.build(createRandom(1), new Set([`mention:date:${question.correct}`]))).toBeNull();
  });

  it("use up the event and everything its claims use", () => {
    expect(eventBlocks(dataset, dataset.timeline[1]!)).toEqual(
      expect.arrayContaining(["event:ev-sunday", "item:finland-entered-8314", "quote:q-finland"]),
    );
  });
});
