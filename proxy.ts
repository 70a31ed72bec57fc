import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/i18n/routing";
import { steps } from "@/content/steps";
import { isLocale, localeCookie } from "@/lib/locales";
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
  if (first === "live" && rest.join("") === "") return joinLink(request);
  // `/`, or a section without a locale: next-intl negotiates (cookie, Accept-Language, default).
  if (first === "" || unprefixed.has(first)) return intl(request);
  // Anything else (`/xx`, `/nope`) is not a page: let it reach the global 404 instead of redirecting.
  return NextResponse.next();
}

/**
 * `/live?code=…&lang=…`, the projector's join link and QR code: each phone opens the join page in its
 * own language — its earlier choice, then its browser's, then the teacher's (`lang`) — with the code.
 */
function joinLink(request: NextRequest) {
  const url = request.nextUrl.clone();
  const locale = negotiateLocale({
    cookie: request.cookies.get(localeCookie.name)?.value,
    acceptLanguage: request.headers.get("accept-language"),
    suggested: url.searchParams.get("lang"),
  });
  const code = url.searchParams.get("code");
  url.pathname = paths.live(locale);
  // The join page checks the code itself (and says so when it is wrong); only `lang` is used up here.
  url.search = code === null ? "" : `?${new URLSearchParams({ code })}`;
  return NextResponse.redirect(url, 307);
}

export const config = {
  matcher: ["/((?!_next|_vercel|.*\\..*).*)"],
};
