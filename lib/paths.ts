/**
 * Every address the app links to, built in one place: pages, the quote anchors on the sources page,
 * a class's quiz and worksheet, the quiz bundle. Components, the proxy and the quiz renderer use these
 * instead of writing `/${locale}/…` strings of their own.
 */
import type { Locale } from "./locales";

/** The site's sections, in the order of its navigation; `/{section}` without a locale is sent on to one. */
export const sections = ["explainer", "quiz", "sources", "teach"] as const;
export type Section = (typeof sections)[number];

/** A class's quiz: its code and number of questions. */
export interface ClassQuiz {
  code: string;
  count: number;
}

export const paths = {
  home: (locale: Locale) => `/${locale}`,
  section: (locale: Locale, section: Section) => `/${locale}/${section}`,
  step: (locale: Locale, slug: string) => `/${locale}/explainer/${slug}`,
  /** A class's quiz (`?seed=` is the class code), or the quiz page itself. */
  quiz: (locale: Locale, quiz?: ClassQuiz) =>
    quiz ? `/${locale}/quiz?seed=${quiz.code}&count=${quiz.count}` : `/${locale}/quiz`,
  /**
   * The quiz's data and this language's strings, built once per locale (see `QuizBundle`), named by
   * the hash of its body (server/quiz-bundle.ts) so browsers may keep it for a year.
   */
  quizBundle: (locale: Locale, hash: string) => `/${locale}/quiz/${hash}.json`,
  /** The same body under a name that does not change: served with `no-cache`, for tools and links. */
  quizBundleLatest: (locale: Locale) => `/${locale}/quiz.json`,
  /** The public log of corrections to facts, attributions and translations. */
  corrections: (locale: Locale) => `/${locale}/sources/corrections`,
  /** This language's web app manifest (the app's name in it, for installing on a phone or laptop). */
  webManifest: (locale: Locale) => `/${locale}/manifest.webmanifest`,
  /** The service worker (app/sw.ts, built by scripts/build-sw.ts); its scope is the whole site. */
  serviceWorker: "/sw.js",
  /** A quote's card on the sources page. */
  quote: (locale: Locale, quoteId: string) => `/${locale}/sources#quote-${quoteId}`,
  handout: (locale: Locale) => `/${locale}/teach/handout`,
  /** A class's printable worksheet, or the worksheet page itself. */
  worksheet: (locale: Locale, quiz?: ClassQuiz) =>
    quiz ? `/${locale}/teach/worksheet?code=${quiz.code}&count=${quiz.count}` : `/${locale}/teach/worksheet`,
  /** The localized not-found page, which the proxy serves for unknown paths under a locale. */
  notFound: (locale: Locale) => `/${locale}/404`,
  /** The live class's pages: the student's page, the teacher's, and one step shown live. */
  live: (locale: Locale, joinCode?: string) => `/${locale}/live${joinCode ? `?code=${joinCode}` : ""}`,
  /**
   * The join link on the projector and in its QR code: no language in the path, so each phone opens
   * the class in its own (the proxy: the phone's earlier choice, its browser's, then `lang`, the
   * teacher's).
   */
  liveJoin: (joinCode: string, teacherLocale: Locale) => `/live?code=${joinCode}&lang=${teacherLocale}`,
  liveHost: (locale: Locale) => `/${locale}/live/host`,
  /** "Can this phone reach the class?", the page a room check's QR code opens (`?c=` the check). */
  liveCheck: (locale: Locale) => `/${locale}/live/check`,
  /** The room check's link for phones: like the join link, in each phone's own language. */
  liveCheckLink: (checkId: string, teacherLocale: Locale) =>
    `/live/check?c=${encodeURIComponent(checkId)}&lang=${teacherLocale}`,
  liveStep: (locale: Locale, slug: string) => `/${locale}/live/step/${slug}`,
  /** A step on the teacher's live screen (under the host layout, which keeps the class's stream). */
  liveHostStep: (locale: Locale, slug: string) => `/${locale}/live/host/step/${slug}`,
  /** Homework: the student's page (`?code=` the join code), and the teacher's results (`?s=` the session). */
  homework: (locale: Locale, joinCode?: string) =>
    `/${locale}/live/homework${joinCode ? `?code=${joinCode}` : ""}`,
  /** The homework link students get: like the live join link, in each student's own language. */
  homeworkJoin: (joinCode: string, teacherLocale: Locale) =>
    `/live/homework?code=${joinCode}&lang=${teacherLocale}`,
  homeworkResults: (locale: Locale, sessionId: string) =>
    `/${locale}/live/homework/results?s=${encodeURIComponent(sessionId)}`,
  /** The page at `pathname` (any locale's) in `locale`: `/ru/quiz` → `/kk/quiz`. */
  inLocale: (pathname: string, locale: Locale) => `/${locale}${pathname.replace(/^\/[^/]+/, "")}`,
};

/**
 * Every page under a locale, as the part after `/{locale}/` ("" is the home page; "404" is the
 * localized not-found page). The proxy answers anything else with that locale's 404.
 */
export function pagesUnderLocale(stepSlugs: readonly string[]): string[] {
  return [
    "",
    ...sections,
    ...stepSlugs.map((slug) => `explainer/${slug}`),
    "sources/corrections",
    "teach/worksheet",
    "teach/handout",
    "live",
    "live/host",
    "live/check",
    "live/homework",
    "live/homework/results",
    ...stepSlugs.map((slug) => `live/step/${slug}`),
    ...stepSlugs.map((slug) => `live/host/step/${slug}`),
    "404",
  ];
}
