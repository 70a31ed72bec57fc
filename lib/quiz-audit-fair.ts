/**
 * Issue 28's standards: the non-reader model per kind and overall, the named strategies, leaks,
 * elimination and exposure, each against its limit; `failures` lists what is over.
 */
import { performance } from "node:perf_hooks";
import type { Locale } from "./locales";
import { featureGroups, modelRows } from "./quiz-audit-features";
import {
  countLeaks,
  maxExposure,
  scoreStrategies,
  type LeakCount,
  type StrategyScore,
} from "./quiz-audit-leaks";
import { scoreModel, type ModelScore } from "./quiz-audit-model";
import type { KeyForms } from "./quiz-mentions";
import type { QuizPack } from "./quiz-render";
import type { Question } from "./quiz-types";

export interface FairAudit {
  model: ModelAudit[];
  strategies: StrategyScore[];
  leaks: LeakCount[];
  exposure: ReturnType<typeof maxExposure>;
  failures: string[];
}

const groupOf = (q: Question) => (q.subject.type === "events" ? q.subject.ids.join("+") : q.subject.id);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export interface ModelAudit {
  locale: Locale;
  kinds: ModelScore[];
  overall: number;
  chance: number;
  /** Seconds it took (rows and fits). */
  seconds: number;
}

/** The non-reader model of one locale on `quizzes` (seeds × one length). */
export function modelAudit(quizzes: Question[][], pack: QuizPack): ModelAudit {
  const start = performance.now();
  const rows = modelRows(quizzes, pack, groupOf);
  const kinds = scoreModel(rows, featureGroups);
  let right = 0;
  let chance = 0;
  let n = 0;
  for (const k of kinds) {
    const w = rows.filter((r) => r.kind === k.kind).reduce((s, r) => s + r.weight, 0);
    right += k.accuracy * w;
    chance += k.chance * w;
    n += w;
  }
  const seconds = (performance.now() - start) / 1000;
  return { locale: pack.locale, kinds, overall: right / n, chance: chance / n, seconds };
}

/** The model's kinds and locales over their limits (issue 28: chance + max(5 points, 1/n); overall + 5). */
export function modelFailures(models: ModelAudit[]): string[] {
  const failures: string[] = [];
  for (const m of models) {
    for (const k of m.kinds) {
      const limit = k.chance + Math.max(0.05, 1 / k.items);
      if (k.accuracy > limit)
        failures.push(
          `model ${k.kind} [${m.locale}] ${pct(k.accuracy)} > ${pct(limit)} (best group: ${k.best})`,
        );
    }
    if (m.overall > m.chance + 0.05)
      failures.push(`model overall [${m.locale}] ${pct(m.overall)} > ${pct(m.chance + 0.05)}`);
  }
  return failures;
}

export function auditFairness(
  byCount: Map<number, Question[][]>,
  packs: Record<Locale, QuizPack>,
  forms: KeyForms,
  {
    modelCount = 20,
    leakCount = 20,
    model = undefined as ModelAudit[] | undefined,
  }: { modelCount?: number; leakCount?: number; model?: ModelAudit[] } = {},
): FairAudit {
  const locales = Object.keys(packs) as Locale[];
  const all = [...byCount.values()].flat();
  const failures: string[] = [];
  const models = model ?? locales.map((l) => modelAudit(byCount.get(modelCount) ?? [], packs[l]));
  failures.push(...modelFailures(models));
  const strategies = locales.flatMap((l) => scoreStrategies(all, packs[l]));
  for (const s of strategies)
    if (s.score > s.chance + 0.05)
      failures.push(`${s.strategy} (${s.kind} [${s.locale}]) ${pct(s.score)} > ${pct(s.chance + 0.05)}`);
  const leaks = locales.map((l) => countLeaks(byCount.get(leakCount) ?? [], packs[l], forms));
  for (const l of leaks) {
    if (l.leaks > 0) failures.push(`leaks [${l.locale}]: ${l.leaks} (${l.examples.join("; ")})`);
    if (l.elimination > 0) failures.push(`elimination [${l.locale}]: ${l.elimination}`);
  }
  const exposure = maxExposure(byCount);
  if (exposure.share > 0.4)
    failures.push(
      `exposure: ${exposure.item} in ${pct(exposure.share)} of ${exposure.count}-question quizzes`,
    );
  return { model: models, strategies, leaks, exposure, failures };
}

export function formatFairness(a: FairAudit): string {
  const lines = [
    "",
    "Non-reader model (leave one claim out; accuracy, chance, best feature group, ablation):",
  ];
  for (const m of a.model) {
    for (const k of m.kinds) {
      const limit = k.chance + Math.max(0.05, 1 / k.items);
      lines.push(
        `  ${k.accuracy > limit ? "OVER" : "ok  "} ${k.kind} [${m.locale}]: ${pct(k.accuracy)} held out vs chance ${pct(k.chance)} (limit ${pct(limit)}, ${k.items} items; ${pct(k.train)} on its training rows); best group ${k.best}; L2 by block ${k.chosen.join("/")}`,
        `       without: ${Object.entries(k.without)
          .map(([g, x]) => `${g} ${pct(x)}`)
          .join(", ")}`,
      );
    }
    lines.push(
      `  ${m.overall > m.chance + 0.05 ? "OVER" : "ok  "} overall [${m.locale}]: ${pct(m.overall)} vs chance ${pct(m.chance)} (limit ${pct(m.chance + 0.05)}); model took ${m.seconds.toFixed(1)} s`,
    );
  }
  lines.push("", "Strategies (seeds × lengths):");
  for (const s of a.strategies)
    lines.push(
      `  ${s.score > s.chance + 0.05 ? "OVER" : "ok  "} ${s.strategy} — ${s.kind} [${s.locale}]: ${pct(s.score)} vs chance ${pct(s.chance)}`,
    );
  lines.push("", "Leaks across questions (20-question quizzes):");
  for (const l of a.leaks)
    lines.push(
      `  [${l.locale}] ${l.quizzes} quizzes: leaks ${l.leaks}, elimination ${l.elimination}${l.examples.length ? ` — e.g. ${l.examples.join("; ")}` : ""}`,
    );
  lines.push(
    `Max exposure: ${a.exposure.item} in ${pct(a.exposure.share)} of ${a.exposure.count}-question quizzes (limit 40%)`,
  );
  lines.push(
    "",
    a.failures.length
      ? `FAIL (${a.failures.length}):\n  ${a.failures.join("\n  ")}`
      : "All of issue 28's limits hold.",
  );
  return lines.join("\n");
}
