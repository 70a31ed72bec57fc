import type { Locale } from "@/lib/locales";

/**
 * Words to avoid in each language, with the word to use instead: terms fixed once (one word for
 * one thing), names spelled one way, and house style. content/glossary-usage.test.ts checks every
 * text of the dataset, every explainer step and every UI message against it.
 *
 * `narrationOnly`: the check skips the "article doesn't say" items, whose statements are false on
 * purpose and may use a loaded word so that students can reject it.
 */
export interface GlossaryRule {
  avoid: RegExp;
  use: string;
  why: string;
  narrationOnly?: boolean;
}

export const glossaryUsage: Record<Locale, GlossaryRule[]> = {
  en: [
    { avoid: /neighbour/i, use: "neighbor", why: "US English, as the article (American) writes" },
    { avoid: /organis/i, use: "organiz-", why: "US English" },
    { avoid: /recognis/i, use: "recogniz-", why: "US English" },
    { avoid: /travell/i, use: "travel-, traveler", why: "US English" },
    { avoid: /colour/i, use: "color", why: "US English" },
    {
      avoid:
        /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/,
      use: "September 27, 2022",
      why: "US date order",
    },
    { avoid: /Scandinavia/i, use: "Nordic countries", why: "Finland is Nordic but not Scandinavian" },
    {
      avoid: /official (term|name)/i,
      use: "the words the article quotes (“Moscow’s euphemism”, “what the Kremlin called”)",
      why: "the article never calls a name official: it says what the Kremlin called the measure and calls “special military operation” Moscow’s euphemism",
    },
    {
      avoid: /refugee/i,
      use: "Russians who crossed, arrivals",
      why: "the article does not call them refugees",
      narrationOnly: true,
    },
  ],
  ru: [
    {
      avoid: /северн\p{L}* стран/iu,
      use: "страны Северной Европы",
      why: "the glossary's term for Nordic nations",
    },
    { avoid: /Скандинав/i, use: "страны Северной Европы", why: "Finland is Nordic but not Scandinavian" },
    { avoid: /русски[ехм]/i, use: "россияне", why: "the article counts citizens, not an ethnic group" },
    { avoid: /на Украин/i, use: "в Украине", why: "one house style" },
    { avoid: /Киргизи/i, use: "Кыргызстан", why: "one name for the country" },
    {
      avoid: /код\p{L}* урок/iu,
      use: "код для входа",
      why: "one name for the 8-digit join code on every screen; «код урока» is easily taken for the 6-digit «код класса»",
    },
    {
      avoid: /не сразу ответил/iu,
      use: "к моменту публикации не ответили",
      why: "«не сразу ответили» says an answer came late; the article (“didn’t immediately respond”) reports none",
    },
    {
      avoid: /беженц/i,
      use: "въехавшие россияне",
      why: "the article does not call them refugees",
      narrationOnly: true,
    },
    { avoid: /уклонист/i, use: "уехавшие", why: "the article gives no motive", narrationOnly: true },
    { avoid: /бегств/i, use: "массовый отъезд", why: "loaded word", narrationOnly: true },
  ],
  kk: [
    { avoid: /Аталыков/, use: "Аталықов", why: "Kazakh surnames in Kazakh orthography, as Тоқаев" },
    {
      avoid: /(?<!«[^«»]*)мобилизац/iu,
      use: "жұмылдыру",
      why: "one word for mobilization, as Kazakh law and the rest of the texts write it; «мобилизация» only inside the quotation marks of the Kremlin's term",
    },
    {
      avoid: /сабақ\p{L}* код/iu,
      use: "кіру коды",
      why: "one name for the 8-digit join code on every screen; «сабақ коды» is easily taken for the 6-digit «сынып коды»",
    },
    {
      avoid: /(?<![\d\u00a0\u202f ]\d{3}|\d)\b\d{1,2}[\u00a0 ](сан|саннан|санды|саны)(?!\p{L})/u,
      use: "цифр (8 цифр, 8 цифрдан, 8 цифрды)",
      why: "a code is made of digits (цифр); «сан» is a number, and stays for a figure",
    },
    { avoid: /өткел/iu, use: "өткізу пункті", why: "one term for a border crossing" },
    { avoid: /шекара бекет/iu, use: "өткізу пункті", why: "one term for a border crossing or post" },
    {
      avoid: /(?<!\p{L})көш(?!і-қон)/iu,
      use: "жаппай кету",
      why: "«көш» carries the sense of the Kazakh repatriation (Ұлы көш)",
    },
    { avoid: /Ресей Президент/u, use: "Ресей президенті", why: "capital П only for Kazakhstan's President" },
    {
      avoid: /қате сұрақ/iu,
      use: "қате жауап берген сұрақ",
      why: "the questions were not wrong, the answers were",
    },
    { avoid: /орыстар/iu, use: "ресейліктер", why: "the article counts citizens, not an ethnic group" },
    {
      avoid: /босқын/iu,
      use: "келген ресейліктер",
      why: "the article does not call them refugees",
      narrationOnly: true,
    },
  ],
};
