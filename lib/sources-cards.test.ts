import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { dataset } from "@/content";
import { attributionText } from "./attribution";
import { indexDataset } from "./evidence";
import { fill } from "./fill";
import { locales, type Locale } from "./locales";
import { buildQuizPack } from "./quiz-pack";
import type { QuizLabels } from "./quiz-render";
import { sourcesCards, type EvidenceT } from "./sources-cards";

/**
 * The sources page, card by card, in every language: the caption says whose words the quote is, and
 * each claim under it says who says so. Read back from the rendered words, the two must name the
 * same source in the same way (named, by context, vaguely, or nobody / the newspaper).
 */

const evidence = indexDataset(dataset);

function translator(locale: Locale): EvidenceT {
  const messages = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as {
    Evidence: Record<string, string>;
  };
  return (key, values) => {
    const message = messages.Evidence[key];
    if (message === undefined) throw new Error(`no message Evidence.${key}`);
    return String(new IntlMessageFormat(message, locale).format(values));
  };
}

type Kind = "named" | "context" | "vague" | "none";
const captionKinds: Record<string, Kind> = {
  direct: "named",
  reported: "named",
  contextCaption: "context",
  vagueSource: "vague",
  narration: "none",
};
const lineKinds: Record<string, Kind> = {
  whoSays: "named",
  byContext: "context",
  vagueSource: "vague",
  unattributed: "none",
  newspaperOwn: "none",
};

/** Which message, with which source's name, gives exactly this text. */
function readBack(text: string, kinds: Record<string, Kind>, t: EvidenceT, locale: Locale) {
  const names = dataset.authorities.map((a) => a.name[locale]);
  for (const [key, kind] of Object.entries(kinds)) {
    if (kind === "none") {
      if (t(key) === text) return `${kind}`;
      continue;
    }
    for (const name of names) if (t(key, { name }) === text) return `${kind}: ${name}`;
  }
  return `unreadable: ${text}`;
}

function disagreements(locale: Locale): string[] {
  const t = translator(locale);
  return sourcesCards(dataset, evidence, locale, t).flatMap((card) => {
    const caption = readBack(card.caption, captionKinds, t, locale);
    return card.claims.flatMap((c) => {
      const line = readBack(c.line, lineKinds, t, locale);
      return line === caption
        ? []
        : [`${locale} quote ${card.number} (${card.id}), ${c.id}: “${caption}” vs “${line}”`];
    });
  });
}

describe("sources page cards", () => {
  it.each(locales)("%s: no card's caption disagrees with a claim line under it", (locale) => {
    const problems = disagreements(locale);
    for (const p of problems) console.log(p);
    expect(problems).toEqual([]);
  });

  it("lists every claim once, under the span that states it, with its other spans", () => {
    const cards = sourcesCards(dataset, evidence, "en", translator("en"));
    const listed = cards.flatMap((card) => card.claims.map((c) => c.id));
    expect(listed.sort()).toEqual(dataset.claims.map((c) => c.id).sort());
    const claim = cards.flatMap((card) => card.claims).find((c) => c.id === "mongolia-3000")!;
    expect(claim.also.map((q) => q.id)).toEqual(["q-mongolia-authorities", "q-mongolia-eight-crossings"]);
  });

  it("reads a disagreeing card as one (the old “by air” card: Atalykov's words, no source named)", () => {
    const t = translator("en");
    const name = "Aslan Atalykov";
    expect(readBack(t("reported", { name }), captionKinds, t, "en")).not.toBe(
      readBack(t("byContext", { name }), lineKinds, t, "en"),
    );
    expect(readBack(t("contextCaption", { name }), captionKinds, t, "en")).toBe(
      readBack(t("byContext", { name }), lineKinds, t, "en"),
    );
  });

  it.each(locales)(
    "%s: a quote opened on a phone (the quiz pack's caption) names its source as its card does",
    (locale) => {
      const messages = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as {
        Quiz: QuizLabels;
        Evidence: Record<string, string>;
      };
      const pack = buildQuizPack(dataset, locale, messages.Quiz, {});
      // As the phone formats it: `fill` over the raw message (components/live/student/PhoneDialogs.tsx).
      const phone = (id: string) =>
        attributionText(pack.quotes[id]!.caption, (key, values) =>
          fill(messages.Evidence[key]!, values ?? {}),
        );
      for (const card of sourcesCards(dataset, evidence, locale, translator(locale))) {
        expect(phone(card.id), card.id).toBe(card.caption);
        expect(pack.quotes[card.id]!.direct === true, card.id).toBe(evidence.quote(card.id).direct);
      }
    },
  );
});
