import { describe, expect, it } from "vitest";
import { findClaimRefs, readStepMeta } from "./step-source";

describe("reading MDX steps", () => {
  it("reads meta", () => {
    const src = 'export const meta = { title: "The order", summary: "What was announced." };\n\nText';
    expect(readStepMeta(src, "x.mdx")).toEqual({ title: "The order", summary: "What was announced." });
  });
  it("names the file and field of a bad meta", () => {
    expect(() =>
      readStepMeta('export const meta = { title: "" , summary: "s" };', "content/steps/a/en.mdx"),
    ).toThrow(/content\/steps\/a\/en\.mdx: meta\.title/);
    expect(() => readStepMeta("no meta", "f.mdx")).toThrow(/f\.mdx: meta: missing/);
  });
  it("finds claim references with their line", () => {
    const refs = findClaimRefs('a\n<Claim id="x-1" />\nb <Claim id="y" figure /> c');
    expect(refs).toEqual([
      { id: "x-1", figure: false, line: 2 },
      { id: "y", figure: true, line: 3 },
    ]);
  });
});
