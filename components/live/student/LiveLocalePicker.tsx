"use client";

import { useId } from "react";
import { localeCookie, localeNames, locales, type Locale } from "@/lib/locales";
import { useStudentClass } from "./StudentClass";

/**
 * The language of this phone, at any moment: the server is told first (the class counts students by
 * language), then the same page loads in the other language; the keys, the question and the answers
 * stay in this device's storage. Not a `nav` (the header's language links are one already).
 */
export function LiveLocalePicker() {
  const { ui, locale, switchLocale } = useStudentClass();
  // Its own id per copy: the class page may hold two pickers until it knows which state to show.
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className="no-print">
      <p id={labelId} className="font-semibold">
        {ui.t.languageLabel}
      </p>
      <ul className="mt-1 flex flex-wrap gap-2">
        {locales.map((l: Locale) => (
          <li key={l}>
            <button
              type="button"
              lang={l}
              aria-pressed={l === locale}
              onClick={() => {
                if (l === locale) return;
                document.cookie = `${localeCookie.name}=${l}; path=/; max-age=${localeCookie.maxAge}; samesite=${localeCookie.sameSite}`;
                switchLocale(l);
              }}
              className="btn btn-secondary aria-pressed:bg-accent aria-pressed:text-on-accent"
            >
              {localeNames[l]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
