/**
 * "Does the article say this?" — the claim as the article gives it ("says so"), a version the
 * article contradicts ("says otherwise": a figure whose interval does not overlap the article's, or
 * a text claim's authored contradicted version), or a not-stated item ("doesn't say"). Only claims
 * that have a contradicted version are asked, each shown either way with even odds, so the three
 * answers are keys about equally often and the form of a statement does not give its answer away.
 */
import { numberFigures } from "../distractors";
import { itemBlocks, saysOptions, type Candidate, type QuizData } from "../quiz-types";

export function saysCandidates(d: QuizData): Candidate[] {
  const figures = numberFigures(d.claims);
  const out: Candidate[] = [];
  for (const claim of d.claims) {
    const wrong = figures.get(claim.id)?.distractors;
    if (!wrong && !claim.contradicted) continue;
    const blocks = itemBlocks(d, claim);
    out.push({
      kind: "says",
      blocks,
      units: [`claim:${claim.id}`],
      keys: [`figure:${claim.id}`],
      build: (random) => {
        const common = {
          kind: "says" as const,
          subject: { type: "claim" as const, id: claim.id },
          options: [...saysOptions],
          quoteIds: claim.quoteIds,
          step: claim.step,
        };
        const altered = random.next() < 0.5;
        const question = !altered
          ? { id: `says:${claim.id}`, correct: "says", ...common }
          : wrong
            ? { id: `says:${claim.id}:altered`, correct: "otherwise", altered: random.pick(wrong), ...common }
            : {
                id: `says:${claim.id}:altered`,
                correct: "otherwise",
                contradicted: true as const,
                ...common,
              };
        return { blocks, question };
      },
    });
  }
  for (const item of d.notStated) {
    const blocks = itemBlocks(d, item);
    out.push({
      kind: "says",
      blocks,
      units: [`ns:${item.id}`],
      keys: [],
      build: () => ({
        blocks,
        question: {
          id: `says:not-stated:${item.id}`,
          kind: "says",
          subject: { type: "not-stated", id: item.id },
          options: [...saysOptions],
          correct: "not-said",
          quoteIds: item.quoteIds,
          step: item.step,
        },
      }),
    });
  }
  return out;
}
