import type { z } from "zod";
import type { claimSchema } from "@/lib/schemas";

type ClaimInput = z.input<typeof claimSchema>;

/*
 * Recurring ICU fragments. Quiz variants feed other values into the same statement, so Russian
 * noun agreement always comes from plural branches and Kazakh case endings from valueDat/valueAbl.
 */
/** "N Russians" — English. */
const EN_RUSSIANS = "{value, plural, one {# Russian} other {# Russians}}";
/** «N россиян» after около / более (genitive). */
const RU_RUSSIANS_GEN =
  "{value, plural, one {# россиянина} few {# россиян} many {# россиян} other {# россиянина}}";

export const claims: ClaimInput[] = [
  // ── the-order ────────────────────────────────────────────────────────────────────────────
  {
    id: "reservists-300k-sept21",
    kind: "number",
    value: 300000,
    qualifier: "more-than",
    unit: "reservists",
    measure: "count",
    period: { kind: "day", date: "2022-09-21" },
    placeId: "russia",
    quoteIds: ["q-reservists-called-up", "q-called-up-sept21"],
    step: "the-order",
    statement: {
      en: "More than {value, plural, one {# reservist was} other {# reservists were}} called up on {date}.",
      ru: "{date} было призвано более {value, plural, one {# резервиста} few {# резервистов} many {# резервистов} other {# резервиста}}.",
      kk: "{date} күні запастағы {valueAbl} астам әскери шақырылды.",
    },
    quiz: { whoOptions: ["dmitry-peskov", "georgia-interior-head", "mongolia-border-authorities"] },
  },
  {
    id: "partial-mobilization-term",
    kind: "statement",
    quoteIds: ["q-partial-mobilization"],
    decides: ["Kremlin called a “partial mobilization”"],
    step: "the-order",
    contradicted: {
      statement: {
        en: "The Kremlin calls the measure a “general mobilization”.",
        ru: "Кремль называет эту меру «всеобщей мобилизацией».",
        kk: "Кремль бұл шараны «жалпы мобилизация» деп атайды.",
      },
      explanation: {
        en: "The article says the Kremlin called it a “partial mobilization”.",
        ru: "В статье сказано, что Кремль назвал её «частичной мобилизацией».",
        kk: "Мақалада Кремль оны «ішінара мобилизация» деп атағаны айтылады.",
      },
    },
    statement: {
      en: "The Kremlin calls the measure a “partial mobilization”.",
      ru: "Кремль называет эту меру «частичной мобилизацией».",
      kk: "Кремль бұл шараны «ішінара мобилизация» деп атайды.",
    },
  },
  {
    id: "putin-only-reservists",
    kind: "role",
    personId: "vladimir-putin",
    quoteIds: ["q-putin-reservists"],
    decides: ["only military reservists, primarily those who served"],
    step: "the-order",
    contradicted: {
      statement: {
        en: "When he announced the mobilization, Vladimir Putin said that it would mainly call up men who had not served in the armed forces.",
        ru: "Объявляя мобилизацию, Владимир Путин заявил, что призывать будут в основном тех, кто не служил в армии.",
        kk: "Жұмылдыруды жариялаған кезде Владимир Путин әскерге негізінен қарулы күштерде қызмет етпегендер шақырылатынын айтты.",
      },
      explanation: {
        en: "Putin said only military reservists would be called up, primarily those who had served in the armed forces.",
        ru: "Путин сказал, что призывать будут только резервистов — в первую очередь тех, кто служил в армии.",
        kk: "Путин әскерге тек запастағы әскерилер, ең алдымен қарулы күштерде қызмет еткендер шақырылатынын айтты.",
      },
    },
    statement: {
      en: "When he announced the mobilization, Vladimir Putin said that only military reservists would be called up.",
      ru: "Объявляя мобилизацию, Владимир Путин заявил, что призывать на военную службу будут только резервистов.",
      kk: "Жұмылдыруды жариялаған кезде Владимир Путин әскерге тек запастағы әскерилер ғана шақырылатынын айтты.",
    },
  },
  {
    id: "putin-training-quote",
    kind: "statement",
    quoteIds: ["q-putin-training"],
    decides: ["mandatory additional military training"],
    step: "the-order",
    contradicted: {
      statement: {
        en: "Putin said that those mobilized would be sent to the front without any additional training.",
        ru: "Путин заявил, что мобилизованных сразу отправят на фронт без какой-либо дополнительной подготовки.",
        kk: "Путин жұмылдырылғандардың ешқандай қосымша дайындықсыз майданға жіберілетінін айтты.",
      },
      explanation: {
        en: "Putin said those mobilized would undergo mandatory additional military training.",
        ru: "Путин сказал, что мобилизованные пройдут обязательную дополнительную военную подготовку.",
        kk: "Путин жұмылдырылғандардың міндетті қосымша әскери дайындықтан өтетінін айтты.",
      },
    },
    statement: {
      en: "Putin said that those mobilized would undergo mandatory additional military training.",
      ru: "Путин заявил, что мобилизованные в обязательном порядке пройдут дополнительную военную подготовку.",
      kk: "Путин жұмылдырылғандардың міндетті түрде қосымша әскери дайындықтан өтетінін айтты.",
    },
  },
  {
    id: "smo-euphemism",
    kind: "statement",
    quoteIds: ["q-euphemism"],
    decides: ["Moscow’s euphemism for its war"],
    step: "the-order",
    contradicted: {
      statement: {
        en: "The article itself uses “special military operation” as a neutral and accurate name for Russia’s war in Ukraine.",
        ru: "Статья сама использует слова «специальная военная операция» как нейтральное и точное название войны России в Украине.",
        kk: "Мақаланың өзі Ресейдің Украинадағы соғысын бейтарап әрі дәл атау ретінде «арнайы әскери операция» деп атайды.",
      },
      explanation: {
        en: "The article calls “special military operation” Moscow’s euphemism for its war in Ukraine.",
        ru: "Слова «специальная военная операция» статья называет эвфемизмом, которым Москва обозначает свою войну в Украине.",
        kk: "Мақала «арнайы әскери операция» тіркесін Мәскеудің Украинадағы соғысын жұмсартып атауы деп сипаттайды.",
      },
    },
    statement: {
      en: "The article describes “special military operation” as Moscow’s euphemism for its war in Ukraine.",
      ru: "Слова «специальная военная операция» статья называет эвфемизмом, которым Москва обозначает свою войну в Украине.",
      kk: "Мақалада «арнайы әскери операция» тіркесі Мәскеудің Украинадағы соғысын жұмсартып атауы (эвфемизм) деп сипатталады.",
    },
  },

  // ── the-exodus ───────────────────────────────────────────────────────────────────────────
  {
    id: "kz-entries-nearly-100k",
    kind: "number",
    value: 100000,
    qualifier: "nearly",
    unit: "russians",
    measure: "total",
    period: { kind: "relative", key: "days-after-order" },
    placeId: "kazakhstan",
    sources: ["visa-free-countries-data"],
    quoteIds: ["q-kazakhstan-nearly-100000"],
    step: "the-exodus",
    chartLabel: {
      en: "Russians entering Kazakhstan",
      ru: "Россияне, въехавшие в Казахстан",
      kk: "Қазақстанға кірген ресейліктер",
    },
    statement: {
      en: `Nearly ${EN_RUSSIANS} crossed the border into Kazakhstan in the days after the mobilization was announced.`,
      ru: "В дни после объявления мобилизации почти {value, plural, one {# россиянин пересёк} few {# россиянина пересекли} many {# россиян пересекли} other {# россиянина пересекли}} границу с Казахстаном.",
      kk: "Жұмылдыру жарияланғаннан кейінгі күндері {valueDat} жуық ресейлік Қазақстанға өтті.",
    },
    quiz: {
      howMany: {
        en: "According to the article, about how many Russians crossed into Kazakhstan in the days after the mobilization was announced?",
        ru: "Согласно статье, сколько примерно россиян пересекло границу с Казахстаном в дни после объявления мобилизации?",
        kk: "Мақалаға сәйкес, жұмылдыру жарияланғаннан кейінгі күндері Қазақстанға шамамен қанша ресейлік өтті?",
      },
      where: {
        question: {
          en: "According to the article, which country did {figure} Russians cross into in the days after the mobilization was announced?",
          ru: "Согласно статье, в какую страну {figure} россиян въехали в дни после объявления мобилизации?",
          kk: "Мақалаға сәйкес, жұмылдыру жарияланғаннан кейінгі күндері {figure} ресейлік қай елге өтті?",
        },
        placeId: "kazakhstan",
      },
      keyRank: 1,
      whoOptions: ["mongolia-local-media", "aslan-atalykov", "kassym-jomart-tokayev"],
    },
  },
  {
    id: "exodus-destinations",
    kind: "place",
    placeIds: ["armenia", "georgia", "mongolia"],
    quoteIds: ["q-destinations"],
    step: "the-exodus",
    statement: {
      en: "In recent days Russians have been heading to countries such as Armenia, Georgia and Mongolia.",
      ru: "В последние дни россияне уезжают в разные страны, среди которых Армения, Грузия и Монголия.",
      kk: "Соңғы күндері ресейліктер Армения, Грузия, Моңғолия сияқты елдерге барып жатыр.",
    },
  },
  {
    id: "visa-free-data-thousands",
    kind: "statement",
    quoteIds: ["q-thousands-past-week"],
    decides: ["thousands have entered"],
    step: "the-exodus",
    contradicted: {
      statement: {
        en: "In the past week, just a few hundred Russians have entered countries where they need no visa to enter or to stay for a while.",
        ru: "За последнюю неделю в страны, где россиянам не нужна виза для въезда или временного пребывания, въехало лишь несколько сотен человек.",
        kk: "Соңғы бір аптада ресейліктерге кіру немесе уақытша тұру үшін виза қажет емес елдерге бірнеше жүз адам ғана кірді.",
      },
      explanation: {
        en: "Data published by those countries show that thousands have entered them in the past week.",
        ru: "По данным этих стран, за последнюю неделю туда въехали тысячи россиян.",
        kk: "Сол елдер жариялаған деректерге қарағанда, соңғы бір аптада оларға мыңдаған ресейлік кірген.",
      },
    },
    statement: {
      en: "In the past week, thousands of Russians have entered countries where they need no visa to enter or to stay for a while.",
      ru: "За последнюю неделю тысячи россиян въехали в страны, где им не нужна виза для въезда или временного пребывания.",
      kk: "Соңғы бір аптада мыңдаған ресейлік визасыз кіруге немесе уақытша тұруға болатын елдерге кірді.",
    },
  },

  // ── what-is-not-known ────────────────────────────────────────────────────────────────────
  {
    id: "exact-departures-unknown",
    kind: "unknown",
    links: ["border-agency-no-response"],
    quoteIds: ["q-exact-number-unknown", "q-isnt-known"],
    decides: ["exact number", "isn’t known"],
    step: "what-is-not-known",
    contradicted: {
      statement: {
        en: "Russia has published the exact number of Russians who have left since the mobilization was declared.",
        ru: "Россия опубликовала точное число россиян, уехавших после объявления мобилизации.",
        kk: "Ресей жұмылдыру жарияланғаннан бері елден кеткен ресейліктердің нақты санын жариялады.",
      },
      explanation: {
        en: "The article says the exact number isn’t known, and Russia’s border guard agency didn’t immediately respond to a request for data.",
        ru: "В статье сказано, что точное число неизвестно, а пограничная служба России не ответила сразу на запрос о данных.",
        kk: "Мақалада нақты сан белгісіз екені айтылады, ал Ресейдің шекара қызметі деректер туралы сауалға мақала жарияланған кезге дейін жауап бермеген.",
      },
    },
    statement: {
      en: "The exact number of Russians who have left Russia since the mobilization was declared is not known.",
      ru: "Точное число россиян, уехавших из страны после объявления мобилизации, неизвестно.",
      kk: "Жұмылдыру жарияланғаннан бері Ресейден кеткен ресейліктердің нақты саны белгісіз.",
    },
  },
  {
    id: "more-mobilization-uncertain",
    kind: "unknown",
    quoteIds: ["q-uncertainty-mounts", "q-more-mobilization"],
    decides: ["uncertainty mounts", "might mobilize additional manpower"],
    step: "what-is-not-known",
    contradicted: {
      statement: {
        en: "Doubts over whether the Kremlin might mobilize more people beyond the reservists already called up are fading.",
        ru: "Сомнения в том, не мобилизует ли Кремль ещё больше людей сверх уже призванных резервистов, постепенно рассеиваются.",
        kk: "Кремль әскерге шақырылған запастағы әскерилерден бөлек тағы адам жұмылдыра ма деген күмән бірте-бірте сейіліп барады.",
      },
      explanation: {
        en: "The article says uncertainty is mounting over whether the Kremlin might mobilize more people.",
        ru: "В статье сказано, что растёт неопределённость: не мобилизует ли Кремль ещё больше людей.",
        kk: "Мақалада Кремль тағы адам жұмылдыруы мүмкін бе деген белгісіздік артып келе жатқаны айтылады.",
      },
    },
    statement: {
      en: "It is unclear whether the Kremlin will mobilize even more people on top of the reservists already called up.",
      ru: "Неясно, не станет ли Кремль мобилизовать ещё больше людей сверх уже призванных резервистов.",
      kk: "Кремль әскерге шақырылған запастағы әскерилерге қоса тағы адам жұмылдыра ма, жоқ па — бұл белгісіз.",
    },
  },
  {
    id: "peskov-role",
    kind: "role",
    personId: "dmitry-peskov",
    quoteIds: ["q-peskov-spokesman"],
    step: "what-is-not-known",
    statement: {
      en: "Dmitry Peskov is the Kremlin’s spokesman.",
      ru: "Дмитрий Песков — пресс-секретарь Кремля.",
      kk: "Дмитрий Песков — Кремльдің баспасөз хатшысы.",
    },
  },
  {
    id: "peskov-no-number",
    kind: "unknown",
    quoteIds: ["q-peskov-didnt-know"],
    decides: ["didn’t know the number of departures"],
    step: "what-is-not-known",
    contradicted: {
      statement: {
        en: "Dmitry Peskov told reporters exactly how many people had left the country since the mobilization.",
        ru: "Дмитрий Песков назвал журналистам точное число людей, уехавших из страны после объявления мобилизации.",
        kk: "Дмитрий Песков журналистерге жұмылдыру жарияланғаннан бері елден кеткендердің нақты санын айтты.",
      },
      explanation: {
        en: "Peskov told reporters that he didn’t know the number of departures.",
        ru: "Песков сказал журналистам, что не знает, сколько человек уехало.",
        kk: "Песков журналистерге елден қанша адам кеткенін білмейтінін айтты.",
      },
    },
    statement: {
      en: "Dmitry Peskov told reporters that he did not know how many people had left.",
      ru: "Дмитрий Песков сказал журналистам, что не знает, сколько человек уехало.",
      kk: "Дмитрий Песков журналистерге елден қанша адам кеткенін білмейтінін айтты.",
    },
  },
  {
    id: "peskov-redirect-border-agency",
    kind: "role",
    personId: "dmitry-peskov",
    quoteIds: ["q-peskov-border-agency", "q-peskov-spokesman"],
    decides: ["Russia’s border guard agency"],
    step: "what-is-not-known",
    contradicted: {
      statement: {
        en: "Dmitry Peskov referred requests for comment to Russia’s Ministry of Defense.",
        ru: "Дмитрий Песков предложил журналистам обращаться за комментариями в Министерство обороны России.",
        kk: "Дмитрий Песков түсініктеме сұраған өтініштерді Ресей Қорғаныс министрлігіне бағыттады.",
      },
      explanation: {
        en: "Peskov directed requests for comment to Russia’s border guard agency.",
        ru: "Песков переадресовал запросы пограничной службе России.",
        kk: "Песков өтініштерді Ресейдің шекара қызметіне бағыттады.",
      },
    },
    statement: {
      en: "Dmitry Peskov referred requests for comment to Russia’s border guard agency.",
      ru: "Дмитрий Песков предложил обращаться за комментариями в пограничную службу России.",
      kk: "Дмитрий Песков түсініктеме сұраған өтініштерді Ресейдің шекара қызметіне бағыттады.",
    },
  },
  {
    id: "border-agency-no-response",
    kind: "unknown",
    quoteIds: ["q-agency-no-response"],
    decides: ["didn’t immediately respond"],
    step: "what-is-not-known",
    contradicted: {
      statement: {
        en: "Russia’s border guard agency at once gave reporters figures on how many Russians had left in the past week.",
        ru: "Пограничная служба России сразу предоставила журналистам данные о числе россиян, уехавших за последнюю неделю.",
        kk: "Ресейдің шекара қызметі соңғы бір аптада елден кеткен ресейліктердің саны туралы деректерді журналистерге бірден берді.",
      },
      explanation: {
        en: "The article says officials at the agency didn’t immediately respond to a request for data.",
        ru: "В статье сказано, что в пограничной службе не ответили сразу на запрос о данных.",
        kk: "Мақалада шекара қызметі деректер туралы сауалға мақала жарияланған кезге дейін жауап бермегені айтылады.",
      },
    },
    statement: {
      en: "Russia’s border guard agency did not immediately answer a request for figures on how many Russians had left.",
      ru: "В пограничной службе России не ответили сразу на запрос о числе уехавших россиян.",
      kk: "Ресейдің шекара қызметі елден кеткен ресейліктердің саны туралы сауалға мақала жарияланған кезге дейін жауап бермеді.",
    },
  },

  // ── border-by-border ─────────────────────────────────────────────────────────────────────
  {
    id: "georgia-statement-tuesday",
    kind: "date",
    period: { kind: "day", date: "2022-09-27" },
    quoteIds: ["q-georgia-tuesday"],
    decides: ["head of Georgia’s interior ministry told journalists Tuesday"],
    step: "border-by-border",
    contradicted: {
      statement: {
        en: "The head of Georgia’s interior ministry gave the figures on arrivals from Russia in a written statement on Sunday.",
        ru: "Глава МВД Грузии привёл данные о въезжающих из России в письменном заявлении в воскресенье.",
        kk: "Грузия ІІМ басшысы Ресейден келетіндер туралы деректерді жексенбі күні жазбаша мәлімдемесінде келтірді.",
      },
      explanation: {
        en: "The article says the head of Georgia’s interior ministry told journalists on Tuesday.",
        ru: "В статье сказано, что глава МВД Грузии рассказал об этом журналистам во вторник.",
        kk: "Мақалада ол бұл туралы журналистерге сейсенбі күні айтқаны жазылған.",
      },
    },
    statement: {
      en: "On Tuesday, the head of Georgia’s interior ministry told journalists about the rise in arrivals from Russia.",
      ru: "Во вторник глава МВД Грузии рассказал журналистам о росте числа въезжающих из России.",
      kk: "Грузия ІІМ басшысы Ресейден келетіндер санының өскенін журналистерге сейсенбі күні айтты.",
    },
  },
  {
    id: "georgia-almost-doubled",
    kind: "number",
    value: 2,
    qualifier: "almost",
    unit: "times",
    measure: "share",
    period: { kind: "relative", key: "recent-days" },
    placeId: "georgia",
    sources: ["visa-free-countries-data"],
    quoteIds: ["q-georgia-doubled", "q-georgia-daily", "q-georgia-tuesday"],
    decides: ["almost doubled"],
    step: "border-by-border",
    statement: {
      en: "In recent days the number of people entering Georgia from Russia has {value, plural, =2 {almost doubled} =3 {almost tripled} =4 {almost quadrupled} other {grown almost #-fold}}.",
      ru: "За последние дни число людей, въезжающих в Грузию из России, выросло почти {value, plural, =2 {вдвое} =3 {втрое} =4 {вчетверо} one {в # раз} few {в # раза} many {в # раз} other {в # раза}}.",
      kk: "Соңғы күндері Ресейден Грузияға кіретін адамдар саны {value, plural, =2 {екі} =3 {үш} =4 {төрт} =5 {бес} =6 {алты} =7 {жеті} =8 {сегіз} other {#}} есеге жуық өсті.",
    },
    quiz: {
      howMany: {
        en: "According to the article, roughly how many times over has the number of people entering Georgia from Russia grown in recent days?",
        ru: "Согласно статье, примерно во сколько раз за последние дни выросло число людей, въезжающих в Грузию из России?",
        kk: "Мақалаға сәйкес, соңғы күндері Ресейден Грузияға кіретін адамдар саны шамамен неше есе өсті?",
      },
      where: {
        question: {
          en: "According to the article, in which country has the number of people arriving from Russia almost doubled in recent days?",
          ru: "Согласно статье, в какой стране за последние дни почти удвоилось число людей, въезжающих из России?",
          kk: "Мақалаға сәйкес, соңғы күндері Ресейден келетін адамдар саны қай елде екі есеге жуық өсті?",
        },
        placeId: "georgia",
        decides: ["almost doubled"],
      },
      keyRank: 0,
      whoOptions: ["mongolia-border-authorities", "dmitry-peskov"],
    },
  },
  {
    id: "georgia-daily-before",
    kind: "number",
    range: { min: 5000, max: 6000 },
    qualifier: "exactly",
    unit: "people",
    measure: "per-day",
    placeId: "georgia",
    sources: ["visa-free-countries-data"],
    quoteIds: ["q-georgia-daily", "q-georgia-doubled", "q-georgia-tuesday"],
    step: "border-by-border",
    chartLabel: {
      en: "Entering Georgia from Russia, before the jump",
      ru: "Въезд в Грузию из России, до скачка",
      kk: "Ресейден Грузияға кіру, күрт өсуге дейін",
    },
    statement: {
      en: "Before the recent jump, {min, number}–{max, number} people a day were entering Georgia from Russia.",
      ru: "До недавнего скачка из России в Грузию въезжали {min, number}–{max, number} {max, plural, one {человек} few {человека} many {человек} other {человека}} в день.",
      kk: "Соңғы күрт өсуге дейін Ресейден Грузияға күніне {min, number}–{max, number} адам кіріп отырды.",
    },
    quiz: {
      howMany: {
        en: "According to the article, how many people a day were entering Georgia from Russia before the recent jump?",
        ru: "Согласно статье, сколько человек в день въезжало в Грузию из России до недавнего скачка?",
        kk: "Мақалаға сәйкес, соңғы күрт өсуге дейін Ресейден Грузияға күніне қанша адам кіріп отырды?",
      },
      wrongBelow: "georgia-daily-after",
      keyRank: 2,
    },
  },
  {
    id: "georgia-daily-after",
    kind: "number",
    value: 10000,
    qualifier: "exactly",
    unit: "people",
    measure: "per-day",
    period: { kind: "relative", key: "recent-days" },
    placeId: "georgia",
    sources: ["visa-free-countries-data"],
    quoteIds: ["q-georgia-daily", "q-georgia-doubled", "q-georgia-tuesday"],
    step: "border-by-border",
    chartLabel: {
      en: "Entering Georgia from Russia, after the jump",
      ru: "Въезд в Грузию из России, после скачка",
      kk: "Ресейден Грузияға кіру, күрт өсуден кейін",
    },
    statement: {
      en: "In recent days, the number of people entering Georgia from Russia jumped to {value, number} a day.",
      ru: "За последние дни число людей, въезжающих в Грузию из России, подскочило до {value, plural, one {# человека} few {# человек} many {# человек} other {# человека}} в день.",
      kk: "Соңғы күндері Ресейден Грузияға кіретін адамдар саны күніне {valueDat} дейін күрт өсті.",
    },
    quiz: {
      howMany: {
        en: "According to the article, how many people a day were entering Georgia from Russia after the recent jump?",
        ru: "Согласно статье, сколько человек в день въезжало в Грузию из России после недавнего скачка?",
        kk: "Мақалаға сәйкес, соңғы күрт өсуден кейін Ресейден Грузияға күніне қанша адам кіретін болды?",
      },
    },
  },
  {
    id: "mongolia-3000",
    kind: "number",
    value: 3000,
    qualifier: "some",
    unit: "russians",
    measure: "total",
    period: { kind: "range", from: "2022-09-21", to: "2022-09-25" },
    placeId: "mongolia",
    sources: ["visa-free-countries-data"],
    links: ["mongolia-eight-crossings"],
    quoteIds: ["q-mongolia-crossing", "q-mongolia-authorities", "q-mongolia-eight-crossings"],
    step: "border-by-border",
    chartLabel: {
      en: "Russians entering Mongolia at one crossing",
      ru: "Россияне, въехавшие в Монголию через один пункт пропуска",
      kk: "Моңғолияға бір өткізу пункті арқылы кірген ресейліктер",
    },
    statement: {
      en: `Between {from} and {to}, some ${EN_RUSSIANS} crossed into Mongolia at one of its crossing points.`,
      ru: `С {from} по {to} через один из пунктов пропуска в Монголию въехало около ${RU_RUSSIANS_GEN}.`,
      kk: "{from}–{to} аралығында Моңғолияның өткізу пункттерінің бірі арқылы шамамен {value, number} ресейлік өтті.",
    },
    quiz: {
      howMany: {
        en: "According to the article, about how many Russians crossed into Mongolia at one of its eight border crossings between {from} and {to}?",
        ru: "Согласно статье, сколько примерно россиян въехало в Монголию через один из восьми пунктов пропуска с {from} по {to}?",
        kk: "Мақалаға сәйкес, {from}–{to} аралығында Моңғолияның сегіз өткізу пунктінің бірі арқылы шамамен қанша ресейлік өтті?",
      },
      where: {
        question: {
          en: "According to the article, which country did {figure} Russians enter through a single border crossing between {from} and {to}?",
          ru: "Согласно статье, в какую страну {figure} россиян въехали через один пункт пропуска с {from} по {to}?",
          kk: "Мақалаға сәйкес, {from}–{to} аралығында {figure} ресейлік бір ғана өткізу пункті арқылы қай елге өтті?",
        },
        placeId: "mongolia",
      },
      keyRank: 0,
      whoOptions: ["mongolia-local-media", "dmitry-peskov"],
    },
  },
  {
    id: "mongolia-usual-1000",
    kind: "number",
    value: 1000,
    qualifier: "about",
    unit: "people",
    measure: "per-day",
    period: { kind: "relative", key: "usual" },
    placeId: "mongolia",
    sources: ["visa-free-countries-data"],
    quoteIds: ["q-mongolia-usual", "q-mongolia-eight-crossings"],
    step: "border-by-border",
    chartLabel: {
      en: "“This border” into Mongolia, usual traffic",
      ru: "«Эта граница» на въезде в Монголию, обычный поток",
      kk: "Моңғолияға кіретін «бұл шекара», әдеттегі ағын",
    },
    statement: {
      en: "Around {value, plural, one {# person usually crosses} other {# people usually cross}} what the article calls “this border” into Mongolia each day.",
      ru: "Обычно «эту границу», как её называет статья, на въезде в Монголию пересекает около {value, plural, one {# человека} few {# человек} many {# человек} other {# человека}} в день.",
      kk: "Мақала «бұл шекара» деп атаған, Моңғолияға кіретін шекарадан әдетте күн сайын шамамен {value, number} адам өтеді.",
    },
    quiz: {
      howMany: {
        en: "According to the article, about how many people usually cross “this border” into Mongolia each day?",
        ru: "Согласно статье, сколько примерно человек обычно пересекает «эту границу» на въезде в Монголию за день?",
        kk: "Мақалаға сәйкес, Моңғолияға кіретін «бұл шекарадан» әдетте күн сайын шамамен қанша адам өтеді?",
      },
      where: {
        question: {
          en: "According to the article, usually {figure} people a day cross “this border”: into which country?",
          ru: "Согласно статье, обычно {figure} человек в день пересекают «эту границу» — на въезде в какую страну?",
          kk: "Мақалаға сәйкес, әдетте күніне {figure} адам «бұл шекарадан» өтеді — бұл қай елге кіретін шекара?",
        },
        placeId: "mongolia",
        decides: ["usually cross this border each day"],
      },
      keyRank: 3,
      whoOptions: ["the-kremlin", "mongolia-border-authorities"],
    },
  },
  {
    id: "finland-entered-8314",
    kind: "number",
    value: 8314,
    qualifier: "exactly",
    unit: "russians",
    measure: "one-day",
    period: { kind: "day", date: "2022-09-25" },
    placeId: "finland",
    quoteIds: ["q-finland-entered", "q-finland-website"],
    step: "border-by-border",
    chartLabel: {
      en: "Russians entering Finland by land",
      ru: "Россияне, въехавшие в Финляндию по суше",
      kk: "Финляндияға құрлықпен кірген ресейліктер",
    },
    statement: {
      en: `On Sunday, ${EN_RUSSIANS} entered Finland by land.`,
      ru: "В воскресенье {value, plural, one {# россиянин въехал} few {# россиянина въехали} many {# россиян въехали} other {# россиянина въехали}} в Финляндию через сухопутную границу.",
      kk: "Жексенбі күні Финляндияға құрлықпен {value, number} ресейлік кірді.",
    },
    quiz: {
      howMany: {
        en: "According to the article, how many Russians entered Finland across the land border on Sunday?",
        ru: "Согласно статье, сколько россиян въехало в Финляндию через сухопутную границу в воскресенье?",
        kk: "Мақалаға сәйкес, жексенбі күні құрлық шекарасы арқылы Финляндияға қанша ресейлік кірді?",
      },
      where: {
        question: {
          en: "According to the article, which country did {figure} Russians enter across the land border on Sunday?",
          ru: "Согласно статье, в какую страну {figure} россиян въехали через сухопутную границу в воскресенье?",
          kk: "Мақалаға сәйкес, жексенбі күні {figure} ресейлік құрлық шекарасы арқылы қай елге кірді?",
        },
        placeId: "finland",
      },
      keyRank: 3,
      whoOptions: ["mongolia-local-media", "dmitry-peskov"],
    },
  },
  {
    id: "finland-data-posted-monday",
    kind: "date",
    period: { kind: "day", date: "2022-09-26" },
    quoteIds: ["q-finland-website"],
    step: "border-by-border",
    statement: {
      en: "The figure for Russians entering Finland on Sunday was posted on the Finnish Border Guard’s website on Monday.",
      ru: "Число въехавших в воскресенье россиян опубликовали на сайте Пограничной службы Финляндии в понедельник.",
      kk: "Жексенбі күні Финляндияға кірген ресейліктердің саны Финляндия шекара қызметінің сайтында дүйсенбі күні жарияланды.",
    },
  },
  {
    id: "finland-left-5068",
    kind: "number",
    value: 5068,
    qualifier: "some",
    unit: "russians",
    measure: "one-day",
    period: { kind: "day", date: "2022-09-25" },
    placeId: "finland",
    // "the country" and "the same day" are Finland and Sunday only by the sentence before it.
    quoteIds: ["q-finland-left", "q-finland-entered"],
    step: "border-by-border",
    chartLabel: {
      en: "Russians leaving Finland",
      ru: "Россияне, выехавшие из Финляндии",
      kk: "Финляндиядан шыққан ресейліктер",
    },
    statement: {
      en: `On Sunday, some ${EN_RUSSIANS} left Finland.`,
      ru: `В воскресенье Финляндию покинуло около ${RU_RUSSIANS_GEN}.`,
      kk: "Жексенбі күні Финляндиядан шамамен {value, number} ресейлік шығып кетті.",
    },
    quiz: {
      howMany: {
        en: "According to the article, about how many Russians left Finland on Sunday?",
        ru: "Согласно статье, сколько примерно россиян покинуло Финляндию в воскресенье?",
        kk: "Мақалаға сәйкес, жексенбі күні Финляндиядан шамамен қанша ресейлік шығып кетті?",
      },
      keyRank: 2,
    },
  },
  {
    id: "storskog-243",
    kind: "number",
    value: 243,
    qualifier: "some",
    unit: "russians",
    measure: "one-day",
    period: { kind: "day", date: "2022-09-25" },
    placeId: "storskog",
    quoteIds: ["q-storskog-243", "q-norway-officials", "q-storskog-norway"],
    step: "border-by-border",
    chartLabel: {
      en: "Russians passing through Storskog, Norway",
      ru: "Россияне, прошедшие через Стурскуг (Норвегия)",
      kk: "Стурскуг арқылы өткен ресейліктер (Норвегия)",
    },
    statement: {
      en: `On Sunday, some ${EN_RUSSIANS} passed through Storskog, a crossing point on the way into Norway.`,
      ru: `В воскресенье через Стурскуг — пункт пропуска на въезде в Норвегию — прошло около ${RU_RUSSIANS_GEN}.`,
      kk: "Жексенбі күні Норвегияға кіретін Стурскуг өткізу пункті арқылы шамамен {value, number} ресейлік өтті.",
    },
    quiz: {
      howMany: {
        en: "According to the article, about how many Russians passed through Storskog on Sunday?",
        ru: "Согласно статье, сколько примерно россиян прошло через Стурскуг в воскресенье?",
        kk: "Мақалаға сәйкес, жексенбі күні Стурскуг арқылы шамамен қанша ресейлік өтті?",
      },
      where: {
        question: {
          en: "According to the article, through which town were Russians crossing into Norway?",
          ru: "Согласно статье, через какой город россияне въезжали в Норвегию?",
          kk: "Мақалаға сәйкес, ресейліктер Норвегияға қай қала арқылы өтті?",
        },
        placeId: "storskog",
        decides: ["Norway through the town of Storskog"],
      },
      keyRank: 2,
      whoOptions: ["georgia-interior-head", "mongolia-local-media"],
    },
  },
  {
    id: "storskog-slight-increase",
    kind: "statement",
    quoteIds: ["q-storskog-243", "q-norway-officials", "q-storskog-norway"],
    decides: ["transited there on Sunday, a slight increase"],
    step: "border-by-border",
    contradicted: {
      statement: {
        en: "Fewer Russians passed through Storskog on Sunday than on previous weekends.",
        ru: "В воскресенье через Стурскуг прошло меньше россиян, чем в предыдущие выходные.",
        kk: "Жексенбі күні Стурскуг арқылы өткен ресейліктер алдыңғы демалыс күндеріне қарағанда аз болды.",
      },
      explanation: {
        en: "Local border officials said Sunday’s figure was a slight increase from previous weekends.",
        ru: "По словам местных пограничников, в воскресенье через Стурскуг прошло немного больше россиян, чем в предыдущие выходные.",
        kk: "Жергілікті шекара қызметкерлерінің айтуынша, жексенбідегі сан алдыңғы демалыс күндерімен салыстырғанда сәл өскен.",
      },
    },
    statement: {
      en: "Slightly more Russians passed through Storskog on Sunday than on previous weekends.",
      ru: "В воскресенье через Стурскуг прошло немного больше россиян, чем в предыдущие выходные.",
      kk: "Жексенбі күні Стурскуг арқылы өткен ресейліктер алдыңғы демалыс күндеріне қарағанда сәл көп болды.",
    },
  },

  // ── through-kazakhstan ───────────────────────────────────────────────────────────────────
  {
    id: "atalykov-role",
    kind: "role",
    personId: "aslan-atalykov",
    quoteIds: ["q-atalykov"],
    step: "through-kazakhstan",
    statement: {
      en: "Aslan Atalykov is acting chair of the Migration Service Committee at Kazakhstan’s interior ministry.",
      ru: "Аслан Аталыков — исполняющий обязанности председателя Комитета миграционной службы МВД Казахстана.",
      kk: "Аслан Аталықов — Қазақстан ІІМ Көші-қон қызметі комитеті төрағасының міндетін атқарушы.",
    },
  },
  {
    id: "atalykov-briefing-monday",
    kind: "date",
    period: { kind: "day", date: "2022-09-26" },
    links: ["kz-40000-left-south"],
    quoteIds: ["q-atalykov-monday", "q-atalykov"],
    decides: ["told reporters on Monday"],
    step: "through-kazakhstan",
    contradicted: {
      statement: {
        en: "Aslan Atalykov published his figures on Russians leaving Kazakhstan in a written report, without speaking to reporters.",
        ru: "Аслан Аталыков опубликовал данные о россиянах, покидающих Казахстан, в письменном отчёте, не выступая перед журналистами.",
        kk: "Аслан Аталықов Қазақстаннан кетіп жатқан ресейліктер туралы деректерін журналистерге айтпай, жазбаша есепте жариялады.",
      },
      explanation: {
        en: "The article says he told reporters on Monday.",
        ru: "В статье сказано, что он рассказал об этом журналистам в понедельник.",
        kk: "Мақалада оның бұл туралы журналистерге дүйсенбі күні айтқаны жазылған.",
      },
    },
    statement: {
      en: "On Monday, Aslan Atalykov told reporters how many Russians had left Kazakhstan for the south in recent days.",
      ru: "В понедельник Аслан Аталыков рассказал журналистам, сколько россиян за последние дни уехало из Казахстана на юг.",
      kk: "Дүйсенбі күні Аслан Аталықов журналистерге соңғы күндері Қазақстаннан оңтүстікке қанша ресейлік кеткенін айтты.",
    },
  },
  {
    id: "kz-40000-left-south",
    kind: "number",
    value: 40000,
    qualifier: "some",
    unit: "russians",
    measure: "total",
    period: { kind: "relative", key: "recent-days" },
    placeId: "kazakhstan",
    sources: ["unnamed-data"],
    namesPlaces: ["kyrgyzstan", "uzbekistan"],
    quoteIds: ["q-kz-left-40000", "q-atalykov", "q-atalykov-monday"],
    step: "through-kazakhstan",
    chartLabel: {
      en: "Russians leaving Kazakhstan for the south",
      ru: "Россияне, выехавшие из Казахстана на юг",
      kk: "Қазақстаннан оңтүстікке кеткен ресейліктер",
    },
    statement: {
      en: `Some ${EN_RUSSIANS} had left Kazakhstan in recent days, heading south to neighboring Kyrgyzstan and Uzbekistan.`,
      ru: `За последние дни из Казахстана на юг, в соседние Кыргызстан и Узбекистан, выехало около ${RU_RUSSIANS_GEN}.`,
      kk: "Соңғы күндері шамамен {value, number} ресейлік Қазақстаннан оңтүстікке — көрші Қырғызстан мен Өзбекстанға кетті.",
    },
    quiz: {
      howMany: {
        en: "According to the article, about how many Russians had left Kazakhstan in recent days, heading south?",
        ru: "Согласно статье, сколько примерно россиян за последние дни выехало из Казахстана на юг?",
        kk: "Мақалаға сәйкес, соңғы күндері Қазақстаннан оңтүстікке қарай шамамен қанша ресейлік кетті?",
      },
      where: {
        question: {
          en: "According to the article, from which country had {figure} Russians left in recent days, heading south to Kyrgyzstan and Uzbekistan?",
          ru: "Согласно статье, из какой страны за последние дни {figure} россиян выехали на юг — в Кыргызстан и Узбекистан?",
          kk: "Мақалаға сәйкес, соңғы күндері {figure} ресейлік қай елден оңтүстікке — Қырғызстан мен Өзбекстанға кетті?",
        },
        placeId: "kazakhstan",
      },
      keyRank: 1,
      whoOptions: ["mongolia-border-authorities", "kassym-jomart-tokayev"],
    },
  },
  {
    id: "kz-6000-by-air",
    kind: "number",
    value: 6000,
    qualifier: "almost",
    unit: "russians",
    measure: "total",
    placeId: "kazakhstan",
    sources: ["unnamed-data"],
    // The sentence names no source and no country; the one before it gives both.
    quoteIds: ["q-kz-by-air", "q-kz-left-40000"],
    step: "through-kazakhstan",
    chartLabel: {
      en: "Russians leaving Kazakhstan by air",
      ru: "Россияне, покинувшие Казахстан самолётами",
      kk: "Қазақстаннан әуе жолымен кеткен ресейліктер",
    },
    statement: {
      en: `Almost ${EN_RUSSIANS} had left Kazakhstan by air.`,
      ru: "Почти {value, plural, one {# россиянин покинул} few {# россиянина покинули} many {# россиян покинули} other {# россиянина покинули}} Казахстан самолётами.",
      kk: "{valueDat} жуық ресейлік Қазақстаннан әуе жолымен кетті.",
    },
    quiz: {
      howMany: {
        en: "According to the article, about how many Russians had left Kazakhstan by air?",
        ru: "Согласно статье, сколько примерно россиян покинуло Казахстан самолётами?",
        kk: "Мақалаға сәйкес, Қазақстаннан әуе жолымен шамамен қанша ресейлік кетті?",
      },
      keyRank: 0,
    },
  },
  {
    id: "kz-896-applicants",
    kind: "number",
    value: 896,
    qualifier: "exactly",
    unit: "foreign-citizens",
    measure: "total",
    period: { kind: "range", from: "2022-09-01", to: "2022-09-24" },
    placeId: "kazakhstan",
    quoteIds: ["q-kz-residency", "q-kz-residency-period", "q-kz-10-percent"],
    step: "through-kazakhstan",
    statement: {
      en: "Between {from} and {to}, {value, plural, one {# foreign citizen} other {# foreign citizens}} applied for residency in Kazakhstan.",
      ru: "С {from} по {to} {value, plural, one {# иностранный гражданин обратился} few {# иностранных гражданина обратились} many {# иностранных граждан обратились} other {# иностранного гражданина обратились}} за разрешением на проживание в Казахстане.",
      kk: "{from}–{to} аралығында {value, number} шетел азаматы Қазақстанда тұруға рұқсат сұрап өтініш берді.",
    },
    quiz: {
      howMany: {
        en: "According to the article, how many foreign citizens applied for residency in Kazakhstan between {from} and {to}?",
        ru: "Согласно статье, сколько иностранных граждан обратилось за разрешением на проживание в Казахстане с {from} по {to}?",
        kk: "Мақалаға сәйкес, {from}–{to} аралығында Қазақстанда тұруға рұқсат сұрап қанша шетел азаматы өтініш берді?",
      },
      keyRank: 3,
      whoOptions: ["kassym-jomart-tokayev", "mongolia-border-authorities"],
    },
  },
  {
    id: "kz-10pct-russians",
    kind: "number",
    value: 10,
    qualifier: "about",
    unit: "percent",
    measure: "share",
    period: { kind: "range", from: "2022-09-01", to: "2022-09-24" },
    placeId: "kazakhstan",
    quoteIds: ["q-kz-10-percent", "q-kz-residency", "q-kz-residency-period"],
    step: "through-kazakhstan",
    statement: {
      en: "Around {valueText} of the foreign citizens who applied for residency in Kazakhstan between {from} and {to} were Russians.",
      ru: "Россияне составили около {valueText} иностранных граждан, обратившихся за разрешением на проживание в Казахстане с {from} по {to}.",
      kk: "{from}–{to} аралығында Қазақстанда тұруға рұқсат сұраған шетел азаматтарының ішінде ресейліктердің үлесі шамамен {valueText} болды.",
    },
    quiz: {
      howMany: {
        en: "According to the article, roughly what share of the foreign citizens who applied for residency in Kazakhstan between {from} and {to} were Russians?",
        ru: "Согласно статье, какую примерно долю иностранных граждан, обратившихся за разрешением на проживание в Казахстане с {from} по {to}, составили россияне?",
        kk: "Мақалаға сәйкес, {from}–{to} аралығында Қазақстанда тұруға рұқсат сұраған шетел азаматтарының ішінде ресейліктердің үлесі шамамен қандай болды?",
      },
      keyRank: 3,
      whoOptions: ["mongolia-border-authorities", "kassym-jomart-tokayev"],
    },
  },

  // ── kazakhstan-responds ──────────────────────────────────────────────────────────────────
  {
    id: "tokayev-role",
    kind: "role",
    personId: "kassym-jomart-tokayev",
    quoteIds: ["q-tokayev-order"],
    step: "kazakhstan-responds",
    statement: {
      en: "Kassym-Jomart Tokayev is the president of Kazakhstan.",
      ru: "Касым-Жомарт Токаев — президент Казахстана.",
      kk: "Қасым-Жомарт Тоқаев — Қазақстан Президенті.",
    },
  },
  {
    id: "tokayev-ordered-help",
    kind: "role",
    personId: "kassym-jomart-tokayev",
    quoteIds: ["q-tokayev-order"],
    decides: ["ordered his government to help Russians"],
    step: "kazakhstan-responds",
    contradicted: {
      statement: {
        en: "Kassym-Jomart Tokayev ordered his government to send the arriving Russians back to Russia.",
        ru: "Касым-Жомарт Токаев поручил правительству отправлять всех приезжающих россиян обратно в Россию.",
        kk: "Қасым-Жомарт Тоқаев үкіметке келіп жатқан ресейліктерді Ресейге қайтаруды тапсырды.",
      },
      explanation: {
        en: "The article says he ordered his government to help Russians entering his country.",
        ru: "В статье сказано, что он поручил правительству помогать россиянам, въезжающим в страну.",
        kk: "Мақалада ол үкіметке елге келіп жатқан ресейліктерге көмектесуді тапсырғаны айтылады.",
      },
    },
    statement: {
      en: "Kassym-Jomart Tokayev ordered his government to help Russians arriving in Kazakhstan.",
      ru: "Касым-Жомарт Токаев поручил правительству помогать россиянам, въезжающим в Казахстан.",
      kk: "Қасым-Жомарт Тоқаев үкіметке Қазақстанға келіп жатқан ресейліктерге көмектесуді тапсырды.",
    },
  },
  {
    id: "tokayev-forced-to-leave",
    kind: "statement",
    quoteIds: ["q-tokayev-forced"],
    decides: ["forced to leave because of the current hopeless situation"],
    step: "kazakhstan-responds",
    contradicted: {
      statement: {
        en: "Tokayev said that most of the arriving Russians had left Russia of their own free will, as ordinary tourists on holiday.",
        ru: "Токаев заявил, что большинство приезжающих россиян покинули Россию по собственной воле, как обычные туристы на отдыхе.",
        kk: "Тоқаев келіп жатқан ресейліктердің көбі Ресейден өз еркімен, демалуға шыққан қарапайым турист ретінде кеткенін айтты.",
      },
      explanation: {
        en: "Tokayev said most of them were forced to leave because of the current hopeless situation.",
        ru: "Токаев сказал, что большинство из них вынуждены уехать из-за нынешней безнадёжной ситуации.",
        kk: "Тоқаев олардың көбі қазіргі үмітсіз жағдай салдарынан кетуге мәжбүр екенін айтты.",
      },
    },
    statement: {
      en: "Tokayev said that most of the arriving Russians were forced to leave because of the current hopeless situation.",
      ru: "Токаев заявил, что большинство приезжающих россиян вынуждены уехать из-за нынешней безнадёжной ситуации.",
      kk: "Тоқаев келіп жатқан ресейліктердің көбі қазіргі үмітсіз жағдай салдарынан кетуге мәжбүр екенін айтты.",
    },
  },
  {
    id: "tokayev-political-humanitarian",
    kind: "statement",
    quoteIds: ["q-tokayev-issue"],
    step: "kazakhstan-responds",
    statement: {
      en: "Tokayev added that it was a political and a humanitarian issue.",
      ru: "Токаев добавил, что это политический и гуманитарный вопрос.",
      kk: "Тоқаев бұл саяси әрі гуманитарлық мәселе екенін қосып айтты.",
    },
  },
  {
    id: "tokayev-safety",
    kind: "statement",
    quoteIds: ["q-tokayev-safety"],
    decides: ["must take care of them and ensure their safety"],
    step: "kazakhstan-responds",
    contradicted: {
      statement: {
        en: "Tokayev said Kazakhstan bears no responsibility for the safety of the arriving Russians.",
        ru: "Токаев заявил, что Казахстан не несёт никакой ответственности за безопасность приезжающих россиян.",
        kk: "Тоқаевтың айтуынша, Қазақстан елге келіп жатқан ресейліктердің қауіпсіздігіне жауап бермейді.",
      },
      explanation: {
        en: "Tokayev said Kazakhstan must ensure their safety.",
        ru: "Токаев сказал, что Казахстан должен обеспечить их безопасность.",
        kk: "Тоқаевтың айтуынша, Қазақстан олардың қауіпсіздігін қамтамасыз етуі керек.",
      },
    },
    statement: {
      en: "Tokayev said Kazakhstan must ensure the safety of the arriving Russians.",
      ru: "Токаев заявил, что Казахстан должен обеспечить безопасность россиян, которые приезжают в страну.",
      kk: "Тоқаевтың айтуынша, Қазақстан елге келіп жатқан ресейліктердің қауіпсіздігін қамтамасыз етуі керек.",
    },
  },

  // ── inside-russia ────────────────────────────────────────────────────────────────────────
  {
    id: "lawmakers-questions",
    kind: "unknown",
    quoteIds: ["q-lawmakers-questions", "q-lawmakers"],
    decides: ["questions have arisen, even among lawmakers", "equip the new recruits"],
    step: "inside-russia",
    contradicted: {
      statement: {
        en: "Russian lawmakers agree that the new recruits are well supplied and equipped.",
        ru: "Российские депутаты единодушны в том, что новобранцы хорошо обеспечены и снаряжены.",
        kk: "Ресей депутаттары жаңа шақырылғандар жақсы қамтамасыз етіліп, жабдықталған деп бірауыздан келіседі.",
      },
      explanation: {
        en: "The article says questions have arisen, even among lawmakers, over Russia’s ability to properly support and equip the new recruits.",
        ru: "В статье сказано, что даже у депутатов возникли вопросы: может ли Россия должным образом обеспечить и снарядить новобранцев.",
        kk: "Мақалада Ресей жаңа шақырылғандарды тиісінше қамтамасыз етіп, жабдықтай ала ма деген сұрақ тіпті депутаттар арасында да туындағаны айтылады.",
      },
    },
    statement: {
      en: "Questions have arisen, even among lawmakers, over whether Russia can properly support and equip its new recruits.",
      ru: "Даже у депутатов возникли вопросы: сможет ли Россия должным образом обеспечить и снарядить новобранцев.",
      kk: "Ресей жаңа шақырылғандарды тиісінше қамтамасыз етіп, жабдықтай ала ма деген сұрақ тіпті депутаттар арасында да туындады.",
    },
  },
  {
    id: "delyagin-role",
    kind: "role",
    personId: "mikhail-delyagin",
    quoteIds: ["q-delyagin", "q-delyagin-duma"],
    step: "inside-russia",
    statement: {
      en: "Mikhail Delyagin is a political analyst and a deputy of Russia’s State Duma.",
      ru: "Михаил Делягин — политолог и депутат Государственной думы России.",
      kk: "Михаил Делягин — саясаттанушы, Ресей Мемлекеттік Думасының депутаты.",
    },
  },
  {
    id: "delyagin-anxiety",
    kind: "statement",
    quoteIds: ["q-delyagin-anxiety"],
    decides: ["exacerbated public anxiety"],
    step: "inside-russia",
    contradicted: {
      statement: {
        en: "Delyagin said the mobilization had calmed public worries about how well the armed forces are supplied.",
        ru: "Делягин заявил, что мобилизация успокоила общество насчёт материального обеспечения армии.",
        kk: "Делягин жұмылдырудың қарулы күштерді материалдық қамтамасыз етуге қатысты қоғамның алаңдаушылығын басқанын айтты.",
      },
      explanation: {
        en: "Delyagin said the mobilization had “exacerbated public anxiety about the material support of our armed forces.”",
        ru: "Делягин сказал, что мобилизация усилила тревогу общества по поводу материального обеспечения армии.",
        kk: "Делягин жұмылдырудың қарулы күштерді материалдық қамтамасыз етуге қатысты қоғамдағы алаңдаушылықты күшейткенін айтты.",
      },
    },
    statement: {
      en: "Delyagin said the mobilization had heightened public anxiety about how well the armed forces are supplied.",
      ru: "Делягин заявил, что мобилизация усилила тревогу общества по поводу материального обеспечения армии.",
      kk: "Делягин жұмылдырудың қарулы күштерді материалдық қамтамасыз етуге қатысты қоғамдағы алаңдаушылықты күшейткенін айтты.",
    },
  },
  {
    id: "delyagin-self-equipping",
    kind: "statement",
    quoteIds: ["q-delyagin-self-equipping"],
    step: "inside-russia",
    statement: {
      en: "Delyagin wrote that reports were multiplying of those mobilized having to equip themselves with almost everything except weapons.",
      ru: "Делягин написал, что множатся сообщения о том, что мобилизованным приходится самим обеспечивать себя почти всем, кроме оружия.",
      kk: "Делягин жұмылдырылғандардың қарудан басқа жабдықтың бәрін дерлік өздері алуға мәжбүр екені туралы хабарлардың көбейіп жатқанын жазды.",
    },
  },
  {
    id: "delyagin-social-tension",
    kind: "statement",
    quoteIds: ["q-delyagin-tension", "q-delyagin-money"],
    decides: ["Not everyone has the money", "social tension could become political"],
    step: "inside-russia",
    contradicted: {
      statement: {
        en: "Delyagin said that these goods are plentiful and everyone can easily afford them.",
        ru: "Делягин заявил, что этих товаров в избытке и каждый легко может их себе позволить.",
        kk: "Делягин бұл тауарлар жеткілікті және оларды кез келген адам оңай сатып ала алады деді.",
      },
      explanation: {
        en: "Delyagin said not everyone has the money for these goods.",
        ru: "Делягин сказал, что не у всех есть деньги на эти товары.",
        kk: "Делягин бұл тауарларға бәрінің бірдей қаражаты жоқ екенін айтты.",
      },
    },
    statement: {
      en: "Delyagin said that not everyone can afford these goods and that this social tension could become political.",
      ru: "Делягин заявил, что не у всех есть деньги на эти товары и что социальная напряжённость может перерасти в политическую.",
      kk: "Делягин бұл тауарларды алуға бәрінің бірдей қаражаты жоқ екенін және әлеуметтік шиеленіс саяси сипат алуы мүмкін екенін айтты.",
    },
  },
  {
    id: "delyagin-party",
    kind: "role",
    personId: "mikhail-delyagin",
    quoteIds: ["q-delyagin-party"],
    step: "inside-russia",
    statement: {
      en: "Mikhail Delyagin belongs to the party A Just Russia—Patriots for Truth.",
      ru: "Михаил Делягин состоит в партии «Справедливая Россия — Патриоты — За правду».",
      kk: "Михаил Делягин — «Әділетті Ресей — Патриоттар — Шындық үшін» («Справедливая Россия — Патриоты — За правду») партиясының мүшесі.",
    },
  },
  {
    id: "delyagin-mod-request",
    kind: "role",
    personId: "mikhail-delyagin",
    quoteIds: ["q-delyagin-request"],
    step: "inside-russia",
    statement: {
      en: "Delyagin said that he and a fellow party member were requesting that Russia’s Ministry of Defense be ordered to provide information on the criteria for supplying troops with medicines, first-aid kits, and food and clothing allowances.",
      ru: "Делягин сказал, что он и его однопартиец просят обязать Министерство обороны России раскрыть, по каким критериям войска обеспечиваются лекарствами, аптечками, продовольственным и вещевым довольствием.",
      kk: "Делягин өзі мен партиядағы әріптесі Ресей Қорғаныс министрлігін әскери қызметшілерді дәрі-дәрмекпен, алғашқы көмек қобдишаларымен, азық-түлікпен және киім-кешекпен қамтамасыз ету өлшемшарттары туралы ақпарат беруге міндеттеуді сұрап жатқанын айтты.",
    },
  },

  // ── reading-the-numbers ──────────────────────────────────────────────────────────────────
  {
    id: "mongolia-eight-crossings",
    kind: "number",
    value: 8,
    qualifier: "exactly",
    unit: "crossings",
    measure: "count",
    placeId: "mongolia",
    quoteIds: ["q-mongolia-eight-crossings", "q-mongolia-authorities"],
    step: "border-by-border",
    statement: {
      en: "The figure for Mongolia comes from just one of {value, plural, =2 {two} =3 {three} =4 {four} =5 {five} =6 {six} =7 {seven} =8 {eight} =9 {nine} other {#}} crossing points into the country.",
      ru: "Данные по Монголии относятся лишь к одному из {value, plural, =2 {двух пунктов пропуска} =3 {трёх пунктов пропуска} =4 {четырёх пунктов пропуска} =5 {пяти пунктов пропуска} =6 {шести пунктов пропуска} =7 {семи пунктов пропуска} =8 {восьми пунктов пропуска} =9 {девяти пунктов пропуска} one {# пункта пропуска} few {# пунктов пропуска} many {# пунктов пропуска} other {# пункта пропуска}} на въезде в страну.",
      kk: "Моңғолия бойынша дерек елге кіретін {value, plural, =2 {екі} =3 {үш} =4 {төрт} =5 {бес} =6 {алты} =7 {жеті} =8 {сегіз} =9 {тоғыз} other {#}} өткізу пунктінің біреуіне ғана қатысты.",
    },
    quiz: {
      howMany: {
        en: "According to the article, how many border crossings lead into Mongolia?",
        ru: "Согласно статье, сколько пунктов пропуска ведёт в Монголию?",
        kk: "Мақалаға сәйкес, Моңғолияға неше өткізу пункті арқылы кіруге болады?",
      },
      keyRank: 2,
      whoOptions: ["georgia-interior-head", "mongolia-local-media"],
    },
  },
  {
    id: "onward-travel-data",
    kind: "statement",
    quoteIds: ["q-onward-travel"],
    decides: ["departed for other destinations, data show"],
    step: "through-kazakhstan",
    contradicted: {
      statement: {
        en: "Almost all of the Russians who crossed into neighboring countries stayed there rather than moving on.",
        ru: "Почти все россияне, въехавшие в соседние страны, там и остались, никуда дальше не поехав.",
        kk: "Көрші елдерге өткен ресейліктердің барлығы дерлік әрі қарай кетпей, сол жерде қалды.",
      },
      explanation: {
        en: "The article says that, according to data, many of them departed for other destinations.",
        ru: "В статье сказано, что, судя по данным, многие из них отправились дальше, в другие места.",
        kk: "Мақалада деректерге қарағанда олардың көбі басқа бағыттарға аттанғаны айтылады.",
      },
    },
    statement: {
      en: "Many of the Russians who crossed into neighboring countries then moved on to other destinations.",
      ru: "Многие россияне, въехавшие в соседние страны, затем отправились дальше, в другие места.",
      kk: "Көрші елдерге өткен көптеген ресейлік кейін басқа бағыттарға аттанды.",
    },
  },
  {
    id: "storskog-rising-men",
    kind: "place",
    placeIds: ["storskog", "norway"],
    links: ["storskog-243"],
    quoteIds: ["q-storskog-men", "q-storskog-norway"],
    decides: ["rising number", "Norway through the town of Storskog"],
    step: "border-by-border",
    contradicted: {
      statement: {
        en: "Fewer and fewer Russian men were crossing into Norway through Storskog.",
        ru: "Всё меньше российских мужчин въезжало в Норвегию через Стурскуг.",
        kk: "Стурскуг арқылы Норвегияға өтетін ресейлік ер адамдардың саны азайып келе жатты.",
      },
      explanation: {
        en: "The article says a rising number of Russian men were crossing there.",
        ru: "В статье сказано, что через этот пункт въезжало всё больше российских мужчин.",
        kk: "Мақалада ол жерден өтетін ресейлік ер адамдардың саны артып келе жатқаны айтылады.",
      },
    },
    statement: {
      en: "A rising number of Russian men were crossing into Norway through Storskog.",
      ru: "Всё больше российских мужчин въезжало в Норвегию через Стурскуг.",
      kk: "Стурскуг арқылы Норвегияға өтетін ресейлік ер адамдардың саны артып келе жатты.",
    },
    quiz: {
      where: {
        question: {
          en: "According to the article, a rising number of Russian men were crossing through Storskog into which country?",
          ru: "Согласно статье, в какую страну через Стурскуг въезжало всё больше российских мужчин?",
          kk: "Мақалаға сәйкес, Стурскуг арқылы қай елге өтетін ресейлік ер адамдардың саны артып келе жатты?",
        },
        placeId: "norway",
        decides: ["rising number", "through the town of Storskog"],
      },
    },
  },
  {
    id: "putin-sovereignty",
    kind: "statement",
    quoteIds: ["q-putin-sovereignty"],
    step: "the-order",
    statement: {
      en: "Putin argued that the mobilization was necessary for the sovereignty and territorial integrity of Russia.",
      ru: "Путин утверждал, что мобилизация необходима для защиты суверенитета и территориальной целостности России.",
      kk: "Путин Ресейдің егемендігі мен аумақтық тұтастығы үшін жұмылдыру қажет деп мәлімдеді.",
    },
  },
];
