/**
 * "Put these events in order." Only events whose dates are pairwise disjoint can be ordered (21–25
 * September cannot be put before or after Sunday the 25th); three or four of them.
 */
import { pairwiseDisjoint, periodBounds } from "../periods";
import type { Candidate, QuizData } from "../quiz-types";
import { eventBlocks } from "./when";

type Event = QuizData["timeline"][number];

/** Every set of three or four events that can be put in order. */
export function orderableSets(events: readonly Event[]): Event[][] {
  const out: Event[][] = [];
  const grow = (from: number, set: Event[]) => {
    if (set.length >= 3) out.push(set);
    if (set.length === 4) return;
    for (let i = from; i < events.length; i++) {
      const next = [...set, events[i]!];
      if (pairwiseDisjoint(next.map((e) => e.period))) grow(i + 1, next);
    }
  };
  grow(0, []);
  return out;
}

export function orderCandidates(d: QuizData): Candidate[] {
  const sets = orderableSets(d.timeline).map((events) => ({
    events,
    blocks: [...new Set(events.flatMap((e) => eventBlocks(d, e)))],
  }));
  if (sets.length === 0) return [];
  return [
    {
      kind: "order",
      blocks: [],
      build: (random, taken) => {
        const open = sets.filter((s) => s.blocks.every((b) => !taken.has(b)));
        if (open.length === 0) return null;
        const { events, blocks } = random.pick(open);
        const sorted = [...events].sort((a, b) =>
          periodBounds(a.period).from.localeCompare(periodBounds(b.period).from),
        );
        // Any order, the right one included: ruling one out would leave fewer to guess from.
        const shown = random.shuffle(events);
        const first = d.claims.find((c) => c.id === sorted[0]!.claimIds[0])!;
        return {
          blocks,
          question: {
            id: `order:${sorted.map((e) => e.id).join("+")}`,
            kind: "order",
            subject: { type: "events", ids: sorted.map((e) => e.id) },
            options: shown.map((e) => e.id),
            correct: sorted.map((e) => e.id).join(","),
            quoteIds: [...new Set(sorted.flatMap((e) => e.quoteIds))],
            step: first.step,
          },
        };
      },
    },
  ];
}
