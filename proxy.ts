import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/i18n/routing";

const intl = createMiddleware(routing);
/** Unprefixed paths that exist in every locale: `/quiz` is sent on to `/{locale}/quiz`. */
const sections = new Set(["explainer", "quiz", "sources", "teach"]);

export default function proxy(request: NextRequest) {
  const first = request.nextUrl.pathname.split("/")[1] ?? "";
  // `/`, a locale prefix, or a known section: next-intl negotiates (cookie, Accept-Language, default).
  if (first === "" || (routing.locales as readonly string[]).includes(first) || sections.has(first)) {
    return intl(request);
  }
  // Anything else (`/xx`, `/nope`) is not a page: let it reach the 404 instead of redirecting it.
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next|_vercel|.*\\..*).*)"],
};
