import { defineRouting } from "next-intl/routing";
import { defaultLocale, localeCookie, locales } from "@/lib/locales";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // The switcher writes the cookie itself (so the static export behaves the same); the proxy reads it.
  localeCookie,
});
