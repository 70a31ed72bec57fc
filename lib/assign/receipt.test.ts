import { describe, expect, it } from "vitest";
import { formatReceipt, normalizeReceipt, receiptFromBytes } from "./receipt";

describe("receipts", () => {
  it("are six Crockford characters from the first 30 bits", () => {
    expect(receiptFromBytes(new Uint8Array([0, 0, 0, 0]))).toBe("000000");
    expect(receiptFromBytes(new Uint8Array([255, 255, 255, 255]))).toBe("ZZZZZZ");
    expect(receiptFromBytes(new Uint8Array([0, 0, 0, 4]))).toBe("000001");
    expect(() => receiptFromBytes(new Uint8Array(3))).toThrow(RangeError);
  });

  it("are read back leniently, and refused when they cannot be one", () => {
    expect(normalizeReceipt("abc 1o2")).toBe("ABC102");
    expect(normalizeReceipt("il-0k9z")).toBe("110K9Z");
    expect(normalizeReceipt("k9z-1o2")).toBe("K9Z102");
    for (const bad of ["", "ABC12", "ABC1234", "ABCU12", "ABC!12"])
      expect(normalizeReceipt(bad), bad).toBeNull();
    expect(formatReceipt("K9Z102")).toBe("K9Z 102");
  });
});
