import { describe, expect, it } from "vitest";
import { filesOf, miniDataset } from "@/tests/fixtures/mini-dataset";
import { parseDataset } from "./dataset";
import { toQuizData } from "./quiz";
import { auditQuiz, formatAudit } from "./quiz-audit";
import { buildQuizPack } from "./quiz-pack";
import type { QuizLabels } from "./quiz-render";

const dataset = parseDataset(filesOf(miniDataset()));
const labels = Object.fromEntries(
  [
    "whoStem nobody saysStem says otherwise notSaid orderStem explainTrue explainAltered explainNotSaid",
    "explainWho explainNobody explainNewspaper explainContext explainVague explainContradicted explainOrder",
  ]
    .join(" ")
    .split(" ")
    .map((k) => [k, `${k} label`]),
) as unknown as QuizLabels;
const packs = {
  en: buildQuizPack(dataset, "en", labels, {}),
  ru: buildQuizPack(dataset, "ru", labels, {}),
  kk: buildQuizPack(dataset, "kk", labels, {}),
};

describe("auditQuiz", () => {
  const audit = auditQuiz(toQuizData(dataset), packs, { seeds: 30, counts: [5, 6] });

  it("counts every quiz and reports each kind per locale", () => {
    expect(audit.quizzes).toBe(60);
    expect(new Set(audit.kinds.map((k) => k.locale))).toEqual(new Set(["en", "ru", "kk"]));
    for (const k of audit.kinds.filter((k) => k.kind !== "order")) {
      expect(k.chance).toBeCloseTo(1 / k.options);
      for (const c of k.cues) {
        // Ties are split, so each cue's shares add up to every question once.
        expect(c.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
        expect(c.limit).toBeCloseTo(1 / k.options + Math.max(0.05, 1 / k.items));
      }
    }
  });

  it("splits the says keys and scores one-feature rules between chance and 1", () => {
    for (const s of audit.says) {
      expect(Object.values(s.keyShares).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
      for (const r of s.rules)
        expect(r.score).toBeGreaterThanOrEqual(Math.max(...Object.values(s.keyShares)) - 1e-9);
    }
  });

  it("prints a line per cue", () => {
    expect(formatAudit(audit)).toMatch(/how-many \[en\]: .* chance 25\.0%/);
  });
});
