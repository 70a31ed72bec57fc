import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/locales";
import { IntlMessageFormat } from "intl-messageformat";
import { findClaimRefs, findQuoteRefs, readStepMeta } from "@/lib/step-source";
import { sourceLookup } from "@/lib/attribution";
import { dataset } from "./index";

const article = "../shared/source/article.txt";
const checker = "../shared/tools/check-quotes.mjs";

describe("the evidence base", () => {
  it("has the claims the product needs", () => {
    expect(dataset.claims.length).toBeGreaterThanOrEqual(35);
    expect(dataset.notStated.length).toBeGreaterThanOrEqual(12);
    expect(dataset.steps.length).toBeGreaterThanOrEqual(6);
    expect(dataset.steps.length).toBeLessThanOrEqual(9);
    const kinds = new Set(dataset.claims.map((c) => c.kind));
    for (const k of ["number", "date", "place", "role", "statement", "unknown"])
      expect(kinds, k).toContain(k);
    // Every figure is asked "how many?", except a "more than X" one: it has no wrong answers.
    for (const c of dataset.claims)
      if (c.kind === "number")
        expect(Boolean(c.quiz?.howMany), `${c.id}: howMany stem`).toBe(c.qualifier !== "more-than");
  });

  it("tells the five attribution states apart, as decided against the article", () => {
    const sources = sourceLookup(dataset);
    const source = (id: string) => sources.claim(dataset.claims.find((c) => c.id === id)!);
    const state = (id: string) => source(id).attribution;
    // The newspaper's own statements, not "nobody reported this".
    for (const id of [
      "peskov-role",
      "tokayev-role",
      "delyagin-role",
      "delyagin-party",
      "atalykov-role",
      "smo-euphemism",
      "lawmakers-questions",
      "storskog-rising-men",
      "exact-departures-unknown",
      // When, where or to whom someone spoke, and what someone ordered or did: the newspaper's narration.
      "georgia-statement-tuesday",
      "atalykov-briefing-monday",
      "finland-data-posted-monday",
      "tokayev-ordered-help",
      "peskov-redirect-border-agency",
    ])
      expect(state(id), id).toBe("newspaper");
    // "Some 5,068 Russians left the country the same day" and "almost 6,000 … had left by air" name
    // no source of their own; the sentences around them do.
    expect(state("finland-left-5068")).toBe("context");
    expect(state("kz-6000-by-air")).toBe("context");
    // "At one of eight border crossings into Mongolia, … local border authorities said."
    expect(source("mongolia-eight-crossings")).toEqual({
      attribution: "named",
      authorityId: "mongolia-border-authorities",
    });
    expect(state("onward-travel-data")).toBe("vague");
    expect(state("kz-entries-nearly-100k")).toBe("nobody");
  });

  it("keeps the headline figure unattributed, as the article does", () => {
    const headline = dataset.claims.find((c) => c.id === "kz-entries-nearly-100k")!;
    expect(headline).toMatchObject({ kind: "number", value: 100000, qualifier: "nearly" });
    expect(sourceLookup(dataset).claim(headline)).toEqual({ attribution: "nobody", authorityId: null });
  });

  it("passes the shared quote check (verbatim, ≤ 25 words, ≤ 40% of the article)", () => {
    if (!existsSync(article) || !existsSync(checker)) {
      console.warn(`quote check skipped: ${article} or ${checker} is not here`);
      return;
    }
    const json = JSON.stringify({ quotes: dataset.quotes, claims: dataset.claims });
    const result = spawnSync("node", [checker], { input: json, encoding: "utf8" });
    expect(result.stdout).toMatch(/ 0 problems/);
    expect(result.status).toBe(0);
  });

  it("uses the glossary's neutral terms", () => {
    // Not-stated items are left out: they are the false statements a student must spot.
    const narration = { ...dataset, notStated: [] };
    const steps = dataset.steps.flatMap((s) =>
      ["ru", "kk"].map((l) => readFileSync(`content/steps/${s.slug}/${l}.mdx`, "utf8")),
    );
    const texts = [
      JSON.stringify(narration),
      ...steps,
      ...["ru", "kk"].map((l) => readFileSync(`messages/${l}.json`, "utf8")),
    ].join("\n");
    for (const banned of [
      /русски[ехм]/i,
      /орыстар/i,
      /Скандинав/i,
      /Скандинавия/i,
      /беженц/i,
      /босқын/i,
      /уклонист/i,
    ])
      expect(texts).not.toMatch(banned);
  });

  it("uses every quote, and quote ids are unique", () => {
    const used = new Set([
      ...dataset.claims.flatMap((c) => c.quoteIds),
      ...dataset.notStated.flatMap((n) => n.quoteIds),
      ...dataset.timeline.flatMap((e) => e.quoteIds),
    ]);
    expect(dataset.quotes.filter((q) => !used.has(q.id)).map((q) => q.id)).toEqual([]);
    expect(new Set(dataset.quotes.map((q) => q.id)).size).toBe(dataset.quotes.length);
  });

  it("writes Russian in Cyrillic only (names of publications aside)", () => {
    const allowed =
      /The Wall Street Journal|Ann M\. Simmons|JavaScript|Natural Earth|QR|Moodle|Canvas|GIFT|QTI|XML|zip/g;
    let text = [
      ...dataset.claims.map(
        (c) => c.statement.ru + (c.quiz?.howMany?.ru ?? "") + (c.quiz?.where?.question.ru ?? ""),
      ),
      ...dataset.notStated.map((n) => n.statement.ru + n.explanation.ru),
      ...dataset.timeline.map((e) => e.label.ru + (e.question?.ru ?? "")),
      ...dataset.quotes.map((q) => q.translation.ru),
      ...dataset.authorities.map((a) => a.name.ru),
      ...dataset.places.map((p) => p.name.ru),
      readFileSync("messages/ru.json", "utf8").replace(/"[A-Za-z]+":/g, ""),
    ]
      .join("\n")
      .replace(allowed, "");
    while (/\{[^{}]*\}/.test(text)) text = text.replace(/\{[^{}]*\}/g, "");
    expect(text.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
  });

  it("writes Kazakh in Cyrillic only (names of publications aside)", () => {
    const allowed =
      /The Wall Street Journal|Ann M\. Simmons|JavaScript|Natural Earth|QR|Moodle|Canvas|GIFT|QTI|XML|zip/g;
    const kk = [
      ...dataset.claims.map(
        (c) => c.statement.kk + (c.quiz?.howMany?.kk ?? "") + (c.quiz?.where?.question.kk ?? ""),
      ),
      ...dataset.authorities.map((a) => a.name.kk),
      ...dataset.places.map((p) => p.name.kk),
      ...dataset.notStated.map((n) => n.statement.kk + n.explanation.kk),
      ...dataset.timeline.map((e) => e.label.kk + (e.question?.kk ?? "")),
      ...dataset.quotes.map((q) => q.translation.kk),
      readFileSync("messages/kk.json", "utf8").replace(/"[A-Za-z]+":/g, ""),
    ].join("\n");
    let text = kk.replace(allowed, "");
    // Drop ICU syntax ({count, plural, one {…} other {…}}), innermost braces first.
    while (/\{[^{}]*\}/.test(text)) text = text.replace(/\{[^{}]*\}/g, "");
    expect(text.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
  });
});

describe("explainer steps", () => {
  const claimKinds = new Map(dataset.claims.map((c) => [c.id, c.kind]));
  for (const { slug } of dataset.steps) {
    for (const locale of locales) {
      const file = `content/steps/${slug}/${locale}.mdx`;
      it(`${file}: meta and claim references`, () => {
        const source = readFileSync(file, "utf8");
        readStepMeta(source, file);
        const quoteIds = new Set(dataset.quotes.map((q) => q.id));
        const badQuotes = findQuoteRefs(source)
          .filter((ref) => !quoteIds.has(ref.id))
          .map((ref) => `${file}:${ref.line}: <Quote id="${ref.id}"> — no such quote`);
        expect(badQuotes).toEqual([]);
        const problems = findClaimRefs(source).flatMap((ref) => {
          const kind = claimKinds.get(ref.id);
          if (!kind) return [`${file}:${ref.line}: <Claim id="${ref.id}"> — no such claim`];
          if (ref.figure && kind !== "number")
            return [`${file}:${ref.line}: <Claim id="${ref.id}" figure> — not a number claim`];
          return [];
        });
        expect(problems).toEqual([]);
      });
    }
    it(`${slug}: every language cites the same claims`, () => {
      const ids = locales.map((l) =>
        findClaimRefs(readFileSync(`content/steps/${slug}/${l}.mdx`, "utf8"))
          .map((r) => r.id)
          .sort(),
      );
      expect(ids[1]).toEqual(ids[0]);
      expect(ids[2]).toEqual(ids[0]);
    });
  }
});

it("every claim is cited by the step it belongs to", () => {
  const missing = dataset.claims.filter((c) =>
    locales.some(
      (l) =>
        !findClaimRefs(readFileSync(`content/steps/${c.step}/${l}.mdx`, "utf8")).some((r) => r.id === c.id),
    ),
  );
  expect(missing.map((c) => `${c.id} (step ${c.step})`)).toEqual([]);
});

describe("messages", () => {
  const load = (l: string) =>
    JSON.parse(readFileSync(`messages/${l}.json`, "utf8")) as Record<string, Record<string, string>>;
  const flat = (m: Record<string, Record<string, string>>) =>
    Object.entries(m).flatMap(([ns, values]) =>
      Object.entries(values).map(([k, v]) => [`${ns}.${k}`, v] as const),
    );
  const en = new Map(flat(load("en")));

  for (const locale of ["ru", "kk"]) {
    it(`${locale} has every key of en, and no other`, () => {
      const other = new Map(flat(load(locale)));
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, value] of other) expect(value.trim(), key).not.toBe("");
    });
  }

  it("every message parses as ICU for its locale", () => {
    for (const locale of locales) {
      for (const [key, value] of flat(load(locale))) {
        expect(() => new IntlMessageFormat(value, locale), `${locale} ${key}`).not.toThrow();
      }
    }
  });

  it("uses Kazakh's plural forms (one, other)", () => {
    for (const [key, value] of flat(load("kk"))) {
      if (!/plural,/.test(value)) continue;
      for (const form of ["one", "other"]) expect(value, `kk ${key}: ${form}`).toContain(`${form} {`);
    }
  });

  it("uses every Russian plural form", () => {
    for (const [key, value] of flat(load("ru"))) {
      if (!/plural,/.test(value)) continue;
      for (const form of ["one", "few", "many", "other"])
        expect(value, `ru ${key}: ${form}`).toContain(`${form} {`);
    }
    for (const c of dataset.claims) {
      if (!/plural,/.test(c.statement.ru)) continue;
      for (const form of ["one", "few", "many", "other"])
        expect(c.statement.ru, `${c.id}: ${form}`).toContain(`${form} {`);
    }
  });
});

// Each case starts a Node process with tsx (about a second each here, more on a loaded machine).
describe("npm run quiz:json", { timeout: 30_000 }, () => {
  const run = (args: string[]) =>
    spawnSync("npx", ["tsx", "scripts/quiz-json.ts", ...args], { encoding: "utf8" });

  it("prints the rendered class quiz", () => {
    const r = run(["--seed", "4242", "--locale", "kk", "--count", "6"]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.questions).toHaveLength(6);
    for (const q of out.questions) {
      expect(q.question.length).toBeGreaterThan(5);
      expect(q.options).toContain(q.kind === "order" ? q.options[0] : q.answer);
      expect(q.links.quote).toMatch(/^\/kk\/sources#quote-/);
      expect(q.links.step).toMatch(/^\/kk\/explainer\//);
    }
  });

  it("rejects bad arguments with exit code 2", () => {
    for (const args of [
      ["--seed", "abc", "--locale", "en"],
      ["--seed", "1", "--locale", "fr"],
      ["--seed", "1", "--locale", "en", "--count", "99"],
      ["--bogus"],
    ]) {
      const r = run(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/quiz:json: /);
    }
  });
});
