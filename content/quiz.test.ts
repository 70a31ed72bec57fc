import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { locales, type Locale } from "@/lib/locales";
import { claimFigure, compareFigures, disjoint, figureInterval, type Figure } from "@/lib/figures";
import { periodBounds, periodsOverlap } from "@/lib/periods";
import { generateQuiz, questionKinds, toQuizData, type Question } from "@/lib/quiz";
import { stemCountries } from "@/lib/quiz-kinds/who";
import type { NumberClaim } from "@/lib/schemas";
import { buildQuizPack } from "@/lib/quiz-pack";
import { sourceLookup } from "@/lib/attribution";
import { renderQuestion, type QuizLabels } from "@/lib/quiz-render";
import { readStepMeta } from "@/lib/step-source";
import { dataset } from "./index";

const packs = Object.fromEntries(
  locales.map((locale) => {
    const messages = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as { Quiz: QuizLabels };
    const titles = Object.fromEntries(
      dataset.steps.map((s) => {
        const file = `content/steps/${s.slug}/${locale}.mdx`;
        return [s.slug, readStepMeta(readFileSync(file, "utf8"), file).title];
      }),
    );
    return [locale, buildQuizPack(dataset, locale, messages.Quiz, titles)];
  }),
) as Record<Locale, ReturnType<typeof buildQuizPack>>;

/** "n:8314" → 8314, "r:5000-6000" → 5,000–6,000 (the generator's option ids). */
function figureOf(key: string): Figure {
  const r = /^r:(\d+)-(\d+)$/.exec(key);
  return r ? { range: { min: Number(r[1]), max: Number(r[2]) } } : { value: Number(key.slice(2)) };
}

const quoteIds = new Set(dataset.quotes.map((q) => q.id));
const sources = sourceLookup(dataset);
const stepSlugs = new Set(dataset.steps.map((s) => s.slug));

// Whole-dataset checks over thousands of quizzes: seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

