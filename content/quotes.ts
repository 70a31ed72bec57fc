import type { z } from "zod";
import type { quoteSchema } from "@/lib/schemas";

/**
 * Short verbatim spans of the article (curly quotes and apostrophes as in the source), with our
 * Russian and Kazakh translations. A claim cites one or more of them (`quoteIds`), several claims
 * share one, and a span may be a few words of a sentence ("local border officials said", "on Sept.
 * 21") — together they stay under the 40% limit (`../shared/tools/check-quotes.mjs`).
 *
 * Each span carries the article's own attribution of it: `speakerId` only where the article's
 * sentence gives the words or data to someone (said, told, according to, data show, a direct
 * quotation); `contextSpeakerId` where it names no source but the sentences around it point to one;
 * otherwise null, the newspaper's own words — also its account of when, where or to whom someone
 * spoke, or what someone ordered. A claim's "who says so" is derived from its spans
 * (`lib/attribution.ts`). `direct` marks the spans inside the article's quotation marks.
 *
 * The article gives everyone's words in English only and does not say what language they were said
 * in, so every Russian and Kazakh text here is our translation of the article's English — also for
 * Tokayev, Putin and Delyagin. It must not borrow their published original wording: a reader would
 * take it for theirs (content/quote-labels.test.ts checks this). Square brackets mark words our
 * translation adds so that a fragment reads as Russian or Kazakh.
 */
