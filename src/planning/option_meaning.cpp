#include "planning/option_meaning.h"

#include <algorithm>
#include <array>
#include <string>

#include "knowledge/question_text.h"

namespace applier::planning {
namespace {

struct Category {
  std::string_view id;
  std::vector<std::string_view> phrases;  // normalised (knowledge::NormalizeText)
  // Categories this one overrides when both match: "I need a visa" is not a work
  // visa, "two or more races" is not each race it names.
  std::vector<std::string_view> overrides = {};
};

// Phrases as forms write them, gathered from vendors' public EEO and
// work-eligibility wordings (US EEO-1 categories, OFCCP veteran and disability
// forms, EU application forms) in the languages the classifier covers.
const std::vector<Category>& Table(OptionTable table) {
  static const std::vector<Category> kWorkStatus = {
      {"not_authorized",
       {"not authorized",
        "not authorised",
        "not eligible",
        "not legally",
        "no work permit",
        "not have the right to work",
        "dont have the right to work",
        "no right to work",
        "keine arbeitserlaubnis",
        "nicht berechtigt",
        "nicht arbeitsberechtigt",
        "pas autorise",
        "pas autorisee",
        "non autorise",
        "no estoy autorizado",
        "no autorizado",
        "non autorizzato",
        "nao autorizado",
        "nao tenho autorizacao",
        "niet bevoegd",
        "geen werkvergunning",
        "calisma iznim yok",
        "khong co giay phep lao dong",
        "nie posiadam pozwolenia na prace",
        "brak pozwolenia na prace",
        "ingen arbejdstilladelse",
        "har ikke arbejdstilladelse",
        "ingen arbeidstillatelse",
        "inget arbetstillstand",
        "ei tyolupaa",
        "minulla ei ole tyolupaa",
        "ei oikeutta tyoskennella",
        "nemam pracovni povoleni",
        "nemam povoleni k praci",
        "nemam pravo pracovat",
        "nincs munkavallalasi engedelyem",
        "nem rendelkezem munkavallalasi engedellyel",
        "nem vagyok jogosult",
        "nu am permis de munca",
        "nu am drept de munca",
        "nu am dreptul sa lucrez",
        "не маю дозволу на роботу",
        "не маю права на роботу",
        "не маю права працювати",
        "δεν εχω αδεια εργασιασ",
        "δεν εχω δικαιωμα εργασιασ",
        "غير مصرح",
        "لا أملك تصريح عمل",
        "لا يحق لي العمل"},
       {"authorized"}},
      {"needs_sponsorship",
       {"require sponsorship",
        "requires sponsorship",
        "need sponsorship",
        "needs sponsorship",
        "require visa sponsorship",
        "need visa sponsorship",
        "require a visa",
        "need a visa",
        "sponsorship required",
        "will require",
        "would require",
        "visa sponsorship required",
        "benotige ein visum",
        "visum erforderlich",
        "benotige eine arbeitserlaubnis",
        "sponsoring erforderlich",
        "benotige sponsoring",
        "besoin dun visa",
        "besoin dun parrainage",
        "parrainage requis",
        "necesito patrocinio",
        "requiere patrocinio",
        "necesito visado",
        "necessito di sponsorizzazione",
        "necessito di un visto",
        "preciso de patrocinio",
        "preciso de visto",
        "heb sponsoring nodig",
        "visum nodig",
        "vize sponsorluguna ihtiyacim var",
        "calisma vizesine ihtiyacim var",
        "can bao lanh",
        "can bao lanh visa",
        "can bao lanh thi thuc",
        "potrzebuje sponsorowania",
        "potrzebuje wizy",
        "wymagam sponsorowania",
        "kraever sponsorering",
        "har brug for visum",
        "trenger visum",
        "behover visum",
        "tarvitsen tyoluvan",
        "tarvitsen oleskeluluvan",
        "tarvitsen viisumin",
        "potrebuji pracovni povoleni",
        "potrebuji vizum",
        "potrebuji zamestnaneckou kartu",
        "szuksegem van vizumra",
        "vizumra van szuksegem",
        "szuksegem van munkavallalasi engedelyre",
        "szponzoraciora van szuksegem",
        "am nevoie de viza",
        "am nevoie de sponsorizare",
        "am nevoie de permis de munca",
        "am nevoie de aviz de munca",
        "потребую візи",
        "потрібна віза",
        "потребую спонсорства",
        "потрібен дозвіл на роботу",
        "χρειαζομαι βιζα",
        "χρειαζομαι αδεια εργασιασ",
        "χρειαζομαι χορηγια",
        "أحتاج إلى كفالة",
        "أحتاج إلى تأشيرة",
        "أحتاج الى كفالة",
        "بحاجة إلى كفالة",
        "بحاجة إلى تأشيرة",
        "تتطلب كفالة"},
       {"work_visa", "authorized"}},
      {"student_visa",
       {"student visa", "f 1", "f1", "stem opt", "opt", "cpt", "j 1", "studentenvisum",
        "visa etudiant", "visa detudiant", "visado de estudiante", "visto per studio",
        "visto di studio", "visto de estudante", "studievisum"},
       {"work_visa"}},
      {"permanent_resident",
       {"permanent resident",
        "permanent residency",
        "permanent residence",
        "green card",
        "lawful permanent",
        "indefinite leave to remain",
        "settled status",
        "staly pobyt",
        "pobyt staly",
        "karta stalego pobytu",
        "rezydent dlugoterminowy",
        "permanent opholdstilladelse",
        "tidsubegraenset opholdstilladelse",
        "permanent oppholdstillatelse",
        "permanent uppehallstillstand",
        "pysyva oleskelulupa",
        "pysyvan oleskeluluvan",
        "trvaly pobyt",
        "povoleni k trvalemu pobytu",
        "letelepedesi engedely",
        "allando tartozkodasi",
        "rezidenta permanenta",
        "drept de sedere permanenta",
        "permis de sedere permanenta",
        "посвідка на постійне проживання",
        "постійне проживання",
        "αδεια μονιμησ διαμονησ",
        "μονιμη διαμονη",
        "επι μακρον διαμενων",
        "niederlassungserlaubnis",
        "daueraufenthalt",
        "unbefristete aufenthaltserlaubnis",
        "resident permanent",
        "residence permanente",
        "resident de longue duree",
        "residente permanente",
        "residencia permanente",
        "residenza permanente",
        "permesso di soggiorno permanente",
        "residencia permanente",
        "vaste verblijfsvergunning",
        "permanente verblijfsvergunning",
        "إقامة دائمة",
        "اقامة دائمة",
        "永住"},
       {"work_visa"}},
      {"citizen",
       {"citizen",
        "citizenship",
        "national",
        "nationality",
        "staatsburger",
        "staatsburgerin",
        "staatsangehorige",
        "staatsangehoriger",
        "staatsangehorigkeit",
        "eu burger",
        "burger",
        "citoyen",
        "citoyenne",
        "citoyennete",
        "nationalite",
        "ciudadano",
        "ciudadana",
        "ciudadania",
        "nacionalidad",
        "cittadino",
        "cittadina",
        "cittadinanza",
        "cidadao",
        "cidada",
        "cidadania",
        "nacionalidade",
        "staatsburger",
        "nationaliteit",
        "burger van",
        "vatandasi",
        "vatandasiyim",
        "cong dan",
        "国籍",
        "obywatel",
        "obywatelka",
        "obywatelstwo",
        "statsborger",
        "statsborgerskab",
        "medborgare",
        "kansalainen",
        "kansalaisuus",
        "obcan",
        "obcanstvi",
        "allampolgar",
        "allampolgarsag",
        "cetatean",
        "cetateana",
        "cetatenie",
        "громадянин",
        "громадянка",
        "громадянство",
        "πολιτησ",
        "υπηκοοσ",
        "υπηκοοτητα",
        "ιθαγενεια",
        "مواطن",
        "مواطنة",
        "市民"}},
      {"work_visa",
       {"work visa",
        "working visa",
        "work permit",
        "h 1b",
        "h1b",
        "h 1b1",
        "tn visa",
        "tn status",
        "e 3",
        "o 1",
        "l 1",
        "blue card",
        "blaue karte",
        "aufenthaltstitel",
        "aufenthaltserlaubnis",
        "arbeitsvisum",
        "visa that allows",
        "visa which allows",
        "visa allowing",
        "visa holder",
        "skilled worker",
        "tier 2",
        "ead",
        "employment authorization document",
        "permis de travail",
        "titre de sejour",
        "carte de sejour",
        "visado de trabajo",
        "permiso de trabajo",
        "permiso de residencia",
        "permesso di lavoro",
        "permesso di soggiorno",
        "visto de trabalho",
        "autorizacao de residencia",
        "werkvergunning",
        "verblijfsvergunning",
        "calisma izni",
        "calisma vizesi",
        "ikamet izni",
        "giay phep lao dong",
        "thi thuc lao dong",
        "zezwolenie na prace",
        "pozwolenie na prace",
        "wiza pracownicza",
        "karta pobytu",
        "arbejdstilladelse",
        "opholdstilladelse",
        "arbeidstillatelse",
        "oppholdstillatelse",
        "arbetstillstand",
        "uppehallstillstand",
        "tyolupa",
        "oleskelulupa",
        "pracovni povoleni",
        "zamestnanecka karta",
        "modra karta",
        "povoleni k pobytu",
        "vizum",
        "munkavallalasi engedely",
        "munkavallalasi engedellyel",
        "tartozkodasi engedely",
        "kek kartya",
        "permis de munca",
        "permis de sedere",
        "aviz de munca",
        "viza de munca",
        "carte albastra",
        "дозвіл на роботу",
        "посвідка на тимчасове проживання",
        "тимчасове проживання",
        "робоча віза",
        "віза",
        "αδεια εργασιασ",
        "αδεια διαμονησ",
        "βιζα",
        "μπλε καρτα",
        "就労ビザ",
        "تأشيرة عمل",
        "تصريح عمل",
        "إقامة عمل",
        "إقامة سارية",
        "visa"}},
      {"authorized",
       {"authorized to work",
        "authorised to work",
        "eligible to work",
        "right to work",
        "legally authorized",
        "legally authorised",
        "legally allowed",
        "legally entitled",
        "permitted to work",
        "allowed to work",
        "entitled to work",
        "arbeitsberechtigt",
        "berechtigt in",
        "darf in",
        "autorise a travailler",
        "autorisee a travailler",
        "droit de travailler",
        "autorizado para trabajar",
        "autorizada para trabajar",
        "derecho a trabajar",
        "autorizzato a lavorare",
        "autorizzata a lavorare",
        "diritto di lavorare",
        "autorizado a trabalhar",
        "autorizada a trabalhar",
        "direito de trabalhar",
        "bevoegd om te werken",
        "mag werken in",
        "oikeus tyoskennella",
        "oikeus tehda tyota",
        "pravo pracovat",
        "opravnen pracovat",
        "opravnena pracovat",
        "jogosult vagyok",
        "jogosult a munkavallalasra",
        "dolgozhatok",
        "am dreptul sa lucrez",
        "am drept de munca",
        "маю право працювати",
        "маю право на роботу",
        "εχω δικαιωμα εργασιασ",
        "δικαιωμα εργασιασ",
        "مصرح لي بالعمل",
        "يحق لي العمل"}},
  };
  static const std::vector<Category> kRace = {
      {"two_or_more",
       {"two or more", "multiracial", "multi racial", "mixed race", "mixed", "multiple races",
        "more than one race", "zwei oder mehr", "deux ou plus", "dos o mas", "due o piu",
        "duas ou mais"},
       {"hispanic", "white", "black", "asian", "native_american", "pacific_islander",
        "middle_eastern"}},
      {"hispanic",
       {"hispanic", "latino", "latina", "latinx", "latine", "hispano", "hispana", "hispanisch"}},
      {"white",
       {"white", "caucasian", "weiss", "blanc", "blanche", "blanco", "blanca", "bianco", "bianca",
        "branco", "branca", "wit", "blank"}},
      {"black",
       {"black", "african american", "schwarz", "noir", "noire", "negro", "negra", "nero", "nera",
        "preto", "preta", "zwart", "afroamerikanisch", "afro americain"}},
      {"native_american",
       {"american indian", "alaska native", "alaskan native", "native american", "indigenous",
        "first nations", "amerindien", "indigena"}},
      {"pacific_islander",
       {"native hawaiian", "pacific islander", "hawaiian", "pazifik", "insulaire du pacifique"}},
      {"asian", {"asian", "asiatisch", "asiatique", "asiatico", "asiatica", "aziatisch", "アジア"}},
      {"middle_eastern",
       {"middle eastern", "north african", "mena", "nahost", "moyen orient", "oriente medio"}},
  };
  static const std::vector<Category> kGender = {
      {"non_binary",
       {"non binary", "nonbinary", "non binaire", "no binario", "no binaria", "non binario",
        "nao binario", "genderqueer", "gender non conforming", "divers", "diverse", "x",
        "ノンバイナリー", "nem binaris", "non binar", "небінарна", "небінарний", "небінарна особа",
        "μη δυαδικο"}},
      {"female", {"female",    "woman",    "women",    "girl",     "weiblich",   "frau",  "femme",
                  "feminin",   "feminine", "mujer",    "femenino", "femenina",   "donna", "femmina",
                  "femminile", "mulher",   "feminino", "vrouw",    "vrouwelijk", "kadin", "bayan",
                  "nu",        "kobieta",  "kvinde",   "kvinne",   "kvinna",     "女性",  "女",
                  "nainen",    "أنثى",     "انثى",     "امرأة",    "zena",       "noi",   "holgy",
                  "femeie",    "жінка",    "жіноча",   "γυναικα",  "θηλυ"}},
      {"male", {"male",     "man",       "men",    "mannlich",  "mann",     "homme",  "masculin",
                "hombre",   "masculino", "uomo",   "maschio",   "maschile", "homem",  "mannelijk",
                "erkek",    "bay",       "nam",    "mezczyzna", "mand",     "男性",   "男",
                "mies",     "ذكر",       "رجل",    "muz",       "ferfi",    "barbat", "чоловік",
                "чоловіча", "ανδρασ",    "αντρασ", "αρρεν"}},
  };
  static const std::vector<Category> kVeteran = {
      {"not_veteran",
       {"not a protected veteran", "not a veteran", "not protected veteran", "not a us veteran",
        "no military service", "kein veteran", "pas un ancien combattant", "no soy veterano",
        "non sono un veterano", "비대상", "대상 아님", "대상아님", "보훈 비대상"},
       {"protected_veteran"}},
      {"protected_veteran",
       {"protected veteran", "veteran", "classifications of protected veteran", "disabled veteran",
        "recently separated", "armed forces service medal", "veterano", "ancien combattant",
        // Korea's 보훈 (veterans' affairs) lists: its beneficiaries are "대상".
        "대상", "보훈 대상"}},
  };
  static const std::vector<Category> kDisability = {
      {"no_disability",
       {"do not have a disability", "dont have a disability", "no disability",
        "have not had a disability", "keine behinderung", "pas de handicap",
        "no tengo discapacidad", "no tengo una discapacidad", "non ho disabilita",
        "nao tenho deficiencia", "nu am dizabilitati", "nu am o dizabilitate",
        "не маю інвалідності", "δεν εχω αναπηρια"},
       {"has_disability"}},
      {"has_disability",
       {"have a disability", "had a disability", "has a disability", "disabled",
        "habe eine behinderung", "schwerbehindert", "jai un handicap", "tengo una discapacidad",
        "tengo discapacidad", "ho una disabilita", "tenho deficiencia",
        "megvaltozott munkakepessegu vagyok", "am o dizabilitate", "маю інвалідність",
        "εχω αναπηρια"}},
  };
  // Where a person works, as job boards and ATS "workplace type" lists word it. A
  // hybrid arrangement is partly remote and partly in the office: it is neither.
  static const std::vector<Category> kWorkArrangement = {
      {"hybrid",
       {"hybrid",     "hybridi",   "hybridityo", "hybride",      "hibrido",   "hibrida",
        "ibrido",     "ibrida",    "hybrydowo",  "hybrydowa",    "hybrydowy", "hibrit",
        "гибрид",     "гибридный", "гибридная",  "ハイブリッド", "混合办公",  "混合",
        "하이브리드", "kết hợp",   "hybridni",   "היברידי",      "היברידית",  "משולב",
        "hibrid",     "гібрид",    "гібридний",  "гібридно",     "υβριδικο",  "υβριδικη",
        "ترکیبی",     "هیبرید",    "هیبریدی",    "hybridne",     "hybridna",  "hybridny",
        "হাইব্রিড",    "hibridno",  "hibridna"},
       {"remote", "onsite"}},
      {"remote", {"remote",         "remotely",      "fully remote",
                  "work from home", "home office",   "homeoffice",
                  "remoto",         "remota",        "a distancia",
                  "teletrabajo",    "teletravail",   "a distance",
                  "da remoto",      "a distanza",    "telelavoro",
                  "op afstand",     "thuiswerken",   "mobiles arbeiten",
                  "fernarbeit",     "zdalnie",       "zdalna",
                  "etatyo",         "etana",         "praca zdalna",
                  "uzaktan",        "удаленно",      "удалённо",
                  "удаленная",      "удалённая",     "リモート",
                  "在宅",           "远程",          "遠端",
                  "원격",           "재택",          "từ xa",
                  "na dalku",       "z domova",      "prace z domova",
                  "vzdalene",       "praca z domu",  "z domu",
                  "מהבית",          "עבודה מהבית",   "מרחוק",
                  "עבודה מרחוק",    "tavmunka",      "otthonrol",
                  "de la distanta", "віддалено",     "віддалена",
                  "дистанційно",    "дистанційна",   "τηλεργασια",
                  "εξ αποστασεωσ",  "απομακρυσμενα", "na daljinu",
                  "rad od kuce",    "od kuce",       "دورکاری",
                  "دور کاری",       "از راه دور",    "রিমোট",
                  "বাসা থেকে"}},
      // French careers forms name the office: "Depuis nos bureaux de Nantes", "Au
      // bureau", "Dans nos locaux".
      {"onsite", {"on site",       "onsite",        "in office",    "in the office",
                  "office based",  "at the office", "presencial",   "presencialmente",
                  "en presentiel", "presentiel",    "sur site",     "in presenza",
                  "in sede",       "in ufficio",    "op kantoor",   "op locatie",
                  "lahityo",       "toimistolla",   "vor ort",      "im buro",
                  "prasenz",       "stacjonarnie",  "stacjonarna",  "ofiste",
                  "ofisten",       "yerinde",       "в офисе",      "出社",
                  "オフィス勤務",  "现场",          "坐班",         "사무실",
                  "출근",          "tại văn phòng", "v kancelari",  "na pracovisti",
                  "z kancelare",   "v kancelarii",  "z kancelarie", "na pracovisku",
                  "מהמשרד",        "במשרד",         "עבודה מהמשרד", "irodaban",
                  "irodai",        "la birou",      "в офісі",      "στο γραφειο",
                  "δια ζωσησ",     "au bureau",     "nos bureaux",  "nos locaux",
                  "sur place",     "u uredu",       "iz ureda",     "حضوری",
                  "در محل شرکت",   "অফিসে",         "অফিস থেকে"}},
      {"flexible",
       {"flexible", "flexivel", "flessibile", "flexibel", "elastyczny", "esnek", "flexibilni",
        "rugalmas", "flexibil", "гнучкий", "ευελικτο"}},
  };
  // Where an education stands, as Korean (졸업 / 졸업 예정 / 재학 / 휴학 / 중퇴 /
  // 수료), Chinese (畢業 / 肄業 / 就學中), Japanese (卒業 / 卒業見込み / 在学 /
  // 中退) and English forms offer it.
  static const std::vector<Category> kEducationStatus = {
      {"expected",
       {"expected", "expected to graduate", "graduating", "not yet conferred", "not yet awarded",
        "졸업 예정", "졸업예정", "卒業見込", "卒業予定", "預計畢業", "预计毕业", "應屆畢業",
        "应届毕业"},
       {"graduated", "studying"}},
      {"graduated",
       // "Conferred" / "Degree conferred": US university applications' word for a
       // degree awarded.
       {"graduated", "graduate", "completed", "degree awarded", "conferred", "degree conferred",
        "졸업", "卒業", "畢業", "毕业", "已畢業", "diplome", "diplomee", "abgeschlossen"}},
      {"studying",
       {"studying", "currently enrolled", "enrolled", "attending", "in progress", "재학", "在学",
        "在學", "就學中", "就学中", "在读", "在讀", "en cours"}},
      {"on_leave", {"on leave", "leave of absence", "휴학", "休学", "休學"}, {"studying"}},
      {"left",
       {"did not graduate", "dropped out", "withdrew", "withdrawn", "not completed", "중퇴", "中退",
        "肄業", "肄业", "退学", "退學"},
       {"graduated"}},
      {"coursework_done", {"coursework completed", "수료", "修了"}, {"graduated"}},
  };
  // Newcomer or experienced hire (Korean 신입 / 경력, Japanese 新卒 / 中途,
  // Chinese 應屆 / 社會人士, Indonesian lulusan baru or fresh graduate / memiliki
  // pengalaman kerja: "belum memiliki pengalaman kerja", not yet, is a newcomer).
  static const std::vector<Category> kCareerType = {
      {"newcomer",
       {"newcomer",
        "new graduate",
        "entry level",
        "no experience",
        "신입",
        "경력 없음",
        "경력없음",
        "新卒",
        "未経験",
        "應屆",
        "应届",
        "無經驗",
        "无经验",
        "fresh graduate",
        "lulusan baru",
        "belum berpengalaman",
        "belum memiliki pengalaman",
        "belum punya pengalaman",
        "tanpa pengalaman",
        "tidak memiliki pengalaman"},
       {"experienced"}},
      {"experienced",
       {"experienced", "experienced hire", "경력", "経験者", "中途", "有經驗", "有经验", "社會人士",
        "社会人士", "berpengalaman", "memiliki pengalaman kerja", "punya pengalaman kerja"}},
  };
  // Pay periods as salary pickers word them; never a bare "year" or "month",
  // which experience ranges and notice periods say too.
  static const std::vector<Category> kPayPeriod = {
      {"hour", {"per hour",    "hourly",    "an hour",   "hourly rate", "stundlich", "pro stunde",
                "stundenlohn", "horaire",   "par heure", "de l heure",  "por hora",  "orario",
                "all ora",     "per uur",   "uurloon",   "в час",       "почасовая", "時給",
                "时薪",        "時薪",      "시급",      "بالساعة",     "saatlik",   "na godzine",
                "godzinowa",   "timelon",   "timlon",    "per timme",   "orankent",  "oraber",
                "pe ora",      "за годину", "погодинно", "ανα ωρα",     "ωριαια"}},
      {"day",
       {"per day", "daily",     "daily rate",  "pro tag",    "taglich", "par jour", "journalier",
        "por dia", "al giorno", "giornaliero", "per dag",    "в день",  "日給",     "日薪",
        "일급",    "يوميا",     "gunluk",      "dziennie",   "naponta", "napidij",  "pe zi",
        "за день", "щоденно",   "ανα ημερα",   "ημερομισθιο"}},
      {"week",
       {"per week",     "weekly",     "pro woche",   "wochentlich",  "par semaine", "hebdomadaire",
        "por semana",   "semanal",    "settimanale", "a settimana",  "в неделю",    "週給",
        "周薪",         "주급",       "اسبوعيا",     "haftalik",     "tygodniowo",  "hetente",
        "pe saptamana", "на тиждень", "щотижня",     "ανα εβδομαδα", "εβδομαδιαια"}},
      {"month",
       {"per month",   "monthly",   "a month",     "pro monat",    "monatlich", "monatsgehalt",
        "par mois",    "mensuel",   "por mes",     "mensual",      "mensal",    "al mese",
        "mensile",     "per maand", "maandelijks", "maandsalaris", "в месяц",   "ежемесячно",
        "月給",        "月収",      "月薪",        "월급",         "شهريا",     "aylik",
        "miesiecznie", "manedlig",  "manadslon",   "havonta",      "havi",      "pe luna",
        "lunar",       "на місяць", "щомісяця",    "ανα μηνα",     "μηνιαιωσ",  "μηνιαιοσ",
        "μηνιαιεσ"}},
      {"year",
       {"per year", "yearly",       "annual",   "annually",  "per annum",   "a year",  "pro jahr",
        "jahrlich", "jahresgehalt", "par an",   "annuel",    "por ano",     "anual",   "all anno",
        "annuale",  "annuo",        "per jaar", "jaarlijks", "jaarsalaris", "в год",   "годовой",
        "年収",     "年俸",         "年薪",     "연봉",      "سنويا",       "yillik",  "rocznie",
        "arlig",    "arslon",       "evente",   "eves",      "evi",         "pe an",   "на рік",
        "щорічно",  "річна",        "річний",   "ανα ετοσ",  "ετησιοσ",     "ετησιεσ", "ετησιωσ"}},
  };
  // Kinds of channel as "How did you hear about us?" lists name them (Workday's
  // and Phenom's source categories, EU forms' "Jobbörse" / "réseaux sociaux").
  static const std::vector<Category> kSourceChannel = {
      {"social_media", {"social media",       "social network",    "social networks",
                        "social networking",  "soziale medien",    "soziale netzwerke",
                        "reseaux sociaux",    "reseau social",     "redes sociales",
                        "red social",         "redes sociais",     "rede social",
                        "sociale media",      "sociale netwerken", "media spolecznosciowe",
                        "sosyal medya",       "социальные сети",   "соцсети",
                        "ソーシャルメディア", "社交媒体",          "社群媒體",
                        "소셜 미디어",        "sociala medier",    "sosiale medier",
                        "sociale medier",     "sosiaalinen media", "socialni site",
                        "mang xa hoi",        "kozossegi media",   "kozossegi oldal",
                        "retele sociale",     "reteaua sociala",   "соціальні мережі",
                        "соцмережі",          "κοινωνικα δικτυα",  "μεσα κοινωνικησ δικτυωσησ"}},
      {"job_board",
       {"job board",
        "job boards",
        "job site",
        "job sites",
        "job portal",
        "job portals",
        "job search website",
        "job search site",
        "online job board",
        "jobboard",
        "jobborse",
        "stellenborse",
        "stellenportal",
        "jobportal",
        "site d emploi",
        "sites d emploi",
        "portail emploi",
        "bolsa de empleo",
        "bolsa de trabajo",
        "portal de empleo",
        "portal de empregos",
        "site de empregos",
        "sito di annunci",
        "portale di lavoro",
        "vacaturesite",
        "vacaturebank",
        "portal pracy",
        "portale pracy",
        "kariyer sitesi",
        "is ilani sitesi",
        "сайт вакансий",
        "сайты вакансий",
        "求人サイト",
        "招聘网站",
        "求职网站",
        "채용 사이트",
        "jobbportal",
        "tyopaikkasivusto",
        "pracovni portal",
        "allasportal",
        "allashirdetesi oldal",
        "site de joburi",
        "portal de joburi",
        "site de recrutare",
        "сайт вакансій",
        "сайт пошуку роботи",
        "ιστοσελιδα ευρεσησ εργασιασ",
        "site αγγελιων"}},
      {"search_engine",
       {"search engine", "suchmaschine", "moteur de recherche", "buscador", "motor de busca",
        "motore di ricerca", "zoekmachine", "wyszukiwarka", "arama motoru", "поисковая система",
        "検索エンジン", "搜索引擎", "keresomotor", "motor de cautare", "пошукова система",
        "μηχανη αναζητησησ"}},
      {"referral",
       {"referral",
        "referred",
        "recommendation",
        "empfehlung",
        "recommandation",
        "cooptation",
        "recomendacion",
        "indicacao",
        "segnalazione",
        "aanbeveling",
        "polecenie",
        "tavsiye",
        "рекомендация",
        "紹介",
        "推荐",
        "内推",
        "추천",
        "ajanlas",
        "ismeros ajanlasa",
        "recomandare",
        "рекомендація",
        "від знайомих",
        "συσταση",
        "απο γνωστο"}},
      {"event", {"career fair",    "job fair",        "recruiting event", "university event",
                 "campus event",   "jobmesse",        "karrieremesse",    "salon de l emploi",
                 "forum emploi",   "feria de empleo", "feira de emprego", "fiera del lavoro",
                 "banenbeurs",     "targi pracy",     "kariyer fuari",    "ярмарка вакансий",
                 "就職説明会",     "招聘会",          "채용 박람회",      "allasborze",
                 "targ de joburi", "targ de cariere", "ярмарок вакансій", "ημερα καριερασ"}},
      {"agency",
       {"agency",
        "staffing",
        "recruitment agency",
        "headhunter",
        "personalberatung",
        "personaldienstleister",
        "personalvermittlung",
        "agence",
        "cabinet de recrutement",
        "agencia",
        "agenzia",
        "uitzendbureau",
        "wervingsbureau",
        "agencja",
        "ajans",
        "агентство",
        "人材紹介",
        "猎头",
        "헤드헌터",
        "fejvadasz",
        "munkaero kozvetito",
        "agentie",
        "agentie de recrutare",
        "кадрове агентство",
        "агенція",
        "γραφειο ευρεσησ εργασιασ"}},
      {"company_site", {"careers site",        "career site",
                        "careers page",        "career page",
                        "company website",     "our website",
                        "karriereseite",       "karriere website",
                        "unternehmenswebsite", "site carriere",
                        "site carrieres",      "sitio web de la empresa",
                        "portal de carreras",  "sito aziendale",
                        "werken bij",          "strona kariery",
                        "karrier oldal",       "ceg weboldala",
                        "site ul companiei",   "pagina de cariere",
                        "сайт компанії",       "ιστοσελιδα τησ εταιρειασ"}},
  };
  switch (table) {
    case OptionTable::kSourceChannel: return kSourceChannel;
    case OptionTable::kPayPeriod: return kPayPeriod;
    case OptionTable::kEducationStatus: return kEducationStatus;
    case OptionTable::kCareerType: return kCareerType;
    case OptionTable::kWorkArrangement: return kWorkArrangement;
    case OptionTable::kWorkStatus: return kWorkStatus;
    case OptionTable::kRace: return kRace;
    case OptionTable::kGender: return kGender;
    case OptionTable::kVeteran: return kVeteran;
    case OptionTable::kDisability: return kDisability;
  }
  return kWorkStatus;
}

bool IsNegationWord(std::string_view word) {
  // Vietnamese "không" and "chưa" (not yet), Polish "nie" and "bez", Danish and
  // Norwegian "ikke" and "uden"/"uten", Swedish "inte" and "utan", Finnish "ei" and
  // "ilman" stand before what they deny, as these do; so do Arabic "لا", "لست", "ليس",
  // "لن", "لم", "غير" and "بدون" / "دون" (without), and Czech "bez" and the verbs
  // that deny with "ne-" ("nemám": I do not have, "nepotřebuji": I do not need);
  // Hungarian "nem", "nincs" and "nélkül", Romanian "nu" and "fără", Ukrainian "не",
  // "немає" and "без", Greek "δεν", "μη", "μην", "όχι" and "χωρίς" (normalised);
  // Welsh "ddim", "nid", "nac", "nad" and "heb" (without).
  static constexpr std::array<std::string_view, 67> kNegations = {
      "not",   "no",    "non",    "never",  "without", "dont",        "doesnt",      "wont",
      "nicht", "kein",  "keine",  "ohne",   "pas",     "ne",          "sans",        "sin",
      "senza", "nao",   "sem",    "niet",   "geen",    "zonder",      "khong",       "chua",
      "nie",   "bez",   "ikke",   "uden",   "uten",    "inte",        "utan",        "nej",
      "ei",    "ilman", "لا",     "لست",    "ليس",     "لن",          "لم",          "غير",
      "بدون",  "دون",   "nemam",  "nemame", "nejsem",  "nepotrebuji", "nepotrebuju", "nevlastnim",
      "nem",   "nincs", "nelkul", "nu",     "fara",    "не",          "немає",       "без",
      "δεν",   "μη",    "μην",    "οχι",    "χωρισ",   "δε",          "ddim",        "nid",
      "nac",   "nad",   "heb"};
  return std::find(kNegations.begin(), kNegations.end(), word) != kNegations.end();
}

}  // namespace

std::optional<OptionTable> TableFor(FieldKey key) {
  switch (key) {
    case FieldKey::kWorkAuthorization:
    case FieldKey::kSponsorship:
    case FieldKey::kWorkPermitStatus: return OptionTable::kWorkStatus;
    case FieldKey::kRace: return OptionTable::kRace;
    case FieldKey::kGender: return OptionTable::kGender;
    case FieldKey::kVeteran: return OptionTable::kVeteran;
    case FieldKey::kDisability: return OptionTable::kDisability;
    case FieldKey::kRemote: return OptionTable::kWorkArrangement;
    case FieldKey::kEducationStatus: return OptionTable::kEducationStatus;
    case FieldKey::kCareerType: return OptionTable::kCareerType;
    case FieldKey::kSalaryPeriod: return OptionTable::kPayPeriod;
    default: return std::nullopt;
  }
}

bool HoldsUnnegated(std::string_view normalized, std::string_view phrase) {
  const std::vector<std::string> words = knowledge::Words(normalized);
  const std::vector<std::string> wanted = knowledge::Words(phrase);
  if (wanted.empty() || wanted.size() > words.size()) return false;
  // A phrase that itself says "not" carries its own negation ("No, I do not have
  // a disability" holds "do not have a disability").
  const bool self_negated = std::any_of(wanted.begin(), wanted.end(), IsNegationWord);
  for (std::size_t i = 0; i + wanted.size() <= words.size(); ++i) {
    if (!std::equal(wanted.begin(), wanted.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) {
      continue;
    }
    bool negated = false;
    if (!self_negated) {
      for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
        negated = negated || IsNegationWord(words[i - back]);
      }
    }
    if (!negated) return true;
  }
  return false;
}

namespace {

// Whether `text` is the Hungarian "Nő" (woman) of a gender list, which normalises
// to "no", the English and Spanish no: only as the whole option and written with
// its ő (or the õ Latin-1 pages put in its place) is it the woman.
bool IsHungarianWoman(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  for (std::string_view woman : {"Nő", "nő", "NŐ", "Nõ", "nõ"}) {
    if (text == woman) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string_view> CategoriesOf(OptionTable table, std::string_view text) {
  if (table == OptionTable::kGender && IsHungarianWoman(text)) return {"female"};
  const std::string norm = knowledge::NormalizeText(text);
  std::vector<std::string_view> found;
  const auto& categories = Table(table);
  for (const Category& category : categories) {
    for (std::string_view phrase : category.phrases) {
      // CJK phrases are not separated by spaces: contained is enough.
      const bool cjk = static_cast<unsigned char>(phrase.front()) >= 0xE0;
      if (cjk ? norm.find(phrase) != std::string::npos : HoldsUnnegated(norm, phrase)) {
        found.push_back(category.id);
        break;
      }
    }
  }
  std::vector<std::string_view> overridden;
  for (const Category& category : categories) {
    if (std::find(found.begin(), found.end(), category.id) == found.end()) continue;
    overridden.insert(overridden.end(), category.overrides.begin(), category.overrides.end());
  }
  std::erase_if(found, [&](std::string_view id) {
    return std::find(overridden.begin(), overridden.end(), id) != overridden.end();
  });
  return found;
}

std::vector<std::string_view> ChannelKindsOf(std::string_view text) {
  std::vector<std::string_view> kinds = CategoriesOf(OptionTable::kSourceChannel, text);
  if (!kinds.empty()) return kinds;
  // Services people name as where they saw a posting, by what they are. LinkedIn
  // and XING are networks with job listings: both kinds, the network first.
  struct Service {
    std::string_view name;
    std::vector<std::string_view> kinds;
  };
  static const std::vector<Service> kServices = {
      {"linkedin", {"social_media", "job_board"}},
      {"xing", {"social_media", "job_board"}},
      {"facebook", {"social_media"}},
      {"instagram", {"social_media"}},
      {"twitter", {"social_media"}},
      {"tiktok", {"social_media"}},
      {"youtube", {"social_media"}},
      {"indeed", {"job_board"}},
      {"glassdoor", {"job_board"}},
      {"monster", {"job_board"}},
      {"stepstone", {"job_board"}},
      {"ziprecruiter", {"job_board"}},
      {"dice", {"job_board"}},
      {"seek", {"job_board"}},
      {"naukri", {"job_board"}},
      {"infojobs", {"job_board"}},
      {"welcome to the jungle", {"job_board"}},
      {"wellfound", {"job_board"}},
      {"built in", {"job_board"}},
      {"google", {"search_engine"}},
      {"bing", {"search_engine"}},
  };
  const std::string norm = knowledge::NormalizeText(text);
  for (const Service& service : kServices) {
    if (knowledge::HasPhrase(norm, service.name)) {
      kinds.insert(kinds.end(), service.kinds.begin(), service.kinds.end());
    }
  }
  std::vector<std::string_view> unique;
  for (std::string_view kind : kinds) {
    if (std::find(unique.begin(), unique.end(), kind) == unique.end()) unique.push_back(kind);
  }
  return unique;
}

}  // namespace applier::planning
