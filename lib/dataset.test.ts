import { describe, expect, it } from "vitest";
import { filesOf, miniDataset } from "@/tests/fixtures/mini-dataset";
import { DatasetError, datasetVersion, parseDataset } from "./dataset";

function problems(mutate: (d: ReturnType<typeof miniDataset>) => void): string[] {
  const d = miniDataset();
  mutate(d);
  try {
    parseDataset(filesOf(d));
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).issues;
  }
}

describe("parseDataset", () => {
  it("accepts a valid dataset", () => {
    expect(problems(() => {})).toEqual([]);
  });

  it("names file, item and field of a missing translation", () => {
    const issues = problems((d) => {
      delete (d.claims[0]!.statement as { kk?: string }).kk;
    });
    expect(issues[0]).toMatch(/^content\/claims\.ts: claims\[0\] "finland-entered-8314" › statement\.kk: /);
  });

  it("reports a duplicate id", () => {
    expect(problems((d) => (d.claims[1]!.id = "finland-entered-8314"))).toContainEqual(
      expect.stringMatching(/content\/claims\.ts: claims\[1\] "finland-entered-8314" › id: duplicate id/),
    );
  });

  it("reports unknown references", () => {
    const issues = problems((d) => {
      d.claims[0]!.quoteIds = ["q-finland", "q-nowhere"];
      d.quotes[1]!.speakerId = "nobody-known";
      d.claims[2]!.step = "no-such-step";
      d.timeline[0]!.claimIds = ["ghost"];
      d.notStated[0]!.quoteIds = ["q-ghost"];
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /claims\.ts: claims\[0\] "finland-entered-8314" › quoteIds\[1\]: unknown quote "q-nowhere"/,
        ),
        expect.stringMatching(
          /quotes\.ts: quotes\[1\] "q-storskog" › speakerId: unknown authority "nobody-known"/,
        ),
        expect.stringMatching(/claims\.ts: claims\[2\] "storskog-role" › step: unknown step "no-such-step"/),
        expect.stringMatching(
          /timeline\.ts: timeline\[0\] "ev-order" › claimIds\[0\]: unknown claim "ghost"/,
        ),
        expect.stringMatching(
          /not-stated\.ts: notStated\[0\] "finland-closed" › quoteIds\[0\]: unknown quote "q-ghost"/,
        ),
      ]),
    );
  });

  it("rejects a figure typed into a translation", () => {
    expect(
      problems((d) => (d.claims[0]!.statement.ru = "В воскресенье 8314 россиян въехали в Финляндию.")),
    ).toContainEqual(
      expect.stringMatching(
        /claims\[0\] "finland-entered-8314" › statement\.ru: digit "8" typed into the text/,
      ),
    );
  });

  it("rejects a number claim whose text does not use its figure", () => {
    expect(problems((d) => (d.claims[1]!.statement.kk = "Стурскуг арқылы ресейліктер өтті."))).toContainEqual(
      expect.stringMatching(
        /claims\[1\] "storskog-243" › statement\.kk: the figure must come in through a placeholder/,
      ),
    );
  });

  it("rejects broken ICU messages", () => {
    expect(problems((d) => (d.claims[2]!.statement.en = "Storskog {is"))).toContainEqual(
      expect.stringMatching(/claims\[2\] "storskog-role" › statement\.en: /),
    );
  });

  it("rejects an empty or over-long quote and a bad number claim", () => {
    const issues = problems((d) => {
      d.quotes[0]!.text = " ";
      d.quotes[1]!.text = Array.from({ length: 26 }, (_, i) => `w${i}`).join(" ");
    });
    expect(issues).toContainEqual(
      expect.stringMatching(/quotes\.ts: quotes\[0\] "q-finland" › text: must not be empty/),
    );
    const long = problems(
      (d) => (d.quotes[1]!.text = Array.from({ length: 26 }, (_, i) => `w${i}`).join(" ")),
    );
    expect(long).toContainEqual(
      expect.stringMatching(/quotes\[1\] "q-storskog" › text: 26 words \(at most 25\)/),
    );
    const both = problems((d) => Object.assign(d.claims[0]!, { range: { min: 1, max: 2 } }));
    expect(both).toContainEqual(
      expect.stringMatching(/claims\[0\] "finland-entered-8314" › value: a number claim needs exactly one/),
    );
  });

  it("gives a version that changes with the claims", () => {
    const a = parseDataset(filesOf(miniDataset()));
    const changed = miniDataset();
    changed.claims[0]!.value = 8315;
    expect(datasetVersion(a)).toBe(datasetVersion(parseDataset(filesOf(miniDataset()))));
    expect(datasetVersion(parseDataset(filesOf(changed)))).not.toBe(datasetVersion(a));
  });
});
