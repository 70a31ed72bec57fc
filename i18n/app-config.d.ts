import type { Locale } from "@/lib/locales";
import type messages from "@/messages/en.json";

// next-intl's types know our locales and messages: `getTranslations` takes only a real locale, and a
// message key that is not in messages/en.json (the reference file) is a compile error.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
