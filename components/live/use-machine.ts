import { useState, useSyncExternalStore } from "react";

/**
 * A screen's pure state machine (lib/live/phone-state.ts, lib/live/host-screen.ts) wired to React:
 * `reduce` decides, `perform` carries out the effects it asks for (requests, storage, navigation)
 * and may dispatch events back, now or later. The store runs each event once, in order, and always
 * holds the latest state, so callbacks and stream readers read it without waiting for a render.
 */
export interface Machine<S, E, F> {
  reduce: (state: S, event: E) => { state: S; effects: F[] };
  perform: (effect: F, dispatch: (event: E) => void) => void;
}

export interface MachineStore<S, E> {
  get: () => S;
  dispatch: (event: E) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createMachineStore<S, E, F>(machine: Machine<S, E, F>, initial: S): MachineStore<S, E> {
  let state = initial;
  const listeners = new Set<() => void>();
  const dispatch = (event: E) => {
    const step = machine.reduce(state, event);
    if (step.state !== state) {
      state = step.state;
      for (const listener of listeners) listener();
    }
    for (const effect of step.effects) machine.perform(effect, dispatch);
  };
  return {
    get: () => state,
    dispatch,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The machine made once for this component (`create` runs on the first render only, so whatever
 * `perform` uses must not change: the router, the page's locale), its state, and its `dispatch`.
 */
export function useMachine<S, E>(create: () => MachineStore<S, E>) {
  const [store] = useState(create);
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  return { state, dispatch: store.dispatch, latest: store.get };
}
