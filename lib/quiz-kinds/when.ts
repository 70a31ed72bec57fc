/**
 * "On which day …?" The options are the days of the single-day events, so every such question
 * shares them; a quiz holds at most `WHEN_MAX` of them, or the last would be solved by elimination.
 */
import { periodBounds } from "../periods";
import { itemBlocks, type Candidate, type QuizData } from "../quiz-types";

export const WHEN_MAX = 2;

/** What an event uses up: itself, and everything each of its claims does. */
export function eventBlocks(d: QuizData, event: QuizData["timeline"][number]): string[] {
  const claims = d.claims.filter((c) => event.claimIds.includes(c.id));
  return [...new Set([`event:${event.id}`, ...claims.flatMap((c) => itemBlocks(d, c))])];
}

export function whenCandidates(d: QuizData): Candidate[] {
  const days = d.timeline.filter((e) => e.period.kind === "day");
  const dates = [...new Set(days.map((e) => periodBounds(e.period).from))].sort();
  return days.flatMap((event): Candidate[] => {
    const claim = d.claims.find((c) => c.id === event.claimIds[0]);
    if (!event.question || !claim) return [];
    const correct = periodBounds(event.period).from;
    const blocks = eventBlocks(d, event);
    return [
      {
        kind: "when",
        blocks,
        build: (random) => {
          const others = random.shuffle(dates.filter((x) => x !== correct)).slice(0, 3);
          if (others.length < 3) return null;
          return {
            blocks,
            question: {
              id: `when:${event.id}`,
              kind: "when",
              subject: { type: "event", id: event.id },
              options: [correct, ...others].sort(),
              correct,
              quoteIds: event.quoteIds,
              step: claim.step,
            },
          };
        },
      },
    ];
  });
}