describe("class quizzes from the real dataset", () => {
  it("every question, for many codes, is sound and renders in every language", () => {
    const seenKinds = new Set<string>();
    // 1,000 class codes, every length from 5 to 20.
    for (let seed = 1; seed <= 1000; seed++) {
      const count = 5 + (seed % 16);
      const quiz = generateQuiz(toQuizData(dataset), { seed: String(seed), count });
      expect(quiz.questions, `seed ${seed}: count honoured`).toHaveLength(count);
      expect(new Set(quiz.questions.map((q) => q.id)).size).toBe(count);
      for (const q of quiz.questions) {
        seenKinds.add(q.kind);
        expect(new Set(q.options).size, q.id).toBe(q.options.length);
        if (q.kind !== "order")
          expect(
            q.options.filter((o) => o === q.correct),
            q.id,
          ).toHaveLength(1);
        for (const id of q.quoteIds) expect(quoteIds.has(id), q.id).toBe(true);
        if (q.altered) {
          // A "says otherwise" variant really says something else, in every language.
          for (const locale of locales) {
            const claim = packs[locale].claims[(q.subject as { id: string }).id]!;
            expect(renderQuestion(q, packs[locale]).statement).not.toBe(claim.statement);
          }
        }
        expect(stepSlugs.has(q.step), q.id).toBe(true);
        for (const locale of seed % 10 === 0 ? locales : (["kk"] as const)) {
          const r = renderQuestion(q, packs[locale]);
          expect(r.text.trim(), `${q.id} ${locale}`).not.toBe("");
          expect(r.text + (r.statement ?? "") + r.explanation, `${q.id} ${locale}`).not.toMatch(
            /[{}]|undefined/,
          );
          for (const o of r.options)
            expect(o.label, `${q.id} ${locale}: option ${o.id} has no text`).not.toBe(o.id);
        }
      }
    }
    expect([...seenKinds].sort()).toEqual([...questionKinds].sort());
  });

  it("is the same quiz whether generated from the full dataset or the browser's copy", () => {
    for (const seed of ["1", "4242", "987654"]) {
      expect(generateQuiz(toQuizData(dataset), { seed, count: 12 })).toEqual(
        generateQuiz(toQuizData(dataset), { seed, count: 12 }),
      );
    }
  });

  // Class code 4242 alone held 4 kinds by chance (the generator round-robins over the kinds, but
  // blocks and the small pools leave some quizzes with few). Over every code, 8 December: 4 kinds or
  // more in 51.6 % of 10-question quizzes, only 2 kinds in 4.6 % (57.7 % and 2.75 % before issue 28's
  // calibrated who/where options): a guard against mixing getting worse, not a promise per quiz.
  it("mixes the question kinds in 10-question quizzes (codes 1–2,000)", () => {
    const sizes = Array.from(
      { length: 2000 },
      (_, i) =>
        new Set(
          generateQuiz(toQuizData(dataset), { seed: String(i + 1), count: 10 }).questions.map((q) => q.kind),
        ).size,
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2);
    expect(sizes.filter((n) => n >= 4).length / sizes.length).toBeGreaterThanOrEqual(0.5);
    expect(sizes.filter((n) => n <= 2).length / sizes.length).toBeLessThanOrEqual(0.05);
  });

  // The guards of issues 18 and 19, over every class quiz a teacher can make.
  describe("over seeds 1–2,000 × lengths 5–20", () => {
    const quizzes: Question[][] = [];
    for (let seed = 1; seed <= 2000; seed++)
      for (let count = 5; count <= 20; count++)
        quizzes.push(generateQuiz(toQuizData(dataset), { seed: String(seed), count }).questions);
    const questions = quizzes.flat();
    const claim = (q: Question) => dataset.claims.find((c) => c.id === (q.subject as { id: string }).id)!;
    const event = (id: string) => dataset.timeline.find((e) => e.id === id)!;

    it("orders only events whose dates are pairwise disjoint, and sorts them right", () => {
      for (const q of questions.filter((q) => q.kind === "order")) {
        const periods = q.correct.split(",").map((id) => event(id).period);
        periods.forEach((p, i) =>
          periods.slice(i + 1).forEach((o) => expect(periodsOverlap(p, o), q.id).toBe(false)),
        );
        const starts = periods.map((p) => periodBounds(p).from);
        expect([...starts].sort(), q.id).toEqual(starts);
      }
    });

    it("never offers a multiplier of 1 or less, nor a wrong figure overlapping the answer", () => {
      for (const q of questions.filter((q) => q.kind === "how-many")) {
        const c = claim(q) as NumberClaim;
        const key = figureInterval(claimFigure(c), c.qualifier);
        for (const o of q.options.filter((o) => o !== q.correct)) {
          const figure = figureOf(o);
          if (c.unit === "times") expect(figure.value!, q.id).toBeGreaterThan(1);
          expect(disjoint(key, figureInterval(figure, c.qualifier)), `${q.id} ${o}`).toBe(true);
        }
      }
    });

    it("alters a figure only where the article contradicts the altered statement", () => {
      for (const q of questions.filter((q) => q.altered)) {
        const c = claim(q) as NumberClaim;
        expect(compareFigures(claimFigure(c), q.altered!, c.qualifier), q.id).toBe("contradicted");
      }
    });

    it("offers no place the stem names, and only destinations, as “which country?” answers", () => {
      const destinations = new Set(dataset.places.filter((p) => p.role === "destination").map((p) => p.id));
      for (const q of questions.filter((q) => q.kind === "where")) {
        const named = stemCountries(dataset, claim(q)).filter((p) => p !== q.correct);
        for (const o of q.options) {
          expect(destinations.has(o), `${q.id} ${o}`).toBe(true);
          expect(named.includes(o), `${q.id} ${o}`).toBe(false);
        }
      }
    });

    it("never offers a defensible source as a wrong “who” answer", () => {
      for (const q of questions.filter((q) => q.kind === "who")) {
        const c = claim(q);
        const defensible = [sources.claim(c).authorityId, ...(c.sources ?? [])];
        for (const o of q.options.filter((o) => o !== q.correct))
          expect(defensible.includes(o), `${q.id} ${o}`).toBe(false);
      }
    });

    it("keeps apart in a quiz what would give another question away", () => {
      const linked = [...dataset.claims, ...dataset.notStated].flatMap((i) =>
        (i.links ?? []).map((l) => [i.id, l] as const),
      );
      for (const quiz of quizzes) {
        const whoKeys = quiz.filter((q) => q.kind === "who").map((q) => q.correct);
        expect(new Set(whoKeys).size, "one who-question per source").toBe(whoKeys.length);
        const whereKeys = quiz.filter((q) => q.kind === "where").map((q) => q.correct);
        expect(new Set(whereKeys).size, "one where-question per country").toBe(whereKeys.length);
        expect(quiz.filter((q) => q.kind === "when").length).toBeLessThanOrEqual(2);
        // No two questions share a quote, a claim or a timeline event, nor link to each other.
        const quotes = quiz.flatMap((q) => q.quoteIds);
        expect(new Set(quotes).size, quiz.map((q) => q.id).join(" ")).toBe(quotes.length);
        const items = quiz.flatMap((q) =>
          q.subject.type === "events"
            ? q.subject.ids.flatMap((id) => event(id).claimIds)
            : q.subject.type === "event"
              ? event(q.subject.id).claimIds
              : [q.subject.id],
        );
        expect(new Set(items).size, quiz.map((q) => q.id).join(" ")).toBe(items.length);
        for (const [a, b] of linked)
          expect(items.includes(a) && items.includes(b), `${a} + ${b}`).toBe(false);
      }
    });
  });

  it("checks each claim's accepted wrong “who” answers against the generator's rules", () => {
    const byId = new Map(dataset.authorities.map((a) => [a.id, a]));
    for (const c of dataset.claims) {
      const fixed = c.quiz?.whoOptions;
      if (!fixed) continue;
      const key = sources.claim(c).authorityId;
      expect(fixed, c.id).toHaveLength(key ? 2 : 3);
      const topics = new Set([
        ...(key ? [byId.get(key)!.topic] : []),
        ...fixed.map((id) => byId.get(id)!.topic),
      ]);
      expect(topics.size, `${c.id}: one option per topic`).toBe(fixed.length + (key ? 1 : 0));
      for (const id of fixed) {
        const a = byId.get(id)!;
        expect([key, ...(c.sources ?? [])].includes(id), `${c.id}: ${id} is defensible`).toBe(false);
        expect(a.countryId !== null && a.kind !== "person" && a.topic !== "data", `${c.id}: ${id}`).toBe(
          true,
        );
      }
      const countries = stemCountries(dataset, c);
      const near = dataset.authorities.filter(
        (a) => countries.includes(a.countryId ?? "") && a.id !== key && a.kind !== "person",
      );
      if (near.length > 0)
        expect(
          fixed.some((id) => countries.includes(byId.get(id)!.countryId!)),
          `${c.id}: a wrong answer from the stem's country`,
        ).toBe(true);
    }
  });

  it("writes one Kazakh form for a multiplier: in words («екі есеге»), never «2 есеге»", () => {
    const kk = [
      ...Object.values(packs.kk.claims).flatMap((c) => [
        c.statement,
        ...Object.values(c.altered),
        c.where ?? "",
      ]),
    ];
    for (const text of kk) expect(text).not.toMatch(/\d\s*есе/);
  });

  it("keeps class code 4242 stable: a data change that alters class quizzes must be deliberate", () => {
    const fixture = "tests/fixtures/quiz-4242.json";
    const quiz = generateQuiz(toQuizData(dataset), { seed: "4242", count: 10 });
    // After a deliberate change: UPDATE_QUIZ_FIXTURE=1 npx vitest run content/quiz.test.ts
    if (process.env.UPDATE_QUIZ_FIXTURE === "1") writeFileSync(fixture, `${JSON.stringify(quiz, null, 2)}\n`);
    expect(existsSync(fixture), `${fixture} is missing`).toBe(true);
    expect(quiz).toEqual(JSON.parse(readFileSync(fixture, "utf8")));
  });
});
