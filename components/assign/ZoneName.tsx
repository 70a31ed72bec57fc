import type { ReactNode } from "react";

/**
 * A sentence with the time zone's name in it: the IANA name ("Asia/Almaty") and "UTC+5" are codes,
 * read in English whatever the page's language, so they carry `lang="en"` (WCAG 3.1.2).
 */
export function WithZone({ text, zone }: { text: string; zone: string }): ReactNode {
  const [before = "", after = ""] = text.split("{zone}");
  return (
    <>
      {before}
      <span lang="en" translate="no">
        {zone}
      </span>
      {after}
    </>
  );
}
