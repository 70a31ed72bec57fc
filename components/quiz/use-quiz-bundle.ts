import { useCallback, useEffect, useState } from "react";
import type { Locale } from "@/lib/locales";
import type { QuizBundle } from "@/lib/quiz-render";

export type BundleState =
  { status: "loading" } | { status: "ready"; bundle: QuizBundle } | { status: "failed" };

/** The bundle's URL is gone: this tab was built by an older deployment, whose hashes no longer exist. */
export class StaleBundleError extends Error {
  constructor(readonly url: string) {
    super(`${url}: gone (a newer build replaced it)`);
  }
}

/**
 * Fetches a quiz bundle from its immutable URL, `/{locale}/quiz/{hash}.json` (the page knows the
 * hash from its build). A 404 means the page itself is outdated: it throws `StaleBundleError`.
 */
export async function fetchBundle(url: string, locale: Locale, cache: RequestCache): Promise<QuizBundle> {
  const response = await fetch(url, { cache });
  if (response.status === 404) throw new StaleBundleError(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bundle = (await response.json()) as Partial<QuizBundle> | null;
  if (!bundle || typeof bundle.version !== "string" || !bundle.data || bundle.pack?.locale !== locale) {
    throw new Error(`${url}: not a quiz bundle`);
  }
  return bundle as QuizBundle;
}

const reloadKey = (url: string) => `quiz-bundle-reloaded:${url}`;

/**
 * Reloads the page, which brings the new build's bundle URLs, once per missing URL: if the reloaded
 * page still asks for the same missing file (a broken deployment), it returns false instead of
 * reloading for ever, and the caller shows its "could not load" message.
 */
export function reloadForNewBuild(url: string): boolean {
  try {
    if (sessionStorage.getItem(reloadKey(url))) return false;
    sessionStorage.setItem(reloadKey(url), "1");
  } catch {
    return false; // storage blocked: no way to tell a second reload from the first
  }
  window.location.reload();
  return true;
}

/**
 * Loads the quiz bundle at `url` (preloaded by the page). If the file is gone the page reloads; if
 * the network fails, the caller shows a message with `retry`.
 */
export function useQuizBundle(url: string, locale: Locale) {
  const [state, setState] = useState<BundleState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    fetchBundle(url, locale, attempt === 0 ? "default" : "reload")
      .then((bundle) => {
        if (live) setState({ status: "ready", bundle });
      })
      .catch((error: unknown) => {
        console.warn(error);
        if (error instanceof StaleBundleError && reloadForNewBuild(url)) return;
        if (live) setState({ status: "failed" });
      });
    return () => {
      live = false;
    };
  }, [url, locale, attempt]);

  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  return { state, retry };
}
