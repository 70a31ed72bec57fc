/**
 * Issue 28's standards: the non-reader model per kind and overall, the named strategies, leaks,
 * elimination and exposure, each against its limit; `failures` lists what is over.
 */
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
  model: { locale: Locale; kinds: ModelScore[]; overall: number; chance: number }[];
  strategies: StrategyScore[];
  leaks: LeakCount[];
  exposure: ReturnType<typeof maxExposure>;
  failures: string[];
}

const groupOf = (q: Question) => (q.subject.type === "events" ? q.subject.ids.join("+") : q.subject.id);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function auditFairness(
  byCount: Map<number, Question[][]>,
  packs: Record<Locale, QuizPack>,
  forms: KeyForms,
  { modelCount = 20, leakCount = 20 } = {},
): FairAudit {
  const locales = Object.keys(packs) as Locale[];
  const all = [...byCount.values()].flat();
  const failures: string[] = [];
  const model = locales.map((locale) => {
    const rows = modelRows(byCount.get(modelCount) ?? [], packs[locale], groupOf);
    const kinds = scoreModel(rows, featureGroups, locale === "en");
    let right = 0;
    let chance = 0;
    let n = 0;
    for (const k of kinds) {
      const w = rows.filter((r) => r.kind === k.kind).reduce((s, r) => s + r.weight, 0);
      right += k.accuracy * w;
      chance += k.chance * w;
      n += w;
      const limit = k.chance + Math.max(0.05, 1 / k.items);
      if (k.accuracy > limit)
        failures.push(
          `model ${k.kind} [${locale}] ${pct(k.accuracy)} > ${pct(limit)} (best group: ${k.best})`,
        );
    }
    if (right / n > chance / n + 0.05)
      failures.push(`model overall [${locale}] ${pct(right / n)} > ${pct(chance / n + 0.05)}`);
    return { locale, kinds, overall: right / n, chance: chance / n };
  });
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
  return { model, strategies, leaks, exposure, failures };
}

export function formatFairness(a: FairAudit): string {
  const lines = [
    "",
    "Non-reader model (leave one claim out; accuracy, chance, best feature group, ablation):",
  ];
  for (const m of a.model) {
    for (const k of m.kinds)
      lines.push(
        `  ${k.kind} [${m.locale}]: ${pct(k.accuracy)} held out (${pct(k.train)} on its training rows) vs chance ${pct(k.chance)} (limit ${pct(k.chance + Math.max(0.05, 1 / k.items))}, ${k.items} items); best group ${k.best}; without: ${Object.entries(
          k.without,
        )
          .map(([g, x]) => `${g} ${pct(x)}`)
          .join(", ")}`,
      );
    lines.push(`  overall [${m.locale}]: ${pct(m.overall)} vs chance ${pct(m.chance)}`);
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
