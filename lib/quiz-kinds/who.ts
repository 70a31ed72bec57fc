/**
 * "Who does the article say reported this?" Options are labelled without their country (the stem
 * names it), so the answer is never the one option naming the stem's country. A wrong answer comes
 * from the stem's country where there is one; no two options are of one topic (near-synonyms); a
 * source the article ties to the figure is never a wrong answer; a source that was the answer to an
 * earlier question is not offered again.
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

export function whoCandidates(d: QuizData): Candidate[] {
  const topic = new Map(d.authorities.map((a) => [a.id, a.topic]));
  const source = sourceLookup(d);
  const asked: { key: string; quotes: readonly string[] }[] = [];
  return d.claims.flatMap((claim): Candidate[] => {
    const { attribution, authorityId } = source.claim(claim);
    // "By context" leaves two defensible answers, and a vague source is no answer to "who?".
    if (claim.kind !== "number" || (attribution !== "named" && attribution !== "nobody")) return [];
    const key = authorityId ?? NOBODY;
    // Figures from one sentence of one source (they cite a span in common) make one question, not
    // three of the same answer.
    if (asked.some((a) => a.key === key && a.quotes.some((id) => claim.quoteIds.includes(id)))) return [];
    asked.push({ key, quotes: claim.quoteIds });
    const defensible = new Set([key, ...(claim.sources ?? [])]);
    const countries = stemCountries(d, claim);
    const pool = d.authorities.filter(
      (a) => a.countryId !== null && a.kind !== "person" && a.topic !== "data" && !defensible.has(a.id),
    );
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
    return [
      {
        kind: "who",
        blocks,
        units: [`claim:${claim.id}`],
        keys: key === NOBODY ? [] : [`name:${key}`],
        build: (random, taken) => {
          const fixed = claim.quiz?.whoOptions;
          if (fixed) {
            const options = random.shuffle([key, ...fixed, ...(key === NOBODY ? [] : [NOBODY])]);
            return { blocks, question: question(options) };
          }
          const open = pool.filter((a) => !taken.has(`who-key:${a.id}`));
          // Options that echo the statement's words come all together or not at all: when the answer
          // echoes it, so do the wrong sources where any can; when it does not, none does.
          const echo = new Set(d.mentions?.[`claim:${claim.id}`] ?? []);
          const echoKey = echo.has(`echo:${key}`);
          const fit = (a: { id: string }) => (echo.has(`echo:${a.id}`) === echoKey ? 0 : 1);
          const near = random.shuffle(open.filter((a) => countries.includes(a.countryId!)));
          const far = random.shuffle(open.filter((a) => !countries.includes(a.countryId!)));
          const ranked = [...near, ...far].sort((a, b) => fit(a) - fit(b));
          const topics = new Set(key === NOBODY ? [] : [topic.get(key)]);
          const wrong: string[] = [];
          for (const a of ranked) {
            if (wrong.length === (key === NOBODY ? 3 : 2)) break;
            if (topics.has(a.topic)) continue;
            topics.add(a.topic);
            wrong.push(a.id);
          }
          if (wrong.length < (key === NOBODY ? 3 : 2)) return null;
          const options = random.shuffle([key, ...wrong, ...(key === NOBODY ? [] : [NOBODY])]);
          return { blocks, question: question(options) };
        },
      },
    ];
  });
}
