import { describe, expect, it } from "vitest";
import { codeKind, formatJoinCode, isJoinCode, joinCodeFrom, normalizeCode } from "./codes";

describe("codes", () => {
  it("tells join codes (8 digits) from class codes (6 digits)", () => {
    expect(codeKind("1234 5678")).toBe("join");
    expect(codeKind("12345678")).toBe("join");
    expect(codeKind("123456")).toBe("class");
    expect(codeKind("1234567")).toBe("invalid");
    expect(codeKind("abcdefgh")).toBe("invalid");
    expect(codeKind("")).toBe("invalid");
  });
  it("normalizes typed separators and formats in two groups", () => {
    expect(normalizeCode("1234-5678")).toBe("12345678");
    expect(formatJoinCode("12345678")).toBe("1234 5678");
    expect(isJoinCode("1234 5678")).toBe(false);
  });
  it("pads a drawn number to 8 digits and refuses out-of-range numbers", () => {
    expect(joinCodeFrom(42)).toBe("00000042");
    expect(joinCodeFrom(99_999_999)).toBe("99999999");
    expect(() => joinCodeFrom(100_000_000)).toThrow(RangeError);
    expect(() => joinCodeFrom(-1)).toThrow(RangeError);
  });
});