export const quotes: z.input<typeof quoteSchema>[] = [
  {
    id: "q-kazakhstan-nearly-100000",
    text: "Nearly 100,000 Russians crossed the border into Kazakhstan",
    translation: {
      ru: "Почти 100\u00a0000 россиян пересекли границу с Казахстаном",
      kk: "100\u00a0000-ға жуық ресейлік Қазақстан шекарасынан өтті",
    },
    speakerId: null,
  },
  {
    id: "q-destinations",
    text: "Armenia, Georgia, Mongolia",
    translation: {
      ru: "Армения, Грузия, Монголия",
      kk: "Армения, Грузия, Моңғолия",
    },
    speakerId: null,
  },
  {
    id: "q-reservists-called-up",
    text: "more than 300,000 reservists",
    translation: {
      ru: "более 300\u00a0000 резервистов",
      kk: "запастағы 300\u00a0000-нан астам әскери",
    },
    speakerId: null,
  },
  {
    id: "q-called-up-sept21",
    text: "called up on Sept. 21",
    translation: {
      ru: "призваны 21 сентября",
      kk: "21 қыркүйекте әскерге шақырылған",
    },
    speakerId: null,
  },
  {
    id: "q-more-mobilization",
    text: "might mobilize additional manpower",
    translation: {
      ru: "может мобилизовать дополнительные людские ресурсы",
      kk: "қосымша адам күшін жұмылдыруы мүмкін",
    },
    speakerId: null,
  },
  {
    id: "q-exact-number-unknown",
    text: "exact number",
    translation: {
      ru: "точное число",
      kk: "нақты саны",
    },
    speakerId: null,
  },
  {
    id: "q-isnt-known",
    text: "isn’t known",
    translation: {
      ru: "неизвестно",
      kk: "белгісіз",
    },
    speakerId: null,
  },
  {
    id: "q-partial-mobilization",
    text: "Kremlin called a “partial mobilization”",
    translation: {
      ru: "Кремль назвал «частичной мобилизацией»",
      kk: "Кремль «ішінара мобилизация» деп атаған",
    },
    speakerId: null,
  },
  {
    id: "q-peskov-spokesman",
    text: "Kremlin spokesman Dmitry Peskov",
    translation: {
      ru: "пресс-секретарь Кремля Дмитрий Песков",
      kk: "Кремльдің баспасөз хатшысы Дмитрий Песков",
    },
    speakerId: null,
  },
  {
    id: "q-peskov-didnt-know",
    text: "didn’t know the number of departures",
    translation: {
      ru: "не знает, сколько человек уехало",
      kk: "елден қанша адам кеткенін білмейтінін [айтты]",
    },
    speakerId: "dmitry-peskov",
  },
  {
    id: "q-peskov-border-agency",
    text: "comment to Russia’s border guard agency",
    translation: {
      ru: "за комментариями — в пограничную службу России",
      kk: "түсініктеме алу үшін — Ресейдің шекара қызметіне",
    },
    speakerId: null,
  },
  {
    id: "q-agency-no-response",
    text: "didn’t immediately respond",
    translation: {
      ru: "не ответили сразу",
      kk: "бірден жауап бермеді",
    },
    speakerId: null,
  },
  {
    id: "q-thousands-past-week",
    text: "thousands have entered",
    translation: {
      ru: "въехали тысячи человек",
      kk: "мыңдаған адам кірді",
    },
    speakerId: "visa-free-countries-data",
  },
  {
    id: "q-georgia-tuesday",
    text: "head of Georgia’s interior ministry told journalists Tuesday",
    translation: {
      ru: "глава МВД Грузии во вторник сообщил журналистам",
      kk: "Грузия ІІМ басшысы сейсенбі күні журналистерге айтты",
    },
    speakerId: null,
  },
  {
    id: "q-georgia-doubled",
    text: "almost doubled",
    translation: {
      ru: "почти удвоилось",
      kk: "екі есеге жуық өсті",
    },
    speakerId: "georgia-interior-head",
  },
  {
    id: "q-georgia-daily",
    text: "5,000-6,000 to 10,000 people a day",
    translation: {
      ru: "[с] 5\u00a0000–6\u00a0000 до 10\u00a0000 человек в день",
      kk: "күніне 5\u00a0000–6\u00a0000 адамнан 10\u00a0000 адамға [дейін]",
    },
    speakerId: "georgia-interior-head",
  },
  {
    id: "q-mongolia-crossing",
    text: "some 3,000 Russians",
    translation: {
      ru: "около 3\u00a0000 россиян",
      kk: "шамамен 3\u00a0000 ресейлік",
    },
    speakerId: "mongolia-border-authorities",
  },
  {
    id: "q-mongolia-authorities",
    text: "between Sept. 21 and Sept. 25, local border authorities said",
    translation: {
      ru: "в период с 21 по 25 сентября, сообщили местные пограничные власти",
      kk: "21–25 қыркүйек аралығында, деп хабарлады жергілікті шекара органдары",
    },
    speakerId: "mongolia-border-authorities",
  },
  {
    id: "q-mongolia-eight-crossings",
    text: "eight border crossings into Mongolia",
    translation: {
      ru: "восемь пунктов пропуска в Монголию",
      kk: "Моңғолияға кіретін сегіз өткізу пункті",
    },
    speakerId: "mongolia-border-authorities",
  },
  {
    id: "q-mongolia-usual",
    text: "Around 1,000 people usually cross this border each day, according to local media outlets",
    translation: {
      ru: "Обычно эту границу ежедневно пересекают около 1\u00a0000 человек, по данным местных СМИ",
      kk: "Жергілікті БАҚ мәліметінше, әдетте бұл шекарадан күн сайын шамамен 1\u00a0000 адам өтеді",
    },
    speakerId: "mongolia-local-media",
  },
  {
    id: "q-finland-entered",
    text: "On Sunday, 8,314 Russians entered Finland",
    translation: {
      ru: "В воскресенье в Финляндию въехали 8\u00a0314 россиян",
      kk: "Жексенбі күні Финляндияға 8\u00a0314 ресейлік кірді",
    },
    speakerId: "finnish-border-guard",
  },
  {
    id: "q-finland-website",
    text: "Finnish Border Guards website on Monday",
    translation: {
      ru: "на сайте Пограничной службы Финляндии в понедельник",
      kk: "дүйсенбі күні Финляндия шекара қызметінің сайтында",
    },
    speakerId: null,
  },
  {
    id: "q-finland-left",
    text: "Some 5,068 Russians left the country the same day",
    translation: {
      ru: "В тот же день страну покинуло около 5\u00a0068 россиян",
      kk: "Сол күні елден шамамен 5\u00a0068 ресейлік шығып кетті",
    },
    speakerId: null,
    contextSpeakerId: "finnish-border-guard",
  },
  {
    id: "q-storskog-243",
    text: "Some 243 Russians transited there on Sunday, a slight increase",
    translation: {
      ru: "В воскресенье там прошло около 243 россиян — это небольшой рост",
      kk: "Жексенбі күні ол жерден шамамен 243 ресейлік өтті, бұл — сәл өсім",
    },
    speakerId: "norway-border-officials",
  },
  {
    id: "q-norway-officials",
    text: "local border officials said",
    translation: {
      ru: "сообщили местные пограничники",
      kk: "деп хабарлады жергілікті шекара қызметкерлері",
    },
    speakerId: "norway-border-officials",
  },
  {
    id: "q-onward-travel",
    text: "departed for other destinations, data show",
    translation: {
      ru: "уехали дальше, в другие места, как показывают данные",
      kk: "деректерге қарағанда, басқа бағыттарға аттанған",
    },
    speakerId: "unnamed-data",
  },
  {
    id: "q-atalykov",
    text: "Atalykov, acting chair of the Migration Service Committee",
    translation: {
      ru: "Аталыков, исполняющий обязанности председателя Комитета миграционной службы",
      kk: "Аталықов, Көші-қон қызметі комитеті төрағасының міндетін атқарушы",
    },
    speakerId: null,
  },
  {
    id: "q-atalykov-monday",
    text: "told reporters on Monday",
    translation: {
      ru: "сообщил журналистам в понедельник",
      kk: "дүйсенбі күні журналистерге айтты",
    },
    speakerId: null,
  },
  {
    id: "q-kz-left-40000",
    text: "some 40,000 Russians had left Kazakhstan",
    translation: {
      ru: "Казахстан покинули около 40\u00a0000 россиян",
      kk: "шамамен 40\u00a0000 ресейлік Қазақстаннан кеткен",
    },
    speakerId: "aslan-atalykov",
  },
  {
    id: "q-kz-by-air",
    text: "almost 6,000 Russians had left by air",
    translation: {
      ru: "почти 6\u00a0000 россиян покинули [страну] самолётами",
      kk: "6\u00a0000-ға жуық ресейлік әуе жолымен кеткен",
    },
    speakerId: null,
    contextSpeakerId: "aslan-atalykov",
  },
  {
    id: "q-kz-residency",
    text: "896 foreign citizens who applied for a residency",
    translation: {
      ru: "896 иностранных граждан, обратившихся за разрешением на проживание",
      kk: "тұруға рұқсат сұрап өтініш берген 896 шетел азаматы",
    },
    speakerId: "aslan-atalykov",
  },
  {
    id: "q-kz-residency-period",
    text: "between Sept. 1 and Sept. 24",
    translation: {
      ru: "с 1 по 24 сентября",
      kk: "1–24 қыркүйек аралығында",
    },
    speakerId: "aslan-atalykov",
  },
  {
    id: "q-kz-10-percent",
    text: "around 10% were Russians, Mr. Atalykov said",
    translation: {
      ru: "около 10\u00a0% из них составляли россияне, сказал Аталыков",
      kk: "олардың шамамен 10%-ы ресейліктер болды, деді Аталықов",
    },
    speakerId: "aslan-atalykov",
  },
  {
    id: "q-tokayev-order",
    text: "Kazakh President Kassym-Jomart Tokayev ordered his government to help Russians",
    translation: {
      ru: "президент Казахстана Касым-Жомарт Токаев поручил правительству помогать россиянам",
      kk: "Қазақстан Президенті Қасым-Жомарт Тоқаев үкіметке ресейліктерге көмектесуді тапсырды",
    },
    speakerId: null,
  },
  {
    id: "q-tokayev-forced",
    text: "forced to leave because of the current hopeless situation",
    direct: true,
    translation: {
      ru: "вынуждены уехать из-за нынешней безнадёжной ситуации",
      kk: "қазіргі үмітсіз жағдай салдарынан кетуге мәжбүр",
    },
    speakerId: "kassym-jomart-tokayev",
  },
  {
    id: "q-tokayev-issue",
    text: "a political and a humanitarian issue",
    direct: true,
    translation: {
      ru: "политический и гуманитарный вопрос",
      kk: "саяси әрі гуманитарлық мәселе",
    },
    speakerId: "kassym-jomart-tokayev",
  },
  {
    id: "q-tokayev-safety",
    text: "must take care of them and ensure their safety",
    direct: true,
    translation: {
      ru: "[мы] должны заботиться о них и обеспечить их безопасность",
      kk: "[біз] оларға қамқорлық жасап, қауіпсіздігін қамтамасыз етуіміз керек",
    },
    speakerId: "kassym-jomart-tokayev",
  },
  {
    id: "q-putin-reservists",
    text: "only military reservists, primarily those who served",
    translation: {
      ru: "только резервисты, в первую очередь те, кто служил",
      kk: "тек запастағы әскерилер, ең алдымен [қарулы күштерде] қызмет еткендер",
    },
    speakerId: "vladimir-putin",
  },
  {
    id: "q-putin-training",
    text: "mandatory additional military training",
    direct: true,
    translation: {
      ru: "обязательная дополнительная военная подготовка",
      kk: "міндетті қосымша әскери дайындық",
    },
    speakerId: "vladimir-putin",
  },
  {
    id: "q-euphemism",
    text: "Moscow’s euphemism for its war",
    translation: {
      ru: "эвфемизм, которым Москва называет свою войну",
      kk: "Мәскеудің өз соғысын жұмсартып атауы (эвфемизм)",
    },
    speakerId: null,
  },
  {
    id: "q-lawmakers",
    text: "equip the new recruits",
    translation: {
      ru: "снарядить новобранцев",
      kk: "жаңа шақырылғандарды жабдықтау",
    },
    speakerId: null,
  },
  {
    id: "q-lawmakers-questions",
    text: "questions have arisen, even among lawmakers",
    translation: {
      ru: "вопросы возникли даже у депутатов",
      kk: "тіпті депутаттар арасында да сұрақтар туындады",
    },
    speakerId: null,
  },
  {
    id: "q-delyagin",
    text: "Delyagin, a political analyst",
    translation: {
      ru: "Делягин, политолог",
      kk: "Делягин, саясаттанушы",
    },
    speakerId: null,
  },
  {
    id: "q-delyagin-duma",
    text: "State Duma deputy",
    translation: {
      ru: "депутат Государственной думы",
      kk: "Мемлекеттік Дума депутаты",
    },
    speakerId: null,
  },
  {
    id: "q-delyagin-anxiety",
    text: "exacerbated public anxiety",
    direct: true,
    translation: {
      ru: "усилила тревогу в обществе",
      kk: "қоғамдағы алаңдаушылықты күшейтті",
    },
    speakerId: "mikhail-delyagin",
  },
  {
    id: "q-delyagin-self-equipping",
    text: "almost everything except weapons",
    direct: true,
    translation: {
      ru: "[обеспечивать себя] почти всем, кроме оружия",
      kk: "қарудан басқаның бәрімен дерлік",
    },
    speakerId: "mikhail-delyagin",
  },
  {
    id: "q-delyagin-tension",
    text: "social tension could become political",
    direct: true,
    translation: {
      ru: "социальная напряжённость может стать политической",
      kk: "әлеуметтік шиеленіс саяси сипат алуы мүмкін",
    },
    speakerId: "mikhail-delyagin",
  },
  {
    id: "q-delyagin-money",
    text: "Not everyone has the money",
    direct: true,
    translation: {
      ru: "Не у всех есть деньги",
      kk: "Ақшасы бәрінде бола бермейді",
    },
    speakerId: "mikhail-delyagin",
  },
  {
    id: "q-delyagin-party",
    text: "A Just Russia—Patriots for Truth",
    translation: {
      ru: "«Справедливая Россия — Патриоты — За правду»",
      kk: "«Әділетті Ресей — Патриоттар — Шындық үшін» («Справедливая Россия — Патриоты — За правду»)",
    },
    speakerId: null,
  },
  {
    id: "q-delyagin-request",
    text: "Ministry of Defense be ordered",
    translation: {
      ru: "обязать Министерство обороны",
      kk: "Қорғаныс министрлігін міндеттеу",
    },
    speakerId: "mikhail-delyagin",
  },
  {
    id: "q-storskog-men",
    text: "rising number",
    translation: {
      ru: "всё больше",
      kk: "барған сайын көбірек",
    },
    speakerId: null,
  },
  {
    id: "q-storskog-norway",
    text: "Norway through the town of Storskog",
    translation: {
      ru: "[в] Норвегию через город Стурскуг",
      kk: "Стурскуг қаласы арқылы Норвегия[ға]",
    },
    speakerId: null,
  },
  {
    id: "q-putin-sovereignty",
    text: "sovereignty and territorial integrity",
    translation: {
      ru: "[для] суверенитета и территориальной целостности",
      kk: "егемендігі мен аумақтық тұтастығы",
    },
    speakerId: "vladimir-putin",
  },
  {
    id: "q-uncertainty-mounts",
    text: "uncertainty mounts",
    translation: {
      ru: "растёт неопределённость",
      kk: "белгісіздік артып келеді",
    },
    speakerId: null,
  },
];
