// Issue 18's standards as tests, exact and not sampled: every question of every class quiz of
// seeds 1–2,000 × lengths 5–20 (`lib/quiz-audit.ts`; `npm run --silent quiz:audit` prints the same).
import { beforeAll, describe, expect, it } from "vitest";
import { NOBODY, saysOptions, toQuizData } from "@/lib/quiz";
import { auditQuiz, type QuizAudit } from "@/lib/quiz-audit";
import { formatFigureValue } from "@/lib/format";
import { quizPacksFromFiles } from "@/scripts/quiz-packs";
import { generateQuiz } from "@/lib/quiz";
import { renderQuestion } from "@/lib/quiz-render";
import { dataset } from "./index";

const packs = quizPacksFromFiles();
let audit: QuizAudit;
beforeAll(() => {
  audit = auditQuiz(toQuizData(dataset), packs);
}, 60_000);

describe("no cue a test-wise student can exploit", () => {
  it("holds every cue under 1/k + max(5 points, 1/n), per kind and per locale", () => {
    const over = audit.kinds.flatMap((k) =>
      k.cues
        .filter((c) => c.max > c.limit)
        .map(
          (c) =>
            `${k.kind} [${k.locale}] ${c.cue}: ${(c.max * 100).toFixed(1)}% > ${(c.limit * 100).toFixed(1)}%`,
        ),
    );
    expect(over).toEqual([]);
  });

  it("spreads the how-many answer's rank among the four values evenly over the items", () => {
    const n = audit.howManyRanks.length;
    for (const r of [0, 1, 2, 3]) {
      const count = audit.howManyRanks.filter((x) => x === r).length;
      expect(count, `rank ${r}`).toBeGreaterThanOrEqual(Math.floor(n / 4));
      expect(count, `rank ${r}`).toBeLessThanOrEqual(Math.ceil(n / 4));
    }
  });

  it("puts the answer at each position of shuffled options uniformly (χ², p > 0.001)", () => {
    for (const k of audit.kinds.filter((k) => k.positionChi2 !== undefined))
      expect(k.positionChi2!, `${k.kind} [${k.locale}]`).toBeLessThan(16.27);
  });

  it("keys each “does the article say this?” answer 33% ± 5 of the time", () => {
    for (const s of audit.says)
      for (const o of saysOptions) {
        expect(s.keyShares[o], `${s.locale} ${o}`).toBeGreaterThanOrEqual(0.28);
        expect(s.keyShares[o], `${s.locale} ${o}`).toBeLessThanOrEqual(0.38);
      }
  });

  it("lets no one-feature rule answer “does the article say this?” above 38%", () => {
    const over = audit.says.flatMap((s) =>
      s.rules
        .filter((r) => r.score > 0.38)
        .map((r) => `${s.locale}: ${r.rule} ${(r.score * 100).toFixed(1)}%`),
    );
    expect(over).toEqual([]);
  });
});

describe("labels hold only the data's names, figures and words", () => {
  it("adds no filler to even out lengths", () => {
    for (const locale of ["en", "ru", "kk"] as const) {
      const pack = packs[locale];
      const names = new Set([
        ...dataset.authorities.map((a) => (a.label ?? a.name)[locale]),
        ...dataset.places.map((p) => p.name[locale]),
        pack.labels.nobody,
      ]);
      for (let seed = 1; seed <= 200; seed++)
        for (const q of generateQuiz(toQuizData(dataset), { seed: String(seed), count: 20 }).questions) {
          const r = renderQuestion(q, pack);
          if (q.kind === "who" || q.kind === "where")
            for (const o of r.options) expect(names.has(o.label), `${q.id}: ${o.label}`).toBe(true);
          if (q.kind === "how-many") {
            const claim = dataset.claims.find((c) => c.id === (q.subject as { id: string }).id)!;
            if (claim.kind !== "number") continue;
            for (const o of r.options) {
              const r2 = /^r:(\d+)-(\d+)$/.exec(o.id);
              const figure = r2
                ? { range: { min: Number(r2[1]), max: Number(r2[2]) } }
                : { value: Number(o.id.slice(2)) };
              expect(o.label).toBe(
                formatFigureValue({ ...figure, qualifier: claim.qualifier, unit: claim.unit }, locale),
              );
            }
          }
          if (q.kind === "who") expect(q.options).toContain(q.correct === NOBODY ? NOBODY : q.correct);
        }
    }
  });
});
