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
      en: "Most State Duma deputies supported Delyagin’s request about the criteria for supplying the troops.",
      ru: "Большинство депутатов Государственной думы поддержали запрос Делягина о критериях снабжения войск.",
      kk: "Мемлекеттік Дума депутаттарының көпшілігі Делягиннің әскерді жабдықтау өлшемшарттары туралы сұрауын қолдады.",
    },
    explanation: {
      en: "Delyagin said he and a fellow member of his party were requesting that Russia’s Ministry of Defense be ordered to provide information on the criteria for supplying troops. The article does not say whether other State Duma deputies backed the request.",
      ru: "Делягин сказал, что он и его однопартиец просят обязать Министерство обороны России раскрыть, по каким критериям снабжаются войска. Поддержали ли этот запрос другие депутаты Государственной думы, в статье не сказано.",
      kk: "Делягин өзі мен партиядағы әріптесі Ресей Қорғаныс министрлігін әскерді жабдықтау өлшемшарттары туралы ақпарат беруге міндеттеуді сұрап жатқанын айтты. Мемлекеттік Думаның басқа депутаттарының бұл сұрауды қолдаған-қолдамағаны мақалада айтылмайды.",
    },
    quoteIds: ["q-delyagin-request"],
    decides: ["Ministry of Defense be ordered"],
    step: "inside-russia",
  },
  {
    id: "ns-armenia-find-work",
    statement: {
      en: "Armenia’s government said it would help many of the Russians arriving in the country to find work.",
      ru: "Правительство Армении заявило, что поможет многим приезжающим россиянам найти работу.",
      kk: "Армения үкіметі елге келіп жатқан көптеген ресейліктерге жұмыс табуға көмектесетінін мәлімдеді.",
    },
    explanation: {
      en: "The article names Armenia only as one of the countries Russians have headed to. It reports no statement by Armenia’s government.",
      ru: "Армения упоминается в статье лишь как одна из стран, куда едут россияне. Заявлений её правительства в статье нет.",
      kk: "Мақалада Армения ресейліктер барып жатқан елдердің тізімінде ғана аталады. Армения үкіметінің мәлімдемесі мақалада келтірілмейді.",
    },
    quoteIds: ["q-destinations"],
    decides: ["Armenia"],
    step: "the-exodus",
  },
];
