/**
 * "On which day …?" The options are drawn for each question from the days the article dates (the
 * single days and the ends of ranges, from the first day asked about on), in random order, so neither the set nor the order of the days
 * points to the answer. A day another question of the quiz names is never offered, and the answer's
 * day must not be named elsewhere: a student could rule days in or out (`questionKeys`). Two such
 * questions never share a day, so the last is not solved by elimination.
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
  // From the first day asked about on: an earlier day (the 1st, a range's start) would be a day that
  // is never the answer, and the only one written with one digit.
  const first = days.map((e) => periodBounds(e.period).from).sort()[0] ?? "";
  const dates = [
    ...new Set(
      d.timeline.flatMap((e) => {
        const { from, to } = periodBounds(e.period);
        return [from, to];
      }),
    ),
  ]
    .filter((x) => x >= first)
    .sort();
  return days.flatMap((event): Candidate[] => {
    const claim = d.claims.find((c) => c.id === event.claimIds[0]);
    if (!event.question || !claim) return [];
    const correct = periodBounds(event.period).from;
    const blocks = eventBlocks(d, event);
    return [
      {
        kind: "when",
        blocks,
        units: [`event:${event.id}`],
        build: (random, taken) => {
          const free = (x: string) => !taken.has(`mention:date:${x}`) && !taken.has(`key:date:${x}`);
          if (!free(correct)) return null;
          const others = random.shuffle(dates.filter((x) => x !== correct && free(x))).slice(0, 3);
          if (others.length < 3) return null;
          return {
            blocks,
            question: {
              id: `when:${event.id}`,
              kind: "when",
              subject: { type: "event", id: event.id },
              options: random.shuffle([correct, ...others]),
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
