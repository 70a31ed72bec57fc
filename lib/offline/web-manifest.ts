/**
 * The web app manifest of one language (`/{locale}/manifest.webmanifest`): the app's name in that
 * language, its icons and colours, so that it can be installed on a phone's home screen or a laptop.
 * The scope is the whole site, so the installed app can switch languages; it opens on this
 * language's home page.
 */
import type { Locale } from "../locales";
import { paths } from "../paths";

export interface WebManifestText {
  name: string;
  shortName: string;
  description: string;
}

/** The header's blue (app/icon.svg) and the light page background (app/globals.css). */
export const themeColor = "#1d4ed8";
export const backgroundColor = "#ffffff";

export function webManifest(locale: Locale, text: WebManifestText, trailingSlash: boolean) {
  const home = paths.home(locale);
  return {
    id: home,
    name: text.name,
    short_name: text.shortName,
    description: text.description,
    lang: locale,
    dir: "ltr",
    start_url: trailingSlash ? `${home}/` : home,
    scope: "/",
    display: "standalone",
    theme_color: themeColor,
    background_color: backgroundColor,
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
