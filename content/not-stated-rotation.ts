import type { z } from "zod";
import type { notStatedSchema } from "@/lib/schemas";

/**
 * More statements the article does NOT make (as in `./not-stated.ts`), each on the quote of a
 * question that nothing else in a quiz keeps out. Sharing that quote, they and that question block
 * one another, so long quizzes rotate among them instead of always asking the same one (issue 28,
 * exposure), and they bring “the article doesn’t say” closer to a third of the says keys.
 */
export const rotationNotStated: z.input<typeof notStatedSchema>[] = [
  {
    id: "ns-training-about-a-month",
    statement: {
      en: "The mandatory additional military training for those mobilized will last about a month.",
      ru: "Обязательная дополнительная военная подготовка мобилизованных продлится около месяца.",
      kk: "Жұмылдырылғандардың міндетті қосымша әскери дайындығы шамамен бір айға созылады.",
    },
    explanation: {
      en: "Putin said those mobilized would undergo mandatory additional military training. The article does not say how long the training would last.",
      ru: "Путин сказал, что мобилизованные пройдут обязательную дополнительную военную подготовку. Сколько она продлится, в статье не сказано.",
      kk: "Путин жұмылдырылғандардың міндетті қосымша әскери дайындықтан өтетінін айтты. Дайындықтың қанша уақытқа созылатыны мақалада айтылмайды.",
    },
    quoteIds: ["q-putin-training"],
    decides: ["mandatory additional military training"],
    step: "the-order",
  },
  {
    id: "ns-duma-backed-request",
    statement: {
      en: "Most State Duma deputies supported the request for information on supplies for the troops.",
      ru: "Большинство депутатов Государственной думы поддержали запрос о предоставлении сведений о снабжении войск.",
      kk: "Мемлекеттік Дума депутаттарының көпшілігі әскерді жабдықтау туралы сұрауды қолдады.",
    },
    explanation: {
      en: "The article says Delyagin and a fellow member of his party were requesting that the Ministry of Defense be ordered to provide information on the criteria for supplies. It does not say whether other deputies backed them.",
      ru: "В статье говорится, что Делягин и его однопартиец просят обязать Министерство обороны предоставить сведения о критериях снабжения. Поддержали ли их другие депутаты, в ней не сказано.",
      kk: "Мақалада Делягин мен оның партиядағы әріптесі Қорғаныс министрлігін жабдықтау өлшемшарттары туралы ақпарат беруге міндеттеуді сұрап отырғаны айтылады. Оларды басқа депутаттардың қолдаған-қолдамағаны айтылмайды.",
    },
    quoteIds: ["q-delyagin-request"],
    decides: ["Ministry of Defense be ordered"],
    step: "inside-russia",
  },
  {
    id: "ns-delyagin-request-deadline",
    statement: {
      en: "Delyagin said the Ministry of Defense had only a week to answer his request about supplies for the troops.",
      ru: "Делягин сказал, что на его запрос о снабжении войск Министерство обороны должно ответить всего за неделю.",
      kk: "Делягин Қорғаныс министрлігі оның жабдықтау туралы сұрауына бір апта ішінде жауап беруі тиіс екенін айтты.",
    },
    explanation: {
      en: "The article says Delyagin and a fellow member of his party were requesting that the Ministry of Defense be ordered to provide information on the criteria for supplies. It gives no deadline for an answer.",
      ru: "В статье говорится, что Делягин и его однопартиец просят обязать Министерство обороны предоставить сведения о критериях снабжения. Срока для ответа статья не называет.",
      kk: "Мақалада Делягин мен оның партиядағы әріптесі Қорғаныс министрлігін жабдықтау өлшемшарттары туралы ақпарат беруге міндеттеуді сұрап отырғаны айтылады. Жауап беру мерзімі көрсетілмейді.",
    },
    quoteIds: ["q-delyagin-request"],
    decides: ["Ministry of Defense be ordered"],
    step: "inside-russia",
  },
  {
    id: "ns-deputy-no-warning",
    statement: {
      en: "A State Duma deputy said the mobilization had been announced with almost no warning for those called up.",
      ru: "Депутат Государственной думы заявил, что мобилизацию объявили почти без предупреждения.",
      kk: "Мемлекеттік Дума депутаты жұмылдыру ешқандай ескертусіз дерлік жарияланғанын айтты.",
    },
    explanation: {
      en: "The one State Duma deputy the article quotes, Mikhail Delyagin, said the mobilization had exacerbated public anxiety about the material support of the armed forces. No one in the article comments on how much warning there was.",
      ru: "Статья цитирует одного депутата Государственной думы — Михаила Делягина: по его словам, мобилизация усилила тревогу общества по поводу материального обеспечения армии. Была ли она объявлена внезапно, в статье никто не обсуждает.",
      kk: "Мақала Мемлекеттік Дума депутаты Михаил Делягиннің ғана сөзін келтіреді: оның айтуынша, жұмылдыру армияны материалдық қамтамасыз етуге қатысты қоғамдағы алаңдаушылықты күшейтті. Жұмылдырудың алдын ала ескертусіз жарияланғаны туралы мақалада ешкім айтпайды.",
    },
    quoteIds: ["q-delyagin-anxiety"],
    decides: ["exacerbated public anxiety"],
    step: "inside-russia",
  },
  {
    id: "ns-armenia-find-work",
    statement: {
      en: "Armenia’s government said it would help many of the Russians arriving in the country to find work.",
      ru: "Правительство Армении заявило, что поможет многим приезжающим в страну россиянам найти работу.",
      kk: "Армения үкіметі елге келіп жатқан көптеген ресейліктерге жұмыс табуға көмектесетінін мәлімдеді.",
    },
    explanation: {
      en: "Armenia appears in the article only in its list of the countries Russians have headed to. The article reports no statement by Armenia’s government.",
      ru: "В статье Армения лишь названа в перечне стран, куда направляются россияне. Заявлений правительства Армении статья не приводит.",
      kk: "Мақалада Армения ресейліктер баратын елдердің тізімінде ғана аталады. Армения үкіметінің мәлімдемесі мақалада келтірілмейді.",
    },
    quoteIds: ["q-destinations"],
    decides: ["Armenia"],
    step: "the-exodus",
  },
];
