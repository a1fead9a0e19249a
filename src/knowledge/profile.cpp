#include "knowledge/profile.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <sstream>
#include <system_error>
#include <utility>
#include <vector>

#include "knowledge/amount_text.h"
#include "knowledge/countries.h"
#include "knowledge/question_text.h"

namespace applier::knowledge {
namespace {

namespace fs = std::filesystem;

// Thrown only inside this file: validation is a deep recursive walk whose first
// error ends it, and LoadProfileFromString turns it into a Result at the boundary.
struct SchemaError {
  std::string message;
};

// The range a salary text states ("$175,000 - $195,000 base", "70k to 80k EUR"):
// exactly two amounts, the lower first, joined by a dash or "to" with at most a
// currency sign or code between. Two amounts joined otherwise ("$150,000 base plus
// $20,000 bonus") are no range.
std::optional<std::pair<double, double>> RangeInText(std::string_view text) {
  const std::vector<WrittenAmount> amounts = AmountsIn(text);
  if (amounts.size() != 2 || amounts[0].value <= 0 || amounts[0].value >= amounts[1].value) {
    return std::nullopt;
  }
  std::string between;
  for (char c : text.substr(amounts[0].end, amounts[1].begin - amounts[0].end)) {
    if (c != ' ') between += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (std::string_view money :
       {"$", "\u20ac", "\u00a3", "usd", "eur", "gbp", "chf", "cad", "aud"}) {
    for (std::size_t at; (at = between.find(money)) != std::string::npos;)
      between.erase(at, money.size());
  }
  static constexpr std::string_view kJoins[] = {"-",  "\u2013", "\u2014", "~",
                                                "to", "bis",    "\u00e0"};
  if (std::find(std::begin(kJoins), std::end(kJoins), between) == std::end(kJoins)) {
    return std::nullopt;
  }
  return std::pair{amounts[0].value, amounts[1].value};
}

class ProfileParser {
 public:
  ProfileParser(std::string_view display_name, fs::path base_dir)
      : display_name_(display_name), base_dir_(std::move(base_dir)) {}

  Profile Parse(const YAML::Node& root) {
    if (!root.IsMap()) {
      Throw(root, "", "expected a map of profile keys (name, email, ...), got " + Describe(root));
    }
    Profile profile;
    CheckKeys(root, "",
              {"name",
               "pronouns",
               "salutation",
               "date_of_birth",
               "adult",
               "email",
               "phone",
               "address",
               "links",
               "current",
               "years_experience",
               "work_history",
               "education",
               "skills",
               "work_authorization",
               "salary",
               "availability",
               "preferences",
               "eeo",
               "how_heard",
               "resume",
               "cover_letter",
               "answers"});
    ParseName(Required(root, "", "name"), profile.name);
    profile.email = Text(Required(root, "", "email"), "email");
    if (!IsValidEmail(profile.email)) {
      Throw(root["email"], "email", "not a valid email address: \"" + profile.email + "\"");
    }
    profile.pronouns = Text(root["pronouns"], "pronouns");
    profile.salutation = Text(root["salutation"], "salutation");
    profile.date_of_birth = IsoDate(root["date_of_birth"], "date_of_birth");
    if (auto adult = root["adult"]; Given(adult)) profile.adult = Bool(adult, "adult");
    ParsePhone(root["phone"], profile);
    ParseAddress(root["address"], profile.address);
    ParseLinks(root["links"], profile.links);
    if (auto current = root["current"]; Given(current)) {
      CheckKeys(current, "current", {"company", "title"});
      profile.current_company = Text(current["company"], "current.company");
      profile.current_title = Text(current["title"], "current.title");
    }
    if (auto years = root["years_experience"]; Given(years)) {
      profile.years_experience = Number(years, "years_experience");
    }
    ParseWorkHistory(root["work_history"], profile.work_history);
    ParseEducation(root["education"], profile.education);
    profile.skills = TextList(root["skills"], "skills");
    ParseWorkAuthorization(root["work_authorization"], profile);
    ParseSalary(root["salary"], profile.salary);
    if (auto availability = root["availability"]; Given(availability)) {
      CheckKeys(availability, "availability", {"notice_period", "earliest_start"});
      profile.notice_period = Text(availability["notice_period"], "availability.notice_period");
      profile.earliest_start = Text(availability["earliest_start"], "availability.earliest_start");
    }
    ParsePreferences(root["preferences"], profile);
    ParseEeo(root["eeo"], profile.eeo);
    profile.how_heard = Text(root["how_heard"], "how_heard");
    profile.resume = Document(root["resume"], "resume");
    profile.cover_letter = Document(root["cover_letter"], "cover_letter");
    ParseAnswers(root["answers"], profile.answers);
    FillCurrentJob(profile);
    return profile;
  }

 private:
  [[noreturn]] void Throw(const YAML::Node& at, std::string_view key, std::string what) const {
    int line = at.IsDefined() && at.Mark().line >= 0 ? at.Mark().line + 1 : 1;
    std::string message = display_name_ + ":" + std::to_string(line) + ": ";
    if (!key.empty()) message += "key '" + std::string(key) + "': ";
    message += what;
    throw SchemaError{std::move(message)};
  }

  static std::string Describe(const YAML::Node& node) {
    if (!node.IsDefined() || node.IsNull()) return "nothing";
    if (node.IsMap()) return "a map";
    if (node.IsSequence()) return "a list";
    return "\"" + node.Scalar() + "\"";
  }

  static std::string Join(std::string_view path, std::string_view key) {
    return path.empty() ? std::string(key) : std::string(path) + "." + std::string(key);
  }

  // Present with a value; "key:" with nothing after it counts as not given.
  static bool Given(const YAML::Node& node) { return node.IsDefined() && !node.IsNull(); }

  YAML::Node Required(const YAML::Node& map, std::string_view path, std::string_view key) {
    YAML::Node node = map[std::string(key)];
    if (!Given(node)) {
      Throw(node.IsDefined() ? node : map, Join(path, key),
            node.IsDefined() ? "required key has no value" : "required key is missing");
    }
    return node;
  }

  void CheckKeys(const YAML::Node& map, std::string_view path,
                 std::initializer_list<std::string_view> known) {
    if (!map.IsMap()) Throw(map, path, "expected a map, got " + Describe(map));
    for (const auto& entry : map) {
      if (!entry.first.IsScalar()) Throw(entry.first, path, "keys must be plain words");
      const std::string& key = entry.first.Scalar();
      bool ok = false;
      for (auto k : known) ok = ok || k == key;
      if (ok) continue;
      std::string list;
      for (auto k : known) list += (list.empty() ? "" : ", ") + std::string(k);
      Throw(entry.first, Join(path, key), "unknown key (expected one of: " + list + ")");
    }
  }

  std::string Text(const YAML::Node& node, std::string_view key) {
    if (!Given(node)) return {};
    if (!node.IsScalar()) Throw(node, key, "expected text, got " + Describe(node));
    return node.Scalar();
  }

  bool Bool(const YAML::Node& node, std::string_view key) {
    std::string value = node.IsScalar() ? NormalizeText(node.Scalar()) : std::string();
    if (value == "true" || value == "yes") return true;
    if (value == "false" || value == "no") return false;
    Throw(node, key, "expected true or false, got " + Describe(node));
  }

  double Number(const YAML::Node& node, std::string_view key) {
    if (node.IsScalar()) {
      const std::string& text = node.Scalar();
      double value = 0;
      auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
      if (ec == std::errc() && end == text.data() + text.size()) return value;
    }
    Throw(node, key, "expected a number, got " + Describe(node));
  }

  std::vector<std::string> TextList(const YAML::Node& node, std::string_view key) {
    std::vector<std::string> items;
    if (!Given(node)) return items;
    if (!node.IsSequence()) Throw(node, key, "expected a list, got " + Describe(node));
    for (std::size_t i = 0; i < node.size(); ++i) {
      items.push_back(Text(node[i], std::string(key) + "[" + std::to_string(i) + "]"));
    }
    return items;
  }

  static bool IsValidEmail(std::string_view email) {
    std::size_t at = email.find('@');
    if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != email.npos) {
      return false;
    }
    for (char c : email) {
      if (static_cast<unsigned char>(c) <= ' ' || c == ',' || c == ';' || c == '<' || c == '>') {
        return false;
      }
    }
    std::string_view domain = email.substr(at + 1);
    std::size_t dot = domain.rfind('.');
    return dot != std::string_view::npos && dot > 0 && domain.size() - dot > 2 &&
           domain.front() != '.' && domain.find("..") == std::string_view::npos;
  }

  void ParseName(const YAML::Node& node, PersonName& name) {
    CheckKeys(node, "name", {"first", "middle", "last", "preferred"});
    name.first = Text(Required(node, "name", "first"), "name.first");
    name.middle = Text(node["middle"], "name.middle");
    name.last = Text(Required(node, "name", "last"), "name.last");
    name.preferred = Text(node["preferred"], "name.preferred");
  }

  void ParsePhone(const YAML::Node& node, Profile& profile) {
    if (!Given(node)) return;
    if (node.IsScalar()) {
      profile.phone = node.Scalar();
      return;
    }
    CheckKeys(node, "phone", {"number", "country_code"});
    profile.phone = Text(Required(node, "phone", "number"), "phone.number");
    profile.phone_country_code = Text(node["country_code"], "phone.country_code");
    if (!profile.phone_country_code.empty() && profile.phone_country_code[0] != '+') {
      profile.phone_country_code.insert(0, "+");
    }
  }

  void ParseAddress(const YAML::Node& node, Address& address) {
    if (!Given(node)) return;
    CheckKeys(node, "address", {"street", "line2", "city", "region", "postal_code", "country"});
    address.street = Text(node["street"], "address.street");
    address.line2 = Text(node["line2"], "address.line2");
    address.city = Text(node["city"], "address.city");
    address.region = Text(node["region"], "address.region");
    address.postal_code = Text(node["postal_code"], "address.postal_code");
    address.country = Text(node["country"], "address.country");
    if (const Country* country = FindCountry(address.country)) {
      address.country = country->name;
      address.country_code = country->code;
    }
  }

  void ParseLinks(const YAML::Node& node, Links& links) {
    if (!Given(node)) return;
    CheckKeys(node, "links", {"linkedin", "github", "portfolio", "website", "other"});
    links.linkedin = Text(node["linkedin"], "links.linkedin");
    links.github = Text(node["github"], "links.github");
    links.portfolio = Text(node["portfolio"], "links.portfolio");
    links.website = Text(node["website"], "links.website");
    links.other = TextList(node["other"], "links.other");
  }

  void ParseWorkHistory(const YAML::Node& node, std::vector<Job>& jobs) {
    if (!Given(node)) return;
    if (!node.IsSequence()) Throw(node, "work_history", "expected a list, got " + Describe(node));
    for (std::size_t i = 0; i < node.size(); ++i) {
      std::string path = "work_history[" + std::to_string(i) + "]";
      const YAML::Node entry = node[i];
      CheckKeys(entry, path, {"company", "title", "start", "end", "location", "description"});
      jobs.push_back(Job{
          Text(Required(entry, path, "company"), Join(path, "company")),
          Text(entry["title"], Join(path, "title")), Text(entry["start"], Join(path, "start")),
          Text(entry["end"], Join(path, "end")), Text(entry["location"], Join(path, "location")),
          Text(entry["description"], Join(path, "description"))});
    }
  }

  void ParseEducation(const YAML::Node& node, std::vector<Education>& schools) {
    if (!Given(node)) return;
    if (!node.IsSequence()) Throw(node, "education", "expected a list, got " + Describe(node));
    for (std::size_t i = 0; i < node.size(); ++i) {
      std::string path = "education[" + std::to_string(i) + "]";
      const YAML::Node entry = node[i];
      CheckKeys(entry, path, {"school", "degree", "field", "start", "end"});
      schools.push_back(Education{
          Text(Required(entry, path, "school"), Join(path, "school")),
          Text(entry["degree"], Join(path, "degree")), Text(entry["field"], Join(path, "field")),
          Text(entry["start"], Join(path, "start")), Text(entry["end"], Join(path, "end"))});
    }
  }

  void ParseWorkAuthorization(const YAML::Node& node, Profile& profile) {
    if (!Given(node)) return;
    if (!node.IsMap()) {
      Throw(node, "work_authorization", "expected a map of countries, got " + Describe(node));
    }
    for (const auto& entry : node) {
      const std::string& key = entry.first.Scalar();
      std::string path = Join("work_authorization", key);
      if (key == "default_country") {
        const Country* country = FindCountry(Text(entry.second, path));
        if (country == nullptr) {
          Throw(entry.second, path, "unknown country " + Describe(entry.second));
        }
        profile.default_country = country->code;
        continue;
      }
      const Country* country = FindCountry(key);
      if (country == nullptr) {
        Throw(entry.first, path,
              "unknown country (use an ISO code such as US, DE, GB, or EU, or default_country)");
      }
      CheckKeys(entry.second, path, {"authorized", "requires_sponsorship", "status"});
      WorkAuthorization auth;
      auth.status = Status(entry.second["status"], Join(path, "status"));
      if (auth.status == WorkStatus::kUnknown || Given(entry.second["authorized"])) {
        auth.authorized =
            Bool(Required(entry.second, path, "authorized"), Join(path, "authorized"));
      } else {
        // A citizen, resident or visa holder may work there; a student visa
        // usually only part-time, and "none" not at all.
        auth.authorized = auth.status == WorkStatus::kCitizen ||
                          auth.status == WorkStatus::kPermanentResident ||
                          auth.status == WorkStatus::kWorkVisa;
      }
      const bool may_work = auth.status == WorkStatus::kCitizen ||
                            auth.status == WorkStatus::kPermanentResident ||
                            auth.status == WorkStatus::kWorkVisa;
      if (auth.status != WorkStatus::kUnknown && auth.status != WorkStatus::kStudentVisa &&
          auth.authorized != may_work) {
        Throw(entry.second["authorized"], Join(path, "authorized"),
              std::string(auth.authorized ? "true" : "false") + " contradicts status " +
                  ToString(auth.status));
      }
      // Not authorized and silent about sponsorship almost always means "needs it".
      auth.requires_sponsorship =
          Given(entry.second["requires_sponsorship"])
              ? Bool(entry.second["requires_sponsorship"], Join(path, "requires_sponsorship"))
              : !auth.authorized;
      if ((auth.status == WorkStatus::kCitizen || auth.status == WorkStatus::kPermanentResident) &&
          auth.requires_sponsorship) {
        Throw(entry.second["requires_sponsorship"], Join(path, "requires_sponsorship"),
              std::string("true contradicts status ") + ToString(auth.status) +
                  " (citizens and permanent residents need no sponsorship)");
      }
      profile.work_authorization[std::string(country->code)] = auth;
    }
    if (profile.default_country.empty()) {
      if (profile.work_authorization.contains(profile.address.country_code)) {
        profile.default_country = profile.address.country_code;
      } else if (profile.work_authorization.size() == 1) {
        profile.default_country = profile.work_authorization.begin()->first;
      }
    }
  }

  WorkStatus Status(const YAML::Node& node, std::string_view key) {
    const std::string value = NormalizeText(Text(node, key));
    if (value.empty()) return WorkStatus::kUnknown;
    for (WorkStatus status : {WorkStatus::kCitizen, WorkStatus::kPermanentResident,
                              WorkStatus::kWorkVisa, WorkStatus::kStudentVisa, WorkStatus::kNone}) {
      std::string name = ToString(status);
      std::replace(name.begin(), name.end(), '_', ' ');
      if (value == name) return status;
    }
    Throw(node, key,
          "expected citizen, permanent_resident, work_visa, student_visa or none, got " +
              Describe(node));
  }

  // An ISO calendar date, "1990-12-31": the one way a profile writes a date that
  // every form format can be made from.
  std::string IsoDate(const YAML::Node& node, std::string_view key) {
    const std::string text = Text(node, key);
    if (text.empty()) return text;
    int year = 0, month = 0, day = 0;
    bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
      shaped = shaped && i < text.size() && text[i] >= '0' && text[i] <= '9';
    }
    if (shaped) {
      year = std::stoi(text.substr(0, 4));
      month = std::stoi(text.substr(5, 2));
      day = std::stoi(text.substr(8, 2));
    }
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (!shaped || year < 1900 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1] ||
        (month == 2 && day == 29 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)))) {
      Throw(node, key, "expected a date as YYYY-MM-DD, got " + Describe(node));
    }
    return text;
  }

  void ParseSalary(const YAML::Node& node, Salary& salary) {
    if (!Given(node)) return;
    CheckKeys(node, "salary", {"amount", "minimum", "maximum", "currency", "period", "text"});
    if (Given(node["amount"])) salary.amount = Number(node["amount"], "salary.amount");
    if (Given(node["minimum"])) salary.minimum = Number(node["minimum"], "salary.minimum");
    if (Given(node["maximum"])) salary.maximum = Number(node["maximum"], "salary.maximum");
    salary.currency = Text(node["currency"], "salary.currency");
    salary.text = Text(node["text"], "salary.text");
    if (salary.minimum && salary.maximum && *salary.maximum < *salary.minimum) {
      Throw(node["maximum"], "salary.maximum",
            "expected at least salary.minimum (" + node["minimum"].Scalar() + "), got " +
                node["maximum"].Scalar());
    }
    if (!salary.minimum && !salary.maximum) {
      if (const auto range = RangeInText(salary.text)) {
        salary.minimum = range->first;
        salary.maximum = range->second;
      }
    }
    std::string period = NormalizeText(Text(node["period"], "salary.period"));
    if (period.empty() || period == "year" || period == "yearly" || period == "annual" ||
        period == "annually") {
      salary.period = "year";
    } else if (period == "month" || period == "monthly") {
      salary.period = "month";
    } else if (period == "hour" || period == "hourly") {
      salary.period = "hour";
    } else {
      Throw(node["period"], "salary.period",
            "expected year, month or hour, got " + Describe(node["period"]));
    }
  }

  void ParsePreferences(const YAML::Node& node, Profile& profile) {
    if (!Given(node)) return;
    CheckKeys(node, "preferences", {"relocation", "remote"});
    if (Given(node["relocation"])) {
      profile.willing_to_relocate = Bool(node["relocation"], "preferences.relocation");
    }
    std::string remote = NormalizeText(Text(node["remote"], "preferences.remote"));
    if (remote == "on site" || remote == "onsite" || remote == "office") remote = "onsite";
    if (remote == "any") remote = "flexible";
    if (!remote.empty() && remote != "remote" && remote != "hybrid" && remote != "onsite" &&
        remote != "flexible") {
      Throw(node["remote"], "preferences.remote",
            "expected remote, hybrid, onsite or flexible, got " + Describe(node["remote"]));
    }
    profile.remote = remote;
  }

  std::string EeoValue(const YAML::Node& node, std::string_view key) {
    std::string value = Text(node, key);
    std::string norm = NormalizeText(value);
    if (norm.starts_with("decline") || norm == "prefer not to say" ||
        norm == "prefer not to answer") {
      return std::string(kDecline);
    }
    return value;
  }

  void ParseEeo(const YAML::Node& node, Eeo& eeo) {
    if (!Given(node)) return;
    CheckKeys(node, "eeo", {"gender", "hispanic_latino", "race", "veteran", "disability"});
    eeo.gender = EeoValue(node["gender"], "eeo.gender");
    eeo.hispanic_latino = EeoValue(node["hispanic_latino"], "eeo.hispanic_latino");
    eeo.race = EeoValue(node["race"], "eeo.race");
    eeo.veteran = EeoValue(node["veteran"], "eeo.veteran");
    eeo.disability = EeoValue(node["disability"], "eeo.disability");
  }

  fs::path Document(const YAML::Node& node, std::string_view key) {
    std::string text = Text(node, key);
    if (text.empty()) return {};
    fs::path path = fs::path(text);
    if (path.is_relative()) path = base_dir_ / path;
    path = path.lexically_normal();
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
      Throw(node, key, "file not found: " + path.string());
    }
    return path;
  }

  void ParseAnswers(const YAML::Node& node, std::vector<std::pair<std::string, std::string>>& out) {
    if (!Given(node)) return;
    if (!node.IsMap()) {
      Throw(node, "answers", "expected a map from question to answer, got " + Describe(node));
    }
    for (const auto& entry : node) {
      const std::string& question = entry.first.Scalar();
      std::string path = Join("answers", question);
      if (NormalizeQuestion(question).empty()) Throw(entry.first, path, "empty question");
      std::string answer = Text(entry.second, path);
      if (answer.empty()) Throw(entry.second, path, "the answer is empty");
      out.emplace_back(question, std::move(answer));
    }
  }

  static void FillCurrentJob(Profile& profile) {
    for (const Job& job : profile.work_history) {
      if (!job.IsCurrent()) continue;
      if (profile.current_company.empty()) profile.current_company = job.company;
      if (profile.current_title.empty()) profile.current_title = job.title;
      break;
    }
  }

  std::string display_name_;
  fs::path base_dir_;
};

}  // namespace

