import { describe, expect, it } from "vitest";
import { orderableSets } from "./order";

const event = (
  id: string,
  period: { kind: "day"; date: string } | { kind: "range"; from: string; to: string },
) => ({
  id,
  period,
  claimIds: [id],
  quoteIds: [`q-${id}`],
});

describe("orderable sets", () => {
  it("never put overlapping periods in one question", () => {
    const events = [
      event("window", { kind: "range", from: "2022-09-01", to: "2022-09-24" }),
      event("order", { kind: "day", date: "2022-09-21" }),
      event("mongolia", { kind: "range", from: "2022-09-21", to: "2022-09-25" }),
      event("sunday", { kind: "day", date: "2022-09-25" }),
      event("monday", { kind: "day", date: "2022-09-26" }),
      event("tuesday", { kind: "day", date: "2022-09-27" }),
    ];
    const sets = orderableSets(events).map((s) => s.map((e) => e.id).join("+"));
    expect(sets).toContain("mongolia+monday+tuesday");
    expect(sets).toContain("order+sunday+monday+tuesday");
    for (const s of sets) {
      expect(s.includes("mongolia") && s.includes("sunday")).toBe(false);
      expect(s.includes("window") && s.includes("order")).toBe(false);
    }
  });
});
