/**
 * "Which country …?" Options are destinations only (never Russia or Ukraine), never a place the
 * stem names, and never the answer of an earlier "which country?" question in the quiz.
 * A class that shares its quizzes learns each place's record: how often it is offered, and how often
 * it is then the answer (issue 28: Kazakhstan, named by many other texts and so seldom free to be
 * offered, was the answer 60% of the times it was offered). So the places that some item has as its
 * answer are drawn as wrong answers by weights that the generator calibrates (`optionWeights` in
 * `lib/quiz.ts`, averaging 1) toward even offers, while the items' weights give each place a share
 * of the answers in proportion to how often it is offered: offered, each is then the answer about
 * equally often. The places no item has as its answer are drawn with weight `OTHERS`.
 */
import type { Random } from "../random";
import { itemBlocks, type Candidate, type QuizData } from "../quiz-types";
import { stemCountries } from "./who";

/**
 * The weight of a place that no item has as its answer. A class learns that such a place is never
 * the answer, so each one offered leaves one option fewer to guess from; but every place offered
 * may not be named by another question of the quiz, and the answer places are named by most other
 * texts, so a long quiz with a "which country?" question offering only those is often not
 * fillable. Measured (seeds 1–2,000 × lengths 5–20, issue 28), "most often the answer when
 * offered" vs "which country?" questions per 20-question quiz: at 0 (only where too few answer
 * places are free) 35.9% / 0.37; at 0.1, 44.4% / 0.45; at 0.25, 48.2% / 0.51; at 0.5, 51.7% / 0.54
 * (main: 59.5% / 0.51 with 0.5 and uncalibrated weights).
 */
const OTHERS = 0.1;

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
        answer: key,
        build: (random, taken, weigh = () => 1) => {
          const free = (p: string) =>
            !taken.has(`where-key:${p}`) && !taken.has(`mention:place:${p}`) && !taken.has(`key:place:${p}`);
          if (!free(key)) return null;
          const wrong = weightedSample(
            random,
            pool.filter(free),
            (p) => (answers.has(p) ? weigh(p) : OTHERS),
            3,
          );
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
