/**
 * The words of a test-wise student who never read the article: absolute and hedged words in a
 * statement, negations, and the visible tokens of a text (words cut to five letters, and numbers as
 * written, without their thousands separators) that the non-reader model compares.
 */
import type { Locale } from "./locales";

/** Words a test-wise student bets on in a "does the article say this?" statement, per language. */
export const absoluteWords: Record<Locale, string[]> = {
  en: [
    "all",
    "every",
    "everyone",
    "always",
    "never",
    "none",
    "no",
    "only",
    "exactly",
    "completely",
    "any",
    "ruled",
    "refused",
    "whole",
  ],
  ru: [
    "все",
    "всех",
    "всем",
    "кажд",
    "всегда",
    "никогда",
    "никто",
    "только",
    "ровно",
    "полност",
    "любой",
    "исключ",
    "отказ",
  ],
  kk: ["барлық", "бәрі", "әрқашан", "ешқашан", "ешкім", "тек", "дәл", "толық", "кез келген", "бас тарт"],
};
export const hedgedWords: Record<Locale, string[]> = {
  en: [
    "some",
    "many",
    "most",
    "often",
    "usually",
    "may",
    "might",
    "could",
    "about",
    "around",
    "almost",
    "nearly",
    "unclear",
    "not",
    "roughly",
  ],
  ru: [
    "некотор",
    "многие",
    "большинств",
    "часто",
    "обычно",
    "может",
    "могут",
    "около",
    "почти",
    "примерно",
    "неясно",
    "не",
  ],
  kk: ["кейбір", "көп", "көбі", "жиі", "әдетте", "мүмкін", "шамамен", "жуық", "дерлік", "емес"],
};

export const negationWords: Record<Locale, string[]> = {
  en: ["not", "no", "never", "none", "neither", "nor", "without", "doesn"],
  ru: ["не", "нет", "ни", "без"],
  kk: ["емес", "жоқ", "ешқандай", "аталмаған", "айтылмаған"],
};

export const hasWord = (t: string, list: string[]) => {
  const words = t.toLowerCase().match(/\p{L}+/gu) ?? [];
  return list.some((w) =>
    w.includes(" ") ? t.toLowerCase().includes(w) : words.some((x) => x.startsWith(w)),
  );
};

/** Numbers as the locales write them: "5,000", "5 000" (no-break spaces), "1,5", "2022". */
const NUMBER = /\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?/gu;
const valueOf = (s: string) => Number(s.replace(/[,\u00a0\u202f ](?=\d{3})/gu, "").replace(",", "."));
export const numbersIn = (t: string) => (t.match(NUMBER) ?? []).map(valueOf);

/** A text's tokens: its words of three letters or more, cut to five, and its numbers ("#5000"). */
export function tokens(t: string): string[] {
  const words = (t.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map((w) => w.slice(0, 5));
  return [...words, ...numbersIn(t).map((n) => `#${n}`)];
}
