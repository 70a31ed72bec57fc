"use client";

import { usePathname } from "next/navigation";
import { localeCookie, localeNames, locales, type Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";

/**
 * Plain links, not client-side navigation: switching language reloads the page so `<html lang>`,
 * metadata and every server-rendered string change together. Query and hash are carried over on
 * click (they are not known when the page is prerendered), and the choice is remembered in the
 * cookie that `/` reads.
 */
/** Remembered for `/`, which sends the reader to their last choice. */
function rememberLocale(locale: Locale) {
  document.cookie = `${localeCookie.name}=${locale}; path=/; max-age=${localeCookie.maxAge}; samesite=${localeCookie.sameSite}`;
}

export function LocaleSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname() ?? paths.home(current);

  function go(event: React.MouseEvent<HTMLAnchorElement>, locale: Locale) {
    rememberLocale(locale);
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    // A full load on purpose: <html lang>, metadata and every server-rendered string change together.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign(
      `${paths.inLocale(pathname, locale)}${window.location.search}${window.location.hash}`,
    );
  }

  return (
    <nav aria-label={label} className="text-base">
      <ul className="flex flex-wrap gap-1">
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={paths.inLocale(pathname, locale)}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              onClick={(event) => go(event, locale)}
              className="inline-flex min-h-11 items-center rounded-md px-2.5 font-medium no-underline aria-[current=true]:bg-accent aria-[current=true]:text-on-accent hover:underline"
            >
              {localeNames[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
