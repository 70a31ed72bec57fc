import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AssignmentService } from "./assignment-service";
import type { AssignmentRow, AssignmentStore } from "./assignment-store";
import { newId } from "./keys";
import type { LiveLimits } from "./limits";
import type { LiveNotifier } from "./notifier";
import type { LiveStore, SessionRow } from "./store";

const HOUR = 3_600_000;

/** One assignment in memory: the store's `closed` event is emitted once, when its close time passed. */
function fixture(closesInMs: number) {
  const row = {
    id: newId(),
    closesAt: new Date(Date.now() + closesInMs),
    closedEventAt: null,
    lastSeq: 3,
  } as AssignmentRow;
  const store = {
    get: async () => row,
    emitDueClosed: async (now: Date) => {
      if (row.closedEventAt || row.closesAt > now) return [];
      row.closedEventAt = now;
      row.lastSeq++;
      return [{ sessionId: row.id, event: { seq: row.lastSeq, type: "closed", payload: {} } }];
    },
  } as unknown as AssignmentStore;
  const live = { getSession: async () => ({ id: row.id }) as SessionRow } as unknown as LiveStore;
  const published: number[] = [];
  const notifier = { publish: async (_id: string, seq: number) => void published.push(seq) } as LiveNotifier;
  const service = new AssignmentService(live, store, notifier, {} as LiveLimits, {
    maxParticipants: 500,
    retentionDays: 14,
  });
  return { row, service, published };
}

// The `closed` event at closes-at for pages with an open stream, without waiting for the sweep or a
// request (tests against `next start` close with "close now": here the clock is moved instead).
describe("AssignmentService's close timer", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] }));
  afterEach(() => vi.useRealTimers());

  it("emits closed once at closes-at, not before", async () => {
    const { row, service, published } = fixture(HOUR);
    await service.streamed(row.id);
    await service.streamed(row.id);
    await vi.advanceTimersByTimeAsync(HOUR - 1000);
    expect(published).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(published).toEqual([4]);
    await vi.advanceTimersByTimeAsync(10 * HOUR);
    expect(published).toEqual([4]);
  });

  it("follows a close time moved meanwhile (extended on another instance)", async () => {
    const { row, service, published } = fixture(HOUR);
    await service.streamed(row.id);
    row.closesAt = new Date(row.closesAt.getTime() + 2 * HOUR);
    await vi.advanceTimersByTimeAsync(HOUR + 1000);
    expect(published).toEqual([]);
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(published).toEqual([4]);
  });

  it("emits at once for an assignment already past its close time", async () => {
    const { row, service, published } = fixture(-1000);
    await service.streamed(row.id);
    expect(published).toEqual([4]);
  });
});
