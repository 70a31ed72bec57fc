import { describe, expect, it } from "vitest";
import { Coalescer } from "./coalesce";
import { ORDINARY_AHEAD, StatementGate } from "./pglite";
import { asUrgent, isUrgent } from "./priority";

const tick = () => new Promise((r) => setImmediate(r));

describe("urgent work (PGlite's statement gate)", () => {
  it("lets a few ordinary statements in and holds the rest; urgent ones pass them", async () => {
    const gate = new StatementGate();
    const order: string[] = [];
    let open!: () => void;
    const blocked = new Promise<void>((r) => (open = r));
    const ordinary = Array.from({ length: ORDINARY_AHEAD + 3 }, (_, i) =>
      gate.run(async () => {
        await blocked;
        order.push(`answer ${i}`);
      }),
    );
    await tick();
    expect(gate.held).toBe(3);
    const urgent = asUrgent(() => gate.run(async () => void order.push("stream")));
    await urgent;
    expect(order).toEqual(["stream"]);
    open();
    await Promise.all(ordinary);
    // The held ones run in the order they came, after those let in.
    expect(order.slice(1)).toEqual(Array.from({ length: ORDINARY_AHEAD + 3 }, (_, i) => `answer ${i}`));
    expect(gate.held).toBe(0);
  });

  it("gives a held statement its place when one before it fails", async () => {
    const gate = new StatementGate();
    const failing = Array.from({ length: ORDINARY_AHEAD }, () =>
      gate.run(async () => {
        await tick();
        throw new Error("statement failed");
      }),
    );
    const after = gate.run(async () => "ran");
    for (const f of failing) await expect(f).rejects.toThrow("statement failed");
    expect(await after).toBe("ran");
  });

  it("keeps the mark across awaits, and a joined read is as urgent as its most urgent caller", async () => {
    expect(isUrgent()).toBe(false);
    expect(await asUrgent(async () => (await tick(), isUrgent()))).toBe(true);
    const reads = new Coalescer<boolean>();
    const read = async () => isUrgent();
    const [ordinary, urgent] = await Promise.all([
      reads.run("s", read),
      asUrgent(() => reads.run("s", read)),
    ]);
    expect([ordinary, urgent]).toEqual([true, true]);
    expect(await reads.run("s", read)).toBe(false);
  });
});
