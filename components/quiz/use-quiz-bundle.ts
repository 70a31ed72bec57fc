import { useCallback, useEffect, useState } from "react";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import type { QuizBundle } from "@/lib/quiz-render";

export type BundleState =
  { status: "loading" } | { status: "ready"; bundle: QuizBundle } | { status: "failed" };

export async function fetchBundle(locale: Locale, cache: RequestCache): Promise<QuizBundle> {
  const url = paths.quizBundle(locale);
  const response = await fetch(url, { cache });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bundle = (await response.json()) as Partial<QuizBundle> | null;
  if (!bundle || typeof bundle.version !== "string" || !bundle.data || bundle.pack?.locale !== locale) {
    throw new Error(`${url}: not a quiz bundle`);
  }
  return bundle as QuizBundle;
}

/**
 * Loads `/{locale}/quiz.json` (preloaded by the page). A copy cached from before a content update
 * has another version than the page: it is fetched again past the cache, and if it still does not
 * match, or the network fails, the caller shows a message with `retry`.
 */
export function useQuizBundle(locale: Locale, version: string) {
  const [state, setState] = useState<BundleState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    (async () => {
      let bundle = await fetchBundle(locale, attempt === 0 ? "default" : "reload");
      if (bundle.version !== version) bundle = await fetchBundle(locale, "reload");
      if (bundle.version !== version)
        throw new Error(`quiz.json is version ${bundle.version}, not ${version}`);
      if (live) setState({ status: "ready", bundle });
    })().catch((error: unknown) => {
      console.warn(error);
      if (live) setState({ status: "failed" });
    });
    return () => {
      live = false;
    };
  }, [locale, version, attempt]);

  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  return { state, retry };
}
