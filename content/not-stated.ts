import type { z } from "zod";
import type { notStatedSchema } from "@/lib/schemas";

/**
 * Plausible, on-topic statements the article does NOT make — neither says nor contradicts — for
 * the quiz's "the article doesn't say" answers. Each explanation says what the article does say.
 */
export const notStated: z.input<typeof notStatedSchema>[] = [
  {
    id: "ns-kazakhstan-figure-from-ministry",
    statement: {
      en: "The figure of nearly {valueText} Russians entering Kazakhstan came from Kazakhstan’s interior ministry.",
      ru: "Данные о том, что в Казахстан въехали почти {valueText} россиян, получены от МВД Казахстана.",
      kk: "Қазақстанға {valueDat} жуық ресейлік кіргені туралы дерек Қазақстан ІІМ-інен алынған.",
    },
    values: { value: 100000 },
    explanation: {
      en: "The article gives the figure for Kazakhstan without saying who counted it. It names an interior ministry official, Aslan Atalykov, only as the source of other figures.",
      ru: "Статья приводит цифру по Казахстану, не указывая, кто её подсчитал. Представителя МВД Аслана Аталыкова она называет источником только других данных.",
      kk: "Мақала Қазақстан бойынша бұл санды кім есептегенін айтпайды. ІІМ-дегі лауазымды тұлға Аслан Аталықов тек басқа деректердің дереккөзі ретінде аталады.",
    },
    quoteIds: ["q-kazakhstan-nearly-100000"],
    decides: ["Nearly 100,000 Russians crossed the border into Kazakhstan"],
    step: "reading-the-numbers",
    links: ["kz-entries-nearly-100k"],
  },
  {
    id: "ns-georgia-arrivals-stay",
    statement: {
      en: "The head of Georgia’s interior ministry said that the new arrivals from Russia planned to stay in Georgia.",
      ru: "Глава МВД Грузии сказал, что приезжающие из России собираются остаться в Грузии.",
      kk: "Грузия ІІМ басшысы Ресейден келгендер Грузияда қалуды жоспарлап отырғанын айтты.",
    },
    explanation: {
      en: "The head of Georgia’s interior ministry gave only the number of people entering from Russia each day. The article does not say what the arrivals planned to do.",
      ru: "Глава МВД Грузии привёл только число въезжающих из России в день. Что собирались делать приезжие, в статье не сказано.",
      kk: "Грузия ІІМ басшысы Ресейден күн сайын кіретін адамдардың санын ғана келтірді. Келгендердің не істемек болғаны мақалада айтылмайды.",
    },
    quoteIds: ["q-georgia-doubled", "q-georgia-daily"],
    decides: ["people a day"],
    step: "border-by-border",
  },
  {
    id: "ns-finland-tourist-visas",
    statement: {
      en: "Finland said it would no longer issue tourist visas to Russians.",
      ru: "Финляндия заявила, что больше не будет выдавать россиянам туристические визы.",
      kk: "Финляндия ресейліктерге бұдан былай туристік виза бермейтінін мәлімдеді.",
    },
    explanation: {
      en: "The article reports how many Russians entered and left Finland on Sunday. It says nothing about Finnish visas.",
      ru: "Статья сообщает, сколько россиян въехало в Финляндию и выехало из неё в воскресенье. О финских визах в ней ничего не сказано.",
      kk: "Мақалада жексенбі күні Финляндияға қанша ресейлік кіріп, қаншасы шыққаны айтылады. Финляндияның визалары туралы онда ештеңе жоқ.",
    },
    quoteIds: ["q-finland-entered"],
    decides: ["8,314 Russians entered Finland"],
    step: "border-by-border",
    links: ["finland-entered-8314"],
  },
  {
    id: "ns-peskov-publish-figures",
    statement: {
      en: "Dmitry Peskov said that the border guard agency would publish the number of departures within days.",
      ru: "Дмитрий Песков сказал, что пограничная служба в ближайшие дни опубликует число уехавших.",
      kk: "Дмитрий Песков шекара қызметінің жақын күндері елден кеткендердің санын жариялайтынын айтты.",
    },
    explanation: {
      en: "Peskov said he did not know the number and referred requests to the border guard agency. The article does not report him saying whether, or when, figures would be published.",
      ru: "Песков сказал, что не знает этого числа, и переадресовал запросы пограничной службе. В статье нет его слов о том, опубликуют ли данные и когда.",
      kk: "Песков бұл санды білмейтінін айтып, сауалдарды шекара қызметіне бағыттады. Деректер жариялана ма, қашан жарияланады — бұл туралы оның сөзі мақалада келтірілмеген.",
    },
    quoteIds: ["q-peskov-border-agency"],
    decides: ["Russia’s border guard agency"],
    links: ["peskov-no-number"],
    step: "what-is-not-known",
  },
  {
    id: "ns-agency-closed-crossings",
    statement: {
      en: "Russia’s border guard agency closed several crossings on the border with Kazakhstan to stop men of call-up age.",
      ru: "Пограничная служба России закрыла несколько пунктов пропуска на границе с Казахстаном, чтобы не выпускать мужчин призывного возраста.",
      kk: "Ресейдің шекара қызметі әскерге шақыру жасындағы ер адамдарды шығармау үшін Қазақстанмен шекарадағы бірнеше өткізу пунктін жапты.",
    },
    explanation: {
      en: "The article says only that officials at the agency didn’t immediately respond to a request for data. It reports nothing about crossings being closed.",
      ru: "В статье сказано лишь, что в пограничной службе не ответили сразу на запрос о данных. О закрытии пунктов пропуска в ней ничего нет.",
      kk: "Мақалада тек шекара қызметі деректер туралы сауалға мақала жарияланған кезге дейін жауап бермегені айтылады. Өткізу пункттерінің жабылғаны туралы онда ештеңе жоқ.",
    },
    quoteIds: ["q-agency-no-response"],
    decides: ["didn’t immediately respond"],
    step: "what-is-not-known",
  },
  {
    id: "ns-refugee-status",
    statement: {
      en: "Kazakhstan’s government granted the Russians arriving in the country the legal status of refugees.",
      ru: "Правительство Казахстана предоставило въезжающим в страну россиянам правовой статус беженцев.",
      kk: "Қазақстан үкіметі елге келіп жатқан ресейліктерге босқын деген құқықтық мәртебе берді.",
    },
    explanation: {
      en: "The article says Tokayev ordered his government to help Russians entering the country. It mentions no legal status, and it does not call the arrivals refugees.",
      ru: "В статье говорится, что Токаев поручил правительству помогать въезжающим россиянам. О каком-либо правовом статусе там нет ни слова, и беженцами статья их не называет.",
      kk: "Мақалада Тоқаев үкіметке елге келіп жатқан ресейліктерге көмектесуді тапсырғаны айтылады. Ешқандай құқықтық мәртебе туралы сөз жоқ, мақала оларды босқын деп те атамайды.",
    },
    quoteIds: ["q-tokayev-order"],
    decides: ["ordered his government to help Russians"],
    step: "kazakhstan-responds",
  },
  {
    id: "ns-tokayev-housing",
    statement: {
      en: "Tokayev said that Kazakhstan would give the arriving Russians free housing and permits to work in the country.",
      ru: "Токаев заявил, что Казахстан предоставит приезжающим россиянам бесплатное жильё и разрешения на работу в стране.",
      kk: "Тоқаевтың айтуынша, Қазақстан елге келіп жатқан ресейліктерге тегін баспана және елде жұмыс істеуге рұқсат береді.",
    },
    explanation: {
      en: "The article reports that Tokayev ordered his government to help the arrivals and said Kazakhstan must ensure their safety. It mentions neither housing nor work permits.",
      ru: "Статья сообщает, что Токаев поручил правительству помогать приезжающим и сказал, что нужно обеспечить их безопасность. О жилье и разрешениях на работу в ней ничего не говорится.",
      kk: "Мақалада Тоқаев үкіметке келушілерге көмектесуді тапсырып, олардың қауіпсіздігін қамтамасыз ету керектігін айтқаны жазылған. Баспана мен жұмыс істеуге рұқсат туралы онда ештеңе жоқ.",
    },
    quoteIds: ["q-tokayev-order"],
    decides: ["ordered his government to help Russians"],
    links: ["tokayev-safety"],
    step: "kazakhstan-responds",
  },
  {
    id: "ns-georgia-keeps-border-open",
    statement: {
      en: "Georgia’s government announced that it would keep its border with Russia open to all arrivals.",
      ru: "Правительство Грузии объявило, что граница с Россией останется открытой для всех въезжающих.",
      kk: "Грузия үкіметі Ресеймен арадағы шекараның келген барлық адам үшін ашық қалатынын мәлімдеді.",
    },
    explanation: {
      en: "The head of Georgia’s interior ministry gave only figures for people entering from Russia. The article reports no decision about Georgia’s border.",
      ru: "Глава МВД Грузии привёл только данные о числе въезжающих из России. О каком-либо решении насчёт границы Грузии в статье не сообщается.",
      kk: "Грузия ІІМ басшысы Ресейден кіретін адамдардың саны туралы деректерді ғана келтірді. Грузия шекарасына қатысты қандай да бір шешім туралы мақалада айтылмайды.",
    },
    quoteIds: ["q-georgia-doubled", "q-georgia-daily"],
    decides: ["people a day"],
    step: "border-by-border",
  },
  {
    id: "ns-mongolia-families",
    statement: {
      en: "About {sharePercentText} of the Russians who crossed into Mongolia came with their children.",
      ru: "Около {sharePercentText} россиян, въехавших в Монголию, приехали с детьми.",
      kk: "Моңғолияға өткен ресейліктердің шамамен {sharePercentText}-ы балаларымен бірге келді.",
    },
    values: { sharePercent: 30 },
    explanation: {
      en: "For Mongolia the article gives only how many Russians crossed at one border crossing. It does not say who they were.",
      ru: "По Монголии статья приводит только число россиян, прошедших через один пункт пропуска. Кем были эти люди, в ней не сказано.",
      kk: "Моңғолия бойынша мақала бір өткізу пункті арқылы қанша ресейлік өткенін ғана айтады. Олардың кім екені көрсетілмейді.",
    },
    quoteIds: ["q-mongolia-crossing"],
    decides: ["some 3,000 Russians"],
    step: "border-by-border",
    links: ["mongolia-3000", "mongolia-usual-1000"],
  },
  {
    id: "ns-storskog-schengen-visas",
    statement: {
      en: "All the Russians who passed through Storskog on Sunday held Schengen visas.",
      ru: "У всех россиян, прошедших в воскресенье через Стурскуг, были шенгенские визы.",
      kk: "Жексенбі күні Стурскуг арқылы өткен ресейліктердің бәрінде шенген визасы болды.",
    },
    explanation: {
      en: "The article gives the number of Russians who passed through Storskog on Sunday; local border officials called it a slight increase from previous weekends. It says nothing about their visas.",
      ru: "Статья сообщает, сколько россиян прошло через Стурскуг в воскресенье; местные пограничники назвали это небольшим ростом по сравнению с предыдущими выходными. О визах этих людей в ней ничего не сказано.",
      kk: "Мақалада жексенбі күні Стурскуг арқылы қанша ресейлік өткені айтылады; жергілікті шекара қызметкерлері мұны алдыңғы демалыс күндерімен салыстырғанда сәл өсім деп атаған. Олардың визасы туралы ештеңе жоқ.",
    },
    quoteIds: ["q-storskog-243"],
    decides: ["Some 243 Russians transited there on Sunday"],
    step: "border-by-border",
    links: ["storskog-243"],
  },
  {
    id: "ns-armenia-tripled",
    statement: {
      en: "Armenian officials said that the number of Russians entering Armenia across its borders had tripled in the past week.",
      ru: "Власти Армении сообщили, что за последнюю неделю число россиян, въезжающих в Армению через её границы, выросло втрое.",
      kk: "Армения билігі соңғы бір аптада ел шекаралары арқылы Арменияға кіретін ресейліктердің саны үш есе өскенін хабарлады.",
    },
    explanation: {
      en: "The article names Armenia only as one of the countries Russians have headed to. It gives no figures for Armenia.",
      ru: "Армения упоминается в статье лишь как одна из стран, куда едут россияне. Данных по Армении в ней нет.",
      kk: "Мақалада Армения ресейліктер баратын елдердің бірі ретінде ғана аталады. Армения бойынша ешқандай сан келтірілмейді.",
    },
    quoteIds: ["q-destinations"],
    decides: ["Armenia"],
    step: "the-exodus",
  },
  {
    id: "ns-men-of-call-up-age",
    statement: {
      en: "About {sharePercentText} of the Russians who crossed into Kazakhstan after the mobilization order were men of call-up age.",
      ru: "Около {sharePercentText} россиян, въехавших в Казахстан после объявления мобилизации, были мужчинами призывного возраста.",
      kk: "Жұмылдыру жарияланғаннан кейін Қазақстанға өткен ресейліктердің шамамен {sharePercentText}-ы әскерге шақыру жасындағы ер адамдар болды.",
    },
    values: { sharePercent: 80 },
    explanation: {
      en: "The article gives only the total number of Russians who crossed into Kazakhstan. It does not say how many were men or how old they were; it mentions men only at the Norwegian border.",
      ru: "Статья приводит только общее число россиян, въехавших в Казахстан. Сколько среди них мужчин и какого они возраста, в ней не сказано; о мужчинах говорится лишь в связи с границей Норвегии.",
      kk: "Мақала Қазақстанға өткен ресейліктердің жалпы санын ғана береді. Олардың қаншасы ер адам екені және жасы айтылмайды; ер адамдар тек Норвегия шекарасына қатысты аталады.",
    },
    quoteIds: ["q-kazakhstan-nearly-100000"],
    decides: ["Nearly 100,000 Russians crossed the border into Kazakhstan"],
    step: "the-exodus",
    links: ["kz-entries-nearly-100k"],
  },
  {
    id: "ns-kyrgyzstan-published-data",
    statement: {
      en: "Kyrgyzstan’s border service published how many Russians arrived there from Kazakhstan in recent days.",
      ru: "Пограничная служба Кыргызстана опубликовала данные о том, сколько россиян приехало туда из Казахстана за последние дни.",
      kk: "Қырғызстанның шекара қызметі соңғы күндері елге Қазақстаннан қанша ресейлік келгенін жариялады.",
    },
    explanation: {
      en: "The figure for Russians heading south to Kyrgyzstan and Uzbekistan comes from Aslan Atalykov, an official in Kazakhstan. The article cites no figures from Kyrgyzstan itself.",
      ru: "Цифру о россиянах, уехавших на юг, в Кыргызстан и Узбекистан, назвал казахстанский чиновник Аслан Аталыков. Данных самого Кыргызстана в статье нет.",
      kk: "Оңтүстікке — Қырғызстан мен Өзбекстанға кеткен ресейліктер туралы санды қазақстандық лауазымды тұлға Аслан Аталықов айтты. Мақалада Қырғызстанның өз деректері жоқ.",
    },
    quoteIds: ["q-kz-left-40000"],
    decides: ["some 40,000 Russians had left Kazakhstan"],
    step: "through-kazakhstan",
    links: ["kz-40000-left-south"],
  },
  {
    id: "ns-residency-granted",
    statement: {
      en: "In September, Kazakhstan’s interior ministry granted residency to every Russian who applied for it.",
      ru: "В сентябре МВД Казахстана выдало разрешение на проживание каждому обратившемуся за ним россиянину.",
      kk: "Қыркүйекте Қазақстан ІІМ өтініш берген ресейліктердің бәріне тұруға рұқсат берді.",
    },
    explanation: {
      en: "The article says how many foreign citizens applied for residency and roughly what share of them were Russians. It does not say how many applications were approved.",
      ru: "В статье сказано, сколько иностранцев обратились за разрешением на проживание и какую примерно долю среди них составили россияне. Сколько разрешений выдано, в ней не говорится.",
      kk: "Мақалада тұруға рұқсат сұраған шетел азаматтарының саны және олардың шамамен қанша пайызы ресейліктер болғаны айтылады. Қанша өтініш мақұлданғаны көрсетілмейді.",
    },
    quoteIds: ["q-kz-residency"],
    decides: ["applied for a residency"],
    step: "through-kazakhstan",
  },
  {
    id: "ns-putin-end-date",
    statement: {
      en: "When he announced the mobilization, Putin said exactly when it would end and how long it would last.",
      ru: "Объявляя мобилизацию, Путин точно назвал дату её окончания и сказал, сколько она продлится.",
      kk: "Жұмылдыруды жариялаған кезде Путин оның нақты қашан аяқталатынын және қанша уақытқа созылатынын айтты.",
    },
    explanation: {
      en: "The article reports whom Putin said would be called up and why he said it was necessary. It gives no end date, and it notes uncertainty over whether more people might be mobilized.",
      ru: "Статья сообщает, кого, по словам Путина, будут призывать и почему он считает это необходимым. Даты окончания мобилизации в ней нет, а вопрос о том, не призовут ли ещё больше людей, остаётся открытым.",
      kk: "Мақалада Путиннің айтуынша кімдер шақырылатыны және ол мұны неге қажет деп санайтыны айтылады. Жұмылдырудың аяқталу мерзімі көрсетілмейді, тағы адам шақырыла ма деген сұрақ та ашық қалады.",
    },
    quoteIds: ["q-putin-reservists"],
    decides: ["only military reservists"],
    links: ["more-mobilization-uncertain"],
    step: "the-order",
  },
  {
    id: "ns-ministry-answered-delyagin",
    statement: {
      en: "Russia’s Ministry of Defense has already answered Delyagin’s request for information about the criteria for supplying troops with medicines and food.",
      ru: "Министерство обороны России уже ответило на запрос Делягина о критериях снабжения войск медикаментами и продовольствием.",
      kk: "Ресей Қорғаныс министрлігі Делягиннің әскерді дәрі-дәрмекпен және азық-түлікпен жабдықтау өлшемшарттары туралы сұрауына жауап беріп қойды.",
    },
    explanation: {
      en: "The article says Delyagin and a party colleague are asking for the ministry to be ordered to provide information on the criteria for supplies. It reports no reply from the ministry.",
      ru: "В статье говорится, что Делягин и его однопартиец просят обязать министерство предоставить сведения о критериях снабжения. Ответа министерства статья не приводит.",
      kk: "Мақалада Делягин мен оның партиядағы әріптесі министрлікті жабдықтау өлшемшарттары туралы ақпарат беруге міндеттеуді сұрап отырғаны айтылады. Министрліктің жауабы келтірілмейді.",
    },
    quoteIds: ["q-delyagin-request"],
    decides: ["Ministry of Defense be ordered"],
    step: "inside-russia",
  },
  {
    id: "ns-delyagin-cancel-mobilization",
    statement: {
      en: "In a post on his website, State Duma deputy Mikhail Delyagin called for the mobilization to be cancelled at once.",
      ru: "В посте на своём сайте депутат Государственной думы Михаил Делягин призвал немедленно отменить мобилизацию.",
      kk: "Мемлекеттік Дума депутаты Михаил Делягин өз сайтындағы жазбасында жұмылдыруды дереу тоқтатуға шақырды.",
    },
    explanation: {
      en: "Delyagin said the mobilization had increased public anxiety about supplies for the armed forces, and that he and a fellow member of his party were requesting that the Ministry of Defense be ordered to provide information on the criteria for supplies. The article does not report him calling for the mobilization to stop.",
      ru: "Делягин сказал, что мобилизация усилила тревогу общества по поводу материального обеспечения армии и что вместе с однопартийцем просит обязать Министерство обороны предоставить сведения о критериях снабжения. Призывов остановить мобилизацию статья ему не приписывает.",
      kk: "Делягин жұмылдырудың армияны қамтамасыз етуге қатысты қоғамдағы алаңдаушылықты күшейткенін айтты; өзі мен партиядағы әріптесі Қорғаныс министрлігін жабдықтау өлшемшарттары туралы ақпарат беруге міндеттеуді сұрап жатқанын да айтты. Мақалада оның жұмылдыруды тоқтатуды талап еткені айтылмайды.",
    },
    quoteIds: ["q-delyagin-anxiety"],
    decides: ["exacerbated public anxiety"],
    step: "inside-russia",
  },
];
