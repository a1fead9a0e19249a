#include "knowledge/countries.h"

#include <string>
#include <utility>

#include "knowledge/question_text.h"

namespace applier::knowledge {
namespace {

const std::vector<Country>& AllCountries() {
  static const std::vector<Country> countries = {
      {"US",
       "USA",
       "United States",
       {"মার্কিন যুক্তরাষ্ট্র",
        "যুক্তরাষ্ট্র",
        "আমেরিকা",
        "ארצות הברית",
        "ארה״ב",
        "אמריקה",
        "สหรัฐอเมริกา",
        "สหรัฐ",
        "อเมริกา",
        "united states of america",
        "unol daleithiau",
        "unol daleithiau america",
        "u s",
        "u s a",
        "usa",
        "vereinigte staaten",
        "vereinigte staaten von amerika",
        "vereinigten staaten",
        "etats unis d'amerique",
        "estados unidos de america",
        "verenigde staten",
        "etats unis",
        "estados unidos",
        "stati uniti",
        "stati uniti d'america",
        "stany zjednoczone",
        "الولايات المتحدة",
        "الولايات المتحدة الأمريكية",
        "أمريكا",
        "美国",
        "美國",
        "美利坚合众国",
        "アメリカ",
        "アメリカ合衆国",
        "米国",
        "미국",
        "미합중국",
        "сша",
        "соединенные штаты",
        "соединённые штаты",
        "соединенные штаты америки",
        "соединённые штаты америки",
        "forenta staterna",
        "amerika birleşik devletleri",
        "abd",
        "estados unidos da america",
        "estados unidos de america",
        "spojene staty",
        "spojene staty americke",
        "spojenych statech",
        "amerika serikat",
        "amerika syarikat",
        "amerikai egyesült államok",
        "egyesült államok",
        "statele unite",
        "statele unite ale americii",
        "сполучені штати",
        "сполучені штати америки",
        "ηνωμένες πολιτείες",
        "ηνωμένες πολιτείες αμερικής",
        "ηπα",
        "ایالات متحده آمریکا",
        "ایالات متحده",
        "آمریکا",
        "संयुक्त राज्य अमेरिका",
        "संयुक्त राज्य",
        "अमेरिका",
        "यूएसए",
        "sjedinjene americke drzave",
        "sjedinjene drzave",
        "sjedinjenim americkim drzavama",
        "sad",
        "америка құрама штаттары",
        "ақш",
        "соединети американски држави",
        "соединетите американски држави",
        "соединети држави",
        "сад",
        "jungtinės amerikos valstijos",
        "jungtinėse amerikos valstijose",
        "jungtinių amerikos valstijų",
        "jav"}},
      {"CA",
       "CAN",
       "Canada",
       {"কানাডা", "קנדה", "kanada", "كندا", "کانادا", "加拿大", "カナダ", "캐나다", "канада",
        "कनाडा"}},
      {"MX",
       "MEX",
       "Mexico",
       {"מקסיקו", "mexiko", "mexique", "messico", "المكسيك", "墨西哥", "メキシコ", "멕시코",
        "мексика", "meksika", "meksiko"}},
      {"BR",
       "BRA",
       "Brazil",
       {"ברזיל", "brasil", "brasilien", "bresil", "brasile", "البرازيل", "巴西", "ブラジル",
        "브라질", "бразилия", "brezilya", "brazil"}},
      {"AR", "ARG", "Argentina", {"ארגנטינה"}},
      {"CL", "CHL", "Chile", {"צ'ילה"}},
      {"CO", "COL", "Colombia", {"קולומביה"}},
      // Welsh names the United Kingdom "y Deyrnas Unedig" and Britain "Prydain
      // (Fawr)"; Cymru (after "yng": Nghymru) is Wales, a part of it.
      {"GB",
       "GBR",
       "United Kingdom",
       {"যুক্তরাজ্য",
        "यूनाइटेड किंगडम",
        "انگلستان",
        "انگلیس",
        "بریتانیا",
        "پادشاهی متحده",
        "ब्रिटेन",
        "בריטניה",
        "הממלכה המאוחדת",
        "אנגליה",
        "uk",
        "u k",
        "great britain",
        "britain",
        "england",
        "vereinigtes konigreich",
        "grossbritannien",
        "royaume uni",
        "reino unido",
        "regno unito",
        "verenigd koninkrijk",
        "wielka brytania",
        "المملكة المتحدة",
        "بريطانيا",
        "英国",
        "英國",
        "イギリス",
        "영국",
        "великобритания",
        "соединенное королевство",
        "соединённое королевство",
        "storbritannien",
        "birleşik krallık",
        "velka britanie",
        "spojene kralovstvi",
        "inggris raya",
        "inggris",
        "egyesült királyság",
        "nagy-britannia",
        "regatul unit",
        "marea britanie",
        "велика британія",
        "сполучене королівство",
        "ηνωμένο βασίλειο",
        "μεγάλη βρετανία",
        "ujedinjeno kraljevstvo",
        "velika britanija",
        "jungtinė karalystė",
        "jungtinėje karalystėje",
        "jungtinės karalystės",
        "didžioji britanija",
        "y deyrnas unedig",
        "deyrnas unedig",
        "prydain fawr",
        "prydain",
        "cymru",
        "nghymru"}},
      {"IE",
       "IRL",
       "Ireland",
       {"אירלנד", "irland", "irlande", "irlanda", "ierland", "irlandia", "أيرلندا", "爱尔兰",
        "アイルランド", "아일랜드", "ирландия", "irska"},
       true},
      {"DE",
       "DEU",
       "Germany",
       {"জার্মানি",   "जर्मनी",     "גרמניה",      "deutschland", "allemagne",    "alemania",
        "germania",  "duitsland", "alemanha",    "niemcy",      "ألمانيا",      "آلمان",
        "德国",      "德國",      "ドイツ",      "독일",        "германия",     "tyskland",
        "almanya",   "nemecko",   "jerman",      "németország", "németországi", "németországban",
        "germaniei", "німеччина", "німеччині",   "γερμανία",    "γερμανίας",    "njemacka",
        "njemackoj", "vokietija", "vokietijoje", "vokietijos"},
       true},
      {"FR",
       "FRA",
       "France",
       {"ফ্রান্স",  "צרפת",          "frankreich", "francia",  "frankrijk", "franca",   "francja",
        "فرنسا",  "法国",          "法國",       "フランス", "프랑스",    "франция",  "frankrike",
        "fransa", "franciaország", "franța",     "франція",  "γαλλία",    "perancis", "francuska"},
       true},
      {"ES",
       "ESP",
       "Spain",
       {"ספרד", "espana", "spanien", "espagne", "spagna", "spanje", "espanha", "hiszpania",
        "إسبانيا", "西班牙", "スペイン", "스페인", "испания", "ispanya", "spanyolország", "spania",
        "іспанія", "ισπανία", "spanjolska"},
       true},
      {"PT",
       "PRT",
       "Portugal",
       {"פורטוגל", "البرتغال", "葡萄牙", "ポルトガル", "포르투갈", "португалия", "portekiz"},
       true},
      {"IT",
       "ITA",
       "Italy",
       {"ইতালি", "איטליה", "italia", "italien", "italie", "wlochy", "إيطاليا", "意大利", "義大利",
        "イタリア", "이탈리아", "италия", "italya", "olaszország", "італія", "ιταλία", "italija"},
       true},
      {"NL",
       "NLD",
       "Netherlands",
       {"নেদারল্যান্ডস", "הולנד",    "the netherlands", "holland",       "nederland",
        "niederlande", "pays bas", "paises bajos",    "paesi bassi",   "paises baixos",
        "holanda",     "holandia", "هولندا",          "荷兰",          "荷蘭",
        "オランダ",    "네덜란드", "нидерланды",      "nederlanderna", "hollanda",
        "nizozemska"},
       true},
      {"BE",
       "BEL",
       "Belgium",
       {"בלגיה", "belgien", "belgique", "belgie", "belgica", "belgio", "belgia", "belgija"},
       true},
      {"LU",
       "LUX",
       "Luxembourg",
       {
           "לוקסמבורג",
           "luksemburg",
       },
       true},
      {"AT",
       "AUT",
       "Austria",
       {"אוסטריה", "osterreich", "autriche", "oostenrijk", "ausztria", "austria", "австрія",
        "αυστρία", "austrija", "austriji"},
       true},
      {"CH",
       "CHE",
       "Switzerland",
       {"שווייץ", "שוויץ", "schweiz", "suisse", "svizzera", "zwitserland", "suiza", "suica",
        "szwajcaria", "سويسرا", "瑞士", "スイス", "스위스", "швейцария", "svicarska"}},
      {"DK",
       "DNK",
       "Denmark",
       {"דנמרק", "danmark", "danemark", "dänemark", "dania", "danii", "danimarca", "dinamarca",
        "denemarken", "danimarka", "danska"},
       true},
      {"SE",
       "SWE",
       "Sweden",
       {"সুইডেন", "שוודיה", "السويد", "瑞典", "スウェーデン", "스웨덴", "швеция", "sverige", "isvec",
        "schweden", "suede", "suecia", "svezia", "zweden", "szwecja", "szwecji", "svedska"},
       true},
      {"NO",
       "NOR",
       "Norway",
       {"נורווגיה", "norge", "noreg", "norwegen", "norvege", "noruega", "norvegia", "noorwegen",
        "norwegia", "norwegii", "norvec", "norveska"}},
      {"FI",
       "FIN",
       "Finland",
       // Finnish inflects the name ("työskennellä Suomessa", "Suomen kansalainen").
       {"פינלנד", "suomi", "suomessa", "suomen", "suomeen", "suomesta", "finnland", "finlande",
        "finlandia", "finlandiya", "финляндия", "芬兰", "フィンランド", "핀란드", "finska"},
       true},
      {"IS", "ISL", "Iceland", {"איסלנד"}},
      {"PL",
       "POL",
       "Poland",
       // Polish names the country in its cases: "na terenie Polski", "w Polsce".
       {"פולין", "polska", "polski", "polsce", "polen", "pologne", "polonia", "بولندا", "波兰",
        "ポーランド", "폴란드", "польша", "lengyelország", "польща", "πολωνία", "poljska",
        "lenkija", "lenkijoje", "lenkijos"},
       true},
      {"CZ",
       "CZE",
       "Czechia",
       // Czech inflects the name ("pracovat v Česku", "občan České republiky").
       {"צ'כיה",
        "czech republic",
        "cesko",
        "cesku",
        "ceska republika",
        "ceske republiky",
        "ceske republice",
        "tschechien",
        "tchequie",
        "republique tcheque",
        "chequia",
        "republica checa",
        "cechia",
        "repubblica ceca",
        "tsjechie",
        "czechy",
        "tjeckien",
        "tjekkiet",
        "tsjekkia",
        "tsekki",
        "cekya",
        "чехия",
        "捷克",
        "チェコ",
        "체코",
        "ceska"},
       true},
      {"SK",
       "SVK",
       "Slovakia",
       {"סלובקיה", "slovensko", "slovensku", "slowakei", "slovaquie", "eslovaquia", "slovacchia",
        "slowakije", "slowacja", "slovakien", "словакия", "slovacka"},
       true},
      // Hungarian, Romanian, Ukrainian and Greek name countries in their cases
      // ("Magyarországon", "României", "в Україні", "στην Ελλάδα").
      {"HU",
       "HUN",
       "Hungary",
       {"הונגריה",  "magyarország", "magyarországon", "magyarországi", "magyarországra",
        "ungarn",   "hongrie",      "hungría",        "ungheria",      "hongarije",
        "węgry",    "węgrzech",     "maďarsko",       "maďarsku",      "венгрия",
        "угорщина", "угорщині",     "macaristan",     "ουγγαρία",      "ουγγαρίας",
        "ungaria",  "ungariei",     "madarska"},
       true},
      {"RO",
       "ROU",
       "Romania",
       {"רומניה", "românia", "româniei", "rumänien", "roumanie", "rumania", "rumunsko", "rumunia",
        "rumunii", "румыния", "румунія", "румунії", "romanya", "ρουμανία", "ρουμανίας", "románia",
        "romániában", "rumunjska"},
       true},
      {"BG",
       "BGR",
       "Bulgaria",
       {
           "בולגריה",
           "bugarska",
       },
       true},
      {"GR",
       "GRC",
       "Greece",
       {"יוון",        "ελλάδα",         "ελλάδας", "ελληνική δημοκρατία",
        "hellas",      "griechenland",   "grèce",   "grecia",
        "grecja",      "grecji",         "řecko",   "řecku",
        "греция",      "греція",         "греції",  "yunanistan",
        "görögország", "görögországban", "greciei", "grcka"},
       true},
      {"HR",
       "HRV",
       "Croatia",
       // Croatian inflects the name ("pravo na rad u Republici Hrvatskoj", "državljanin
       // Republike Hrvatske").
       {
           "קרואטיה",
           "hrvatska",
           "hrvatskoj",
           "hrvatske",
           "republika hrvatska",
           "republici hrvatskoj",
           "republike hrvatske",
       },
       true},
      {"SI",
       "SVN",
       "Slovenia",
       {
           "סלובניה",
           "slovenija",
           "sloveniji",
       },
       true},
      {"EE",
       "EST",
       "Estonia",
       {
           "אסטוניה",
           "estonija",
           "estija",
           "estijoje",
           "estijos",
       },
       true},
      {"LV",
       "LVA",
       "Latvia",
       {
           "לטביה",
           "latvija",
           "latvijoje",
           "latvijos",
       },
       true},
      {"LT",
       "LTU",
       "Lithuania",
       {
           "ליטא",
           "litva",
           "lietuva",
           "lietuvoje",
           "lietuvos",
       },
       true},
      {"CY",
       "CYP",
       "Cyprus",
       {
           "קפריסין",
           "cipar",
       },
       true},
      {"MT",
       "MLT",
       "Malta",
       {
           "מלטה",
           "malta",
       },
       true},
      {"UA",
       "UKR",
       "Ukraine",
       {"אוקראינה", "أوكرانيا", "乌克兰", "ウクライナ", "우크라이나", "украина", "ukraina",
        "україна", "україні", "україни", "україну", "ucraina", "ucrainei", "ucrania", "ukrajna",
        "ukrajnában", "ukrajina", "ουκρανία", "ουκρανίας"}},
      {"TR",
       "TUR",
       "Turkey",
       {"טורקיה", "turkiye", "تركيا", "ترکیه", "土耳其", "トルコ", "터키", "튀르키예", "турция",
        "turkiet", "turska"}},
      {"RU",
       "RUS",
       "Russia",
       {"רוסיה", "russian federation", "روسيا", "俄罗斯", "俄羅斯", "ロシア", "러시아", "россия",
        "российская федерация", "ryssland", "rusya",
        // Russian inflects the name ("работа в России") and writes it as "РФ".
        "россии", "российской федерации", "рф", "rusija"}},
      {"IL", "ISR", "Israel", {"ישראל", "מדינת ישראל"}},
      {"AE",
       "ARE",
       "United Arab Emirates",
       {"সংযুক্ত আরব আমিরাত", "איחוד האמירויות", "איחוד האמירויות הערביות", "uae",
        "الإمارات العربية المتحدة", "الإمارات", "امارات متحده عربی", "امارات", "阿联酋",
        "阿拉伯联合酋长国", "アラブ首長国連邦", "아랍에미리트", "объединенные арабские эмираты",
        "оаэ", "forenade arabemiraten", "birleşik arap emirlikleri", "संयुक्त अरब अमीरात"}},
      {"IR",
       "IRN",
       "Iran",
       {"ایران", "جمهوری اسلامی ایران", "إيران", "איראן", "伊朗", "イラン", "이란", "иран"}},
      {"AF", "AFG", "Afghanistan", {"افغانستان", "أفغانستان", "אפגניסטן", "阿富汗", "афганистан"}},
      {"SA",
       "SAU",
       "Saudi Arabia",
       {"সৌদি আরব", "ערב הסעודית", "סעודיה", "المملكة العربية السعودية", "السعودية", "沙特阿拉伯",
        "サウジアラビア", "사우디아라비아", "саудовская аравия", "suudi arabistan"}},
      {"EG",
       "EGY",
       "Egypt",
       {"מצרים", "مصر", "埃及", "エジプト", "이집트", "египет", "egypten", "mısır"}},
      {"NG", "NGA", "Nigeria", {"ניגריה"}},
      {"KE", "KEN", "Kenya", {"קניה"}},
      {"ZA", "ZAF", "South Africa", {"דרום אפריקה"}},
      {"IN",
       "IND",
       "India",
       {"ভারত", "הודו", "الهند", "印度", "インド", "인도", "индия", "indien", "hindistan", "भारत",
        "हिंदुस्तान", "indija"}},
      {"PK", "PAK", "Pakistan", {"পাকিস্তান", "פקיסטן"}},
      {"BD", "BGD", "Bangladesh", {"বাংলাদেশ", "בנגלדש"}},
      {"CN",
       "CHN",
       "China",
       {"চীন", "סין", "peoples republic of china", "prc", "الصين", "中国", "中國", "中华人民共和国",
        "중국", "китай", "kina", "cin", "cina"}},
      {"HK", "HKG", "Hong Kong", {"הונג קונג", "هونغ كونغ", "香港", "홍콩", "гонконг"}},
      // 中華民國 (Republic of China): the state's own name, in which Taiwanese forms
      // ask about nationality and work permits.
      {"TW",
       "TWN",
       "Taiwan",
       {"טייוואן", "تايوان", "台湾", "台灣", "臺灣", "中華民國", "中华民国", "대만", "тайвань"}},
      {"JP",
       "JPN",
       "Japan",
       {"জাপান", "יפן", "اليابان", "日本", "일본", "япония", "japonya", "jepang", "jepun",
        "giappone", "japan"}},
      {"KR",
       "KOR",
       "South Korea",
       {"দক্ষিণ কোরিয়া", "דרום קוריאה", "קוריאה הדרומית", "korea", "republic of korea",
        "كوريا الجنوبية", "韩国", "韓國", "韓国", "대한민국", "한국", "южная корея", "sydkorea",
        "guney kore", "korea selatan"}},
      {"SG",
       "SGP",
       "Singapore",
       {"সিঙ্গাপুর", "סינגפור", "سنغافورة", "新加坡", "シンガポール", "싱가포르", "сингапур",
        "singapur", "singapura", "सिंगापुर"}},
      {"MY", "MYS", "Malaysia", {"মালয়েশিয়া", "מלזיה"}},
      {"ID", "IDN", "Indonesia", {"אינדונזיה"}},
      {"PH", "PHL", "Philippines", {"הפיליפינים", "פיליפינים", "filipina"}},
      {"VN", "VNM", "Vietnam", {"וייטנאם", "viet nam"}},
      {"TH", "THA", "Thailand", {"תאילנד", "ประเทศไทย", "ไทย"}},
      {"AU",
       "AUS",
       "Australia",
       {"অস্ট্রেলিয়া", "אוסטרליה", "أستراليا", "澳大利亚", "澳洲", "オーストラリア", "호주",
        "австралия", "australien", "avustralya", "ऑस्ट्रेलिया", "australija"}},
      {"NZ",
       "NZL",
       "New Zealand",
       {
           "ניו זילנד",
           "novi zeland",
       }},
      // Countries and territories that share a dialling code with one above
      // (+1 in the North American Numbering Plan, +7, +44, +358, +39, +61, +47):
      // a picker listing "American Samoa (+1)" names another country than the
      // United States, however the code reads.
      {"AG", "ATG", "Antigua and Barbuda", {"antigua"}},
      {"AI", "AIA", "Anguilla", {}},
      {"AS", "ASM", "American Samoa", {}},
      {"BB", "BRB", "Barbados", {}},
      {"BM", "BMU", "Bermuda", {}},
      {"BS", "BHS", "Bahamas", {}},
      {"DM", "DMA", "Dominica", {}},
      {"DO", "DOM", "Dominican Republic", {"republica dominicana"}},
      {"GD", "GRD", "Grenada", {}},
      {"GU", "GUM", "Guam", {}},
      {"JM", "JAM", "Jamaica", {}},
      {"KN", "KNA", "Saint Kitts and Nevis", {"st kitts and nevis"}},
      {"KY", "CYM", "Cayman Islands", {}},
      {"LC", "LCA", "Saint Lucia", {"st lucia"}},
      {"MP", "MNP", "Northern Mariana Islands", {}},
      {"MS", "MSR", "Montserrat", {}},
      {"PR", "PRI", "Puerto Rico", {}},
      {"SX", "SXM", "Sint Maarten", {"sint maarten dutch part"}},
      {"TC", "TCA", "Turks and Caicos Islands", {}},
      {"TT", "TTO", "Trinidad and Tobago", {}},
      {"VC", "VCT", "Saint Vincent and the Grenadines", {"st vincent and the grenadines"}},
      {"VG", "VGB", "British Virgin Islands", {"virgin islands british"}},
      {"VI",
       "VIR",
       "U.S. Virgin Islands",
       {"us virgin islands", "united states virgin islands", "virgin islands us"}},
      {"UM", "UMI", "United States Minor Outlying Islands", {}},
      {"KZ", "KAZ", "Kazakhstan", {"казахстан", "қазақстан"}},
      {"GG", "GGY", "Guernsey", {}},
      {"JE", "JEY", "Jersey", {}},
      {"IM", "IMN", "Isle of Man", {}},
      {"AX", "ALA", "Åland Islands", {"aland"}},
      {"VA", "VAT", "Vatican City", {"holy see", "vatican"}},
      {"CX", "CXR", "Christmas Island", {}},
      {"CC", "CCK", "Cocos (Keeling) Islands", {"cocos islands"}},
      {"SJ", "SJM", "Svalbard and Jan Mayen", {}},
      // "UE": Unión Europea, Union européenne, Unione europea, União Europeia.
      {"EU",
       "EUU",
       "European Union",
       {"האיחוד האירופי",
        "איחוד אירופי",
        "האיחוד האירופאי",
        "eu",
        "e u",
        "ue",
        "u e",
        "europe",
        "union europea",
        "union europeenne",
        "europaische union",
        "unione europea",
        "uniao europeia",
        "europese unie",
        "unia europejska",
        "unii europejskiej",
        "unię europejską",
        "den europæiske union",
        "europæiske union",
        "europeiske union",
        "avrupa birliği",
        "avrupa birligi",
        "europeiska unionen",
        "európai unió",
        "európai unióban",
        "uniunea europeană",
        "uniunii europene",
        "uniunea europeana",
        "європейський союз",
        "європейському союзі",
        "європейського союзу",
        "єс",
        "ευρωπαϊκή ένωση",
        "ευρωπαϊκής ένωσης",
        "ε ε",
        "европейский союз",
        "евросоюз",
        "欧盟",
        "歐盟",
        "欧州連合",
        "유럽연합",
        "유럽 연합",
        "lien minh chau au",
        "الاتحاد الأوروبي",
        "europos sąjunga",
        "europos sąjungoje",
        "europos sąjungos"}},
  };
  return countries;
}

// Each country's aliases as NormalizeText writes them, in AllCountries' order: the
// table keeps names as people write them ("birleşik krallık"), and normalising
// may fold letters (Turkish ş to s) that a lookup must fold alike.
const std::vector<std::vector<std::string>>& NormalizedAliases() {
  static const std::vector<std::vector<std::string>> aliases = [] {
    std::vector<std::vector<std::string>> all;
    for (const auto& country : AllCountries()) {
      std::vector<std::string> normalized;
      for (std::string_view alias : country.aliases) normalized.push_back(NormalizeText(alias));
      all.push_back(std::move(normalized));
    }
    return all;
  }();
  return aliases;
}

// Whether `needle` occurs in `haystack` on word boundaries (both normalised).
bool ContainsPhrase(std::string_view haystack, std::string_view needle) {
  for (std::size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + 1)) {
    bool starts = pos == 0 || haystack[pos - 1] == ' ';
    std::size_t end = pos + needle.size();
    bool ends = end == haystack.size() || haystack[end] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

// Whether normalised `text` names a Hebrew `alias` with the one-letter words Hebrew
// writes joined to the next word: "in", "to", "from", "and", "that", "as", "the"
// ("לעבוד בישראל", "ומארצות הברית"). After "in", "to" and "as" the article's ה is
// left out ("באיחוד האירופי" is in "האיחוד האירופי").
bool MentionsWithHebrewPrefix(std::string_view text, std::string_view alias) {
  if (alias.empty() || static_cast<unsigned char>(alias.front()) != 0xD7) return false;
  static constexpr std::string_view kPrefixes[] = {"ב",  "ל",  "מ",  "ו",  "ש",  "כ",  "ה",
                                                   "וב", "ול", "ומ", "שב", "של", "שמ", "מה"};
  static constexpr std::string_view kArticle = "ה";
  const std::string_view bare =
      alias.starts_with(kArticle) ? alias.substr(kArticle.size()) : std::string_view();
  for (std::string_view prefix : kPrefixes) {
    if (ContainsPhrase(text, std::string(prefix) + std::string(alias))) return true;
    const bool drops_article = prefix.ends_with("ב") || prefix.ends_with("ל") || prefix == "כ";
    if (!bare.empty() && drops_article &&
        ContainsPhrase(text, std::string(prefix) + std::string(bare)))
      return true;
  }
  return false;
}

// Bengali joins its case endings to a name: "বাংলাদেশে" (in Bangladesh), "বাংলাদেশের"
// (of Bangladesh), "কানাডায়" (in Canada, read without its nukta), "কানাডার", "ভারতে".
bool MentionsWithBengaliCaseEnding(std::string_view text, std::string_view alias) {
  // Bengali letters are U+0980..U+09FF, whose UTF-8 starts E0 A6 or E0 A7.
  if (alias.size() < 3 || static_cast<unsigned char>(alias[0]) != 0xE0 ||
      (static_cast<unsigned char>(alias[1]) != 0xA6 &&
       static_cast<unsigned char>(alias[1]) != 0xA7))
    return false;
  static constexpr std::string_view kEndings[] = {"ে", "ের", "য", "র", "তে", "এ", "এর"};
  for (std::string_view ending : kEndings) {
    if (ContainsPhrase(text, std::string(alias) + std::string(ending))) return true;
  }
  return false;
}

// "US" as a word in the original text, or "U.S.".
bool MentionsUsInCapitals(std::string_view text) {
  if (text.find("U.S.") != std::string_view::npos) return true;
  for (std::size_t pos = text.find("US"); pos != std::string_view::npos;
       pos = text.find("US", pos + 1)) {
    auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    bool starts = pos == 0 || !is_letter(text[pos - 1]);
    bool ends = pos + 2 >= text.size() || !is_letter(text[pos + 2]);
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

const Country* FindCountry(std::string_view name_or_code) {
  // ISO-style lists put the qualifier last: "Korea, Republic of" is "Republic of
  // Korea". Each swap removes a comma, so this ends.
  if (std::size_t comma = name_or_code.find(','); comma != std::string_view::npos) {
    std::string swapped = std::string(name_or_code.substr(comma + 1)) + " " +
                          std::string(name_or_code.substr(0, comma));
    if (const Country* country = FindCountry(swapped)) return country;
  }
  std::string norm = NormalizeText(name_or_code);
  if (norm.starts_with("the ")) norm.erase(0, 4);
  if (norm.empty()) return nullptr;
  for (std::size_t i = 0; i < AllCountries().size(); ++i) {
    const Country& country = AllCountries()[i];
    if (norm == NormalizeText(country.code) || norm == NormalizeText(country.code3) ||
        norm == NormalizeText(country.name)) {
      return &country;
    }
    for (const std::string& alias : NormalizedAliases()[i]) {
      if (norm == alias) return &country;
    }
  }
  return nullptr;
}

const Region* FindRegion(std::string_view name_or_code) {
  static const std::vector<Region> regions = {
      {"US", "AL", "Alabama"},
      {"US", "AK", "Alaska"},
      {"US", "AZ", "Arizona"},
      {"US", "AR", "Arkansas"},
      {"US", "CA", "California"},
      {"US", "CO", "Colorado"},
      {"US", "CT", "Connecticut"},
      {"US", "DE", "Delaware"},
      {"US", "DC", "District of Columbia"},
      {"US", "FL", "Florida"},
      {"US", "GA", "Georgia"},
      {"US", "HI", "Hawaii"},
      {"US", "ID", "Idaho"},
      {"US", "IL", "Illinois"},
      {"US", "IN", "Indiana"},
      {"US", "IA", "Iowa"},
      {"US", "KS", "Kansas"},
      {"US", "KY", "Kentucky"},
      {"US", "LA", "Louisiana"},
      {"US", "ME", "Maine"},
      {"US", "MD", "Maryland"},
      {"US", "MA", "Massachusetts"},
      {"US", "MI", "Michigan"},
      {"US", "MN", "Minnesota"},
      {"US", "MS", "Mississippi"},
      {"US", "MO", "Missouri"},
      {"US", "MT", "Montana"},
      {"US", "NE", "Nebraska"},
      {"US", "NV", "Nevada"},
      {"US", "NH", "New Hampshire"},
      {"US", "NJ", "New Jersey"},
      {"US", "NM", "New Mexico"},
      {"US", "NY", "New York"},
      {"US", "NC", "North Carolina"},
      {"US", "ND", "North Dakota"},
      {"US", "OH", "Ohio"},
      {"US", "OK", "Oklahoma"},
      {"US", "OR", "Oregon"},
      {"US", "PA", "Pennsylvania"},
      {"US", "RI", "Rhode Island"},
      {"US", "SC", "South Carolina"},
      {"US", "SD", "South Dakota"},
      {"US", "TN", "Tennessee"},
      {"US", "TX", "Texas"},
      {"US", "UT", "Utah"},
      {"US", "VT", "Vermont"},
      {"US", "VA", "Virginia"},
      {"US", "WA", "Washington"},
      {"US", "WV", "West Virginia"},
      {"US", "WI", "Wisconsin"},
      {"US", "WY", "Wyoming"},
      {"CA", "AB", "Alberta"},
      {"CA", "BC", "British Columbia"},
      {"CA", "MB", "Manitoba"},
      {"CA", "NB", "New Brunswick"},
      {"CA", "NL", "Newfoundland and Labrador"},
      {"CA", "NS", "Nova Scotia"},
      {"CA", "NT", "Northwest Territories"},
      {"CA", "NU", "Nunavut"},
      {"CA", "ON", "Ontario"},
      {"CA", "PE", "Prince Edward Island"},
      {"CA", "QC", "Quebec"},
      {"CA", "SK", "Saskatchewan"},
      {"CA", "YT", "Yukon"},
  };
  // Names other languages give the regions whose English name they do not
  // keep: "Kalifornien" in a Swedish checkout's state list.
  static constexpr std::pair<std::string_view, std::string_view> kOtherNames[] = {
      {"kalifornien", "CA"},
      {"californie", "CA"},
      {"califórnia", "CA"},
      {"kalifornia", "CA"},
      {"калифорния", "CA"},
      {"カリフォルニア州", "CA"},
      {"カリフォルニア", "CA"},
      {"加利福尼亚州", "CA"},
      {"加利福尼亞州", "CA"},
      {"加州", "CA"},
      {"캘리포니아", "CA"},
      {"캘리포니아주", "CA"},
      {"nueva york", "NY"},
      {"nova iorque", "NY"},
      {"нью йорк", "NY"},
      {"nuevo méxico", "NM"},
      {"nouveau mexique", "NM"},
      {"novo méxico", "NM"},
      {"carolina del norte", "NC"},
      {"caroline du nord", "NC"},
      {"nord carolina", "NC"},
      {"carolina do norte", "NC"},
      {"carolina del sur", "SC"},
      {"caroline du sud", "SC"},
      {"süd carolina", "SC"},
      {"carolina do sul", "SC"},
      {"dakota del norte", "ND"},
      {"dakota du nord", "ND"},
      {"dakota del sur", "SD"},
      {"dakota du sud", "SD"},
      {"pensilvania", "PA"},
      {"pennsylvanie", "PA"},
      {"pensilvânia", "PA"},
      {"pennsylvanien", "PA"},
      {"hawái", "HI"},
      {"havaí", "HI"},
      {"luisiana", "LA"},
      {"louisiane", "LA"},
      {"virginie", "VA"},
      {"virginie occidentale", "WV"},
      {"virginia occidental", "WV"},
      {"géorgie", "GA"},
      {"floride", "FL"},
      {"flórida", "FL"},
      {"tejas", "TX"},
      {"misisipi", "MS"},
      {"misuri", "MO"},
      {"oregón", "OR"},
      {"míchigan", "MI"},
      {"colombie britannique", "BC"},
      {"columbia británica", "BC"},
      {"terre neuve et labrador", "NL"},
      {"nouvelle écosse", "NS"},
      {"nouveau brunswick", "NB"},
      {"île du prince édouard", "PE"},
      {"territoires du nord ouest", "NT"},
  };
  std::string norm = NormalizeText(name_or_code);
  if (norm.empty()) return nullptr;
  for (const auto& region : regions) {
    if (norm == NormalizeText(region.code) || norm == NormalizeText(region.name)) {
      return &region;
    }
  }
  for (const auto& [name, code] : kOtherNames) {
    if (norm != NormalizeText(name)) continue;
    for (const auto& region : regions) {
      if (region.code == code) return &region;
    }
  }
  return nullptr;
}

std::string_view DialCodeOf(std::string_view iso2) {
  // ITU-T E.164 assignments for the countries above.
  static constexpr std::pair<std::string_view, std::string_view> kCodes[] = {
      {"US", "1"},   {"CA", "1"},   {"MX", "52"},  {"BR", "55"},  {"AR", "54"},  {"CL", "56"},
      {"CO", "57"},  {"PE", "51"},  {"GB", "44"},  {"IE", "353"}, {"DE", "49"},  {"FR", "33"},
      {"ES", "34"},  {"PT", "351"}, {"IT", "39"},  {"NL", "31"},  {"BE", "32"},  {"LU", "352"},
      {"AT", "43"},  {"CH", "41"},  {"SE", "46"},  {"NO", "47"},  {"DK", "45"},  {"FI", "358"},
      {"IS", "354"}, {"PL", "48"},  {"CZ", "420"}, {"SK", "421"}, {"HU", "36"},  {"RO", "40"},
      {"BG", "359"}, {"GR", "30"},  {"HR", "385"}, {"SI", "386"}, {"EE", "372"}, {"LV", "371"},
      {"LT", "370"}, {"CY", "357"}, {"MT", "356"}, {"UA", "380"}, {"RU", "7"},   {"TR", "90"},
      {"IL", "972"}, {"AE", "971"}, {"IR", "98"},  {"AF", "93"},  {"SA", "966"}, {"EG", "20"},
      {"ZA", "27"},  {"NG", "234"}, {"KE", "254"}, {"IN", "91"},  {"PK", "92"},  {"BD", "880"},
      {"CN", "86"},  {"HK", "852"}, {"TW", "886"}, {"JP", "81"},  {"KR", "82"},  {"SG", "65"},
      {"MY", "60"},  {"TH", "66"},  {"VN", "84"},  {"PH", "63"},  {"ID", "62"},  {"AU", "61"},
      {"NZ", "64"},  {"AG", "1"},   {"AI", "1"},   {"AS", "1"},   {"BB", "1"},   {"BM", "1"},
      {"BS", "1"},   {"DM", "1"},   {"DO", "1"},   {"GD", "1"},   {"GU", "1"},   {"JM", "1"},
      {"KN", "1"},   {"KY", "1"},   {"LC", "1"},   {"MP", "1"},   {"MS", "1"},   {"PR", "1"},
      {"SX", "1"},   {"TC", "1"},   {"TT", "1"},   {"VC", "1"},   {"VG", "1"},   {"VI", "1"},
      {"UM", "1"},   {"KZ", "7"},   {"GG", "44"},  {"JE", "44"},  {"IM", "44"},  {"AX", "358"},
      {"VA", "39"},  {"CX", "61"},  {"CC", "61"},  {"SJ", "47"},
  };
  for (const auto& [country, code] : kCodes) {
    if (country == iso2) return code;
  }
  return {};
}

bool UsesTrunkZero(std::string_view iso2) {
  static constexpr std::string_view kTrunkZero[] = {
      "GB", "IE", "DE", "FR", "NL", "BE", "LU", "AT", "CH", "SE", "FI", "HR", "SI", "RO",
      "BG", "UA", "TR", "IL", "AE", "IR", "AF", "SA", "EG", "ZA", "NG", "KE", "IN", "PK",
      "BD", "CN", "TW", "JP", "KR", "MY", "TH", "VN", "PH", "ID", "AU", "NZ", "PE", "AR"};
  for (std::string_view country : kTrunkZero) {
    if (country == iso2) return true;
  }
  return false;
}
const Country* CountryMentionedIn(std::string_view text) {
  // Turkish joins a case ending to a name with an apostrophe ("ABD'de", "Avrupa
  // Birliği'nde"), which normalising would fuse into one word: split it there.
  std::string split(text);
  for (std::string_view apostrophe : {"'", "\u2019"}) {
    for (std::size_t at = split.find(apostrophe); at != std::string::npos;
         at = split.find(apostrophe, at + 1)) {
      split.replace(at, apostrophe.size(), " ");
    }
  }
  const std::string norm = NormalizeText(split);
  for (std::size_t i = 0; i < AllCountries().size(); ++i) {
    const Country& country = AllCountries()[i];
    if (ContainsPhrase(norm, NormalizeText(country.name))) return &country;
    for (const std::string& alias : NormalizedAliases()[i]) {
      // Chinese, Japanese and Thai questions put no spaces around a country's name.
      if (!ContainsPhrase(norm, alias) && !(IsUnspacedScript(alias) && HasPhrase(norm, alias)) &&
          !MentionsWithHebrewPrefix(norm, alias) && !MentionsWithBengaliCaseEnding(norm, alias))
        continue;
      // Short aliases ("uk", "eu", "usa") are ordinary letters in lower case
      // elsewhere; they count only when written in capitals.
      bool short_word = alias.size() <= 3 && alias.find(' ') == std::string::npos;
      if (!short_word) return &country;
      std::string upper;
      for (char c : alias) upper += static_cast<char>(c - 'a' + 'A');
      if (text.find(upper) != std::string_view::npos) return &country;
    }
  }
  if (MentionsUsInCapitals(text)) return FindCountry("US");
  return nullptr;
}

}  // namespace applier::knowledge
