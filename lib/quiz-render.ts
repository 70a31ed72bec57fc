/**
 * Turns a quiz of ids into text in one language. The server builds a `QuizPack` per locale
 * (`lib/quiz-pack.ts`: every sentence a question could need, formatted ahead of time);
 * `renderQuestion` only looks strings up, so the browser needs no message formatter and no dataset
 * text of other languages.
 */
import { figureKey } from "./figures";
import { fill } from "./fill";
import type { Locale } from "./locales";
import { paths } from "./paths";
import { NOBODY, type Question, type QuizData } from "./quiz-types";
import type { CaptionLine } from "./attribution";
import type { Attribution } from "./schemas";

/** One span of the article an answer cites: its number on the sources page, the English, our translation. */
export interface QuoteView {
  id: string;
  number: number;
  text: string;
  translation?: string;
  /** Its card on the sources page. */
  href: string;
}

/**
 * The Quiz messages a pack carries for the question texts (raw: `{name}`-style slots are filled with
 * `fill`). The server reads exactly these (server/quiz-pack-for.ts), checked against messages/en.json.
 */
export const quizLabelKeys = [
  "whoStem",
  "nobody",
  "saysStem",
  "says",
  "otherwise",
  "notSaid",
  "orderStem",
  "explainTrue",
  "explainAltered",
  "explainNotSaid",
  "explainWho",
  "explainNobody",
  "explainNewspaper",
  "explainContext",
  "explainVague",
  "explainContradicted",
  "explainOrder",
] as const;
export type QuizLabels = Record<(typeof quizLabelKeys)[number], string>;

export interface QuizPack {
  locale: Locale;
  labels: QuizLabels;
  claims: Record<
    string,
    {
      statement: string;
      howMany?: string;
      where?: string;
      /** Option labels of the right figure and its distractors, by figure key. */
      figures: Record<string, string>;
      /** The statement with each distractor figure, by figure key ("says otherwise" variants). */
      altered: Record<string, string>;
      /** A text claim's contradicted version and why the article contradicts it. */
      contradicted?: { statement: string; explanation: string };
      attribution: Attribution;
      authorityId: string | null;
    }
  >;
  authorities: Record<string, string>;
  /** "Who reported this?" options: the article's label without the country where it has one. */
  whoLabels: Record<string, string>;
  places: Record<string, string>;
  notStated: Record<string, { statement: string; explanation: string }>;
  events: Record<string, { label: string; question?: string; date: string }>;
  dates: Record<string, string>;
  quotes: Record<
    string,
    {
      text: string;
      translation?: string;
      number: number;
      /** Whose words the English is: the sources page's caption (`quoteCaption`). */
      caption: CaptionLine;
      /** A direct quote: its translation is not the speaker's own words. */
      direct?: true;
    }
  >;
  steps: Record<string, { title: string; number: number }>;
}

/**
 * What `/{locale}/quiz.json` holds: the generator's data and the locale's pack, stamped with the
 * dataset version. The quiz, teacher and worksheet pages fetch it (one cached file, not a copy in
 * every page's HTML) and check the version against the one their HTML was built with.
 */
export interface QuizBundle {
  version: string;
  data: QuizData;
  pack: QuizPack;
}

export interface RenderedQuestion {
  id: string;
  kind: Question["kind"];
  /** The question itself. */
  text: string;
  /** A sentence the question is about (who/says), shown under the question. */
  statement?: string;
  options: { id: string; label: string }[];
  /** The right answer in words ("order": the events in order, joined by " → "). */
  answer: string;
  explanation: string;
  /** "Who says so" line, if any. */
  attribution?: string;
  /** Every span of the article that shows the answer, in order; all of them are shown. */
  quotes: QuoteView[];
  step: { slug: string; title: string; number: number };
  /** `quote`: the first span's card. */
  links: { quote: string; step: string };
}

