/** "According to the article, how many …?" — the claim's figure among three wrong ones. */
import { numberFigures } from "../distractors";
import { figureKey } from "../figures";
import { itemBlocks, type Candidate, type QuizData } from "../quiz-types";

export function howManyCandidates(d: QuizData): Candidate[] {
  const figures = numberFigures(d.claims);
  return d.claims.flatMap((claim): Candidate[] => {
    const f = figures.get(claim.id);
    if (claim.kind !== "number" || !claim.quiz?.howMany || !f) return [];
    const blocks = itemBlocks(d, claim);
    return [
      {
        kind: "how-many",
        blocks,
        units: [`claim:${claim.id}`],
        keys: [`figure:${claim.id}`],
        build: (random) => ({
          blocks,
          question: {
            id: `how-many:${claim.id}`,
            kind: "how-many",
            subject: { type: "claim", id: claim.id },
            options: random.shuffle([f.answer, ...f.distractors]).map(figureKey),
            correct: figureKey(f.answer),
            quoteIds: claim.quoteIds,
            step: claim.step,
          },
        }),
      },
    ];
  });
}
