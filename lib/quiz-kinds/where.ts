/**
 * "Which country …?" Options are destinations only (never Russia or Ukraine), never a place the
 * stem names, and never the answer of an earlier "which country?" question in the quiz.
 * Places that some item has as its answer are drawn as wrong answers with weight 1, places that
 * never are with weight 0.5 (issue 28: drawn evenly, the never-answers filled most questions, and
 * Kazakhstan, named by many other texts and so seldom free to be offered, was the answer 59–75% of
 * the times it was offered). Not lower: every place a "which country?" question offers may not be
 * named by another question of the quiz, and the answer places are named by most "how many?"
 * stems, so at 0.25 too few of those fit (class code 4242 at 10 questions: 3 kinds). At 0.7 the
 * audit's how-many "longest option" went to 30.5% (the small pools' uses shift with every change).
 */
import type { Random } from "../random";
import { itemBlocks, type Candidate, type QuizData } from "../quiz-types";
import { stemCountries } from "./who";

/** `n` of `items` without repeats, each drawn in proportion to its weight. */
function weightedSample(random: Random, items: string[], weight: (x: string) => number, n: number) {
  const left = random.shuffle(items);
  const out: string[] = [];
  while (out.length < n && left.length > 0) {
    const total = left.reduce((s, x) => s + weight(x), 0);
    let r = random.next() * total;
    const i = left.findIndex((x) => (r -= weight(x)) < 0);
    out.push(...left.splice(i < 0 ? left.length - 1 : i, 1));
  }
  return out;
}

export function whereCandidates(d: QuizData): Candidate[] {
  const destinations = d.places
    .filter((p) => p.kind === "country" && p.role === "destination")
    .map((p) => p.id);
  const answers = new Set(d.claims.map((c) => c.quiz?.where?.placeId));
  const weight = (p: string) => (answers.has(p) ? 1 : 0.5);
  return d.claims.flatMap((claim): Candidate[] => {
    const key = claim.quiz?.where?.placeId;
    if (!key || !destinations.includes(key)) return [];
    const named = new Set([key, ...stemCountries(d, claim)]);
    const pool = destinations.filter((p) => !named.has(p));
    const blocks = [...itemBlocks(d, claim), `where-key:${key}`];
    return [
      {
        kind: "where",
        blocks,
        units: [`claim:${claim.id}`],
        keys: [`place:${key}`],
        build: (random, taken) => {
          const free = (p: string) =>
            !taken.has(`where-key:${p}`) && !taken.has(`mention:place:${p}`) && !taken.has(`key:place:${p}`);
          if (!free(key)) return null;
          const wrong = weightedSample(random, pool.filter(free), weight, 3);
          if (wrong.length < 3) return null;
          return {
            blocks,
            question: {
              id: `where:${claim.id}`,
              kind: "where",
              subject: { type: "claim", id: claim.id },
              options: random.shuffle([key, ...wrong]),
              correct: key,
              quoteIds: claim.quoteIds,
              step: claim.step,
            },
          };
        },
      },
    ];
  });
}
