/** Builds the per-locale `QuizPack` on the server (and in the CLI): see `lib/quiz-render.ts`. */
import { quoteCaption, sourceLookup } from "./attribution";
import { numberFigures } from "./distractors";
import { figureKey, type Figure } from "./figures";
import { formatFigureValue, formatFullDate, formatLongDate } from "./format";
import type { Locale } from "./locales";
import { periodBounds } from "./periods";
import type { QuizLabels, QuizPack } from "./quiz-render";
import type { Dataset } from "./schemas";
import { eventArgs, formatMessage, renderClaimText, renderNotStated, renderStatement } from "./statements";

export function buildQuizPack(
  d: Dataset,
  locale: Locale,
  labels: QuizLabels,
  stepTitles: Record<string, string>,
): QuizPack {
  const claims: QuizPack["claims"] = {};
  // The same computation the generator draws wrong answers from: every key it can pick is labelled.
  const numbers = numberFigures(d.claims);
  const sources = sourceLookup(d);
  for (const c of d.claims) {
    const figures: Record<string, string> = {};
    const altered: Record<string, string> = {};
    const n = numbers.get(c.id);
    if (c.kind === "number" && n) {
      const label = (x: Figure) => formatFigureValue({ ...x, qualifier: c.qualifier, unit: c.unit }, locale);
      figures[figureKey(n.answer)] = label(n.answer);
      for (const x of n.distractors) {
        figures[figureKey(x)] = label(x);
        altered[figureKey(x)] = renderStatement(c, locale, x);
      }
    }
    claims[c.id] = {
      statement: renderStatement(c, locale),
      ...(c.quiz?.howMany ? { howMany: renderClaimText(c, c.quiz.howMany, locale) } : {}),
      ...(c.quiz?.where ? { where: renderClaimText(c, c.quiz.where.question, locale) } : {}),
      figures,
      altered,
      ...(c.contradicted
        ? {
            contradicted: {
              statement: c.contradicted.statement[locale],
              explanation: c.contradicted.explanation[locale],
            },
          }
        : {}),
      ...sources.claim(c),
    };
  }
  const dates: Record<string, string> = {};
  // Every day the article dates, the ends of ranges included: the "when?" options (lib/quiz-kinds/when.ts).
  for (const e of d.timeline) {
    const { from, to } = periodBounds(e.period);
    // Without the weekday: its length ("Wednesday", «воскресенье») would point to some days.
    for (const day of [from, to]) dates[day] = formatLongDate(day, locale);
  }
  const authorities = Object.fromEntries(d.authorities.map((a) => [a.id, a.name[locale]]));
  return {
    locale,
    labels,
    claims,
    authorities,
    whoLabels: Object.fromEntries(d.authorities.map((a) => [a.id, (a.label ?? a.name)[locale]])),
    places: Object.fromEntries(d.places.map((p) => [p.id, p.name[locale]])),
    notStated: Object.fromEntries(
      d.notStated.map((n) => [
        n.id,
        { statement: renderNotStated(n, locale), explanation: n.explanation[locale] },
      ]),
    ),
    events: Object.fromEntries(
      d.timeline.map((e) => [
        e.id,
        {
          label: e.label[locale],
          ...(e.question
            ? {
                question: formatMessage(
                  e.question[locale],
                  locale,
                  eventArgs(d.source.datePublished, locale),
                ),
              }
            : {}),
          date:
            e.period.kind === "range"
              ? `${formatFullDate(e.period.from, locale)} – ${formatFullDate(e.period.to, locale)}`
              : formatFullDate(e.period.date, locale),
        },
      ]),
    ),
    dates,
    quotes: Object.fromEntries(
      d.quotes.map((q, i) => [
        q.id,
        {
          text: q.text,
          number: i + 1,
          ...(locale !== "en" ? { translation: q.translation[locale] } : {}),
          // Whose words these are, as the sources page's card says it (lib/attribution.ts).
          caption: quoteCaption(q, sources.quote(q.id), (a) => authorities[a]!),
          ...(q.direct ? { direct: true as const } : {}),
        },
      ]),
    ),
    steps: Object.fromEntries(
      d.steps.map((s, i) => [s.slug, { title: stepTitles[s.slug] ?? s.slug, number: i + 1 }]),
    ),
  };
}
