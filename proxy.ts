import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/i18n/routing";
import { steps } from "@/content/steps";

const intl = createMiddleware(routing);
/** Unprefixed paths that exist in every locale: `/quiz` is sent on to `/{locale}/quiz`. */
const sections = new Set(["explainer", "quiz", "sources", "teach"]);
/** Every page under a locale. Anything else gets that locale's prerendered 404 page. */
const pages = new Set([
  "",
  "explainer",
  ...steps.map((s) => `explainer/${s.slug}`),
  "quiz",
  "sources",
  "teach",
  "teach/worksheet",
  "teach/handout",
  "404",
]);

export default function proxy(request: NextRequest) {
  const [, first = "", ...rest] = request.nextUrl.pathname.split("/");
  if ((routing.locales as readonly string[]).includes(first)) {
    const page = rest.join("/").replace(/\/+$/, "");
    if (!pages.has(page)) {
      // Next would answer an unknown path with its global, English 404 shell; this keeps the
      // reader's language (the page itself is `[...rest]` = "404", which calls notFound()).
      const url = request.nextUrl.clone();
      url.pathname = `/${first}/404`;
      return NextResponse.rewrite(url);
    }
    return intl(request);
  }
  // `/`, or a section without a locale: next-intl negotiates (cookie, Accept-Language, default).
  if (first === "" || sections.has(first)) return intl(request);
  // Anything else (`/xx`, `/nope`) is not a page: let it reach the global 404 instead of redirecting.
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next|_vercel|.*\\..*).*)"],
};