const char* ToString(WorkStatus status) {
  switch (status) {
    case WorkStatus::kUnknown: return "";
    case WorkStatus::kCitizen: return "citizen";
    case WorkStatus::kPermanentResident: return "permanent_resident";
    case WorkStatus::kWorkVisa: return "work_visa";
    case WorkStatus::kStudentVisa: return "student_visa";
    case WorkStatus::kNone: return "none";
  }
  return "";
}

bool Job::IsCurrent() const {
  const std::string normalized = NormalizeText(end);
  return normalized.empty() || normalized == "present" || normalized == "current" ||
         normalized == "now" || normalized == "today";
}

std::string PersonName::Full() const {
  std::string full;
  for (const std::string* part : {&first, &middle, &last}) {
    if (part->empty()) continue;
    if (!full.empty()) full += ' ';
    full += *part;
  }
  return full;
}

const WorkAuthorization* Profile::AuthorizationFor(std::string_view country_code) const {
  std::string_view code = country_code.empty() ? std::string_view(default_country) : country_code;
  if (code.empty()) return nullptr;
  if (auto it = work_authorization.find(code); it != work_authorization.end()) return &it->second;
  if (const Country* country = FindCountry(code); country != nullptr && country->eu_member) {
    if (auto it = work_authorization.find("EU"); it != work_authorization.end()) {
      return &it->second;
    }
  }
  return nullptr;
}

Result<Profile> LoadProfileFromString(std::string_view yaml_text, const fs::path& base_dir,
                                      std::string_view display_name) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml_text));
  } catch (const YAML::Exception& e) {
    return Fail(ErrorKind::kInvalidInput, std::string(display_name) + ":" +
                                              std::to_string(e.mark.line + 1) +
                                              ": malformed YAML: " + e.msg);
  }
  try {
    Profile profile = ProfileParser(display_name, fs::absolute(base_dir)).Parse(root);
    return profile;
  } catch (const SchemaError& e) {
    return Fail(ErrorKind::kInvalidInput, e.message);
  } catch (const YAML::Exception& e) {
    return Fail(ErrorKind::kInvalidInput,
                std::string(display_name) + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
}

Result<Profile> LoadProfile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Fail(ErrorKind::kInvalidInput,
                path.string() + ": cannot read profile: " + std::strerror(errno));
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    return Fail(ErrorKind::kInvalidInput, path.string() + ": cannot read profile");
  }
  auto profile = LoadProfileFromString(
      text.str(), path.parent_path().empty() ? fs::current_path() : path.parent_path(),
      path.string());
  if (profile) profile->source = fs::absolute(path);
  return profile;
}

}  // namespace applier::knowledge
