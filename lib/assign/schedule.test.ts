import { describe, expect, it } from "vitest";
import { closesAtProblem, formatWallTime, offsetName, timeLeft } from "./schedule";

const now = new Date("2026-12-07T10:00:00Z");
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

describe("closes at", () => {
  it("is 1 hour to 14 days ahead", () => {
    expect(closesAtProblem(hours(1), now)).toBeNull();
    expect(closesAtProblem(hours(14 * 24), now)).toBeNull();
    expect(closesAtProblem(hours(0.5), now)).toBe("too-soon");
    expect(closesAtProblem(hours(-1), now)).toBe("too-soon");
    expect(closesAtProblem(hours(14 * 24 + 1), now)).toBe("too-late");
    expect(closesAtProblem(new Date("nope"), now)).toBe("not-a-date");
  });

  it("is shown at the teacher's offset whatever the reader's zone data", () => {
    // Friday 18:00 in Almaty (UTC+5 since March 2024) is 13:00 UTC.
    const friday = new Date("2026-12-11T13:00:00Z");
    const opts = { weekday: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
    expect(formatWallTime(friday, 300, "en", opts)).toBe("Friday 18:00");
    expect(formatWallTime(friday, 300, "ru", opts)).toBe("пятница 18:00");
    expect(offsetName(300)).toBe("UTC+5");
    expect(offsetName(-210)).toBe("UTC−3:30");
    expect(offsetName(0)).toBe("UTC");
  });

  it("says how long is left", () => {
    expect(timeLeft(hours(51.5), now)).toEqual({ days: 2, hours: 3, minutes: 30 });
    expect(timeLeft(hours(-2), now)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
});
