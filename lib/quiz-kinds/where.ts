/**
 * "Which country …?" Options are destinations only (never Russia or Ukraine), never a place the
 * stem names, and never the answer of an earlier "which country?" question in the quiz.
 */
import { itemBlocks, type Candidate, type QuizData } from "../quiz-types";
import { stemCountries } from "./who";

export function whereCandidates(d: QuizData): Candidate[] {
  const destinations = d.places
    .filter((p) => p.kind === "country" && p.role === "destination")
    .map((p) => p.id);
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
          const wrong = random.shuffle(pool.filter(free)).slice(0, 3);
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
