import "server-only";
import type { Messages } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Locale } from "@/lib/locales";

/**
 * Raw (unformatted) strings of one namespace for client leaves, which fill `{slots}` themselves
 * with `fill` (lib/fill.ts) and so need no message formatter in the browser. The key lists live
 * beside the components that show them (`quiz-labels.ts`, `teach-labels.ts`).
 */
export async function rawLabels<N extends keyof Messages, K extends keyof Messages[N] & string>(
  locale: Locale,
  namespace: N,
  keys: readonly K[],
): Promise<Record<K, string>> {
  const messages = (await getMessages({ locale }))[namespace] as Record<string, string>;
  return Object.fromEntries(
    keys.map((k) => {
      const text = messages[k];
      if (text === undefined) throw new Error(`messages/${locale}.json: no ${namespace}.${k}`);
      return [k, text];
    }),
  ) as Record<K, string>;
}

/** A whole namespace raw, for a client leaf that shows nearly all of it (the live class's screens). */
export async function rawNamespace<N extends "liveHost" | "liveHostErrors" | "roomCheck">(
  locale: Locale,
  namespace: N,
): Promise<Messages[N]> {
  return (await getMessages({ locale }))[namespace];
}
