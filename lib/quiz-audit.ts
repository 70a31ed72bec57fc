/**
 * The quiz read as a test-wise student would read it: over every class quiz of seeds × counts,
 * does any surface feature of the options — position, size, length, naming a place the stem names,
 * having been the answer before — point to the answer more often than chance allows? And can a
 * "does the article say this?" answer be guessed from one feature of the statement? Exact, not
 * sampled: every question of every quiz counts, so an item weighs as often as quizzes pick it.
 * `npm run --silent quiz:audit` prints it; `content/quiz-audit.test.ts` holds the limits.
 */
import { figureKey } from "./figures";
import type { Locale } from "./locales";
import { generateQuiz } from "./quiz";
import type { QuizPack } from "./quiz-render";
import {
  NOBODY,
  saysOptions,
  type Question,
  type QuestionKind,
  type QuizData,
  type SaysOption,
} from "./quiz-types";

export const cueNames = [
  "position",
  "numeric rank",
  "length rank",
  "names a stem place",
  "earlier key",
] as const;
export type CueName = (typeof cueNames)[number];

export interface CueScore {
  cue: CueName;
  /** Share of the questions whose answer holds each rank (ties split). */
  shares: number[];
  max: number;
  /** 1/k + max(5 points, 1/n): k options, n distinct items of the kind. */
  limit: number;
}

export interface KindAudit {
  kind: QuestionKind;
  locale: Locale;
  /** Distinct questions of the kind (the pool the quizzes draw from). */
  items: number;
  /** Questions of the kind over all quizzes. */
  asked: number;
  options: number;
  chance: number;
  cues: CueScore[];
  /** χ² of the answer's position against uniform, where options are shuffled. */
  positionChi2?: number;
}

export interface SaysRule {
  rule: string;
  /** Share of "says" questions a student scores who answers by this one feature alone, at best. */
  score: number;
}

export interface SaysAudit {
  locale: Locale;
  items: number;
  keyShares: Record<SaysOption, number>;
  rules: SaysRule[];
}

export interface QuizAudit {
  quizzes: number;
  kinds: KindAudit[];
  says: SaysAudit[];
  /** For each distinct how-many item, the answer's rank among the four values (0 = smallest). */
  howManyRanks: number[];
}

/** Kinds whose options are shuffled, so the answer's position must be uniform. */
const shuffledKinds: readonly QuestionKind[] = ["how-many", "who", "where"];

/** Words a test-wise student bets on ("most", "refused", "promised"), per language. */
const cueWords: Record<Locale, RegExp> = {
  en: /\b(most|refused|promised)\b/i,
  ru: /большинств|отказал|обещал|пообещ/i,
  kk: /көбі|көпшілі|бас тарт|уәде/i,
};

/** A name's stem, so that inflected forms match: «Финляндии», «Қазақстанға». */
const stem = (name: string, locale: Locale) =>
  locale === "en" || name.length <= 5 ? name : name.slice(0, -1);

interface Labelled {
  q: Question;
  stemText: string;
  labels: string[];
  statement?: string;
}

function labelled(q: Question, pack: QuizPack): Labelled {
  const L = pack.labels;
  const claim = q.subject.type === "claim" ? pack.claims[q.subject.id]! : undefined;
  switch (q.kind) {
    case "how-many":
      return { q, stemText: claim!.howMany!, labels: q.options.map((o) => claim!.figures[o]!) };
    case "who":
      return {
        q,
        stemText: claim!.statement,
        labels: q.options.map((o) => (o === NOBODY ? L.nobody : pack.whoLabels[o]!)),
      };
    case "where":
      return { q, stemText: claim!.where!, labels: q.options.map((o) => pack.places[o]!) };
    case "when": {
      const event = q.subject.type === "event" ? pack.events[q.subject.id]! : undefined;
      return { q, stemText: event?.question ?? "", labels: q.options.map((o) => pack.dates[o]!) };
    }
    case "says": {
      const statement =
        q.subject.type === "not-stated"
          ? pack.notStated[q.subject.id]!.statement
          : q.contradicted
            ? claim!.contradicted!.statement
            : q.altered
              ? claim!.altered[figureKey(q.altered)]!
              : claim!.statement;
      return { q, stemText: statement, statement, labels: [L.says, L.otherwise, L.notSaid] };
    }
    case "order":
      return { q, stemText: "", labels: q.options.map((o) => pack.events[o]!.label) };
  }
}

/** Ranks of the answer (0 = highest score), with ties split: adds its share to each tied rank. */
function addRank(shares: number[], scores: number[], keyIndex: number) {
  const key = scores[keyIndex]!;
  const above = scores.filter((s) => s > key).length;
  const tied = scores.filter((s) => s === key).length;
  for (let r = above; r < above + tied; r++) shares[r]! += 1 / tied;
}

