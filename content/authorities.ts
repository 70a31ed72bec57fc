import type { z } from "zod";
import type { authoritySchema } from "@/lib/schemas";

/**
 * Everyone the article attributes something to, and everyone it quotes. Names are nominative so
 * that they work as answer options; descriptions say only what the article says about them.
 */
export const authorities: z.input<typeof authoritySchema>[] = [
  {
    id: "georgia-interior-head",
    phrases: ["head of Georgia’s interior ministry told journalists"],
    name: {
      en: "the head of Georgia’s interior ministry",
      ru: "глава МВД Грузии",
      kk: "Грузия ІІМ басшысы",
    },
    kind: "official",
    countryId: "georgia",
    topic: "ministry",
    label: {
      en: "the head of the interior ministry",
      ru: "глава министерства внутренних дел",
      kk: "ІІМ басшысы",
    },
    description: {
      en: "The article gives no name; the figures were given to journalists on Tuesday.",
      ru: "Имя в статье не названо; цифры были сообщены журналистам во вторник.",
      kk: "Мақалада есімі аталмайды; сандар журналистерге сейсенбі күні айтылды.",
    },
  },
  {
    id: "mongolia-border-authorities",
    phrases: ["local border authorities said"],
    name: {
      en: "local border authorities in Mongolia",
      ru: "местные пограничные власти Монголии",
      kk: "Моңғолияның жергілікті шекара органдары",
    },
    kind: "agency",
    countryId: "mongolia",
    topic: "border",
    label: {
      en: "local border authorities",
      ru: "местные пограничные власти",
      kk: "жергілікті шекара органдары",
    },
    description: {
      en: "They gave the figure for one of the border crossings into Mongolia.",
      ru: "Они привели данные по одному из пунктов пропуска на въезде в Монголию.",
      kk: "Олар Моңғолияға кіретін өткізу пункттерінің бірі бойынша дерек берді.",
    },
  },
  {
    id: "mongolia-local-media",
    phrases: ["according to local media outlets"],
    name: {
      en: "local media outlets in Mongolia",
      ru: "местные СМИ Монголии",
      kk: "Моңғолиядағы жергілікті БАҚ",
    },
    kind: "media",
    countryId: "mongolia",
    topic: "media",
    label: {
      en: "local media outlets",
      ru: "местные средства массовой информации",
      kk: "жергілікті БАҚ",
    },
    description: {
      en: "They reported how many people usually cross this border into Mongolia each day.",
      ru: "Они сообщили, сколько человек обычно пересекает эту границу Монголии за день.",
      kk: "Олар Моңғолияның бұл шекарасынан әдетте күн сайын қанша адам өтетінін хабарлады.",
    },
  },
  {
    id: "finnish-border-guard",
    phrases: ["Finnish Border Guards website"],
    name: {
      en: "the Finnish Border Guard’s website",
      ru: "сайт Пограничной службы Финляндии",
      kk: "Финляндия шекара қызметінің сайты",
    },
    kind: "data",
    countryId: "finland",
    topic: "border",
    label: { en: "the border guard’s website", ru: "сайт пограничной службы", kk: "шекара қызметінің сайты" },
    description: {
      en: "The figure for Russians entering Finland on Sunday was posted there on Monday.",
      ru: "Число россиян, въехавших в Финляндию в воскресенье, было опубликовано там в понедельник.",
      kk: "Жексенбі күні Финляндияға кірген ресейліктердің саны онда дүйсенбі күні жарияланды.",
    },
  },
  {
    id: "norway-border-officials",
    phrases: ["local border officials said"],
    name: {
      en: "local border officials in Norway",
      ru: "местные пограничники Норвегии",
      kk: "Норвегияның жергілікті шекара қызметкерлері",
    },
    kind: "official",
    countryId: "norway",
    topic: "border",
    label: {
      en: "local border officials",
      ru: "местные пограничники",
      kk: "жергілікті шекара қызметкерлері",
    },
    description: {
      en: "They gave the figure for the Storskog border post.",
      ru: "Они привели данные по пункту пропуска Стурскуг.",
      kk: "Олар Стурскуг өткізу пункті бойынша дерек берді.",
    },
  },
  {
    id: "aslan-atalykov",
    phrases: ["Mr. Atalykov said", "Atalykov, acting chair"],
    name: { en: "Aslan Atalykov", ru: "Аслан Аталыков", kk: "Аслан Аталықов" },
    kind: "official",
    countryId: "kazakhstan",
    topic: "ministry",
    description: {
      en: "Acting chair of the Migration Service Committee at Kazakhstan’s interior ministry.",
      ru: "Исполняющий обязанности председателя Комитета миграционной службы МВД Казахстана.",
      kk: "Қазақстан ІІМ Көші-қон қызметі комитеті төрағасының міндетін атқарушы.",
    },
  },
  {
    id: "kassym-jomart-tokayev",
    phrases: ["Kassym-Jomart Tokayev"],
    name: { en: "Kassym-Jomart Tokayev", ru: "Касым-Жомарт Токаев", kk: "Қасым-Жомарт Тоқаев" },
    kind: "official",
    countryId: "kazakhstan",
    topic: "leadership",
    description: {
      en: "President of Kazakhstan.",
      ru: "Президент Казахстана.",
      kk: "Қазақстан Президенті.",
    },
  },
  {
    id: "vladimir-putin",
    phrases: ["Mr. Putin said"],
    name: { en: "Vladimir Putin", ru: "Владимир Путин", kk: "Владимир Путин" },
    kind: "official",
    countryId: "russia",
    topic: "leadership",
    description: {
      en: "President of Russia; he announced the mobilization.",
      ru: "Президент России; он объявил мобилизацию.",
      kk: "Ресей президенті; жұмылдыруды жариялаған адам.",
    },
  },
  {
    id: "dmitry-peskov",
    phrases: ["Dmitry Peskov told reporters"],
    name: { en: "Dmitry Peskov", ru: "Дмитрий Песков", kk: "Дмитрий Песков" },
    kind: "official",
    countryId: "russia",
    topic: "leadership",
    description: {
      en: "The Kremlin’s spokesman.",
      ru: "Пресс-секретарь Кремля.",
      kk: "Кремльдің баспасөз хатшысы.",
    },
  },
  {
    id: "mikhail-delyagin",
    phrases: ["Mr. Delyagin said"],
    name: { en: "Mikhail Delyagin", ru: "Михаил Делягин", kk: "Михаил Делягин" },
    kind: "person",
    countryId: "russia",
    topic: "lawmaker",
    description: {
      en: "A political analyst and a deputy of Russia’s State Duma.",
      ru: "Политолог и депутат Государственной думы России.",
      kk: "Саясаттанушы, Ресей Мемлекеттік Думасының депутаты.",
    },
  },
  {
    id: "visa-free-countries-data",
    phrases: ["data published by nations"],
    name: {
      en: "data published by countries Russians can enter without a visa",
      ru: "данные стран, куда россияне могут въезжать без визы",
      kk: "ресейліктер визасыз кіре алатын елдер жариялаған деректер",
    },
    kind: "data",
    countryId: null,
    topic: "data",
    description: {
      en: "Countries that Russians can enter, or stay in for a while, without a visa.",
      ru: "Страны, куда россияне могут въехать или где могут временно находиться без визы.",
      kk: "Ресейліктер визасыз кіре алатын немесе уақытша тұра алатын елдер.",
    },
  },
  {
    id: "unnamed-data",
    phrases: ["data show"],
    name: {
      en: "“data”, without saying whose",
      ru: "«данные» — без указания, чьи",
      kk: "кімдікі екені айтылмаған «деректер»",
    },
    kind: "data",
    countryId: null,
    topic: "data",
    description: {
      en: "The article says only “data show”, without saying whose data.",
      ru: "В статье сказано лишь «данные показывают», без указания, чьи это данные.",
      kk: "Мақалада тек «деректер көрсеткендей» делінеді, кімнің деректері екені айтылмайды.",
    },
  },
  {
    id: "the-kremlin",
    phrases: ["what the Kremlin called"],
    name: { en: "the Kremlin", ru: "Кремль", kk: "Кремль" },
    kind: "agency",
    countryId: "russia",
    topic: "leadership",
    description: {
      en: "The article names the Kremlin as the one that called the measure a “partial mobilization” and that might mobilize more people; Dmitry Peskov is its spokesman.",
      ru: "По статье, именно Кремль назвал эту меру «частичной мобилизацией», и именно он может мобилизовать ещё людей; Дмитрий Песков — пресс-секретарь Кремля.",
      kk: "Мақалада бұл шараны «ішінара мобилизация» деп атаған және тағы адам жұмылдыруы мүмкін тарап — Кремль; Дмитрий Песков — Кремльдің баспасөз хатшысы.",
    },
  },
  {
    id: "russia-border-agency",
    phrases: ["Officials at the agency"],
    name: {
      en: "Russia’s border guard agency",
      ru: "пограничная служба России",
      kk: "Ресейдің шекара қызметі",
    },
    kind: "agency",
    countryId: "russia",
    topic: "border",
    label: { en: "the border guard agency", ru: "пограничная служба", kk: "шекара қызметі" },
    description: {
      en: "Peskov referred questions about departures to it; it did not immediately respond.",
      ru: "Песков переадресовал ей вопросы о выезде; там не ответили сразу.",
      kk: "Песков елден кету туралы сұрақтарды соған бағыттады; ол мақала жарияланған кезге дейін жауап бермеді.",
    },
  },
];
