import type { z } from "zod";
import type { quoteSchema } from "@/lib/schemas";

/**
 * Short verbatim spans of the article (curly quotes and apostrophes as in the source), with our
 * Russian and Kazakh translations. Several claims share a quote; together they stay well under
 * the 40% limit. speakerId names whoever the article attributes the span's content to; null is
 * the article's own narration. `direct` marks the spans inside the article's quotation marks.
 *
 * The article gives everyone's words in English only and does not say what language they were said
 * in, so every Russian and Kazakh text here is our translation of the article's English — also for
 * Tokayev, Putin and Delyagin. It must not borrow their published original wording: a reader would
 * take it for theirs (content/quote-labels.test.ts checks this).
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
    text: "Armenia, Georgia, Mongolia and Nordic nations",
    translation: {
      ru: "Армения, Грузия, Монголия и страны Северной Европы",
      kk: "Армения, Грузия, Моңғолия және Солтүстік Еуропа елдері",
    },
    speakerId: null,
  },
  {
    id: "q-reservists-called-up",
    text: "more than 300,000 reservists that were called up",
    translation: {
      ru: "более 300\u00a0000 резервистов, которые были призваны",
      kk: "әскерге шақырылған запастағы 300\u00a0000-нан астам адам",
    },
    speakerId: null,
  },
  {
    id: "q-more-mobilization",
    text: "whether the Kremlin might mobilize additional manpower",
    translation: {
      ru: "не мобилизует ли Кремль дополнительные людские ресурсы",
      kk: "Кремль қосымша адам күшін жұмылдыруы мүмкін бе",
    },
    speakerId: null,
  },
  {
    id: "q-exact-number-unknown",
    text: "exact number of Russians who have left the country since what the Kremlin called a “partial mobilization” was declared isn’t known",
    translation: {
      ru: "точное число россиян, покинувших страну после объявления того, что Кремль назвал «частичной мобилизацией», неизвестно",
      kk: "Кремль «ішінара мобилизация» деп атаған шара жарияланғаннан бері елден кеткен ресейліктердің нақты саны белгісіз",
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
    text: "he didn’t know the number of departures",
    translation: {
      ru: "он не знает, сколько человек уехало",
      kk: "ол елден қанша адам кеткенін білмейді",
    },
    speakerId: "dmitry-peskov",
  },
  {
    id: "q-peskov-border-agency",
    text: "requests for comment to Russia’s border guard agency",
    translation: {
      ru: "запросы о комментариях — в пограничную службу России",
      kk: "түсініктеме сұраған өтініштерді — Ресейдің шекара қызметіне",
    },
    speakerId: null,
  },
  {
    id: "q-agency-no-response",
    text: "Officials at the agency didn’t immediately respond",
    translation: {
      ru: "Представители ведомства не ответили сразу",
      kk: "Мекеме өкілдері бірден жауап бермеді",
    },
    speakerId: null,
  },
  {
    id: "q-thousands-past-week",
    text: "thousands have entered these countries",
    translation: {
      ru: "в эти страны въехали тысячи человек",
      kk: "бұл елдерге мыңдаған адам кірді",
    },
    speakerId: "visa-free-countries-data",
  },
  {
    id: "q-georgia-tuesday",
    text: "told journalists Tuesday",
    translation: {
      ru: "сообщил журналистам во вторник",
      kk: "сейсенбі күні журналистерге айтты",
    },
    speakerId: null,
  },
  {
    id: "q-georgia-doubled",
    text: "almost doubled in recent days, jumping from 5,000-6,000 to 10,000 people a day",
    translation: {
      ru: "за последние дни почти удвоилось, подскочив с 5\u00a0000–6\u00a0000 до 10\u00a0000 человек в день",
      kk: "соңғы күндері екі есеге жуық өсіп, күніне 5\u00a0000–6\u00a0000 адамнан 10\u00a0000 адамға жетті",
    },
    speakerId: "georgia-interior-head",
  },
  {
    id: "q-mongolia-crossing",
    text: "some 3,000 Russians had crossed",
    translation: {
      ru: "около 3\u00a0000 россиян пересекли [границу]",
      kk: "шамамен 3\u00a0000 ресейлік [шекарадан] өткен",
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
    speakerId: null,
  },
  {
    id: "q-mongolia-usual",
    text: "Around 1,000 people usually cross this border each day",
    translation: {
      ru: "Обычно эту границу ежедневно пересекают около 1\u00a0000 человек",
      kk: "Әдетте бұл шекарадан күн сайын шамамен 1\u00a0000 адам өтеді",
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
    speakerId: "finnish-border-guard",
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
    id: "q-onward-travel",
    text: "departed for other destinations, data show",
    translation: {
      ru: "уехали дальше, в другие места, как показывают данные",
      kk: "деректерге қарағанда, басқа бағыттарға аттанған",
    },
    speakerId: null,
  },
  {
    id: "q-atalykov",
    text: "Aslan Atalykov, acting chair of the Migration Service Committee",
    translation: {
      ru: "Аслан Аталыков, исполняющий обязанности председателя Комитета миграционной службы",
      kk: "Аслан Аталықов, Көші-қон қызметі комитеті төрағасының міндетін атқарушы",
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
      ru: "почти 6\u00a0000 россиян покинули страну по воздуху",
      kk: "6\u00a0000-ға жуық ресейлік әуе жолымен кеткен",
    },
    speakerId: "aslan-atalykov",
  },
  {
    id: "q-kz-residency",
    text: "896 foreign citizens who applied for a residency",
    translation: {
      ru: "896 иностранных граждан, подавших заявления на проживание",
      kk: "тұруға рұқсат сұрап өтініш берген 896 шетел азаматы",
    },
    speakerId: "aslan-atalykov",
  },
  {
    id: "q-kz-10-percent",
    text: "around 10% were Russians",
    translation: {
      ru: "около 10\u00a0% из них составляли россияне",
      kk: "олардың шамамен 10%-ы ресейліктер болды",
    },
    speakerId: "aslan-atalykov",
  },
  {
    id: "q-tokayev-order",
    text: "Kazakh President Kassym-Jomart Tokayev ordered his government to help Russians",
    translation: {
      ru: "Президент Казахстана Касым-Жомарт Токаев поручил правительству помогать россиянам",
      kk: "Қазақстан Президенті Қасым-Жомарт Тоқаев үкіметке ресейліктерге көмектесуді тапсырды",
    },
    speakerId: null,
  },
  {
    id: "q-tokayev-forced",
    text: "most of them are forced to leave because of the current hopeless situation",
    direct: true,
    translation: {
      ru: "большинство из них вынуждены уехать из-за нынешней безнадёжной ситуации",
      kk: "олардың көбі қазіргі үмітсіз жағдай салдарынан кетуге мәжбүр",
    },
    speakerId: "kassym-jomart-tokayev",
  },
  {
    id: "q-tokayev-issue",
    text: "It is a political and a humanitarian issue",
    direct: true,
    translation: {
      ru: "Это политическая и гуманитарная проблема",
      kk: "Бұл — саяси әрі гуманитарлық мәселе",
    },
    speakerId: "kassym-jomart-tokayev",
  },
  {
    id: "q-tokayev-safety",
    text: "take care of them and ensure their safety",
    direct: true,
    translation: {
      ru: "заботиться о них и обеспечить их безопасность",
      kk: "оларға қамқорлық жасап, қауіпсіздігін қамтамасыз ету",
    },
    speakerId: "kassym-jomart-tokayev",
  },
  {
    id: "q-putin-reservists",
    text: "only military reservists",
    translation: {
      ru: "только резервисты",
      kk: "тек запастағы әскерилер ғана",
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
    text: "Moscow’s euphemism for its war in Ukraine",
    translation: {
      ru: "эвфемизм, которым Москва называет свою войну в Украине",
      kk: "Мәскеудің Украинадағы соғысын жұмсартып атауы (эвфемизм)",
    },
    speakerId: null,
  },
  {
    id: "q-lawmakers",
    text: "ability to properly support and equip the new recruits",
    translation: {
      ru: "способность должным образом обеспечить и снарядить новобранцев",
      kk: "жаңа шақырылғандарды тиісінше қамтамасыз етіп, жабдықтай алу қабілеті",
    },
    speakerId: null,
  },
  {
    id: "q-delyagin",
    text: "Delyagin, a political analyst and Russia’s State Duma deputy",
    translation: {
      ru: "Делягин, политолог и депутат Государственной думы России",
      kk: "Делягин, саясаттанушы әрі Ресей Мемлекеттік Думасының депутаты",
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
    text: "clothes—almost everything except weapons",
    direct: true,
    translation: {
      ru: "одеждой — почти всем, кроме оружия",
      kk: "киіммен — қарудан басқаның бәрімен дерлік",
    },
    speakerId: "mikhail-delyagin",
  },
  {
    id: "q-delyagin-tension",
    text: "this social tension could become political",
    direct: true,
    translation: {
      ru: "эта социальная напряжённость может стать политической",
      kk: "бұл әлеуметтік шиеленіс саяси сипат алуы мүмкін",
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
    text: "Ministry of Defense be ordered to provide information",
    translation: {
      ru: "обязать Министерство обороны предоставить информацию",
      kk: "Қорғаныс министрлігін ақпарат беруге міндеттеу",
    },
    speakerId: "mikhail-delyagin",
  },
  {
    id: "q-storskog-men",
    text: "rising number of Russian men",
    translation: {
      ru: "растущее число российских мужчин",
      kk: "ресейлік ер адамдардың артып келе жатқан саны",
    },
    speakerId: null,
  },
  {
    id: "q-putin-sovereignty",
    text: "sovereignty and territorial integrity",
    translation: {
      ru: "суверенитета и территориальной целостности",
      kk: "егемендігі мен аумақтық тұтастығы",
    },
    speakerId: "vladimir-putin",
  },
];
