import { describe, expect, it } from "vitest";
import { catchUpFrom, countsDelay, formatFrame, streamPreamble } from "./sse";

describe("SSE framing", () => {
  it("writes retry and a comment first, then frames with id, event and one data line", () => {
    expect(streamPreamble(2000)).toBe("retry: 2000\n: live\n\n");
    expect(formatFrame({ id: 7, event: "step", data: { step: 1, text: "a\nb" } })).toBe(
      'id: 7\nevent: step\ndata: {"step":1,"text":"a\\nb"}\n\n',
    );
    expect(formatFrame({ event: "counts", data: {} })).toBe("event: counts\ndata: {}\n\n");
  });
});

describe("catchUpFrom", () => {
  it("replays after a seq in the log", () => {
    expect(catchUpFrom("5", 9, 100)).toEqual({ kind: "replay", after: 5 });
    expect(catchUpFrom("9", 9, 100)).toEqual({ kind: "replay", after: 9 });
    expect(catchUpFrom("0", 9, 100)).toEqual({ kind: "replay", after: 0 });
  });
  it("treats absent, garbage, ahead-of-log and far-behind as a new client", () => {
    for (const since of [null, undefined, "", "abc", "-1", "1e3", "5.5", "10", "99999999999999999"])
      expect(catchUpFrom(since, 9, 100)).toEqual({ kind: "snapshot" });
    expect(catchUpFrom("1", 500, 100)).toEqual({ kind: "snapshot" });
  });
});

describe("countsDelay", () => {
  it("sends the first at once, then at most one per interval", () => {
    expect(countsDelay(1000, null, 200)).toBe(0);
    expect(countsDelay(1050, 1000, 200)).toBe(150);
    expect(countsDelay(1300, 1000, 200)).toBe(0);
  });
});
