import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { locales, type Locale } from "@/lib/locales";
import { generateQuiz, questionKinds, toQuizData } from "@/lib/quiz";
import { buildQuizPack } from "@/lib/quiz-pack";
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

const quoteIds = new Set(dataset.quotes.map((q) => q.id));
const stepSlugs = new Set(dataset.steps.map((s) => s.slug));

describe("class quizzes from the real dataset", () => {
  it("every question, for many codes, is sound and renders in every language", () => {
    const seenKinds = new Set<string>();
    // 1,000 class codes, every length from 5 to 20.
    for (let seed = 1; seed <= 1000; seed++) {
      const count = 5 + (seed % 16);
      const quiz = generateQuiz(dataset, { seed: String(seed), count });
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
        expect(quoteIds.has(q.quoteId), q.id).toBe(true);
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
        generateQuiz(dataset, { seed, count: 12 }),
      );
    }
  });

  it("mixes the question kinds in a 10-question quiz", () => {
    const kinds = new Set(generateQuiz(dataset, { seed: "4242", count: 10 }).questions.map((q) => q.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(4);
  });

  it("never asks when, or in what order, about events without distinct dates", () => {
    for (let seed = 1; seed <= 100; seed++) {
      for (const q of generateQuiz(dataset, { seed: String(seed), count: 20, kinds: ["order", "when"] })
        .questions) {
        if (q.kind !== "order") continue;
        const dates = q.correct.split(",").map((id) => {
          const e = dataset.timeline.find((t) => t.id === id)!;
          return e.period.kind === "day" ? e.period.date : e.period.kind === "range" ? e.period.from : "";
        });
        expect(new Set(dates).size).toBe(dates.length);
        expect([...dates].sort()).toEqual(dates);
      }
    }
  });

  it("keeps class code 4242 stable: a data change that alters class quizzes must be deliberate", () => {
    const fixture = "tests/fixtures/quiz-4242.json";
    const quiz = generateQuiz(dataset, { seed: "4242", count: 10 });
    // After a deliberate change: UPDATE_QUIZ_FIXTURE=1 npx vitest run content/quiz.test.ts
    if (process.env.UPDATE_QUIZ_FIXTURE === "1") writeFileSync(fixture, `${JSON.stringify(quiz, null, 2)}\n`);
    expect(existsSync(fixture), `${fixture} is missing`).toBe(true);
    expect(quiz).toEqual(JSON.parse(readFileSync(fixture, "utf8")));
  });
});
