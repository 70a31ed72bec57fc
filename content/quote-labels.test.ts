import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataset } from "./index";

/**
 * A quote card says whose words the English is (the article's own, its account of what someone
 * said, or someone's words in quotation marks) and where the Russian and Kazakh come from. These
 * tests keep those labels true.
 */

const articlePath = "../shared/source/article.txt";
const fold = (s: string) => s.replace(/[\s\u00a0\u202f\u2009]+/gu, " ").trim();

/** [start, end) of every “…” passage of the article. */
function quotedPassages(article: string): [number, number][] {
  return [...article.matchAll(/“[^”]*”/g)].map((m) => [m.index, m.index + m[0].length]);
}

describe("quote labels", () => {
  it("marks as direct exactly the quotes that lie inside the article's quotation marks", () => {
    if (!existsSync(articlePath)) {
      console.warn(`direct-quote check skipped: ${articlePath} is not here`);
      return;
    }
    const article = fold(readFileSync(articlePath, "utf8"));
    const passages = quotedPassages(article);
    const wrong = dataset.quotes.flatMap((q) => {
      const text = fold(q.text);
      const at = article.indexOf(text);
      if (at < 0) return [`${q.id}: not in the article`];
      const inside = passages.some(([start, end]) => start < at && at + text.length < end);
      if (inside === q.direct) return [];
      return [
        inside
          ? `${q.id}: inside the article's quotation marks, but not marked direct`
          : `${q.id}: marked direct, but the article does not put these words in quotation marks (paraphrase or narration)`,
      ];
    });
    expect(wrong).toEqual([]);
  });

  it("gives every direct quote a speaker", () => {
    for (const q of dataset.quotes) if (q.direct) expect(q.speakerId, q.id).not.toBeNull();
  });

  it("labels the Putin lines as the article gives them: one direct quote, the rest paraphrase", () => {
    const putin = dataset.quotes.filter((q) => q.speakerId === "vladimir-putin");
    expect(putin.filter((q) => q.direct).map((q) => q.id)).toEqual(["q-putin-training"]);
    expect(putin.length).toBeGreaterThan(1);
    expect(dataset.quotes.find((q) => q.id === "q-tokayev-order")).toMatchObject({
      speakerId: null,
      direct: false,
    });
  });

  /*
   * Published Russian originals of words the article quotes in English (research notes, context C2
   * and C5: Tokayev via Tengrinews and RBC, 27 Sep 2022; Putin's address via TASS, 21 Sep 2022). A
   * translation labelled as ours must not reuse them: it would read as the speaker's own wording.
   * (Five words in a row in common are enough to tell.) To use one, set the quote's `originalWording` with where it was published.
   */
  const publishedOriginals = [
    "Большинство из них вынуждены уезжать из-за сложившейся безвыходной ситуации. Мы должны проявить заботу о них и обеспечить им безопасность. Это политический и гуманитарный вопрос. Я поручил правительству принять необходимые меры.",
    "Призыву на военную службу будут подлежать только граждане, которые в настоящий момент состоят в запасе и прежде всего те, кто проходил службу в рядах ВС, имеет определённые военно-учетные специальности и соответствующий опыт.",
    "Призванные на военные службу перед отправкой в части в обязательном порядке будут проходить дополнительную военную подготовку с учетом опыта специальной военной операции.",
  ];
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/ё/g, "е")
      .split(/[^\p{L}\p{N}-]+/u)
      .filter(Boolean);
  const runs = (s: string, n: number) => {
    const w = words(s);
    return new Set(w.slice(0, Math.max(0, w.length - n + 1)).map((_, i) => w.slice(i, i + n).join(" ")));
  };
  const originalRuns = new Set(publishedOriginals.flatMap((o) => [...runs(o, 5)]));

  it("does not pass off a published original as our translation", () => {
    const borrowed = dataset.quotes.flatMap((q) =>
      (["ru", "kk"] as const).flatMap((locale) => {
        if (q.originalWording?.language === locale) return [];
        const shared = [...runs(q.translation[locale], 5)].filter((r) => originalRuns.has(r));
        return shared.length ? [`${q.id}.${locale}: "${shared[0]}" is the speaker's published wording`] : [];
      }),
    );
    expect(borrowed).toEqual([]);
  });

  it("the check above catches a borrowed original", () => {
    const borrowedText = "большинство из них вынуждены уезжать из-за сложившейся безвыходной ситуации";
    expect([...runs(borrowedText, 5)].some((r) => originalRuns.has(r))).toBe(true);
  });
});
