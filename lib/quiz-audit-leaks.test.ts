import { describe, expect, it } from "vitest";
import { filesOf, miniDataset } from "@/tests/fixtures/mini-dataset";
import { parseDataset } from "./dataset";
import { scoreStrategies } from "./quiz-audit-leaks";
import { buildQuizPack } from "./quiz-pack";
import type { QuizLabels } from "./quiz-render";
import type { Question } from "./quiz-types";

const dataset = parseDataset(filesOf(miniDataset()));
const labels = new Proxy({}, { get: (_, k) => `${String(k)} label` }) as QuizLabels;
const pack = buildQuizPack(dataset, "en", labels, {});
const where = (options: string[], correct: string): Question => ({
  id: "where:finland-entered-8314",
  kind: "where",
  subject: { type: "claim", id: "finland-entered-8314" },
  options,
  correct,
  quoteIds: ["q-finland"],
  step: "border-by-border",
});

describe("strategies a class learns from many quizzes", () => {
  // Finland is offered only where it is the answer (as Kazakhstan was, issue 28): both find it.
  const quizzes = [
    [where(["finland", "norway", "georgia", "mongolia"], "finland")],
    [where(["armenia", "norway", "georgia", "mongolia"], "norway")],
    [where(["armenia", "norway", "georgia", "mongolia"], "georgia")],
    [where(["armenia", "norway", "georgia", "mongolia"], "mongolia")],
  ];
  const scores = scoreStrategies(quizzes, pack).filter((s) => s.kind === "where");
  const score = (name: string) => scores.find((s) => s.strategy === name)!.score;

  it("picks the least-offered option", () => {
    // Question 1: Finland (offered once) is the key; questions 2–4: Armenia (3 times) is never it.
    expect(score("least-offered option")).toBe(1 / 4);
    expect(scores.find((s) => s.strategy === "least-offered option")!.chance).toBe(1 / 4);
  });

  it("picks the option most often the answer when offered", () => {
    // Finland: 1 of 1; Norway, Georgia, Mongolia: 1 of 4 each (a three-way tie); Armenia: 0 of 3.
    expect(score("most often the answer when offered")).toBeCloseTo((1 + 3 * (1 / 3)) / 4);
  });
});
