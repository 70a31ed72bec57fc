import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "@/lib/locales";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // The switcher writes the cookie itself (so the static export behaves the same); the proxy reads it.
  localeCookie: { name: "NEXT_LOCALE", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
});
