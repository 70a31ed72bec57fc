import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/i18n/routing";
import { steps } from "@/content/steps";
import { isLocale, localeCookie, type Locale } from "@/lib/locales";
import { negotiateLocale } from "@/lib/negotiate-locale";
import { pagesUnderLocale, paths, sections } from "@/lib/paths";

const intl = createMiddleware(routing);
/** Unprefixed paths that exist in every locale: `/quiz` is sent on to `/{locale}/quiz`. */
const unprefixed = new Set<string>(sections);
/** Every page under a locale. Anything else gets that locale's prerendered 404 page. */
const pages = new Set(pagesUnderLocale(steps.map((s) => s.slug)));

export default function proxy(request: NextRequest) {
  const [, first = "", ...rest] = request.nextUrl.pathname.split("/");
  if (isLocale(first)) {
    const page = rest.join("/").replace(/\/+$/, "");
    if (!pages.has(page)) {
      // Next would answer an unknown path with its global, English 404 shell; this keeps the
      // reader's language (the page itself is `[...rest]` = "404", which calls notFound()).
      const url = request.nextUrl.clone();
      url.pathname = paths.notFound(first);
      return NextResponse.rewrite(url);
    }
    return intl(request);
  }
  if (first === "live" && rest.join("/") === "") return inReadersLocale(request, "code", paths.live);
  if (first === "live" && rest.join("/") === "homework")
    return inReadersLocale(request, "code", paths.homework);
  if (first === "live" && rest.join("/") === "check") return inReadersLocale(request, "c", paths.liveCheck);
  // `/`, or a section without a locale: next-intl negotiates (cookie, Accept-Language, default).
  if (first === "" || unprefixed.has(first)) return intl(request);
  // Anything else (`/xx`, `/nope`) is not a page: let it reach the global 404 instead of redirecting.
  return NextResponse.next();
}

/**
 * The projector's links for phones — `/live?code=…&lang=…` (join) and `/live/check?c=…&lang=…` (the
 * room check) — carry no locale: each phone opens the page in its own language — its earlier choice,
 * then its browser's, then the teacher's (`lang`) — with the one parameter the page needs.
 */
function inReadersLocale(request: NextRequest, keep: string, page: (locale: Locale) => string) {
  const url = request.nextUrl.clone();
  const locale = negotiateLocale({
    cookie: request.cookies.get(localeCookie.name)?.value,
    acceptLanguage: request.headers.get("accept-language"),
    suggested: url.searchParams.get("lang"),
  });
  const value = url.searchParams.get(keep);
  url.pathname = page(locale);
  // The page checks the value itself (and says so when it is wrong); only `lang` is used up here.
  url.search = value === null ? "" : `?${new URLSearchParams({ [keep]: value })}`;
  return NextResponse.redirect(url, 307);
}

export const config = {
  matcher: ["/((?!_next|_vercel|.*\\..*).*)"],
};
