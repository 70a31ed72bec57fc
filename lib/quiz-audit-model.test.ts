// The non-reader model is not blind: a toy generator plants a cue (the key is the longest option)
// and the model finds it, leaving one claim out; without the cue it stays at chance.
import { describe, expect, it } from "vitest";
import { scoreModel, type ModelRow } from "./quiz-audit-model";
import { createRandom } from "./random";

const groups = ["length", "position", "words"];

/** 12 claims × 15 quiz contexts, four options each: noise in every group; `planted` keys the longest. */
function toyRows(planted: boolean, seed: string): ModelRow[] {
  const random = createRandom(seed);
  const rows: ModelRow[] = [];
  for (let claim = 0; claim < 12; claim++)
    for (let context = 0; context < 15; context++) {
      const lengths = [0, 1, 2, 3].map(() => 10 + random.int(0, 40));
      const options = lengths.map((length, i) => ({
        length: [length / 50, length === Math.max(...lengths) ? 1 : 0],
        position: [0, 1, 2, 3].map((p) => (p === i ? 1 : 0)),
        words: [random.next(), random.next()],
      }));
      const key = planted ? lengths.indexOf(Math.max(...lengths)) : random.int(0, 3);
      rows.push({ kind: "who", group: `claim-${claim}`, options, key, weight: 1 + random.int(0, 4) });
    }
  return rows;
}

describe("scoreModel", () => {
  it("finds a planted cue, held out, and names its feature group", () => {
    const [who] = scoreModel(toyRows(true, "planted"), groups);
    expect(who!.accuracy).toBeGreaterThan(0.8);
    expect(who!.best).toBe("length");
    expect(who!.without.length!).toBeLessThan(0.4);
  });

  it("stays near chance, neither above nor far below, without a cue", () => {
    const [who] = scoreModel(toyRows(false, "no cue"), groups);
    expect(who!.chance).toBe(0.25);
    expect(who!.accuracy).toBeGreaterThan(0.15);
    expect(who!.accuracy).toBeLessThan(0.35);
  });
});
