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
import { partKeys, sourcesCards, type EvidenceT, type SourcesCard } from "./sources-cards";

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

/**
 * A claim's other quotes: one whose caption names another source, or the same one another way,
 * must be listed as cited only for a part of the claim (the place, the date …), never under "Its
 * other quotes", or the card reads as two sources for one claim.
 */
function alsoProblems(cards: SourcesCard[], t: EvidenceT, locale: Locale): string[] {
  const captions = new Map(cards.map((card) => [card.id, readBack(card.caption, captionKinds, t, locale)]));
  const onlyLabels = new Set(Object.values(partKeys).map((key) => t(key)));
  return cards.flatMap((card) =>
    card.claims.flatMap((c) => {
      const line = readBack(c.line, lineKinds, t, locale);
      return c.also.flatMap((group) =>
        group.quotes
          .filter((q) => captions.get(q.id) !== line && !onlyLabels.has(group.label))
          .map(
            (q) =>
              `${locale} ${c.id}: quote ${q.number} (${q.id}, “${captions.get(q.id)}”) under “${group.label}” beside “${line}”`,
          ),
      );
    }),
  );
}

function disagreements(locale: Locale): string[] {
  const t = translator(locale);
  const cards = sourcesCards(dataset, evidence, locale, t);
  return [
    ...cards.flatMap((card) => {
      const caption = readBack(card.caption, captionKinds, t, locale);
      return card.claims.flatMap((c) => {
        const line = readBack(c.line, lineKinds, t, locale);
        return line === caption
          ? []
          : [`${locale} quote ${card.number} (${card.id}), ${c.id}: “${caption}” vs “${line}”`];
      });
    }),
    ...alsoProblems(cards, t, locale),
  ];
}

describe("sources page cards", () => {
  it.each(locales)(
    "%s: no card's caption, nor a quote it links to, disagrees with a claim line under it",
    (locale) => {
      const problems = disagreements(locale);
      for (const p of problems) console.log(p);
      expect(problems).toEqual([]);
    },
  );

  it("lists every claim once, under the span that states it, with its other spans", () => {
    const cards = sourcesCards(dataset, evidence, "en", translator("en"));
    const listed = cards.flatMap((card) => card.claims.map((c) => c.id));
    expect(listed.sort()).toEqual(dataset.claims.map((c) => c.id).sort());
    const claim = cards.flatMap((card) => card.claims).find((c) => c.id === "mongolia-3000")!;
    expect(claim.also).toEqual([
      {
        part: null,
        label: translator("en")("alsoQuotes"),
        quotes: [
          { id: "q-mongolia-authorities", number: 18 },
          { id: "q-mongolia-eight-crossings", number: 19 },
        ],
      },
    ]);
  });

  it.each(locales)(
    "%s: the “usually 1,000 a day” claim (local media) cites the border authorities' span only for the place",
    (locale) => {
      const t = translator(locale);
      const cards = sourcesCards(dataset, evidence, locale, t);
      const usual = cards.flatMap((card) => card.claims).find((c) => c.id === "mongolia-usual-1000")!;
      expect(usual.also).toEqual([
        {
          part: "place",
          label: t("alsoForPlace"),
          quotes: [{ id: "q-mongolia-eight-crossings", number: 19 }],
        },
      ]);
      expect(new Set(Object.values(partKeys).map((k) => t(k))).size).toBe(4);
      expect(Object.values(partKeys).map((k) => t(k))).not.toContain(t("alsoQuotes"));
      // The old card, with that span under "Its other quotes", reads as a second source.
      const old = cards.map((card) => ({
        ...card,
        claims: card.claims.map((c) =>
          c.id === "mongolia-usual-1000"
            ? { ...c, also: [{ part: null, label: t("alsoQuotes"), quotes: c.also[0]!.quotes }] }
            : c,
        ),
      }));
      expect(alsoProblems(old, t, locale)).toHaveLength(1);
    },
  );

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
