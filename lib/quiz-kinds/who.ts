/**
 * "Who does the article say reported this?" Options are labelled without their country (the stem
 * names it), so the answer is never the one option naming the stem's country. A wrong answer comes
 * from the stem's country where there is one; no two options are of one topic (near-synonyms); a
 * source the article ties to the figure is never a wrong answer; a source that was the answer to an
 * earlier question is not offered again. Options that echo the statement's words come all together
 * or not at all, as far as the stem's country allows.
 *
 * A class that shares its quizzes learns each option's record (issue 28: with wrong answers fixed
 * per claim, Tokayev, Peskov and the Kremlin were offered and never the answer, and the border
 * guard's website was never offered but as the answer). So the wrong answers are the sources that
 * some item has as its answer, drawn by weights that the generator calibrates (`optionWeights` in
 * `lib/quiz.ts`) so that they are offered about equally, while the items' weights give each source
 * a share of the answers in proportion to how often it is offered: offered, each is the answer
 * about a quarter of the time, whatever its length or wording. A source that is no item's answer is
 * offered only where the rules leave no other choice, and then one that the claim's readers accepted
 * (`quiz.whoOptions`) where there is one.
 */
import { sourceLookup } from "../attribution";
import {
  itemBlocks,
  NOBODY,
  type Candidate,
  type Question,
  type QuizClaim,
  type QuizData,
} from "../quiz-types";

/** Countries a claim's texts name: where its figure is, and what its stems mention. */
export function stemCountries(d: QuizData, claim: QuizClaim): string[] {
  const countries = new Set(d.places.filter((p) => p.kind === "country").map((p) => p.id));
  const named = [
    ...(claim.kind === "number" && claim.placeId ? [claim.placeId] : []),
    ...(claim.kind === "place" ? claim.placeIds : []),
    ...(claim.namesPlaces ?? []),
  ];
  return named.filter((id) => countries.has(id));
}

/** Every `k`-set of `items`, in order. */
function sets<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  return items.flatMap((x, i) => sets(items.slice(i + 1), k - 1).map((rest) => [x, ...rest]));
}

/** The smallest of a list by a tuple of numbers, compared left to right; all that tie. */
function least<T>(items: readonly T[], rank: (x: T) => number[]): T[] {
  const ranked = items.map((x) => [x, rank(x)] as const);
  const better = (a: number[], b: number[]) => a.findIndex((v, i) => v !== b[i]);
  let best = ranked[0]?.[1] ?? [];
  for (const [, r] of ranked) {
    const i = better(r, best);
    if (i >= 0 && r[i]! < best[i]!) best = r;
  }
  return ranked.filter(([, r]) => better(r, best) < 0).map(([x]) => x);
}

export function whoCandidates(d: QuizData): Candidate[] {
  const byId = new Map(d.authorities.map((a) => [a.id, a]));
  const source = sourceLookup(d);
  const asked: { claim: QuizClaim; key: string; quotes: readonly string[] }[] = [];
  for (const claim of d.claims) {
    const { attribution, authorityId } = source.claim(claim);
    // "By context" leaves two defensible answers, and a vague source is no answer to "who?".
    if (claim.kind !== "number" || (attribution !== "named" && attribution !== "nobody")) continue;
    const key = authorityId ?? NOBODY;
    // Figures from one sentence of one source (they cite a span in common) make one question, not
    // three of the same answer.
    if (asked.some((a) => a.key === key && a.quotes.some((id) => claim.quoteIds.includes(id)))) continue;
    asked.push({ claim, key, quotes: claim.quoteIds });
  }
  const answers = new Set(asked.map((a) => a.key));
  return asked.map(({ claim, key }): Candidate => {
    const defensible = new Set([key, ...(claim.sources ?? [])]);
    const accepted = new Set(claim.quiz?.whoOptions ?? []);
    const countries = stemCountries(d, claim);
    const pool = d.authorities.filter(
      (a) => a.countryId !== null && a.kind !== "person" && a.topic !== "data" && !defensible.has(a.id),
    );
    const near = (id: string) => countries.includes(byId.get(id)!.countryId!);
    const canBeNear = pool.some((a) => near(a.id));
    const echo = new Set(d.mentions?.[`claim:${claim.id}`] ?? []);
    const echoKey = echo.has(`echo:${key}`);
    const keyTopic = byId.get(key)?.topic;
    const n = key === NOBODY ? 3 : 2;
    const blocks = [...itemBlocks(d, claim), `who-key:${key}`];
    const question = (options: string[]): Question => ({
      id: `who:${claim.id}`,
      kind: "who",
      subject: { type: "claim", id: claim.id },
      options,
      correct: key,
      quoteIds: claim.quoteIds,
      step: claim.step,
    });
    return {
      kind: "who",
      blocks,
      units: [`claim:${claim.id}`],
      keys: key === NOBODY ? [] : [`name:${key}`],
      answer: key,
      build: (random, taken, weigh = () => 1) => {
        // Offered, a source is named: not the answer of another question, nor what its label names.
        const open = pool
          .filter(
            (a) =>
              !taken.has(`who-key:${a.id}`) &&
              (d.mentions?.[`who:${a.id}`] ?? []).every((m) => !taken.has(`key:${m}`)),
          )
          .map((a) => a.id);
        const fit = sets(open, n).filter((s) => {
          const topics = new Set([...(keyTopic ? [keyTopic] : []), ...s.map((id) => byId.get(id)!.topic)]);
          return topics.size === s.length + (keyTopic ? 1 : 0);
        });
        // A wrong answer from the stem's country first, then the echo rule, then as few sources that
        // are no item's answer as can be, and of those the ones the claim's readers accepted; among
        // the sets left, a draw by the calibrated weights.
        const best = least(fit, (s) => [
          canBeNear && !s.some(near) ? 1 : 0,
          s.filter((id) => echo.has(`echo:${id}`) !== echoKey).length,
          s.filter((id) => !answers.has(id)).length,
          s.filter((id) => !answers.has(id) && !accepted.has(id)).length,
        ]);
        if (best.length === 0) return null;
        const weight = (s: string[]) => s.reduce((w, id) => w * weigh(id), 1);
        let r = random.next() * best.reduce((sum, s) => sum + weight(s), 0);
        const wrong = best.find((s) => (r -= weight(s)) < 0) ?? best[best.length - 1]!;
        const options = random.shuffle([key, ...wrong, ...(key === NOBODY ? [] : [NOBODY])]);
        return { blocks, question: question(options) };
      },
    };
  });
}
