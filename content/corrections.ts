import type { z } from "zod";
import { correctionLogSchema } from "@/lib/corrections";

/**
 * Every correction of a fact, an attribution or a translation since the dataset's first version,
 * newest first: one sentence each, in every language, dated by the commit that made it. Style
 * edits are not listed. Shown at /{locale}/sources/corrections.
 */
const log: z.input<typeof correctionLogSchema> = [
  // 7 December 2026, third round: the review of the quiz texts.
  {
    id: "georgia-10000-after-jump",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "The quiz, the sources page and the charts of daily rates in the steps “Border by border” and “How to read these numbers” now give 10,000 people a day as the level that the number of people entering Georgia from Russia jumped to in recent days, as the article does, not as the number entering on each of those days.",
      ru: "Тест, страница источников и диаграммы числа людей в день в шагах «Страна за страной» и «Как читать эти цифры» теперь, как и статья, подают 10 000 человек в день как уровень, до которого за последние дни подскочило число въезжающих в Грузию из России, а не как число въезжающих в каждый из этих дней.",
      kk: "Тест, дереккөздер беті және «Шекаралардағы жағдай» мен «Бұл сандарды қалай оқу керек» қадамдарындағы тәуліктік көрсеткіштер диаграммалары енді мақаладағыдай күніне 10 000 адамды Ресейден Грузияға кіретіндер саны соңғы күндері күрт өсіп жеткен деңгей ретінде көрсетеді, сол күндердің әрқайсысында кіргендер саны ретінде емес.",
    },
  },
  // 7 December 2026, second round: the three fresh reviews (en, ru, kk).
  {
    id: "finland-website-entering-only",
    date: "2026-12-07",
    kind: "attribution",
    text: {
      en: "The step “Border by border” and the Finnish Border Guard’s card now credit the website only with the figure for Russians entering Finland on Sunday, not with the 5,068 who left, for which the article gives no source.",
      ru: "Шаг «Страна за страной» и карточка Пограничной службы Финляндии теперь приписывают её сайту только число россиян, въехавших в Финляндию в воскресенье, а не 5 068 уехавших: для них статья источника не называет.",
      kk: "«Шекаралардағы жағдай» қадамы мен Финляндия шекара қызметінің карточкасы енді оның сайтына тек жексенбі күні Финляндияға кірген ресейліктердің санын жатқызады, ал кеткен 5 068 адамды жатқызбайды: олардың дереккөзін мақала атамайды.",
    },
  },
  {
    id: "border-figures-own-sources",
    date: "2026-12-07",
    kind: "attribution",
    text: {
      en: "The step “Border by border” no longer says each country reported its own figures: one figure came from local media and one has no source in the article.",
      ru: "Шаг «Страна за страной» больше не утверждает, что каждая страна публиковала свои цифры: одна цифра взята из местных СМИ, а у одной источник в статье не назван.",
      kk: "«Шекаралардағы жағдай» қадамы енді әр ел өз сандарын жариялады демейді: бір сан жергілікті БАҚ-тан алынған, ал біреуінің дереккөзі мақалада аталмайды.",
    },
  },
  {
    id: "exact-number-not-known",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "The steps “How to read these numbers” and “What is not known” no longer say that nobody quoted in the article knew how many people had left Russia: the article says the number isn’t known, that Peskov didn’t know it and that Russia’s border guard agency didn’t immediately respond.",
      ru: "Шаги о цифрах и о том, чего мы не знаем, больше не утверждают, что никто из цитируемых в статье не знал числа уехавших: статья говорит, что это число неизвестно, что Песков его не знал, а пограничная служба России не ответила на запрос сразу.",
      kk: "Сандар туралы және белгісіз нәрселер туралы қадамдар енді мақалада сөзі келтірілгендердің ешқайсысы кеткендердің санын білмеді демейді: мақала бұл сан белгісіз екенін, Песковтың оны білмегенін және Ресей шекара қызметінің сауалға мақала жарияланған кезге дейін жауап бермегенін айтады.",
    },
  },
  {
    id: "delyagin-social-tension-gloss",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "The step “Inside Russia” now says Delyagin warned that social tension over paying for these goods could become political, not “a problem in people’s everyday lives”, and that he commented on the public mood rather than spoke about it.",
      ru: "Шаг «Внутри России» теперь говорит, что Делягин предупреждал о социальной напряжённости из-за того, что не всем по карману эти товары, а не о «бытовой проблеме».",
      kk: "«Ресейдің ішінде» қадамы енді Делягин «күнделікті тұрмыстағы қиындық» туралы емес, бұл тауарларды сатып алуға қаражаттың жетпеуінен туған әлеуметтік шиеленіс туралы ескерткенін айтады.",
    },
  },
  {
    id: "delyagin-the-criteria",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "Delyagin’s request is now for information on “the criteria” for supplying troops, as in the article, not on the ministry’s own criteria.",
      ru: "Просьба Делягина в английском тексте теперь касается, как в статье, «критериев» снабжения войск, а не критериев самого министерства.",
      kk: "Ағылшын мәтінінде Делягиннің өтініші енді мақаладағыдай министрліктің өз өлшемшарттары туралы емес, әскерді жабдықтау «өлшемшарттары» туралы.",
    },
  },
  {
    id: "footer-definitions-ours",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "The footer no longer says everything here is as reported by The Wall Street Journal: the facts about these events are, and the definitions of terms are ours.",
      ru: "Подвал сайта больше не утверждает, что всё изложено по материалу газеты: так изложены факты о событиях, а определения терминов — наши.",
      kk: "Сайттың төменгі жолы енді мұндағы барлық мәлімет газет материалы бойынша берілген демейді: оқиғалар туралы деректер солай берілген, ал терминдердің анықтамалары — біздікі.",
    },
  },
  {
    id: "ru-anxiety-about-supply",
    date: "2026-12-07",
    kind: "translation",
    text: {
      en: "In Russian, a quiz explanation now says the mobilization increased public anxiety about the supply of the armed forces, not because of it.",
      ru: "Пояснение в тесте теперь говорит, что мобилизация усилила тревогу общества по поводу материального обеспечения армии, а не «из-за снабжения».",
      kk: "Орысша тест түсініктемесі енді жұмылдыру қоғамның армияны қамтамасыз етуге қатысты алаңдаушылығын күшейтті дейді, оның себебі жабдықтау деп айтпайды.",
    },
  },
  {
    id: "kk-agency-no-reply",
    date: "2026-12-07",
    kind: "translation",
    text: {
      en: "In Kazakh, our statements now say Russia’s border guard agency had not responded by the time the article was published, since «бірден жауап бермеді» reads as an answer that came later.",
      ru: "В казахском тексте наши утверждения теперь говорят, что пограничная служба России не ответила к моменту публикации: «бірден жауап бермеді» читается как ответ, данный позже.",
      kk: "Біздің тұжырымдарымыз енді Ресей шекара қызметі мақала жарияланған кезге дейін жауап бермеді дейді, өйткені «бірден жауап бермеді» кейінірек жауап берілгендей оқылады.",
    },
  },
  {
    id: "kk-atalykov-title",
    date: "2026-12-07",
    kind: "attribution",
    text: {
      en: "In Kazakh, Atalykov is no longer called a representative of the interior ministry: he is the acting chair of its Migration Service Committee.",
      ru: "В казахском тексте Аталыков больше не назван представителем МВД: он исполняющий обязанности председателя Комитета миграционной службы министерства.",
      kk: "Аталықов енді ІІМ өкілі деп аталмайды: ол министрліктің Көші-қон қызметі комитеті төрағасының міндетін атқарушы.",
    },
  },
  // 7 December 2026: the reviews of that day (issue 27) and the attribution model (issue 26).
  {
    id: "announcement-day-not-given",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "The home page and the step “The order” no longer say that the mobilization was announced on September 21, a Wednesday: the article dates only the call-up to September 21 and says the mobilization was announced “last week”.",
      ru: "Главная страница и шаг «Указ о мобилизации» больше не утверждают, что мобилизацию объявили 21 сентября, в среду: статья называет 21 сентября только датой призыва, а об объявлении говорит «на прошлой неделе».",
      kk: "Басты бет пен «Жұмылдыру туралы жарлық» қадамы енді жұмылдыру 21 қыркүйекте, сәрсенбіде жарияланды демейді: мақала 21 қыркүйекті тек шақыру күні деп көрсетеді, ал жұмылдыру «өткен аптада» жарияланды дейді.",
    },
  },
  {
    id: "reservists-called-up-sept21",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "The step “The order” no longer says the article puts the call-up of more than 300,000 reservists on the day of the announcement: the article says they were called up on September 21.",
      ru: "Шаг «Указ о мобилизации» больше не утверждает, будто по статье более 300 000 резервистов призвали в день объявления мобилизации: в статье сказано, что их призвали 21 сентября.",
      kk: "«Жұмылдыру туралы жарлық» қадамы енді мақала бойынша 300 000-нан астам запастағы әскери жұмылдыру жарияланған күні шақырылды демейді: мақалада олардың 21 қыркүйекте шақырылғаны айтылған.",
    },
  },
  {
    id: "mongolia-3000-dates",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "The step “Border by border” now gives the article’s dates for the 3,000 Russians who crossed into Mongolia, September 21 to September 25, instead of “from the day of the order to the following Sunday”.",
      ru: "Шаг «Страна за страной» теперь называет для 3 000 россиян, въехавших в Монголию, даты из статьи — с 21 по 25 сентября, — а не «со дня объявления мобилизации до следующего воскресенья».",
      kk: "«Шекаралардағы жағдай» қадамы Моңғолияға өткен 3 000 ресейлік үшін енді «жұмылдыру жарияланған күннен келесі жексенбіге дейін» емес, мақаладағы күндерді — 21–25 қыркүйекті көрсетеді.",
    },
  },
  {
    id: "kazakhstan-neighbor",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "The step “The exodus” no longer calls Kazakhstan Russia’s neighbor to the south, a description the article does not give; it now says only that Kazakhstan is one of Russia’s neighbors.",
      ru: "Шаг «Массовый отъезд» больше не называет Казахстан южным соседом России — в статье такого описания нет; теперь сказано лишь, что Казахстан — один из соседей России.",
      kk: "«Жаппай кету» қадамы енді Қазақстанды Ресейдің оңтүстіктегі көршісі деп атамайды, мақалада мұндай сипаттама жоқ; енді тек Ресейдің көршілерінің бірі деп жазылған.",
    },
  },
  {
    id: "unnamed-sources-noted",
    date: "2026-12-07",
    kind: "attribution",
    text: {
      en: "The step “What is not known” now adds that for some figures, including the largest one for Kazakhstan, the article names no source at all, instead of crediting the figures only to the countries people entered.",
      ru: "Шаг «Чего мы не знаем» теперь добавляет, что у некоторых цифр, в том числе у самой большой — по Казахстану, — статья источника не называет вовсе, а не приписывает все цифры странам, куда въезжали люди.",
      kk: "«Не белгісіз» қадамы енді сандарды тек адамдар кірген елдерге телімейді: кейбір сандардың, соның ішінде Қазақстан бойынша ең үлкен санның, дереккөзін мақала мүлде атамайтынын қосады.",
    },
  },
  {
    id: "mongolia-this-border",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "The usual 1,000 people a day in Mongolia now cross what the article calls “this border”, as the article puts it, not Mongolia’s border as a whole: the article does not make clear whether it means the one crossing or the whole border.",
      ru: "Об обычных 1 000 человек в день теперь сказано, как и в статье, что они пересекают «эту границу», а не всю границу Монголии: статья не уточняет, идёт ли речь об одном пункте пропуска или обо всей границе.",
      kk: "Әдетте күніне өтетін 1 000 адам енді мақаладағыдай «бұл шекарадан» өтеді, бүкіл Моңғолия шекарасынан емес: мақала бір өткізу пункті ме, әлде бүкіл шекара ма, анық айтпайды.",
    },
  },
  {
    id: "count-everyone-question",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "The sources page no longer states as fact that nobody can count everyone who left a country; it now asks who could, since the article reports that Russia’s border guard agency was asked how many Russians had left in the past week.",
      ru: "Страница источников больше не утверждает как факт, что всех уехавших из страны никто не может посчитать; теперь она спрашивает, кто мог бы это сделать, ведь, по статье, у пограничной службы России запросили, сколько россиян уехало за последнюю неделю.",
      kk: "Дереккөздер беті енді елден кеткендердің бәрін ешкім санай алмайды деп дерек ретінде айтпайды; енді мұны кім санай алатынын сұрайды, өйткені мақала бойынша Ресей шекара қызметінен соңғы бір аптада қанша ресейлік кеткені сұралған.",
    },
  },
  {
    id: "smo-not-official-term",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "The explainer and the statement about “special military operation” no longer call it Russia’s official term or name: the article calls it only Moscow’s euphemism for its war in Ukraine.",
      ru: "Разбор и утверждение о «специальной военной операции» больше не называют её официальным термином или названием: статья называет её лишь эвфемизмом, которым Москва обозначает свою войну в Украине.",
      kk: "Түсіндірме мен «арнайы әскери операция» туралы тұжырым оны енді ресми термин немесе атау деп атамайды: мақала оны тек Мәскеудің Украинадағы соғысын жұмсартып атайтын эвфемизмі дейді.",
    },
  },
  {
    id: "each-country-counted",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "The step “What is not known” no longer says that each country counted at its own border in its own way: the article says nothing about how any of its figures were counted.",
      ru: "Шаг «Чего мы не знаем» больше не утверждает, что каждая страна вела подсчёт на своей границе по-своему: о том, как получены цифры, статья ничего не говорит.",
      kk: "«Не белгісіз» қадамы енді әр ел өз шекарасында өзінше санады деп айтпайды: сандардың қалай есептелгенін мақала айтпайды.",
    },
  },
  {
    id: "past-week-open-question",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "The list of open questions now says “in the past week”, as the article does, instead of “in the week after the order”.",
      ru: "В списке открытых вопросов теперь сказано «за последнюю неделю», как в статье, а не «за неделю после объявления мобилизации».",
      kk: "Ашық сұрақтар тізімінде енді мақаладағыдай «соңғы бір аптада» деп жазылған, «жарияланғаннан кейінгі аптада» емес.",
    },
  },
  {
    id: "by-air-no-period",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "The chart of totals no longer suggests that every bar covers a stated period: the article gives none for the almost 6,000 Russians who left by air, and that bar now says so.",
      ru: "Диаграмма итоговых чисел больше не создаёт впечатления, что у каждого столбца указан период: для почти 6 000 россиян, улетевших самолётом, статья периода не называет, и этот столбец теперь так и говорит.",
      kk: "Жиынтық сандар диаграммасы енді әр бағанның кезеңі көрсетілгендей әсер қалдырмайды: әуе жолымен кеткен 6 000-ға жуық ресейліктің кезеңін мақала көрсетпейді, ол баған да енді соны айтады.",
    },
  },
  {
    id: "by-air-not-another",
    date: "2026-12-07",
    kind: "translation",
    text: {
      en: "The Kazakh text no longer calls the almost 6,000 who left by air “another” 6,000: the article does not say they were in addition to the 40,000 who went south.",
      ru: "Казахский текст больше не называет почти 6 000 улетевших самолётом «ещё» 6 000: статья не говорит, что они не входят в 40 000 уехавших на юг.",
      kk: "Қазақша мәтін енді әуе жолымен кеткен 6 000-ға жуық адамды «тағы» деп атамайды: мақалада олардың оңтүстікке кеткен 40 000 адамға қосымша екені айтылмайды.",
    },
  },
  {
    id: "delyagin-request",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "The explainer and a quiz explanation no longer call Delyagin’s request a formal one, or one made to the Ministry of Defense itself: the article reports him saying that he and a party colleague were requesting that the ministry be ordered to provide information on the supply criteria.",
      ru: "Разбор и пояснение в тесте больше не называют просьбу Делягина официальной или обращённой к самому Министерству обороны: по статье, он сказал, что вместе с однопартийцем добивается, чтобы министерство обязали предоставить сведения о критериях снабжения.",
      kk: "Түсіндірме мен тест түсініктемесі Делягиннің өтінішін енді ресми деп те, Қорғаныс министрлігінің өзіне жолданған деп те атамайды: мақала бойынша, ол партиядағы әріптесімен бірге министрлікті жабдықтау өлшемшарттары туралы ақпарат беруге міндеттеуді сұрап жатқанын айтқан.",
    },
  },
  {
    id: "delyagin-no-verdict",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "The explainer no longer gives our own verdict that Delyagin’s words are “not a checked fact”: the article does not say whether anyone checked them.",
      ru: "В разборе больше нет нашей оценки, что слова Делягина — «не проверенный факт»: проверял ли их кто-нибудь, статья не сообщает.",
      kk: "Түсіндірмеден Делягиннің сөздері «тексерілген дерек емес» деген өз бағамыз алынып тасталды: оларды біреу тексерген-тексермегенін мақала айтпайды.",
    },
  },
  {
    id: "georgia-no-pronoun",
    date: "2026-12-07",
    kind: "fact",
    text: {
      en: "A quiz explanation no longer refers to the head of Georgia’s interior ministry as “he”: the article gives neither the official’s name nor gender.",
      ru: "Пояснение в тесте больше не говорит о главе МВД Грузии «он»: статья не называет ни имени, ни пола этого человека.",
      kk: "Тест түсініктемесінде Грузия ІІМ басшысы енді ер адам ретінде аталмайды: мақалада оның аты да, жынысы да айтылмайды.",
    },
  },
  {
    id: "kz-leaving-source",
    date: "2026-12-07",
    kind: "attribution",
    text: {
      en: "The step on Kazakhstan no longer says that the figures on people leaving Kazakhstan came from an official: only the 40,000 who went south are Atalykov’s, and the sentence about leaving by air names no source.",
      ru: "Шаг о Казахстане больше не говорит, что цифры выезда из Казахстана назвал чиновник: Аталыкову принадлежит только цифра 40 000 уехавших на юг, а у фразы об отъезде самолётом источника нет.",
      kk: "Қазақстан туралы қадам енді Қазақстаннан кеткендер туралы сандарды лауазымды тұлға айтты демейді: Аталықовтікі тек оңтүстікке кеткен 40 000 саны, ал әуе жолы туралы сөйлемнің дереккөзі жоқ.",
    },
  },
  {
    id: "quote-card-captions",
    date: "2026-12-07",
    kind: "attribution",
    text: {
      en: "On the sources page, three quote cards now credit the same source as the statement they support: the 5,068 who left Finland and the almost 6,000 who left by air have no source in the article (the context points to the Finnish Border Guard’s website and to Aslan Atalykov), and the eight crossings into Mongolia are reported by local border authorities.",
      ru: "На странице источников три карточки цитат теперь называют тот же источник, что и утверждение под ними: у 5 068 выехавших из Финляндии и почти 6 000 улетевших самолётом источника в статье нет (по контексту — сайт Пограничной службы Финляндии и Аслан Аталыков), а о восьми пунктах пропуска в Монголию сообщают местные пограничные власти.",
      kk: "Дереккөздер бетінде үш дәйексөз карточкасы енді өзі растайтын тұжырыммен бірдей дереккөзді атайды: Финляндиядан шыққан 5 068 және әуе жолымен кеткен 6 000-ға жуық ресейліктің дереккөзі мақалада жоқ (контекст бойынша — Финляндия шекара қызметінің сайты және Аслан Аталықов), ал Моңғолияға кіретін сегіз өткізу пункті туралы жергілікті шекара органдары хабарлаған.",
    },
  },
  {
    id: "newspaper-account-not-source",
    date: "2026-12-07",
    kind: "attribution",
    text: {
      en: "Five statements no longer name a person or a website as the source of what is the newspaper’s own account: when the head of Georgia’s interior ministry, Atalykov and the Finnish Border Guard’s website gave their figures, that Tokayev ordered his government to help, and that Peskov directed requests to the border guard agency.",
      ru: "Пять утверждений больше не приписывают человеку или сайту то, что сообщает сама газета: когда глава МВД Грузии, Аталыков и сайт Пограничной службы Финляндии назвали свои цифры, что Токаев поручил правительству помогать и что Песков переадресовал вопросы пограничной службе.",
      kk: "Бес тұжырым енді газеттің өз хабарын адамға немесе сайтқа телімейді: Грузия ІІМ басшысы, Аталықов және Финляндия шекара қызметінің сайты сандарын қашан бергені, Тоқаевтың үкіметке көмектесуді тапсырғаны және Песковтың сұрауларды шекара қызметіне жібергені.",
    },
  },
  {
    id: "border-agency-no-answer",
    date: "2026-12-07",
    kind: "translation",
    text: {
      en: "The Russian texts no longer say that Russia’s border guard agency answered the request for data late: the article reports no answer at all by the time it was published.",
      ru: "Русские тексты больше не говорят, что пограничная служба России ответила на запрос о данных «не сразу», то есть с опозданием: по статье, к моменту публикации ответа не было вовсе.",
      kk: "Орысша мәтіндер енді Ресей шекара қызметі деректер туралы сауалға кешігіп жауап бергендей етіп айтпайды: мақала бойынша, ол жарияланған сәтте ешқандай жауап болмаған.",
    },
  },
  // 2 December 2026: the review of the texts (issue 19) and the quote labels.
  {
    id: "delyagin-only-lawmaker",
    date: "2026-12-02",
    kind: "fact",
    text: {
      en: "Delyagin is the only lawmaker the article quotes, not “one of” them.",
      ru: "Делягин — единственный депутат, которого цитирует статья, а не «один из» них.",
      kk: "Делягин — мақалада сөзі келтірілген жалғыз депутат, олардың «бірі» емес.",
    },
  },
  {
    id: "tokayev-own-order",
    date: "2026-12-02",
    kind: "fact",
    text: {
      en: "The instruction to help Russians entering Kazakhstan is Tokayev’s own order to his government, not an action of the government.",
      ru: "Поручение помогать россиянам, въезжающим в Казахстан, — распоряжение самого Токаева его правительству, а не действие правительства.",
      kk: "Қазақстанға келген ресейліктерге көмектесу туралы тапсырма — үкіметтің әрекеті емес, Тоқаевтың өз үкіметіне берген тапсырмасы.",
    },
  },
  {
    id: "usually",
    date: "2026-12-02",
    kind: "fact",
    text: {
      en: "Figures the article gives as usual are labelled “usually”, as in the article, no longer “usually, before the order”.",
      ru: "Цифры, которые статья приводит как обычные, подписаны «обычно», как в статье, а не «обычно, до указа».",
      kk: "Мақалада әдеттегі деп берілген сандар мақаладағыдай «әдетте» деп белгіленді, «әдетте, жарлыққа дейін» емес.",
    },
  },
  {
    id: "kk-past-week",
    date: "2026-12-02",
    kind: "translation",
    text: {
      en: "The Kazakh texts now say “in the past week”, as the article does, where they said “last week”, meaning the previous calendar week.",
      ru: "Казахские тексты теперь говорят «за последнюю неделю», как статья, а не «на прошлой неделе», то есть в предыдущую календарную неделю.",
      kk: "Қазақша мәтіндерде мақаладағыдай «соңғы бір аптада» деп жазылды, алдыңғы күнтізбелік аптаны білдіретін «өткен аптада» емес.",
    },
  },
  {
    id: "storskog-norway-side",
    date: "2026-12-02",
    kind: "translation",
    text: {
      en: "The Russian and Kazakh texts now call Storskog the crossing into Norway; the Russian read as a Russian post on the border with Norway.",
      ru: "Русский и казахский тексты теперь называют Стурскуг пунктом пропуска на въезде в Норвегию; прежний русский текст читался как российский пункт на границе с Норвегией.",
      kk: "Орысша және қазақша мәтіндер Стурскугты енді Норвегияға кіретін өткізу пункті деп атайды; бұрынғы орысша мәтін оны Норвегиямен шекарадағы ресейлік пункт сияқты көрсететін.",
    },
  },
  {
    id: "quote-translations-labelled",
    date: "2026-12-02",
    kind: "translation",
    text: {
      en: "The Russian and Kazakh texts of Tokayev’s and Putin’s words are labelled as our translation of the article’s English and no longer borrow their published Russian wording, which read as their own words.",
      ru: "Русский и казахский тексты слов Токаева и Путина помечены как наш перевод английского текста статьи и больше не повторяют их опубликованные русские формулировки, которые читались как их подлинные слова.",
      kk: "Тоқаев пен Путин сөздерінің орысша және қазақша мәтіні мақаладағы ағылшынша мәтіннің біздің аудармамыз деп белгіленді және олардың жарияланған орысша сөздерін енді қайталамайды, себебі бұрын олар сөйлеушінің түпнұсқа сөзі сияқты оқылатын.",
    },
  },
  {
    id: "putin-paraphrase",
    date: "2026-12-02",
    kind: "attribution",
    text: {
      en: "Putin’s lines are labelled as the newspaper’s account of what he said, except the phrase about mandatory additional military training, the only one the article quotes directly.",
      ru: "Слова Путина помечены как пересказ газеты, кроме фразы об обязательной дополнительной военной подготовке — единственной, которую статья приводит в кавычках.",
      kk: "Путиннің сөздері газеттің өз сөзімен жеткізуі деп белгіленді, тек міндетті қосымша әскери дайындық туралы тіркесті ғана мақала тырнақшада келтіреді.",
    },
  },
  {
    id: "tokayev-order-card",
    date: "2026-12-02",
    kind: "attribution",
    text: {
      en: "The quote about Tokayev’s order is labelled as the article’s own words, not his.",
      ru: "Цитата о поручении Токаева помечена как слова самой статьи, а не его.",
      kk: "Тоқаевтың тапсырмасы туралы дәйексөз оның сөзі емес, мақаланың өз сөзі деп белгіленді.",
    },
  },
  {
    id: "largest-border-count",
    date: "2026-12-02",
    kind: "fact",
    text: {
      en: "The step on the exodus speaks of the largest count of people crossing a border, the one for Kazakhstan; the largest figure in the article is the more than 300,000 reservists.",
      ru: "Шаг о массовом отъезде говорит о самой большой цифре пересечений границы — по Казахстану; самая большая цифра в статье — более 300 000 резервистов.",
      kk: "Жаппай кету туралы қадам шекарадан өткендердің ең үлкен саны, яғни Қазақстан бойынша сан туралы айтады; мақаладағы ең үлкен сан — 300 000-нан астам запастағы әскери.",
    },
  },
  {
    id: "kz-entry-no-source",
    date: "2026-12-02",
    kind: "attribution",
    text: {
      en: "The step on Kazakhstan no longer says that all its figures came from an official: the nearly 100,000 who entered Kazakhstan have no named source.",
      ru: "Шаг о Казахстане больше не говорит, что все его цифры назвал чиновник: у почти 100 000 въехавших в Казахстан источник не назван.",
      kk: "Қазақстан туралы қадам енді оның барлық сандарын лауазымды тұлға айтты демейді: Қазақстанға кірген 100 000-ға жуық адамның дереккөзі аталмаған.",
    },
  },
  {
    id: "finland-left-no-source",
    date: "2026-12-02",
    kind: "attribution",
    text: {
      en: "The 5,068 Russians who left Finland on Sunday are no longer given as the Finnish Border Guard’s data in the statements and steps: the article’s sentence names no source.",
      ru: "5 068 россиян, выехавших из Финляндии в воскресенье, в утверждениях и шагах больше не приводятся как данные Пограничной службы Финляндии: у этой фразы статьи источника нет.",
      kk: "Жексенбі күні Финляндиядан шыққан 5 068 ресейлік тұжырымдар мен қадамдарда енді Финляндия шекара қызметінің деректері ретінде берілмейді: мақаланың бұл сөйлемінде дереккөз аталмаған.",
    },
  },
  {
    id: "by-air-by-context",
    date: "2026-12-02",
    kind: "attribution",
    text: {
      en: "The almost 6,000 Russians who left by air are Atalykov’s figure only by context and have no period; only the 40,000 is tied to his Monday briefing, and the article does not say where he spoke.",
      ru: "Почти 6 000 россиян, улетевших самолётом, — цифра Аталыкова лишь по контексту и без периода; с его заявлением в понедельник связана только цифра 40 000, а где он выступал, статья не говорит.",
      kk: "Әуе жолымен кеткен 6 000-ға жуық ресейлік Аталықовтың саны тек контекст бойынша және кезеңсіз; оның дүйсенбідегі мәлімдемесіне тек 40 000 саны байланысты, ал оның қайда сөйлегенін мақала айтпайды.",
    },
  },
  {
    id: "newspaper-own-statements",
    date: "2026-12-02",
    kind: "attribution",
    text: {
      en: "On the sources page, the newspaper’s own statements, such as who Peskov, Tokayev, Delyagin and Atalykov are, are labelled as the newspaper’s, no longer as statements whose source the article does not give.",
      ru: "На странице источников собственные утверждения газеты, например о том, кто такие Песков, Токаев, Делягин и Аталыков, помечены как слова газеты, а не как утверждения, источник которых статья не называет.",
      kk: "Дереккөздер бетінде газеттің өз тұжырымдары, мысалы Песков, Тоқаев, Делягин және Аталықовтың кім екені, енді дереккөзі мақалада аталмаған тұжырым ретінде емес, газеттің өз сөзі ретінде белгіленді.",
    },
  },
  {
    id: "storskog-officials-said",
    date: "2026-12-02",
    kind: "attribution",
    text: {
      en: "The slight increase at Storskog compared with previous weekends is given as what local border officials said, not as the article’s own words.",
      ru: "Небольшой рост на Стурскуге по сравнению с прошлыми выходными приводится как слова местных пограничников, а не самой статьи.",
      kk: "Стурскугта алдыңғы демалыс күндерімен салыстырғанда шамалы өсу болғаны мақаланың өз сөзі емес, жергілікті шекара қызметкерлерінің сөзі ретінде берілді.",
    },
  },
  {
    id: "language-not-stated",
    date: "2026-12-02",
    kind: "fact",
    text: {
      en: "We no longer say what language Tokayev, Putin or Delyagin spoke in: the article does not say.",
      ru: "Мы больше не утверждаем, на каком языке говорили Токаев, Путин или Делягин: статья этого не сообщает.",
      kk: "Тоқаевтың, Путиннің немесе Делягиннің қай тілде сөйлегенін енді айтпаймыз: мақалада бұл айтылмаған.",
    },
  },
  {
    id: "new-recruits",
    date: "2026-12-02",
    kind: "fact",
    text: {
      en: "Those Delyagin spoke about are “new recruits” and “those mobilized”, as in the article, no longer “mobilized men”.",
      ru: "Те, о ком говорил Делягин, названы, как в статье, новобранцами и мобилизованными, а не «мобилизованными мужчинами».",
      kk: "Делягин айтқан адамдар мақаладағыдай жаңа шақырылғандар және жұмылдырылғандар деп аталады, «жұмылдырылған ер адамдар» емес.",
    },
  },
  {
    id: "mongolia-border-not-crossing",
    date: "2026-12-02",
    kind: "fact",
    text: {
      en: "The 1,000 people a day who usually cross into Mongolia are, as in the article, those crossing “this border”; the article does not make clear whether that means one crossing point or the whole border.",
      ru: "Обычные 1 000 человек в день относятся, как и в статье, к «этой границе»; к одному ли пункту пропуска или ко всей границе с Монголией, статья не уточняет.",
      kk: "Күніне әдетте өтетін 1 000 адам мақаладағыдай «бұл шекараға» қатысты; бұл бір өткізу пункті ме, әлде Моңғолияның бүкіл шекарасы ма, мақала анықтамайды.",
    },
  },
  {
    id: "political-humanitarian-it",
    date: "2026-12-02",
    kind: "fact",
    text: {
      en: "Tokayev’s words about “a political and a humanitarian issue” are no longer read as saying what should be done, and what his “it” refers to stays unstated, as in the article.",
      ru: "Слова Токаева о политическом и гуманитарном вопросе больше не толкуются как указание, что делать, а то, что он называет словом «это», оставлено неуточнённым, как в статье.",
      kk: "Тоқаевтың саяси әрі гуманитарлық мәселе туралы сөзі енді не істеу керектігін айтқандай түсіндірілмейді, ал «бұл» деп нені меңзегені мақаладағыдай ашылмаған күйде қалды.",
    },
  },
  {
    id: "kremlin-description",
    date: "2026-12-02",
    kind: "fact",
    text: {
      en: "The Kremlin is no longer described as the seat of Russia’s government: we use the name only as the article does.",
      ru: "Кремль больше не описывается как место работы правительства России: мы называем его только так, как статья.",
      kk: "Кремль енді Ресей үкіметі орналасқан жер деп сипатталмайды: біз оны тек мақаладағыдай атаймыз.",
    },
  },
  {
    id: "agency-request",
    date: "2026-12-02",
    kind: "fact",
    text: {
      en: "The request to Russia’s border guard agency asked how many Russians had left in the past week and how that compared with departures since the beginning of September, and the article does not say who sent it.",
      ru: "Запрос к пограничной службе России касался числа россиян, уехавших за последнюю неделю, и сравнения с отъездами с начала сентября, а кто его направил, статья не говорит.",
      kk: "Ресей шекара қызметіне жіберілген сауал соңғы бір аптада қанша ресейлік кеткені және бұл санды қыркүйектің басынан бергі кеткендермен салыстыру туралы болды, ал оны кім жібергенін мақала айтпайды.",
    },
  },
  {
    id: "order-last-week",
    date: "2026-12-02",
    kind: "fact",
    text: {
      en: "The order was announced “last week”, as seen from Tuesday, September 27, the day of publication; the article does not give its date.",
      ru: "Мобилизацию объявили «на прошлой неделе», если считать от вторника, 27 сентября, дня публикации; даты объявления статья не называет.",
      kk: "Жұмылдыру мақала жарияланған 27 қыркүйек, сейсенбі күнінен қарағанда «өткен аптада» жарияланды; мақала оның күнін көрсетпейді.",
    },
  },
  {
    id: "our-judgements-removed",
    date: "2026-12-02",
    kind: "fact",
    text: {
      en: "We removed three judgements of ours stated as facts: that “partial mobilization” is not a neutral description, that almost every figure has a named source (several have none), and that in the step on Russia the newspaper only reports what others said.",
      ru: "Мы убрали три собственные оценки, поданные как факты: что «частичная мобилизация» — не нейтральное описание, что почти у каждой цифры назван источник (у нескольких его нет) и что в шаге о России газета лишь передаёт чужие слова.",
      kk: "Дерек ретінде берілген өз үш бағамызды алып тастадық: «ішінара мобилизация» бейтарап сипаттама емес екені, әр санның дерлік дереккөзі аталғаны (бірнешеуінің дереккөзі жоқ) және Ресей туралы қадамда газет тек басқалардың сөзін жеткізетіні.",
    },
  },
  {
    id: "georgia-quiz-item",
    date: "2026-12-02",
    kind: "fact",
    text: {
      en: "We replaced a quiz statement, keyed “the article doesn’t say”, that more Russians went to Georgia than to Kazakhstan: the headline gives almost 100,000 for Kazakhstan and the subhead speaks of the thousands heading to Georgia and elsewhere, so “says otherwise” was just as defensible.",
      ru: "Мы заменили утверждение теста о том, что в Грузию уехало больше россиян, чем в Казахстан, с ответом «в статье этого нет»: заголовок статьи называет почти 100 000 для Казахстана, а подзаголовок говорит о тысячах, уехавших в Грузию и другие страны, так что ответ «в статье сказано иначе» был не менее обоснован.",
      kk: "Грузияға Қазақстанға қарағанда көбірек ресейлік барды деген, дұрыс жауабы «мақалада бұл жоқ» болған тест тұжырымын ауыстырдық: мақаланың тақырыбы Қазақстан үшін 100 000-ға жуық адамды көрсетеді, ал тақырыпшасы Грузия мен басқа елдерге бара жатқан мыңдаған адам туралы айтады, сондықтан «мақалада басқаша айтылған» деген жауап та негізді еді.",
    },
  },
  {
    id: "georgia-him",
    date: "2026-12-02",
    kind: "fact",
    text: {
      en: "The head of Georgia’s interior ministry is no longer referred to as “him” in the explainer: the article gives neither the official’s name nor gender.",
      ru: "В разборе о главе МВД Грузии больше не говорится «он»: статья не называет ни имени, ни пола этого человека.",
      kk: "Түсіндірмеде Грузия ІІМ басшысы енді ер адам ретінде аталмайды: мақалада оның аты да, жынысы да айтылмайды.",
    },
  },
  {
    id: "kk-atalykov-spelling",
    date: "2026-12-02",
    kind: "translation",
    text: {
      en: "The Kazakh texts now spell Aslan Atalykov’s surname the Kazakh way, as they spell Tokayev’s.",
      ru: "В казахских текстах фамилия Аслана Аталыкова теперь пишется по казахской орфографии, как фамилия Токаева.",
      kk: "Қазақша мәтіндерде Аслан Аталықовтың тегі енді Тоқаевтікі сияқты қазақ орфографиясымен жазылады.",
    },
  },
  {
    id: "kk-exodus-word",
    date: "2026-12-02",
    kind: "translation",
    text: {
      en: "The Kazakh title of the app no longer uses a word for the exodus that Kazakh readers associate with the return of ethnic Kazakhs to Kazakhstan.",
      ru: "Казахское название приложения больше не использует для массового отъезда слово, которое у казахских читателей связано с возвращением этнических казахов на родину.",
      kk: "Қолданбаның қазақша атауында оқырман Ұлы көшпен байланыстыратын сөздің орнына «жаппай кету» тіркесі алынды.",
    },
  },
  // 26 November 2026: the first week.
  {
    id: "home-no-estimate",
    date: "2026-11-26",
    kind: "fact",
    text: {
      en: "The home page no longer says that “tens of thousands” crossed into neighboring countries, an estimate of ours that the article does not make.",
      ru: "На главной странице больше не сказано, что границы соседних стран пересекли «десятки тысяч» россиян: такой оценки в статье нет, она была нашей.",
      kk: "Басты бетте енді көрші елдердің шекарасынан «он мыңдаған» ресейлік өтті деп айтылмайды: мақалада мұндай бағалау жоқ, ол біздікі еді.",
    },
  },
];

export const corrections = correctionLogSchema.parse(log);