export function renderQuestion(q: Question, pack: QuizPack): RenderedQuestion {
  const L = pack.labels;
  const who = (c: { attribution: Attribution; authorityId: string | null }) => {
    const name = c.authorityId ? (pack.authorities[c.authorityId] ?? c.authorityId) : "";
    switch (c.attribution) {
      case "named":
        return fill(L.explainWho, { name });
      case "context":
        return fill(L.explainContext, { name });
      case "vague":
        return fill(L.explainVague, { name });
      case "nobody":
        return L.explainNobody;
      case "newspaper":
        return L.explainNewspaper;
    }
  };
  let text = "";
  let statement: string | undefined;
  let options: { id: string; label: string }[] = [];
  let explanation = "";
  let attribution: string | undefined;

  const claimId = q.subject.type === "claim" ? q.subject.id : undefined;
  const claim = claimId ? pack.claims[claimId] : undefined;
  if (claimId && !claim) throw new Error(`quiz pack has no claim "${claimId}"`);

  switch (q.kind) {
    case "how-many":
      text = claim!.howMany!;
      options = q.options.map((id) => ({ id, label: claim!.figures[id] ?? id }));
      explanation = fill(L.explainTrue, { statement: claim!.statement });
      attribution = who(claim!);
      break;
    case "who":
      text = L.whoStem;
      statement = claim!.statement;
      options = q.options.map((id) => ({
        id,
        label: id === NOBODY ? L.nobody : (pack.whoLabels[id] ?? pack.authorities[id] ?? id),
      }));
      explanation = fill(L.explainTrue, { statement: claim!.statement });
      attribution = who(claim!);
      break;
    case "where":
      text = claim!.where!;
      options = q.options.map((id) => ({ id, label: pack.places[id] ?? id }));
      explanation = fill(L.explainTrue, { statement: claim!.statement });
      attribution = who(claim!);
      break;
    case "when": {
      const event = q.subject.type === "event" ? pack.events[q.subject.id] : undefined;
      text = event?.question ?? "";
      options = q.options.map((id) => ({ id, label: pack.dates[id] ?? id }));
      explanation = `${event?.label ?? ""} — ${event?.date ?? ""}`;
      break;
    }
    case "says": {
      text = L.saysStem;
      options = q.options.map((id) => ({
        id,
        label: id === "says" ? L.says : id === "otherwise" ? L.otherwise : L.notSaid,
      }));
      if (q.subject.type === "not-stated") {
        const item = pack.notStated[q.subject.id]!;
        statement = item.statement;
        explanation = fill(L.explainNotSaid, { explanation: item.explanation });
      } else if (q.contradicted && claim!.contradicted) {
        statement = claim!.contradicted.statement;
        explanation = fill(L.explainContradicted, { explanation: claim!.contradicted.explanation });
        attribution = who(claim!);
      } else if (q.altered) {
        statement = claim!.altered[figureKey(q.altered)] ?? claim!.statement;
        explanation = fill(L.explainAltered, { statement: claim!.statement });
        attribution = who(claim!);
      } else {
        statement = claim!.statement;
        explanation = fill(L.explainTrue, { statement: claim!.statement });
        attribution = who(claim!);
      }
      break;
    }
    case "order": {
      text = L.orderStem;
      options = q.options.map((id) => ({ id, label: pack.events[id]?.label ?? id }));
      const ids = q.correct.split(",");
      explanation = `${L.explainOrder} ${ids.map((id) => `${pack.events[id]?.label} (${pack.events[id]?.date})`).join(" → ")}`;
      break;
    }
  }

  const answer =
    q.kind === "order"
      ? q.correct
          .split(",")
          .map((id) => pack.events[id]?.label ?? id)
          .join(" → ")
      : (options.find((o) => o.id === q.correct)?.label ?? q.correct);
  const quotes = q.quoteIds.map((id): QuoteView => {
    const quote = pack.quotes[id];
    if (!quote) throw new Error(`quiz pack has no quote "${id}"`);
    const { text, translation, number } = quote;
    return {
      id,
      number,
      text,
      ...(translation !== undefined ? { translation } : {}),
      href: paths.quote(pack.locale, id),
    };
  });
  const step = pack.steps[q.step];
  if (!step) throw new Error(`quiz pack has no step "${q.step}"`);
  return {
    id: q.id,
    kind: q.kind,
    text,
    ...(statement !== undefined ? { statement } : {}),
    options,
    answer,
    explanation,
    ...(attribution !== undefined ? { attribution } : {}),
    quotes,
    step: { slug: q.step, ...step },
    links: {
      quote: quotes[0]!.href,
      step: paths.step(pack.locale, q.step),
    },
  };
}
