/** Builds the per-locale `QuizPack` on the server (and in the CLI): see `lib/quiz-render.ts`. */
import { claimDistractors, claimFigure } from "./distractors";
import { formatFigureValue, formatFullDate, periodStart } from "./format";
import type { Locale } from "./locales";
import { figureKey } from "./quiz";
import type { QuizLabels, QuizPack } from "./quiz-render";
import type { Dataset } from "./schemas";
import { renderClaimText, renderStatement } from "./statements";

export function buildQuizPack(
  d: Dataset,
  locale: Locale,
  labels: QuizLabels,
  stepTitles: Record<string, string>,
): QuizPack {
  const claims: QuizPack["claims"] = {};
  for (const c of d.claims) {
    const figures: Record<string, string> = {};
    const altered: Record<string, string> = {};
    if (c.kind === "number") {
      const f = (x: ReturnType<typeof claimFigure>) =>
        formatFigureValue({ ...x, qualifier: c.qualifier, unit: c.unit }, locale);
      figures[figureKey(claimFigure(c))] = f(claimFigure(c));
      for (const x of claimDistractors(c)) {
        figures[figureKey(x)] = f(x);
        altered[figureKey(x)] = renderStatement(c, locale, x);
      }
    }
    claims[c.id] = {
      statement: renderStatement(c, locale),
      ...(c.quiz?.howMany ? { howMany: renderClaimText(c, c.quiz.howMany, locale) } : {}),
      ...(c.quiz?.where ? { where: renderClaimText(c, c.quiz.where.question, locale) } : {}),
      figures,
      altered,
      authorityId: c.authorityId,
    };
  }
  const dates: Record<string, string> = {};
  for (const e of d.timeline) {
    const start = periodStart(e.period);
    if (start) dates[start] = formatFullDate(start, locale);
  }
  return {
    locale,
    labels,
    claims,
    authorities: Object.fromEntries(d.authorities.map((a) => [a.id, a.name[locale]])),
    places: Object.fromEntries(d.places.map((p) => [p.id, p.name[locale]])),
    notStated: Object.fromEntries(
      d.notStated.map((n) => [n.id, { statement: n.statement[locale], explanation: n.explanation[locale] }]),
    ),
    events: Object.fromEntries(
      d.timeline.map((e) => [
        e.id,
        {
          label: e.label[locale],
          ...(e.question ? { question: e.question[locale] } : {}),
          date:
            e.period.kind === "range"
              ? `${formatFullDate(e.period.from, locale)} – ${formatFullDate(e.period.to, locale)}`
              : formatFullDate(periodStart(e.period)!, locale),
        },
      ]),
    ),
    dates,
    quotes: Object.fromEntries(
      d.quotes.map((q, i) => [
        q.id,
        { text: q.text, number: i + 1, ...(locale !== "en" ? { translation: q.translation[locale] } : {}) },
      ]),
    ),
    steps: Object.fromEntries(
      d.steps.map((s, i) => [s.slug, { title: stepTitles[s.slug] ?? s.slug, number: i + 1 }]),
    ),
  };
}
