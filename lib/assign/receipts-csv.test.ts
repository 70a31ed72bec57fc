import { describe, expect, it } from "vitest";
import { receiptsCsv } from "./receipts-csv";

describe("receipts CSV", () => {
  it("has one row per receipt with its score, hand-in times in the teacher's zone", () => {
    const csv = receiptsCsv({
      receipts: [{ receipt: "K9Z102", handedInAt: "2026-12-11T13:00:00Z", score: 4 }],
      count: 5,
      zoneOffset: 300,
      locale: "en-GB",
      labels: { csvReceipt: "Receipt", csvHandedIn: "Handed in", csvScore: "Score" },
      separator: ";",
    });
    expect(csv).toBe("\uFEFFReceipt;Handed in;Score\r\nK9Z102;11/12/2026, 18:00;4/5\r\n");
  });
});
