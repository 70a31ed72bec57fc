// The static export's `/`: the reader's last choice (cookie), then the browser's languages, then English.
// Without JavaScript it is a page of three links.
const locales = [
  ["en", "English", "Russia's 2022 mobilization and the exodus — a classroom explainer"],
  ["ru", "Русский", "Мобилизация в России в 2022 году и массовый отъезд — объяснение для урока"],
  ["kk", "Қазақша", "Ресейдегі 2022 жылғы мобилизация және жаппай кету — сабаққа арналған түсіндірме"],
];

export function rootIndexHtml() {
  const codes = JSON.stringify(locales.map(([code]) => code));
  const script = `(function(){var l=${codes},c=(document.cookie.match(/(?:^|; )NEXT_LOCALE=([a-z]+)/)||[])[1];if(l.indexOf(c)<0){c=null;var n=navigator.languages||[navigator.language||""];for(var i=0;i<n.length&&!c;i++){var p=String(n[i]).toLowerCase().split("-")[0];if(l.indexOf(p)>=0)c=p}}location.replace("/"+(c||"en")+"/")})();`;
  const links = locales
    .map(
      ([code, name, title]) =>
        `<li><a href="/${code}/" hreflang="${code}" lang="${code}">${name}</a> — <span lang="${code}">${title}</span></li>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Choose a language · Выберите язык · Тілді таңдаңыз</title>
${locales.map(([code]) => `<link rel="alternate" hreflang="${code}" href="/${code}/">`).join("\n")}
<link rel="alternate" hreflang="x-default" href="/en/">
<script>${script}</script>
<style>body{font:18px/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}a{font-weight:600}</style>
</head>
<body>
<main>
<h1>Choose a language · <span lang="ru">Выберите язык</span> · <span lang="kk">Тілді таңдаңыз</span></h1>
<ul>
${links}
</ul>
</main>
</body>
</html>
`;
}
