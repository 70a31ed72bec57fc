import { describe, expect, it } from "vitest";
import { filesOf, miniDataset } from "@/tests/fixtures/mini-dataset";
import { parseDataset } from "../dataset";
import { createRandom } from "../random";
import { NOBODY } from "../quiz-types";
import { stemCountries, whoCandidates } from "./who";

const dataset = parseDataset(filesOf(miniDataset()));

describe("who candidates", () => {
  it("name the countries a claim's texts name", () => {
    expect(stemCountries(dataset, dataset.claims[0]! as never)).toEqual(["finland"]);
  });

  it("offer one option per topic and a way to say nobody, or nothing if no such set is left", () => {
    const [finland] = whoCandidates(dataset);
    for (let seed = 0; seed < 20; seed++) {
      const { question } = finland!.build(createRandom(seed), new Set())!;
      expect(question.options).toContain(NOBODY);
      const topics = question.options
        .filter((o) => o !== NOBODY)
        .map((o) => dataset.authorities.find((a) => a.id === o)!.topic);
      expect(new Set(topics).size).toBe(topics.length);
    }
    // The only ministry source was an earlier answer: no second topic is left to offer.
    expect(finland!.build(createRandom(1), new Set(["who-key:georgia-head"]))).toBeNull();
  });

  it("skip a claim the article attributes only by context", () => {
    const d = miniDataset();
    const q = d.quotes[0] as { speakerId: string | null; contextSpeakerId?: string };
    q.speakerId = null;
    q.contextSpeakerId = "finnish-border-guard";
    const ids = whoCandidates(parseDataset(filesOf(d))).map((c) => c.blocks[0]);
    expect(ids).not.toContain("item:finland-entered-8314");
  });
});
