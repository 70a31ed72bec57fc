import type { z } from "zod";
import type { timelineEventSchema } from "@/lib/schemas";

/**
 * Dated events, as the article dates them (weekdays resolved against Tuesday 27 September 2022).
 * Labels say only what happened, never when relative to the others ("Sunday's figures", "the
 * article is published"), because the quiz asks to put them in order.
 */
export const timeline: z.input<typeof timelineEventSchema>[] = [
  {
    id: "t-residency-window",
    period: { kind: "range", from: "2022-09-01", to: "2022-09-24" },
    datePhrase: "between Sept. 1 and Sept. 24",
    quoteIds: ["q-kz-residency", "q-kz-residency-period"],
    label: {
      en: "The period covered by Kazakhstan’s figures on residency applications",
      ru: "Период, за который Казахстан привёл данные об обращениях за разрешением на проживание",
      kk: "Қазақстанда тұруға рұқсат сұрап берілген өтініштер туралы деректер қамтитын кезең",
    },
    claimIds: ["kz-896-applicants", "kz-10pct-russians"],
  },
  {
    id: "t-mobilization-order",
    period: { kind: "day", date: "2022-09-21" },
    datePhrase: "on Sept. 21",
    quoteIds: ["q-reservists-called-up", "q-called-up-sept21"],
    label: {
      en: "Reservists are called up",
      ru: "Резервистов призывают на службу",
      kk: "Запастағы әскерилер әскерге шақырылады",
    },
    claimIds: ["reservists-300k-sept21"],
    question: {
      en: "According to the article, on which day were the reservists called up?",
      ru: "Согласно статье, в какой день были призваны резервисты?",
      kk: "Мақалаға сәйкес, запастағы әскерилер қай күні әскерге шақырылды?",
    },
  },
  {
    id: "t-mongolia-crossing",
    period: { kind: "range", from: "2022-09-21", to: "2022-09-25" },
    datePhrase: "between Sept. 21 and Sept. 25",
    quoteIds: ["q-mongolia-crossing", "q-mongolia-authorities"],
    label: {
      en: "Russians cross into Mongolia at one of its border crossings",
      ru: "Россияне въезжают в Монголию через один из пунктов пропуска",
      kk: "Ресейліктер Моңғолияға өткізу пункттерінің бірі арқылы өтеді",
    },
    claimIds: ["mongolia-3000"],
  },
  {
    id: "t-sunday-finland-storskog",
    period: { kind: "day", date: "2022-09-25" },
    datePhrase: "on Sunday",
    quoteIds: ["q-finland-entered", "q-storskog-243"],
    label: {
      en: "Russians enter and leave Finland, and pass through Storskog",
      ru: "Россияне въезжают в Финляндию и выезжают из неё, проходят через Стурскуг",
      kk: "Ресейліктер Финляндияға кіріп-шығады, Стурскуг арқылы өтеді",
    },
    claimIds: ["finland-entered-8314", "finland-left-5068", "storskog-243"],
    question: {
      en: "The article appeared on Tuesday, {published}. Which day do its figures for Finland and Storskog refer to?",
      ru: "Статья вышла во вторник, {published}. К какому дню относятся приведённые в ней данные по Финляндии и Стурскугу?",
      kk: "Мақала жарияланған күн — {published}, сейсенбі. Ондағы Финляндия мен Стурскуг бойынша деректер қай күнге қатысты?",
    },
  },
  {
    id: "t-monday-figures",
    period: { kind: "day", date: "2022-09-26" },
    datePhrase: "on Monday",
    quoteIds: ["q-finland-website", "q-atalykov-monday"],
    label: {
      en: "The Finnish Border Guard’s figures appear on its website; Aslan Atalykov speaks to reporters",
      ru: "Данные Пограничной службы Финляндии появляются на её сайте; Аслан Аталыков выступает перед журналистами",
      kk: "Финляндия шекара қызметінің деректері оның сайтында жарияланады; Аслан Аталықов журналистерге мәлімдеме жасайды",
    },
    claimIds: ["finland-data-posted-monday", "atalykov-briefing-monday"],
    question: {
      en: "The article appeared on Tuesday, {published}. On which day did the Finnish Border Guard post its figures and Aslan Atalykov speak to reporters?",
      ru: "Статья вышла во вторник, {published}. В какой день Пограничная служба Финляндии опубликовала свои данные, а Аслан Аталыков выступил перед журналистами?",
      kk: "Мақала жарияланған күн — {published}, сейсенбі. Финляндия шекара қызметі деректерін жариялап, Аслан Аталықов журналистерге мәлімдеме жасаған күн — қай күн?",
    },
  },
  {
    id: "t-tuesday-statements",
    period: { kind: "day", date: "2022-09-27" },
    datePhrase: "Tuesday",
    quoteIds: ["q-georgia-tuesday"],
    label: {
      en: "The head of Georgia’s interior ministry talks to journalists",
      ru: "Глава МВД Грузии говорит с журналистами",
      kk: "Грузия ІІМ басшысы журналистерге мәлімдеме жасайды",
    },
    claimIds: ["georgia-statement-tuesday", "tokayev-forced-to-leave", "delyagin-anxiety"],
    // No "when?" question: its quote says only "Tuesday", and a stem giving the publication date (as
    // the Sunday and Monday ones do) would name its own answer. It stays in the order questions.
  },
];
