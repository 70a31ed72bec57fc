import { describe, expect, it } from "vitest";
import { Coalescer } from "./coalesce";

describe("Coalescer", () => {
  it("shares one read between the calls that arrive before it starts", async () => {
    const c = new Coalescer<number>();
    let reads = 0;
    const read = async () => ++reads;
    const results = await Promise.all([c.run("a", read), c.run("a", read), c.run("a", read)]);
    expect(results).toEqual([1, 1, 1]);
    expect(reads).toBe(1);
    expect(c.size).toBe(0);
  });

  it("keeps keys apart", async () => {
    const c = new Coalescer<string>();
    const seen: string[] = [];
    const read = (k: string) => async () => (seen.push(k), k);
    expect(await Promise.all([c.run("a", read("a")), c.run("b", read("b"))])).toEqual(["a", "b"]);
    expect(seen.sort()).toEqual(["a", "b"]);
  });

  it("never hands a caller a read that started before its call", async () => {
    const c = new Coalescer<number>();
    let value = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // The first read starts, then waits; a write happens; a second caller must not join the first.
    const first = c.run("k", async () => {
      const seen = value;
      await gate;
      return seen;
    });
    await new Promise((r) => setImmediate(r));
    value = 1;
    const second = c.run("k", async () => value);
    release();
    expect(await first).toBe(0);
    expect(await second).toBe(1);
  });

  it("passes a failure to every caller of that read, and the next read is new", async () => {
    const c = new Coalescer<number>();
    const failing = async (): Promise<number> => {
      throw new Error("gone");
    };
    const calls = [c.run("k", failing), c.run("k", failing)];
    for (const call of calls) await expect(call).rejects.toThrow("gone");
    expect(await c.run("k", async () => 2)).toBe(2);
  });
});
