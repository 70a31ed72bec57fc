// The static export's `/`: the reader's last choice (cookie), then the browser's languages, then the
// default. Without JavaScript it is a page of links, one per language.
import { readFileSync } from "node:fs";
import { defaultLocale, localeCookie, localeNames, locales, type Locale } from "../lib/locales";
import { paths } from "../lib/paths";

/** "Choose a language", in each language: one entry per locale, each required. */
const chooseLanguage: Record<Locale, string> = {
  en: "Choose a language",
  ru: "Выберите язык",
  kk: "Тілді таңдаңыз",
};

/** The site's title in `locale`, as its pages give it (messages/{locale}.json › Metadata.title). */
function siteTitle(locale: Locale): string {
  const messages = JSON.parse(
    readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), "utf8"),
  ) as {
    Metadata: { title: string };
  };
  return messages.Metadata.title;
}

export function rootIndexHtml() {
  const codes = JSON.stringify(locales);
  const cookie = new RegExp(`(?:^|; )${localeCookie.name}=([a-z]+)`).source;
  const script = `(function(){var l=${codes},c=(document.cookie.match(/${cookie}/)||[])[1];if(l.indexOf(c)<0){c=null;var n=navigator.languages||[navigator.language||""];for(var i=0;i<n.length&&!c;i++){var p=String(n[i]).toLowerCase().split("-")[0];if(l.indexOf(p)>=0)c=p}}location.replace("/"+(c||${JSON.stringify(defaultLocale)})+"/")})();`;
  const home = (code: Locale) => `${paths.home(code)}/`;
  const links = locales
    .map(
      (code) =>
        `<li><a href="${home(code)}" hreflang="${code}" lang="${code}">${localeNames[code]}</a> — <span lang="${code}">${siteTitle(code)}</span></li>`,
    )
    .join("\n");
  const choose = (code: Locale) =>
    code === defaultLocale ? chooseLanguage[code] : `<span lang="${code}">${chooseLanguage[code]}</span>`;
  return `<!doctype html>
<html lang="${defaultLocale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${locales.map((code) => chooseLanguage[code]).join(" · ")}</title>
${locales.map((code) => `<link rel="alternate" hreflang="${code}" href="${home(code)}">`).join("\n")}
<link rel="alternate" hreflang="x-default" href="${home(defaultLocale)}">
<script>${script}</script>
<style>body{font:18px/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}a{font-weight:600}</style>
</head>
<body>
<main>
<h1>${locales.map(choose).join(" · ")}</h1>
<ul>
${links}
</ul>
</main>
</body>
</html>
`;
}
