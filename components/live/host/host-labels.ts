import type { Messages } from "next-intl";
import { evidenceUiKeys, type QuizUi } from "@/components/quiz/quiz-labels";
import type { Locale } from "@/lib/locales";

/** Every string of the teacher's live screen (raw: `{slots}` are filled in the browser with `fill`). */
export type HostLabels = Messages["liveHost"];
/** Every server error code as a sentence (raw). */
export type LiveErrorLabels = Messages["liveHostErrors"];
/** The quiz's own labels the host screen reuses (evidence links, loading the quiz bundle). */
export const hostQuizKeys = [...evidenceUiKeys, "loading", "loadFailed", "tryAgain"] as const;
export type HostQuizLabels = Pick<QuizUi, (typeof hostQuizKeys)[number]>;

/** A step of the explainer as the host's control bar names it. */
export interface HostStepInfo {
  slug: string;
  title: string;
}

export interface HostSetup {
  labels: HostLabels;
  errors: LiveErrorLabels;
  quiz: HostQuizLabels;
  steps: HostStepInfo[];
  /** The dataset version this build's quiz bundle carries (a class started on another build differs). */
  version: string;
  /** The quiz bundle's immutable address in each language. */
  bundles: Record<Locale, string>;
  /** Each language's own name, for the joined counts by language. */
  languageNames: Record<string, string>;
}