/** Numeric value of an option, for the "numeric rank" cue (figures and dates). */
function optionValue(kind: QuestionKind, option: string): number | null {
  if (kind === "when") return Date.parse(option);
  if (kind !== "how-many") return null;
  const n = /^n:(.+)$/.exec(option);
  if (n) return Number(n[1]);
  const r = /^r:(\d+)-/.exec(option);
  return r ? Number(r[1]) : null;
}

/** Every class quiz of seeds 1…`seeds` at each length of `counts`, by length. */
export function classQuizzes(data: QuizData, seeds = 2000, counts: [number, number] = [5, 20]) {
  const out = new Map<number, Question[][]>();
  for (let count = counts[0]; count <= counts[1]; count++) out.set(count, []);
  for (let seed = 1; seed <= seeds; seed++)
    for (let count = counts[0]; count <= counts[1]; count++)
      out.get(count)!.push(generateQuiz(data, { seed: String(seed), count }).questions);
  return out;
}

export function auditQuiz(
  data: QuizData,
  packs: Record<Locale, QuizPack>,
  { seeds = 2000, counts = [5, 20] as [number, number] } = {},
  generated = classQuizzes(data, seeds, counts),
): QuizAudit {
  const locales = Object.keys(packs) as Locale[];
  const quizzes: Question[][] = [];
  // One class code's quizzes of different lengths share most questions (the same draws); the
  // position χ² counts each (code, question, option order) once, so it is not inflated 16 times.
  const firstSeen = new Set<Question>();
  for (let seed = 1; seed <= seeds; seed++) {
    const ofSeed = new Set<string>();
    for (let count = counts[0]; count <= counts[1]; count++) {
      const questions = generated.get(count)![seed - 1]!;
      for (const q of questions) {
        const key = `${q.id}|${q.options.join(",")}`;
        if (!ofSeed.has(key)) firstSeen.add(q);
        ofSeed.add(key);
      }
      quizzes.push(questions);
    }
  }

  const kinds: KindAudit[] = [];
  const says: SaysAudit[] = [];
  const en = packs.en ?? packs[locales[0]!];
  const people = Object.keys(en.authorities).filter((id) => /^[A-Z][\w-]+ [A-Z]/.test(en.authorities[id]!));

  for (const locale of locales) {
    const pack = packs[locale];
    const placeStems = Object.values(pack.places).map((n) => stem(n, locale));
    const surnames = people.map((id) => stem(pack.authorities[id]!.split(" ").at(-1)!, locale));
    const acc = new Map<
      QuestionKind,
      { ids: Set<string>; asked: number; k: number; shares: number[][]; positions: number[] }
    >();
    const saysRows: { key: SaysOption; text: string; id: string }[] = [];

    for (const quiz of quizzes) {
      const earlier = new Map<QuestionKind, Set<string>>();
      for (const q of quiz) {
        const item = labelled(q, pack);
        const k = q.options.length;
        let a = acc.get(q.kind);
        if (!a) {
          a = {
            ids: new Set(),
            asked: 0,
            k,
            shares: cueNames.map(() => new Array(k).fill(0)),
            positions: new Array(k).fill(0),
          };
          acc.set(q.kind, a);
        }
        a.ids.add(q.id);
        a.asked++;
        if (q.kind === "order") continue;
        const keyIndex = q.options.indexOf(q.correct);
        if (firstSeen.has(q)) a.positions[keyIndex]!++;
        a.shares[0]![keyIndex]! += 1;
        const values = q.options.map((o) => optionValue(q.kind, o));
        if (values.every((v) => v !== null)) addRank(a.shares[1]!, values as number[], keyIndex);
        addRank(
          a.shares[2]!,
          item.labels.map((l) => l.length),
          keyIndex,
        );
        const stemPlaces = placeStems.filter((p) => item.stemText.includes(p));
        addRank(
          a.shares[3]!,
          item.labels.map((l) => (stemPlaces.some((p) => l.includes(p)) ? 1 : 0)),
          keyIndex,
        );
        const seen = earlier.get(q.kind) ?? new Set<string>();
        addRank(
          a.shares[4]!,
          q.options.map((o) => (seen.has(o) ? 1 : 0)),
          keyIndex,
        );
        seen.add(q.correct);
        earlier.set(q.kind, seen);
        if (q.kind === "says")
          saysRows.push({ key: q.correct as SaysOption, text: item.statement!, id: q.id });
      }
    }

    for (const [kind, a] of acc) {
      if (kind === "order") {
        kinds.push({ kind, locale, items: a.ids.size, asked: a.asked, options: a.k, chance: 0, cues: [] });
        continue;
      }
      const limit = 1 / a.k + Math.max(0.05, 1 / a.ids.size);
      const cues: CueScore[] = [];
      cueNames.forEach((cue, i) => {
        if (cue === "position" && !shuffledKinds.includes(kind)) return;
        if (cue === "numeric rank" && kind !== "how-many" && kind !== "when") return;
        if ((cue === "length rank" || cue === "names a stem place") && kind === "says") return;
        const shares = a.shares[i]!.map((s) => s / a.asked);
        cues.push({ cue, shares, max: Math.max(...shares), limit });
      });
      const expected = a.positions.reduce((sum, n) => sum + n, 0) / a.k;
      const positionChi2 = shuffledKinds.includes(kind)
        ? a.positions.reduce((sum, o) => sum + (o - expected) ** 2 / expected, 0)
        : undefined;
      kinds.push({
        kind,
        locale,
        items: a.ids.size,
        asked: a.asked,
        options: a.k,
        chance: 1 / a.k,
        cues,
        ...(positionChi2 !== undefined ? { positionChi2 } : {}),
      });
    }

    // "Does the article say this?": the keys' shares, and the best one-feature rule.
    const total = saysRows.length;
    const keyShares = Object.fromEntries(
      saysOptions.map((o) => [o, saysRows.filter((r) => r.key === o).length / total]),
    ) as Record<SaysOption, number>;
    const lengths = saysRows.map((r) => r.text.length).sort((x, y) => x - y);
    const median = lengths[Math.floor(lengths.length / 2)]!;
    const features: [string, (text: string) => boolean][] = [
      ["has a digit", (t) => /\d/.test(t)],
      ["longer than the median", (t) => t.length > median],
      ["names a person", (t) => surnames.some((s) => t.includes(s))],
      ["uses “most”, “refused”, “promised”", (t) => cueWords[locale].test(t)],
    ];
    const rules = features.map(([rule, f]) => {
      const counts = [new Map<SaysOption, number>(), new Map<SaysOption, number>()];
      for (const r of saysRows) {
        const m = counts[f(r.text) ? 1 : 0]!;
        m.set(r.key, (m.get(r.key) ?? 0) + 1);
      }
      const best = counts.reduce((sum, m) => sum + Math.max(0, ...m.values()), 0);
      return { rule, score: best / total };
    });
    says.push({ locale, items: new Set(saysRows.map((r) => r.id)).size, keyShares, rules });
  }

  // The answer's rank among the four values, once per distinct how-many item.
  const howManyRanks: number[] = [];
  const seenHowMany = new Set<string>();
  for (const quiz of quizzes)
    for (const q of quiz) {
      if (q.kind !== "how-many" || seenHowMany.has(q.id)) continue;
      seenHowMany.add(q.id);
      const values = q.options.map((o) => optionValue("how-many", o)!);
      const key = optionValue("how-many", q.correct)!;
      howManyRanks.push(values.filter((v) => v < key).length);
    }
  return { quizzes: quizzes.length, kinds, says, howManyRanks };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The audit as plain text: each kind's pool, chance and every cue's score against its limit. */
export function formatAudit(a: QuizAudit): string {
  const lines = [`${a.quizzes} quizzes (seeds × lengths)`, ""];
  for (const k of a.kinds) {
    lines.push(
      `${k.kind} [${k.locale}]: ${k.items} items, asked ${k.asked} times, ${k.options} options, chance ${pct(k.chance)}` +
        (k.positionChi2 !== undefined
          ? `, position χ² ${k.positionChi2.toFixed(2)} (df ${k.options - 1})`
          : ""),
    );
    for (const c of k.cues)
      lines.push(
        `  ${c.max <= c.limit ? "ok  " : "OVER"} ${c.cue.padEnd(20)} max ${pct(c.max)} (limit ${pct(c.limit)}): ${c.shares.map(pct).join(" / ")}`,
      );
  }
  lines.push("");
  for (const s of a.says) {
    lines.push(
      `says [${s.locale}]: ${s.items} items; keys ${saysOptions.map((o) => `${o} ${pct(s.keyShares[o])}`).join(", ")}`,
    );
    for (const r of s.rules)
      lines.push(`  ${r.score <= 0.38 ? "ok  " : "OVER"} ${r.rule.padEnd(36)} ${pct(r.score)}`);
  }
  const ranks = [0, 1, 2, 3].map((r) => a.howManyRanks.filter((x) => x === r).length);
  lines.push("", `how-many: the answer's rank among the four values (smallest first): ${ranks.join(" / ")}`);
  return lines.join("\n");
}
