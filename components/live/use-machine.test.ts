import { describe, expect, it, vi } from "vitest";
import { createMachineStore } from "./use-machine";

type Event = { type: "add"; n: number } | { type: "added"; total: number };

describe("a machine store", () => {
  it("runs each event once, tells listeners of a new state, then performs its effects, which may answer", () => {
    const seen: string[] = [];
    const store = createMachineStore<number, Event, { type: "report"; total: number }>(
      {
        reduce: (total, event) =>
          event.type === "add"
            ? { state: total + event.n, effects: [{ type: "report", total: total + event.n }] }
            : { state: total, effects: [] },
        perform: (effect, dispatch) => {
          seen.push(`perform ${effect.total}, state ${store.get()}`);
          dispatch({ type: "added", total: effect.total });
        },
      },
      0,
    );
    const listener = vi.fn(() => seen.push(`render ${store.get()}`));
    const stop = store.subscribe(listener);
    store.dispatch({ type: "add", n: 2 });
    expect(seen).toEqual(["render 2", "perform 2, state 2"]);
    // An event that changes nothing renders nothing.
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    store.dispatch({ type: "add", n: 3 });
    expect(store.get()).toBe(5);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
