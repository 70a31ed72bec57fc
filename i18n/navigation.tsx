import type { AnchorHTMLAttributes } from "react";
import { getLocale } from "next-intl/server";

/**
 * A link within the reader's language: `href="/quiz"` becomes `/kk/quiz`. A plain `<a>` rendered on
 * the server, on purpose: every page is prerendered and loads fast, so client-side navigation (and
 * the next-intl client runtime it needs on every page) would cost more JavaScript than it saves.
 * Switching language is `LocaleSwitcher`'s job.
 */
export async function Link({ href, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const locale = await getLocale();
  const path = href === "/" ? "" : href;
  return <a href={`/${locale}${path}`} {...props} />;
}
