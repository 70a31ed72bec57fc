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
      en: "The figure of nearly a hundred thousand Russians entering Kazakhstan came from Kazakhstan’s interior ministry.",
      ru: "Цифра почти в сто тысяч россиян, въехавших в Казахстан, получена от МВД Казахстана.",
      kk: "Қазақстанға жүз мыңға жуық ресейлік кіргені туралы дерек Қазақстан ІІМ-інен алынған.",
    },
    explanation: {
      en: "The article gives the figure for Kazakhstan without saying who counted it. It names an interior ministry official, Aslan Atalykov, only as the source of other figures.",
      ru: "Статья приводит цифру по Казахстану, не указывая, кто её подсчитал. Представителя МВД Аслана Аталыкова она называет источником только других данных.",
      kk: "Мақала Қазақстан бойынша бұл санды кім есептегенін айтпайды. ІІМ өкілі Аслан Аталықов тек басқа деректердің дереккөзі ретінде аталады.",
    },
    quoteId: "q-kazakhstan-nearly-100000",
    step: "reading-the-numbers",
  },
  {
    id: "ns-georgia-border-queues",
    statement: {
      en: "Long lines of cars formed at Russia’s border with Georgia.",
      ru: "На границе России с Грузией выстроились длинные очереди из машин.",
      kk: "Ресей мен Грузия шекарасында ұзын көлік кезектері пайда болды.",
    },
    explanation: {
      en: "The article reports only how many people a day were entering Georgia from Russia, as the head of Georgia’s interior ministry told journalists. It says nothing about lines or waiting at the border.",
      ru: "Статья сообщает только, сколько человек в день въезжало в Грузию из России, со слов главы МВД Грузии. Об очередях и ожидании на границе в ней ничего не сказано.",
      kk: "Мақала Грузия ІІМ басшысының журналистерге айтқан сөзіне сүйеніп, Ресейден Грузияға күніне қанша адам кіргенін ғана айтады. Шекарадағы кезек пен күту туралы онда ештеңе жоқ.",
    },
    quoteId: "q-georgia-doubled",
    step: "border-by-border",
  },
  {
    id: "ns-finland-restricts-entry",
    statement: {
      en: "Finland announced that it would restrict entry for Russians.",
      ru: "Финляндия объявила, что ограничит въезд для россиян.",
      kk: "Финляндия ресейліктердің елге кіруін шектейтінін мәлімдеді.",
    },
    explanation: {
      en: "The article reports how many Russians entered and left Finland on Sunday. It says nothing about any Finnish plan to limit entry.",
      ru: "Статья сообщает, сколько россиян въехало в Финляндию и выехало из неё в воскресенье. О планах Финляндии ограничить въезд в ней ничего не сказано.",
      kk: "Мақалада жексенбі күні Финляндияға қанша ресейлік кіріп, қаншасы шыққаны айтылады. Финляндияның кіруді шектеу жоспары туралы онда ештеңе жоқ.",
    },
    quoteId: "q-finland-entered",
    step: "border-by-border",
  },
  {
    id: "ns-peskov-promised-figures",
    statement: {
      en: "Dmitry Peskov promised that the border guard agency would publish the number of departures.",
      ru: "Дмитрий Песков пообещал, что пограничная служба опубликует число уехавших.",
      kk: "Дмитрий Песков шекара қызметі елден кеткендердің санын жариялайтынына уәде берді.",
    },
    explanation: {
      en: "Peskov said he did not know the number and referred requests to the border guard agency. The article reports no promise that figures would be published.",
      ru: "Песков сказал, что не знает этого числа, и переадресовал запросы пограничной службе. Ни о каком обещании опубликовать данные в статье не говорится.",
      kk: "Песков бұл санды білмейтінін айтып, сауалдарды шекара қызметіне бағыттады. Деректерді жариялау туралы уәде жөнінде мақалада ештеңе айтылмайды.",
    },
    quoteId: "q-peskov-border-agency",
    step: "what-is-not-known",
  },
  {
    id: "ns-agency-refused",
    statement: {
      en: "Russia’s border guard agency refused to give any figures.",
      ru: "Пограничная служба России отказалась предоставить какие-либо данные.",
      kk: "Ресейдің шекара қызметі ешқандай дерек беруден бас тартты.",
    },
    explanation: {
      en: "The article says only that officials at the agency did not respond right away to the request for data. Not answering at once is not the same as refusing.",
      ru: "В статье сказано лишь, что в пограничной службе не сразу ответили на запрос о данных. Не ответить сразу — не то же самое, что отказать.",
      kk: "Мақалада тек мекеме өкілдері деректер туралы сауалға бірден жауап бермегені айтылады. Бірден жауап бермеу бас тартумен бірдей емес.",
    },
    quoteId: "q-agency-no-response",
    step: "what-is-not-known",
  },
  {
    id: "ns-refugee-status",
    statement: {
      en: "Kazakhstan granted the arriving Russians refugee status.",
      ru: "Казахстан предоставил приезжающим россиянам статус беженцев.",
      kk: "Қазақстан келген ресейліктерге босқын мәртебесін берді.",
    },
    explanation: {
      en: "The article says Tokayev ordered his government to help Russians entering the country. It mentions no legal status, and it does not call the arrivals refugees.",
      ru: "В статье говорится, что Токаев поручил правительству помогать въезжающим россиянам. О каком-либо правовом статусе там нет ни слова, и беженцами статья их не называет.",
      kk: "Мақалада Тоқаев үкіметке елге келіп жатқан ресейліктерге көмектесуді тапсырғаны айтылады. Ешқандай құқықтық мәртебе туралы сөз жоқ, мақала оларды босқын деп те атамайды.",
    },
    quoteId: "q-tokayev-order",
    step: "kazakhstan-responds",
  },
  {
    id: "ns-tokayev-privileges",
    statement: {
      en: "Tokayev promised the arriving Russians special privileges.",
      ru: "Токаев пообещал приезжающим россиянам особые льготы.",
      kk: "Тоқаев келіп жатқан ресейліктерге ерекше жеңілдіктер беруге уәде етті.",
    },
    explanation: {
      en: "The article reports that Tokayev ordered his government to help the arrivals and said Kazakhstan must ensure their safety. It mentions no special privileges.",
      ru: "Статья сообщает, что Токаев поручил правительству помогать приезжающим и сказал, что нужно обеспечить их безопасность. Ни о каких особых льготах в ней не говорится.",
      kk: "Мақалада Тоқаев үкіметке келушілерге көмектесуді тапсырып, олардың қауіпсіздігін қамтамасыз ету керектігін айтқаны жазылған. Ерекше жеңілдіктер туралы онда ештеңе жоқ.",
    },
    quoteId: "q-tokayev-order",
    step: "kazakhstan-responds",
  },
  {
    id: "ns-georgia-keeps-border-open",
    statement: {
      en: "Georgia announced that it would keep its border with Russia open.",
      ru: "Грузия объявила, что оставит границу с Россией открытой.",
      kk: "Грузия Ресеймен шекарасын ашық қалдыратынын мәлімдеді.",
    },
    explanation: {
      en: "The head of Georgia’s interior ministry gave only figures for people entering from Russia. The article reports no decision about Georgia’s border.",
      ru: "Глава МВД Грузии привёл только данные о числе въезжающих из России. О каком-либо решении насчёт границы Грузии в статье не сообщается.",
      kk: "Грузия ІІМ басшысы Ресейден кіретін адамдардың саны туралы деректерді ғана келтірді. Грузия шекарасына қатысты қандай да бір шешім туралы мақалада айтылмайды.",
    },
    quoteId: "q-georgia-doubled",
    step: "border-by-border",
  },
  {
    id: "ns-mongolia-families",
    statement: {
      en: "Most of the Russians who crossed into Mongolia were families with children.",
      ru: "Большинство россиян, въехавших в Монголию, были семьями с детьми.",
      kk: "Моңғолияға өткен ресейліктердің көбі балалы отбасылар болды.",
    },
    explanation: {
      en: "For Mongolia the article gives only how many Russians crossed at one border crossing. It does not say who they were.",
      ru: "По Монголии статья приводит только число россиян, прошедших через один пункт пропуска. Кем были эти люди, в ней не сказано.",
      kk: "Моңғолия бойынша мақала бір өткізу пункті арқылы қанша ресейлік өткенін ғана айтады. Олардың кім екені көрсетілмейді.",
    },
    quoteId: "q-mongolia-crossing",
    step: "border-by-border",
  },
  {
    id: "ns-storskog-schengen-visas",
    statement: {
      en: "Most of the Russians who passed through Storskog held Schengen visas.",
      ru: "У большинства россиян, прошедших через Стурскуг, были шенгенские визы.",
      kk: "Стурскуг арқылы өткен ресейліктердің көбінде шенген визасы болды.",
    },
    explanation: {
      en: "The article reports, from local border officials, how many Russians passed through Storskog on Sunday and that this was a slight increase from previous weekends. It says nothing about their visas.",
      ru: "Статья со слов местных пограничников сообщает, сколько россиян прошло через Стурскуг в воскресенье и что это немного больше, чем в предыдущие выходные. О визах этих людей в ней ничего не сказано.",
      kk: "Мақала жергілікті шекарашылардың сөзіне сүйеніп, жексенбі күні Стурскуг арқылы қанша ресейлік өткенін және бұл алдыңғы демалыс күндерімен салыстырғанда сәл өсім екенін айтады. Олардың визасы туралы ештеңе жоқ.",
    },
    quoteId: "q-storskog-243",
    step: "border-by-border",
  },
  {
    id: "ns-armenia-tripled",
    statement: {
      en: "Armenia reported that the number of Russians arriving had tripled.",
      ru: "Армения сообщила, что число приезжающих россиян выросло втрое.",
      kk: "Армения келетін ресейліктер саны үш есе өскенін хабарлады.",
    },
    explanation: {
      en: "The article names Armenia only as one of the countries Russians have headed to. It gives no figures for Armenia.",
      ru: "Армения упоминается в статье лишь как одна из стран, куда едут россияне. Данных по Армении в ней нет.",
      kk: "Мақалада Армения ресейліктер баратын елдердің бірі ретінде ғана аталады. Армения бойынша ешқандай сан келтірілмейді.",
    },
    quoteId: "q-destinations",
    step: "the-exodus",
  },
  {
    id: "ns-men-of-call-up-age",
    statement: {
      en: "Most of the Russians who crossed into Kazakhstan were men of call-up age.",
      ru: "Большинство россиян, въехавших в Казахстан, были мужчинами призывного возраста.",
      kk: "Қазақстанға өткен ресейліктердің көбі әскерге шақыру жасындағы ер адамдар болды.",
    },
    explanation: {
      en: "The article gives only the total number of Russians who crossed into Kazakhstan. It does not say how many were men or how old they were; it mentions men only at the Norwegian border.",
      ru: "Статья приводит только общее число россиян, въехавших в Казахстан. Сколько среди них мужчин и какого они возраста, в ней не сказано; о мужчинах говорится лишь в связи с границей Норвегии.",
      kk: "Мақала Қазақстанға өткен ресейліктердің жалпы санын ғана береді. Олардың қаншасы ер адам екені және жасы айтылмайды; ер адамдар тек Норвегия шекарасына қатысты аталады.",
    },
    quoteId: "q-kazakhstan-nearly-100000",
    step: "the-exodus",
  },
  {
    id: "ns-kyrgyzstan-published-data",
    statement: {
      en: "Kyrgyzstan published how many Russians arrived from Kazakhstan.",
      ru: "Кыргызстан опубликовал данные о том, сколько россиян приехало из Казахстана.",
      kk: "Қырғызстан Қазақстаннан қанша ресейлік келгенін жариялады.",
    },
    explanation: {
      en: "The figure for Russians heading south to Kyrgyzstan and Uzbekistan comes from Aslan Atalykov, an official in Kazakhstan. The article cites no figures from Kyrgyzstan itself.",
      ru: "Цифру о россиянах, уехавших на юг, в Кыргызстан и Узбекистан, назвал казахстанский чиновник Аслан Аталыков. Данных самого Кыргызстана в статье нет.",
      kk: "Оңтүстікке — Қырғызстан мен Өзбекстанға кеткен ресейліктер туралы санды қазақстандық шенеунік Аслан Аталықов айтты. Мақалада Қырғызстанның өз деректері жоқ.",
    },
    quoteId: "q-kz-left-40000",
    step: "through-kazakhstan",
  },
  {
    id: "ns-residency-granted",
    statement: {
      en: "Kazakhstan granted residency to every Russian who applied.",
      ru: "Казахстан выдал разрешение на проживание каждому обратившемуся россиянину.",
      kk: "Қазақстан өтініш берген әрбір ресейлікке тұруға рұқсат берді.",
    },
    explanation: {
      en: "The article says how many foreign citizens applied for residency and roughly what share of them were Russians. It does not say how many applications were approved.",
      ru: "В статье сказано, сколько иностранцев подали заявления на проживание и какую примерно долю среди них составили россияне. Сколько заявлений одобрено, в ней не говорится.",
      kk: "Мақалада тұруға рұқсат сұраған шетел азаматтарының саны және олардың ішіндегі ресейліктердің шамамен үлесі айтылады. Қанша өтініш мақұлданғаны көрсетілмейді.",
    },
    quoteId: "q-kz-residency",
    step: "through-kazakhstan",
  },
  {
    id: "ns-putin-end-date",
    statement: {
      en: "Putin said when the mobilization would end.",
      ru: "Путин назвал дату окончания мобилизации.",
      kk: "Путин жұмылдырудың қашан аяқталатынын айтты.",
    },
    explanation: {
      en: "The article reports whom Putin said would be called up and why he said it was necessary. It gives no end date, and it notes uncertainty over whether more people might be mobilized.",
      ru: "Статья сообщает, кого, по словам Путина, будут призывать и почему он считает это необходимым. Даты окончания мобилизации в ней нет, а вопрос о том, не призовут ли ещё больше людей, остаётся открытым.",
      kk: "Мақалада Путиннің айтуынша кімдер шақырылатыны және ол мұны неге қажет деп санайтыны айтылады. Жұмылдырудың аяқталу мерзімі көрсетілмейді, тағы адам шақырыла ма деген сұрақ та ашық қалады.",
    },
    quoteId: "q-putin-reservists",
    step: "the-order",
  },
  {
    id: "ns-ministry-answered-delyagin",
    statement: {
      en: "Russia’s Ministry of Defense answered Delyagin’s request for information.",
      ru: "Министерство обороны России ответило на запрос Делягина.",
      kk: "Ресей Қорғаныс министрлігі Делягиннің сұрауына жауап берді.",
    },
    explanation: {
      en: "The article says Delyagin and a party colleague are asking for the ministry to be ordered to provide information on supplies. It reports no reply from the ministry.",
      ru: "В статье говорится, что Делягин и его однопартиец просят обязать министерство предоставить сведения о снабжении. Ответа министерства статья не приводит.",
      kk: "Мақалада Делягин мен оның партиядағы әріптесі министрлікті жабдықтау туралы ақпарат беруге міндеттеуді сұрап отырғаны айтылады. Министрліктің жауабы келтірілмейді.",
    },
    quoteId: "q-delyagin-request",
    step: "inside-russia",
  },
  {
    id: "ns-delyagin-cancel-mobilization",
    statement: {
      en: "Delyagin called for the mobilization to be cancelled.",
      ru: "Делягин призвал отменить мобилизацию.",
      kk: "Делягин жұмылдыруды тоқтатуға шақырды.",
    },
    explanation: {
      en: "Delyagin said the mobilization had increased public anxiety about supplies for the armed forces, and he asked for information from the Ministry of Defense. The article does not report him calling for the mobilization to stop.",
      ru: "Делягин сказал, что мобилизация усилила тревогу общества из-за снабжения армии, и добивается сведений от Министерства обороны. Призывов остановить мобилизацию статья ему не приписывает.",
      kk: "Делягин жұмылдыру армияны қамтамасыз етуге қатысты қоғамдағы алаңдаушылықты күшейткенін айтып, Қорғаныс министрлігінен ақпарат сұрап отыр. Мақалада оның жұмылдыруды тоқтатуды талап еткені айтылмайды.",
    },
    quoteId: "q-delyagin-anxiety",
    step: "inside-russia",
  },
];
