import { describe, expect, it } from "vitest";
import { filesOf, miniDataset } from "@/tests/fixtures/mini-dataset";
import { parseDataset } from "./dataset";
import { itemBlocks } from "./quiz-types";

describe("itemBlocks", () => {
  it("uses up an item, its quote, its events and the items linked either way", () => {
    const d = miniDataset();
    (d.notStated[0] as { links?: string[] }).links = ["finland-entered-8314"];
    const data = parseDataset(filesOf(d));
    expect(itemBlocks(data, data.claims[0]!)).toEqual(
      expect.arrayContaining([
        "item:finland-entered-8314",
        "quote:q-finland",
        "event:ev-sunday",
        "event:ev-monday",
        "item:finland-closed",
      ]),
    );
  });
});
