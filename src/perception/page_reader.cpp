#include "perception/page_reader.h"

#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>
#include <cctype>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>
#include <utility>
#include <vector>

#include "core/json_reader.h"
#include "core/utf8.h"
#include "kPageAgentJs.h"
#include "perception/page_words.h"

namespace applier::perception {

namespace asio = boost::asio;
namespace json = boost::json;

namespace {

std::string Str(const json::object& object, std::string_view key) {
  if (const auto* v = object.if_contains(key); v && v->is_string()) {
    return std::string(v->get_string());
  }
  return {};
}

bool Bool(const json::object& object, std::string_view key) {
  const auto* v = object.if_contains(key);
  return v != nullptr && v->is_bool() && v->get_bool();
}

ControlKind KindFromAgent(const std::string& kind) {
  static const std::pair<const char*, ControlKind> kKinds[] = {
      {"text", ControlKind::kText},
      {"email", ControlKind::kEmail},
      {"tel", ControlKind::kTel},
      {"url", ControlKind::kUrl},
      {"number", ControlKind::kNumber},
      {"date", ControlKind::kDate},
      {"textarea", ControlKind::kTextarea},
      {"contenteditable", ControlKind::kContentEditable},
      {"select", ControlKind::kSelect},
      {"combobox", ControlKind::kCombobox},
      {"radio", ControlKind::kRadioGroup},
      {"checkbox", ControlKind::kCheckbox},
      {"checkbox_group", ControlKind::kCheckboxGroup},
      {"date_parts", ControlKind::kDateParts},
      {"file", ControlKind::kFile},
  };
  for (const auto& [name, value] : kKinds) {
    if (kind == name) return value;
  }
  return ControlKind::kText;
}

// A data: address is the whole document: the start is enough to tell which.
std::string Clipped(const std::string& url) {
  constexpr std::size_t kMax = 100;
  return url.size() <= kMax ? url : url.substr(0, kMax) + "...";
}

Result<Field> FieldFromAgent(const JsonReader& reader, const browser::FrameInfo& frame) {
  auto object = reader.Object();
  if (!object) return Fail(object.error());
  const json::object& raw = **object;
  Field field;
  field.frame_id = frame.id;
  field.frame_url = frame.url;
  auto index = reader["index"].Int64();
  if (!index) return Fail(index.error());
  field.index = static_cast<int>(*index);
  field.kind = KindFromAgent(Str(raw, "kind"));
  field.html_type = Str(raw, "html_type");
  field.label = Str(raw, "label");
  field.name = Str(raw, "name");
  field.id = Str(raw, "id");
  if (const auto* by_group = raw.if_contains("required_by_group");
      by_group && by_group->is_bool()) {
    field.required_by_group = by_group->get_bool();
  }
  if (const auto* read_only = raw.if_contains("read_only"); read_only && read_only->is_bool()) {
    field.read_only = read_only->get_bool();
  }
  if (const auto* generated = raw.if_contains("id_generated"); generated && generated->is_bool()) {
    field.id_generated = generated->get_bool();
  }
  if (const auto* log_in = raw.if_contains("log_in_box"); log_in && log_in->is_bool()) {
    field.log_in_box = log_in->get_bool();
  }
  if (const auto* locator = raw.if_contains("locator"); locator && locator->is_object()) {
    field.locator = json::serialize(*locator);
    if (auto ordinal = reader["locator"]["ordinal"].Int64()) {
      field.ordinal = static_cast<int>(*ordinal);
    }
  }
  field.autocomplete = Str(raw, "autocomplete");
  field.placeholder = Str(raw, "placeholder");
  field.context = Str(raw, "context");
  field.table = Str(raw, "table");
  field.hint = Str(raw, "hint");
  for (const auto& [key, flag] :
       {std::pair{"required", &field.required}, std::pair{"multiple", &field.multiple},
        std::pair{"checked", &field.checked}}) {
    auto read = reader[key].Bool();
    if (!read) return Fail(read.error());
    *flag = *read;
  }
  field.value = Str(raw, "value");
  field.validation_message = Str(raw, "validation_message");
  auto max_length = reader["max_length"].Int64();
  if (!max_length) return Fail(max_length.error());
  field.max_length = static_cast<int>(*max_length);
  field.accept = Str(raw, "accept");
  field.pattern = Str(raw, "pattern");
  field.input_mode = Str(raw, "input_mode");
  field.lang = Str(raw, "lang");
  const auto* options = raw.if_contains("options");
  if (options == nullptr) return Fail(reader["options"].Unexpected("an array"));
  field.options = OptionsFromAgent(*options);
  if (const auto* parts = raw.if_contains("date_parts"); parts && parts->is_array()) {
    for (const auto& part : parts->get_array()) {
      if (part.is_string()) field.date_parts.emplace_back(part.get_string());
    }
  }
  return field;
}

}  // namespace

std::vector<Option> OptionsFromAgent(const json::value& raw) {
  std::vector<Option> options;
  if (!raw.is_array()) return options;
  for (const auto& item : raw.get_array()) {
    if (!item.is_object()) continue;
    const auto& o = item.get_object();
    const auto* selected = o.if_contains("selected");
    const auto* submenu = o.if_contains("submenu");
    const auto* disabled = o.if_contains("disabled");
    const auto* specify = o.if_contains("specify");
    options.push_back({Str(o, "label"), Str(o, "value"),
                       selected != nullptr && selected->is_bool() && selected->get_bool(),
                       submenu != nullptr && submenu->is_bool() && submenu->get_bool(),
                       disabled != nullptr && disabled->is_bool() && disabled->get_bool(),
                       specify != nullptr && specify->is_bool() && specify->get_bool()});
  }
  return options;
}

Status AddFrameReading(PageSnapshot& snapshot, const json::value& reading,
                       const browser::FrameInfo& frame) {
  const JsonReader reader(reading, "the page agent's reading of " + Clipped(frame.url));
  auto object = reader.Object();
  if (!object) return Fail(object.error());
  const json::object& raw = **object;
  if (frame.parent_id.empty()) {
    snapshot.url = Str(raw, "url");
    snapshot.title = Str(raw, "title");
  }
  std::string text = Str(raw, "text");
  if (!text.empty()) snapshot.text += (snapshot.text.empty() ? "" : "\n") + text;
  PageSnapshot::FrameReading own{frame.id, text, {}};
  auto headings = reader["headings"].Items();
  if (!headings) return Fail(headings.error());
  for (const auto& h : *headings) {
    auto heading = h.String();
    if (!heading) return Fail(heading.error());
    snapshot.headings.emplace_back(*heading);
    own.headings.emplace_back(*heading);
  }
  snapshot.frame_readings.push_back(std::move(own));
  auto has_password = reader["has_password"].Bool();
  if (!has_password) return Fail(has_password.error());
  auto has_captcha = reader["has_captcha"].Bool();
  if (!has_captcha) return Fail(has_captcha.error());
  snapshot.has_password = snapshot.has_password || *has_password;
  snapshot.has_captcha = snapshot.has_captcha || *has_captcha;
  if (auto greyed = reader["greyed"].Items()) {
    for (const auto& key : *greyed) {
      if (auto text = key.String()) snapshot.greyed_controls.emplace_back(*text);
    }
  }
  const int first_field = static_cast<int>(snapshot.fields.size());
  auto fields = reader["fields"].Items();
  if (!fields) return Fail(fields.error());
  for (const auto& f : *fields) {
    auto field = FieldFromAgent(f, frame);
    if (!field) return Fail(field.error());
    snapshot.fields.push_back(std::move(*field));
  }
  if (auto errors = reader["errors"].Items()) {
    for (const auto& e : *errors) {
      auto error_object = e.Object();
      if (!error_object) continue;
      const auto& o = **error_object;
      PageError error{Str(o, "message"), -1, Str(o, "source")};
      if (auto index = e["field"].Int64(); index && *index >= 0) {
        error.field = first_field + static_cast<int>(*index);
      }
      if (error.field >= static_cast<int>(snapshot.fields.size())) error.field = -1;
      if (!error.message.empty()) snapshot.errors.push_back(std::move(error));
    }
  }
  auto buttons = reader["buttons"].Items();
  if (!buttons) return Fail(buttons.error());
  for (const auto& b : *buttons) {
    auto button_object = b.Object();
    if (!button_object) return Fail(button_object.error());
    const auto& o = **button_object;
    Button button;
    button.frame_id = frame.id;
    auto index = b["index"].Int64();
    if (!index) return Fail(index.error());
    button.index = static_cast<int>(*index);
    button.text = Str(o, "text");
    button.type = Str(o, "type");
    button.tag = Str(o, "tag");
    for (const auto& [key, flag] :
         {std::pair{"in_form", &button.in_form}, std::pair{"overlay", &button.in_overlay},
          std::pair{"in_dialog", &button.in_dialog}}) {
      auto read = b[key].Bool();
      if (!read) return Fail(read.error());
      *flag = *read;
    }
    button.in_navigation = Bool(o, "in_navigation");
    button.in_site_chrome = Bool(o, "in_site_chrome");
    button.href = Str(o, "href");
    if (const auto* locator = o.if_contains("locator"); locator && locator->is_object()) {
      button.locator = json::serialize(*locator);
    }
    button.emphasized = Bool(o, "emphasized");
    button.last_in_form = Bool(o, "last_in_form");
    button.in_fieldless_form = Bool(o, "in_fieldless_form");
    button.disabled = Bool(o, "disabled");
    button.region = Str(o, "region");
    button.reveals_fields = Bool(o, "reveals_fields");
    button.code_words = Str(o, "code");
    button.role = ClassifyButtonIn(button);
    snapshot.buttons.push_back(std::move(button));
  }
  return Status{};
}

const char* ToString(PageKind kind) {
  switch (kind) {
    case PageKind::kPosting: return "posting";
    case PageKind::kFormStep: return "form_step";
    case PageKind::kReviewStep: return "review_step";
    case PageKind::kLoginWall: return "login_wall";
    case PageKind::kCaptcha: return "captcha";
    case PageKind::kConfirmation: return "confirmation";
    case PageKind::kError: return "error";
    case PageKind::kUnknown: return "unknown";
  }
  return "unknown";
}

const char* ToString(ButtonRole role) {
  switch (role) {
    case ButtonRole::kOpenForm: return "open_form";
    case ButtonRole::kNext: return "next";
    case ButtonRole::kBack: return "back";
    case ButtonRole::kSubmit: return "submit";
    case ButtonRole::kAddAnother: return "add_another";
    case ButtonRole::kDismissOverlay: return "dismiss_overlay";
    case ButtonRole::kOther: return "other";
  }
  return "other";
}

const browser::FrameInfo* PageSnapshot::FindFrame(const std::string& frame_id) const {
  for (const auto& frame : frames) {
    if (frame.id == frame_id) return &frame;
  }
  return nullptr;
}

bool NeverStepAction(const std::string& text) {
  const std::string t = LowerText(text);
  return Says(t, Wording::kNeverStepAction) || Says(t, Wording::kBack) || Says(t, Wording::kSignIn);
}

ButtonRole ClassifyButton(const std::string& text, const std::string& type, bool in_form,
                          bool in_overlay) {
  const std::string t = LowerText(text);
  if (CharactersIn(t) > 60) return ButtonRole::kOther;
  if (in_overlay && Says(t, Wording::kDismissOverlay)) return ButtonRole::kDismissOverlay;
  // Before the step words: "Continue later" and "Finish later" park the application.
  if (Says(t, Wording::kNeverStepAction)) return ButtonRole::kOther;
  // "Apply with LinkedIn" opens another site's sign-in, which is the person's to do.
  if (Says(t, Wording::kElsewhere)) return ButtonRole::kOther;
  // Before "Continue": the guest's way in is the posting's way into the form.
  if (Says(t, Wording::kWithoutAccount)) return in_form ? ButtonRole::kNext : ButtonRole::kOpenForm;
  // "Send code" mails a code before the application goes on: a step, not the send.
  if (Says(t, Wording::kSendsCode)) return ButtonRole::kNext;
  if (Says(t, Wording::kAddAnother)) return ButtonRole::kAddAnother;
  if (Says(t, Wording::kBack)) return ButtonRole::kBack;
  // A posting's "Send CV" (job boards word their way in so: "Siųsti CV", "Send CV")
  // says both a send and a way in; outside any form there is nothing to send yet,
  // so it opens the application.
  if (!in_form && Says(t, Wording::kOpenForm) && Says(t, Wording::kSubmit)) {
    return ButtonRole::kOpenForm;
  }
  // "Log in to continue where you left off" above an application resumes a saved
  // one through an account: outside the form, a sign-in that says Continue or Send
  // is no step of it (a posting's "Sign in to apply" stays its way in, below).
  if (!in_form && Says(t, Wording::kSignIn) && !Says(t, Wording::kOpenForm) &&
      (Says(t, Wording::kNext) || Says(t, Wording::kSubmit))) {
    return ButtonRole::kOther;
  }
  if (Says(t, Wording::kSubmit)) return ButtonRole::kSubmit;
  if (Says(t, Wording::kNext)) return ButtonRole::kNext;
  if (Says(t, Wording::kOpenForm)) {
    // "Apply" inside a form that is being filled is its submit.
    return in_form && type == "submit" ? ButtonRole::kSubmit : ButtonRole::kOpenForm;
  }
  // A conversational form's welcome screen (Typeform, Jotform Cards, Tally) holds
  // no field, only the one button that shows the first question: "Start".
  if (!in_form && SaysOnly(t, Wording::kStartForm)) return ButtonRole::kOpenForm;
  return ButtonRole::kOther;
}

ButtonRole ClassifyButtonIn(const Button& button) {
  // A section's toggle only opens it, whatever its title says ("4. Submit your
  // documents" over an accordion section).
  if (button.reveals_fields) return ButtonRole::kOther;
  // The guest's way in ("Apply without registration") drawn as the one button of
  // a form with nothing to fill (beside the log-in form of a server-rendered
  // portal) opens the application as a link would; it is no step of a form.
  const bool guest_way_in = button.in_fieldless_form && !button.in_overlay &&
                            Says(LowerText(button.text), Wording::kWithoutAccount);
  const ButtonRole role =
      ClassifyButton(button.text, button.type, button.in_form && !guest_way_in, button.in_overlay);
  // A disabled button is a step's action only when its words say so: a send
  // button greyed out until the consent box is ticked, not a disabled "Reset".
  if (button.disabled && role != ButtonRole::kSubmit && role != ButtonRole::kNext) {
    return ButtonRole::kOther;
  }
  if ((role == ButtonRole::kSubmit || role == ButtonRole::kNext) && !button.region.empty() &&
      Says(LowerText(button.region), Wording::kNeverStepAction)) {
    return ButtonRole::kOther;
  }
  // A dialog that gates the application (a data-privacy notice after "Apply",
  // terms to accept) leads on through its agreeing button; a cookie banner's
  // buttons are the banner's (kDismissOverlay above).
  if (role == ButtonRole::kOther && button.in_dialog && !button.in_overlay) {
    const std::string t = LowerText(button.text);
    if (Says(t, Wording::kAgree) && !NegatesAgreement(t)) {
      return button.in_form ? ButtonRole::kNext : ButtonRole::kOpenForm;
    }
  }
  // "Apply now" closing a form that is being filled is its submit, also when a
  // script sends the form on the click of a plain type=button.
  if (role == ButtonRole::kOpenForm && button.in_form && button.last_in_form &&
      !button.in_overlay && !guest_way_in) {
    return ButtonRole::kSubmit;
  }
  return role;
}

void FindPrimaryAction(std::vector<Button>& buttons) {
  const bool has_step_action = std::any_of(buttons.begin(), buttons.end(), [](const Button& b) {
    return b.role == ButtonRole::kSubmit || b.role == ButtonRole::kNext;
  });
  if (has_step_action) return;
  Button* primary = nullptr;
  for (auto& button : buttons) {
    // A link with an address goes somewhere else: the form builder's badge
    // ("Powered by Typeform", "Made with Tally", "Create your own Jotform") drawn as
    // a coloured button below the last question, a privacy policy. A form's own
    // send drawn as a link has no address to go to ("#", "javascript:").
    const bool leaves = button.tag == "a" && !button.href.empty() &&
                        !button.href.starts_with("#") && !button.href.starts_with("javascript:");
    if (leaves) continue;
    if (button.role != ButtonRole::kOther || !button.in_form || button.in_overlay ||
        button.disabled || !button.last_in_form || NeverStepAction(button.text) ||
        Says(LowerText(button.region), Wording::kNeverStepAction)) {
      continue;
    }
    if (button.emphasized || button.type == "submit") primary = &button;
  }
  if (primary == nullptr) return;
  primary->role = ButtonRole::kSubmit;
  primary->by_position = true;
}

void GoOnFromAnEmailAlone(PageSnapshot& snapshot) {
  int emails = 0;
  for (const auto& field : snapshot.fields) {
    if (field.kind == ControlKind::kEmail) {
      ++emails;
    } else if (field.kind != ControlKind::kCheckbox) {
      return;
    }
  }
  if (emails != 1) return;
  for (auto& button : snapshot.buttons) {
    if (button.by_position && button.role == ButtonRole::kSubmit) button.role = ButtonRole::kNext;
  }
}

namespace {

// The words of a link's address after its host, camelCase split ("showJob" ->
// "show", "job"), lower-cased.
std::vector<std::string> AddressWords(std::string_view href) {
  if (const auto scheme = href.find("://"); scheme != std::string_view::npos) {
    const auto path = href.find('/', scheme + 3);
    href = path == std::string_view::npos ? std::string_view{} : href.substr(path);
  }
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::exchange(word, {}));
  };
  for (std::size_t i = 0; i < href.size(); ++i) {
    const auto c = static_cast<unsigned char>(href[i]);
    if (!std::isalnum(c)) {
      flush();
      continue;
    }
    const bool upper = std::isupper(c) != 0;
    if (upper && i > 0 && std::islower(static_cast<unsigned char>(href[i - 1]))) flush();
    word.push_back(static_cast<char>(std::tolower(c)));
  }
  flush();
  return words;
}

// Words that name one posting in the addresses of careers sites and ATS job
// boards, in the languages the engine reads.
bool NamesAPosting(const std::vector<std::string>& words) {
  static const std::set<std::string> kPostingWords = {
      "job",     "jobs",      "position",       "positions",       "posting",     "postings",
      "vacancy", "vacancies", "opening",        "openings",        "requisition", "jobid",
      "stelle",  "stellen",   "stellenangebot", "stellenangebote", "offre",       "offres",
      "emploi",  "oferta",    "ofertas",        "empleo",          "vacature",    "vacatures",
      "vaga",    "vagas",     "annuncio",       "lavoro",          "posizione",   "praca",
      "oferty"};
  return std::any_of(words.begin(), words.end(),
                     [](const std::string& w) { return kPostingWords.contains(w); });
}

}  // namespace

std::vector<const Button*> PostingLinks(const PageSnapshot& snapshot) {
  std::vector<const Button*> links;
  std::set<std::string> seen;
  for (const auto& button : snapshot.buttons) {
    const std::string& href = button.href;
    // (A hash route, "#/job/38215", is a page of a client-side app; "#apply" is
    // a place on this one.)
    const bool in_page =
        href.starts_with("#") && !href.starts_with("#/") && !href.starts_with("#!/");
    if (button.tag != "a" || button.in_navigation || button.in_overlay || href.empty() || in_page ||
        href.starts_with("mailto:") || href.starts_with("tel:") ||
        href.starts_with("javascript:") || button.text.size() > 120) {
      continue;
    }
    const std::string text = LowerText(button.text);
    if (NeverStepAction(button.text) || Says(text, Wording::kOpenForm) ||
        Says(text, Wording::kNext) || Says(text, Wording::kSubmit)) {
      continue;
    }
    if (!NamesAPosting(AddressWords(href)) || !seen.insert(href).second) continue;
    links.push_back(&button);
  }
  return links;
}

namespace {

// Whether the page holds something to fill besides boxes to tick (a consent box
// stays on many pages that have nothing else left to do).
bool HoldsFieldsToFill(const PageSnapshot& snapshot) {
  return std::any_of(snapshot.fields.begin(), snapshot.fields.end(),
                     [](const Field& f) { return f.kind != ControlKind::kCheckbox; });
}

// Whether some button already leads on: into the form, to its next step or its send.
bool HasAWayOn(const PageSnapshot& snapshot) {
  return std::any_of(snapshot.buttons.begin(), snapshot.buttons.end(), [](const Button& b) {
    return b.role == ButtonRole::kOpenForm || b.role == ButtonRole::kSubmit ||
           b.role == ButtonRole::kNext;
  });
}

}  // namespace

void SetAsideTheLogIn(PageSnapshot& snapshot) {
  const bool guest_way = std::any_of(
      snapshot.buttons.begin(), snapshot.buttons.end(),
      [](const Button& b) { return Says(LowerText(b.text), Wording::kWithoutAccount); });
  if (!snapshot.has_password || !guest_way) return;
  std::erase_if(snapshot.fields, [](const Field& f) { return f.log_in_box; });
}

void OpenTheOnlyPosting(PageSnapshot& snapshot) {
  if (HasAWayOn(snapshot) || HoldsFieldsToFill(snapshot)) return;
  const auto links = PostingLinks(snapshot);
  if (links.size() != 1) return;
  auto& only = snapshot.buttons[static_cast<std::size_t>(links.front() - snapshot.buttons.data())];
  only.role = ButtonRole::kOpenForm;
  only.by_position = true;
}

namespace {

// Whether a button's code words name applying, and nothing besides it that is
// no way into the form (applying with another site's account, filtering a job
// list, keeping the posting for later, mailing it to a friend).
// Whether a button's code words name something that is no way into the form
// (applying with another site's account, filtering a job list, keeping the
// posting for later, mailing it to a friend, closing the application's dialog:
// "close-apply", "apply-modal-close").
bool CodeNamesSomethingElse(const std::string& code_words) {
  static const std::set<std::string> kSomethingElse = {
      "filter",    "filters",  "linkedin", "indeed", "xing",      "seek",       "google",
      "facebook",  "later",    "save",     "saved",  "share",     "login",      "signin",
      "register",  "email",    "mail",     "friend", "alert",     "alerts",     "search",
      "reset",     "clear",    "follow",   "print",  "subscribe", "newsletter", "favorite",
      "favourite", "bookmark", "report",   "close",  "cancel",    "dismiss"};
  std::istringstream words(code_words);
  for (std::string word; words >> word;) {
    if (kSomethingElse.contains(word)) return true;
  }
  return false;
}

bool CodeNamesApplying(const std::string& code_words) {
  static const std::set<std::string> kApplying = {
      "apply",        "bewerben",     "bewerbung",   "postuler",   "candidature",
      "postular",     "postulacion",  "postulación", "candidatar", "candidatura",
      "solliciteren", "sollicitatie", "aplicar"};
  if (CodeNamesSomethingElse(code_words)) return false;
  std::istringstream words(code_words);
  for (std::string word; words >> word;) {
    if (kApplying.contains(word)) return true;
  }
  return false;
}

}  // namespace

namespace {

// Gives the role kOpenForm (by_position set) to the way in when all `ways`
// (button, where it leads) lead to one place: the same way may be drawn twice (at
// the top and the foot of the posting); two different ones leave the choice to
// the person.
void OpenTheOneWay(const std::vector<std::pair<Button*, std::string>>& ways) {
  if (ways.empty()) return;
  for (const auto& [button, target] : ways) {
    if (target != ways.front().second) return;
  }
  ways.front().first->role = ButtonRole::kOpenForm;
  ways.front().first->by_position = true;
}

}  // namespace

void OpenTheWayInItsCodeNames(PageSnapshot& snapshot) {
  if (HasAWayOn(snapshot) || HoldsFieldsToFill(snapshot)) return;
  std::vector<std::pair<Button*, std::string>> ways;
  for (auto& button : snapshot.buttons) {
    if (button.in_navigation || button.in_overlay || button.disabled || button.reveals_fields ||
        (button.in_form && !button.in_fieldless_form) || CharactersIn(button.text) > 60 ||
        !CodeNamesApplying(button.code_words)) {
      continue;
    }
    const std::string text = LowerText(button.text);
    if (NeverStepAction(button.text) || Says(text, Wording::kElsewhere)) continue;
    ways.emplace_back(&button, button.href.empty() ? text : button.href);
  }
  OpenTheOneWay(ways);
}

namespace {

// An address split into its host ("" for one relative to the page) and its path
// with the query (without the fragment).
struct AddressParts {
  std::string host;
  std::string path;
};

AddressParts PartsOf(std::string_view address) {
  AddressParts parts;
  // "scheme://host/..." or the scheme-relative "//host/...".
  const auto scheme = address.find("://");
  const auto host_at = scheme != std::string_view::npos ? scheme + 3
                       : address.starts_with("//")      ? 2
                                                        : std::string_view::npos;
  if (host_at != std::string_view::npos) {
    const auto rest = address.substr(host_at);
    const auto slash = rest.find_first_of("/?#");
    parts.host = std::string(rest.substr(0, slash));
    address = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash);
  }
  parts.path = std::string(address.substr(0, address.find('#')));
  return parts;
}

// The tokens of a path that name one thing: runs of four or more digits
// ("8123456", a requisition number; not a year) and long letter-and-digit keys
// (a UUID's parts).
std::set<std::string> IdTokens(std::string_view path) {
  std::set<std::string> ids;
  std::string token;
  auto flush = [&] {
    const auto digits = std::count_if(token.begin(), token.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c));
    });
    const bool all_digits = digits == static_cast<long>(token.size());
    // (A four-digit number from 1900 to 2099 may be a year, which many postings share.)
    const bool year =
        all_digits && token.size() == 4 && (token.starts_with("19") || token.starts_with("20"));
    if ((all_digits && digits >= 4 && !year) || (!all_digits && digits >= 3 && token.size() >= 8)) {
      ids.insert(token);
    }
    token.clear();
  };
  for (const char c : path) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      token.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else {
      flush();
    }
  }
  flush();
  return ids;
}

// Whether a link from the posting at `page_url` leads further into that posting:
// under its address on the same site (".../2026-017" -> ".../2026-017/apply"),
// or to an address that carries the posting's number ("/job/8123456" ->
// "/apply/8123456", also on the vendor's own host).
bool ContinuesThePosting(const std::string& href, const std::string& page_url) {
  const AddressParts page = PartsOf(page_url);
  const AddressParts link = PartsOf(href);
  if (page.path.empty()) return false;
  const bool same_site = link.host.empty() || link.host == page.host;
  std::string page_path = page.path.substr(0, page.path.find('?'));
  while (page_path.size() > 1 && page_path.back() == '/') page_path.pop_back();
  std::string link_path = link.path;
  if (same_site && !link_path.empty() && link_path.front() != '/' && link_path.front() != '?') {
    link_path = page_path.substr(0, page_path.rfind('/') + 1) + link_path;
  }
  if (same_site && page_path.size() > 1 && link_path.starts_with(page_path + "/")) return true;
  const auto page_ids = IdTokens(page.path);
  const auto link_ids = IdTokens(link_path);
  return std::any_of(page_ids.begin(), page_ids.end(),
                     [&](const std::string& id) { return link_ids.contains(id); });
}

// Whether the page's own address names one posting: a posting word ("/jobs/",
// "/vacancy/") or a number of four digits or more.
bool AddressNamesAPosting(const std::string& url) {
  const AddressParts parts = PartsOf(url);
  return NamesAPosting(AddressWords(parts.path)) || !IdTokens(parts.path).empty();
}

}  // namespace

void OpenTheWayInByEmphasis(PageSnapshot& snapshot) {
  if (HasAWayOn(snapshot) || HoldsFieldsToFill(snapshot)) return;
  // A button that acts by script goes nowhere its address could show: it is
  // taken only on a page whose own address names one posting.
  const bool posting_address = AddressNamesAPosting(snapshot.url);
  std::vector<std::pair<Button*, std::string>> ways;
  for (auto& button : snapshot.buttons) {
    if (!button.emphasized || button.in_navigation || button.in_site_chrome || button.in_overlay ||
        button.in_dialog || button.disabled || button.reveals_fields ||
        (button.in_form && !button.in_fieldless_form) || button.text.empty() ||
        CharactersIn(button.text) > 40 || CodeNamesSomethingElse(button.code_words)) {
      continue;
    }
    const std::string text = LowerText(button.text);
    if (NeverStepAction(button.text) || Says(text, Wording::kElsewhere)) continue;
    const std::string& href = button.href;
    const bool scripted = href.empty() || href == "#" || href.starts_with("javascript:");
    if (href.starts_with("mailto:") || href.starts_with("tel:") ||
        (href.starts_with("#") && !scripted && !href.starts_with("#/") &&
         !href.starts_with("#!/"))) {
      continue;
    }
    if (scripted ? !posting_address : !ContinuesThePosting(href, snapshot.url)) continue;
    ways.emplace_back(&button, scripted ? text : href);
  }
  OpenTheOneWay(ways);
}

namespace {

// The form emptied itself: at least two boxes that held text before the click
// are there again, each empty (Contact Form 7 and many client-rendered forms
// reset after a successful send).
bool FormWasReset(const PageSnapshot& before, const PageSnapshot& after) {
  int emptied = 0;
  for (const Field& was : before.fields) {
    // (A list goes back to its default choice, which need not be empty.)
    if (was.value.empty() || was.kind == ControlKind::kCheckbox ||
        was.kind == ControlKind::kRadioGroup || was.kind == ControlKind::kFile ||
        was.kind == ControlKind::kSelect || was.kind == ControlKind::kCheckboxGroup) {
      continue;
    }
    const auto now = std::find_if(after.fields.begin(), after.fields.end(), [&](const Field& f) {
      return f.kind == was.kind && f.name == was.name && f.label == was.label;
    });
    if (now == after.fields.end()) continue;
    if (!now->value.empty()) return false;
    ++emptied;
  }
  return emptied >= 2;
}

// Whether the submit click on `before` closed its form: `after` holds nothing left
// to fill and no step to take.
bool FormClosed(const PageSnapshot& before, const PageSnapshot& after) {
  const bool way_on = std::any_of(after.buttons.begin(), after.buttons.end(), [](const Button& b) {
    return b.role == ButtonRole::kSubmit || b.role == ButtonRole::kNext;
  });
  return HoldsFieldsToFill(before) && !HoldsFieldsToFill(after) && !way_on;
}

// The first heading of `after` that `before` did not show and whose lower-cased
// text `says`; "" when none.
template <typename Predicate>
std::string NewHeadingSaying(const PageSnapshot& before, const PageSnapshot& after,
                             Predicate says) {
  for (const auto& heading : after.headings) {
    const bool is_new =
        std::find(before.headings.begin(), before.headings.end(), heading) == before.headings.end();
    if (is_new && says(LowerText(heading))) return heading;
  }
  return {};
}

}  // namespace

bool ConfirmedInPlace(const PageSnapshot& before, const PageSnapshot& after) {
  const std::string was = LowerText(before.title + " " + before.text);
  const std::string now = LowerText(after.title + " " + after.text);
  const bool newly_confirmed =
      Says(now, Wording::kConfirmation) && !Says(was, Wording::kConfirmation);
  if (after.errors.empty() && newly_confirmed && FormWasReset(before, after)) return true;
  if (!FormClosed(before, after)) return false;
  const std::string thanks = NewHeadingSaying(before, after, [](const std::string& lower) {
    return Says(lower, Wording::kConfirmation) || Says(lower, Wording::kThanks);
  });
  return !thanks.empty() || newly_confirmed ||
         (Says(now, Wording::kThanks) && !Says(was, Wording::kThanks));
}

namespace {

// `snapshot` as the frame `frame_id` shows it alone: its own text, headings,
// fields and buttons.
PageSnapshot FrameAlone(const PageSnapshot& snapshot, const std::string& frame_id) {
  PageSnapshot alone;
  for (const auto& reading : snapshot.frame_readings) {
    if (reading.frame_id != frame_id) continue;
    alone.text += (alone.text.empty() ? "" : "\n") + reading.text;
    alone.headings.insert(alone.headings.end(), reading.headings.begin(), reading.headings.end());
  }
  for (const auto& field : snapshot.fields) {
    if (field.frame_id == frame_id) alone.fields.push_back(field);
  }
  for (const auto& button : snapshot.buttons) {
    if (button.frame_id == frame_id) alone.buttons.push_back(button);
  }
  if (const browser::FrameInfo* frame = snapshot.FindFrame(frame_id)) alone.frames = {*frame};
  alone.kind = ClassifyPage(alone);
  return alone;
}

}  // namespace

bool ConfirmedInFrame(const PageSnapshot& before, const PageSnapshot& after,
                      const std::string& frame_id) {
  const browser::FrameInfo* frame = after.FindFrame(frame_id);
  if (frame == nullptr || frame->parent_id.empty()) return false;
  const PageSnapshot was = FrameAlone(before, frame_id);
  if (!HoldsFieldsToFill(was)) return false;
  const PageSnapshot now = FrameAlone(after, frame_id);
  return now.kind == PageKind::kConfirmation || ConfirmedInPlace(was, now);
}

std::string MovedOnToPayment(const PageSnapshot& before, const PageSnapshot& after) {
  if (!FormClosed(before, after)) return {};
  return NewHeadingSaying(before, after,
                          [](const std::string& lower) { return Says(lower, Wording::kPayment); });
}

namespace {

// The enabled buttons of a bare message box: a page with nothing to fill whose
// every enabled button sits in one dialog and is no way on of its own; nothing
// otherwise.
std::optional<std::vector<const Button*>> BareMessageBoxButtons(const PageSnapshot& snapshot) {
  if (!snapshot.fields.empty()) return std::nullopt;
  std::vector<const Button*> enabled;
  for (const auto& button : snapshot.buttons) {
    if (button.disabled) continue;
    // Anything outside the box, or a way on of its own, makes it no bare message.
    if (!button.in_dialog || button.in_overlay || button.role != ButtonRole::kOther) {
      return std::nullopt;
    }
    enabled.push_back(&button);
  }
  return enabled;
}

}  // namespace

const Button* MessageBoxAcknowledgement(const PageSnapshot& snapshot) {
  const auto buttons = BareMessageBoxButtons(snapshot);
  if (!buttons) return nullptr;
  for (const Button* button : *buttons) {
    if (SaysOnly(LowerText(button->text), Wording::kAcknowledge)) return button;
  }
  // A box with one button and nothing else to do: that button closes it, unless
  // its words rule it out ("Cancel", "Sign in").
  if (buttons->size() == 1 && !NeverStepAction(buttons->front()->text)) return buttons->front();
  return nullptr;
}

const Button* MessageBoxYes(const PageSnapshot& snapshot) {
  const auto buttons = BareMessageBoxButtons(snapshot);
  // A question has its other answer beside the yes.
  if (!buttons || buttons->size() < 2) return nullptr;
  for (const Button* button : *buttons) {
    if (SaysOnly(LowerText(button->text), Wording::kAffirm)) return button;
  }
  return nullptr;
}

PageKind ClassifyPage(const PageSnapshot& snapshot) {
  const std::string text = LowerText(snapshot.title + " " + snapshot.text);
  std::string headings;
  for (const auto& h : snapshot.headings) headings += LowerText(h) + " \n ";
  const std::string top = headings + text.substr(0, 600);
  const bool has_fields = HoldsFieldsToFill(snapshot);
  auto any_button = [&](auto&& predicate) {
    return std::any_of(snapshot.buttons.begin(), snapshot.buttons.end(), predicate);
  };
  if (snapshot.has_captcha) return PageKind::kCaptcha;
  // A challenge page says so in words ("verify you are human") and offers no way on.
  const bool can_open = any_button([](const Button& b) { return b.role == ButtonRole::kOpenForm; });
  if (Says(headings + text.substr(0, 1500), Wording::kCaptcha) && !has_fields && !can_open) {
    return PageKind::kCaptcha;
  }
  if (Says(top, Wording::kConfirmation) && !has_fields) return PageKind::kConfirmation;
  // Shops and small sites often end with a bare "Thank you!" over an order number:
  // a short first heading that only thanks, on a page with nothing left to fill
  // or press, is the end of the form. A long one is prose ("Thanks to our ...").
  // (A link to the posting taken as the way in only for want of an Apply, by
  // position, is no way on: a thank-you page links back to the job it took.)
  const bool has_way_on = any_button([](const Button& b) {
    return (b.role == ButtonRole::kOpenForm && !b.by_position) || b.role == ButtonRole::kSubmit ||
           b.role == ButtonRole::kNext;
  });
  constexpr std::size_t kShortHeading = 40;  // bytes: "Vielen Dank für Ihre Bestellung!" fits
  for (std::size_t i = 0; i < snapshot.headings.size() && i < 2; ++i) {
    const std::string& heading = snapshot.headings[i];
    if (!has_fields && !has_way_on && heading.size() <= kShortHeading &&
        Says(LowerText(heading), Wording::kThanks)) {
      return PageKind::kConfirmation;
    }
  }
  // An ended posting often lands on the job list with a notice: its filter boxes
  // are fields, but no step of an application can be taken there.
  const bool has_step_action = any_button(
      [](const Button& b) { return b.role == ButtonRole::kSubmit || b.role == ButtonRole::kNext; });
  if (Says(headings + text.substr(0, 400), Wording::kClosed) && (!has_fields || !has_step_action)) {
    return PageKind::kError;
  }
  // A password box means an account: signing in or creating one is the person's
  // to do. An e-mail box alone (an e-mail-first step, maybe with a consent box and
  // a Next) is a form step, whatever the page says about accounts.
  // A returning candidate's log-in beside a way in without an account ("Apply
  // manually", "Continue as guest") is a choice, not a wall: the posting's way in.
  const bool can_open_without_account = any_button([](const Button& b) {
    return b.role == ButtonRole::kOpenForm && (!b.in_form || b.in_fieldless_form) &&
           !Says(LowerText(b.text), Wording::kSignIn);
  });
  // Inside the one form that holds the whole page (ASP.NET WebForms wraps every
  // page in form#aspnetForm) the guest's way is that form's step: what the page
  // asks of a guest (a privacy consent) is given, then the way is taken.
  const bool guest_step = any_button([](const Button& b) {
    return b.role == ButtonRole::kNext && b.in_form &&
           Says(LowerText(b.text), Wording::kWithoutAccount);
  });
  if (snapshot.has_password && Says(text, Wording::kSignIn)) {
    if (can_open_without_account) return PageKind::kPosting;
    return guest_step ? PageKind::kFormStep : PageKind::kLoginWall;
  }
  const bool has_submit = any_button([](const Button& b) { return b.role == ButtonRole::kSubmit; });
  if (has_fields) return PageKind::kFormStep;
  if (has_submit && Says(headings, Wording::kReview)) return PageKind::kReviewStep;
  if (can_open) return PageKind::kPosting;
  // Only boxes to tick and a step to take: the last section of a form shown a
  // section at a time (skills and consents above the send button).
  const bool has_boxes =
      std::any_of(snapshot.fields.begin(), snapshot.fields.end(),
                  [](const Field& f) { return f.kind == ControlKind::kCheckbox; });
  if (has_boxes && has_step_action) return PageKind::kFormStep;
  // Nothing to fill and nothing to open, only "Sign in" / "Create account": the
  // application is behind an account.
  if (any_button([](const Button& b) { return Says(LowerText(b.text), Wording::kSignIn); })) {
    return PageKind::kLoginWall;
  }
  return PageKind::kUnknown;
}

std::string PageSignature(const PageSnapshot& snapshot) {
  // Not the address: a client-side route change sets it before the new step renders.
  std::string signature;
  for (const auto& heading : snapshot.headings) signature += heading + ";";
  signature += "\n";
  for (const auto& field : snapshot.fields) signature += field.Key() + ";";
  signature += "\n";
  for (const auto& button : snapshot.buttons) signature += button.text + ";";
  signature += "\n";
  for (const auto& error : snapshot.errors) signature += error.message + ";";
  return signature;
}

namespace {

using Clock = std::chrono::steady_clock;

asio::awaitable<void> Pause(std::chrono::milliseconds duration) {
  asio::steady_timer timer(co_await asio::this_coro::executor, duration);
  co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
}

std::string Seconds(std::chrono::milliseconds duration) {
  return std::to_string((duration.count() + 500) / 1000) + " s";
}

// How the DOM of every frame is doing: the shortest stillness of any frame, and
// whether one says it is loading. A frame that cannot answer (navigating, gone)
// counts as not still.
struct Stillness {
  std::chrono::milliseconds quiet{0};
  bool busy = false;
};

// The page agent, after the words of page_words.json it looks for in the page
// itself (kept in one file, given to it as data) and the document's DOM clock,
// started here for a document older than the page's attachment.
const std::string& AgentScript() {
  static const std::string script = [] {
    json::object words;
    for (const auto& [list, wording] :
         {std::pair{"upload", Wording::kUpload}, std::pair{"never", Wording::kNeverStepAction},
          std::pair{"nothing_found", Wording::kNothingFound}}) {
      json::array phrases;
      for (const std::string& phrase : PhrasesOf(wording)) phrases.emplace_back(phrase);
      words[list] = std::move(phrases);
    }
    return "globalThis.__applierWords = " + json::serialize(words) + ";\n" +
           browser::Page::DomClockScript() + "\n" + kPageAgentJs;
  }();
  return script;
}

// Calls the page agent's `call` ("perceive()") in the frame. The agent is
// installed by the first call in a document: a new document (a navigation) gets
// it then, and every later call is spared sending and parsing its source again
// (three times the cost of a whole read, done for every read of every step).
asio::awaitable<Result<json::value>> CallAgent(browser::Page& page, browser::FrameInfo frame,
                                               std::string_view call) {
  const std::string agent = "globalThis.__applier";
  auto answer =
      co_await page.Evaluate(frame, agent + " ? " + agent + "." + std::string(call) + " : null");
  if (answer && answer->is_null()) {
    answer = co_await page.Evaluate(frame, AgentScript() + "\n;" + agent + "." + std::string(call));
  }
  co_return answer;
}

asio::awaitable<Stillness> DomStillness(browser::Page& page) {
  auto frames = co_await page.Frames();
  if (!frames) co_return Stillness{};
  Stillness still{std::chrono::hours(1), false};
  for (const auto& frame : *frames) {
    if (frame.url.empty() || frame.url == "about:blank") continue;
    auto answer = co_await CallAgent(page, frame, "quietness()");
    if (!answer || !answer->is_object()) {
      if (frame.parent_id.empty()) co_return Stillness{};
      continue;  // a child frame that went away is no longer part of the page
    }
    const auto frame_quiet = std::chrono::milliseconds(
        JsonReader(*answer, "the page agent's quietness")["quiet_ms"].Int64().value_or(0));
    still.quiet = std::min(still.quiet, frame_quiet);
    still.busy = still.busy || Bool(answer->get_object(), "busy");
  }
  co_return still;
}

// Waits, in every frame of the page, for a frame drawn since the action: its
// immediate consequences (a re-render, the requests it starts) have happened.
asio::awaitable<void> AfterFrame(browser::Page& page) {
  auto frames = co_await page.Frames();
  if (!frames) co_return;
  for (const auto& frame : *frames) {
    if (frame.url.empty() || frame.url == "about:blank") continue;
    (void)co_await CallAgent(page, frame, "afterFrame()");
  }
}

}  // namespace

asio::awaitable<Result<PageSnapshot>> PageReader::ReadSettled(browser::Page& page) {
  return ReadSettled(page, SettleOptions{});
}

asio::awaitable<Result<PageSnapshot>> PageReader::ReadSettled(browser::Page& page,
                                                              SettleOptions options) {
  const auto start = Clock::now();
  const auto deadline = start + options.deadline;
  const auto change_deadline = start + std::min(options.change_deadline, options.deadline);
  auto remaining = [&] {
    return std::max(std::chrono::milliseconds(0),
                    std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()));
  };
  // What held the page back at the last look, for the reason when time runs out.
  std::string holding = "the page did not answer";
  // The first look waits only `first_look` for the action's requests to start:
  // the network and the DOM clocks then say how long each has really been still.
  auto at_least = std::min(options.first_look, options.quiet);
  co_await AfterFrame(page);
  for (;;) {
    const bool network_quiet =
        co_await page.WaitForSettled(options.quiet, std::max(remaining(), options.quiet), at_least);
    at_least = std::chrono::milliseconds(0);
    const Stillness dom = co_await DomStillness(page);
    auto pause = std::chrono::milliseconds(100);
    if (!network_quiet) {
      const auto requests = page.RequestsInFlight();
      holding = std::to_string(requests.size()) + " request(s) were still in flight" +
                (requests.empty() ? "" : " (" + requests.front() + ")");
    } else if (dom.busy) {
      holding = "the page still said it was loading (aria-busy)";
    } else if (dom.quiet < options.quiet) {
      holding = "the page kept changing";
      pause = std::max(std::chrono::milliseconds(25), options.quiet - dom.quiet);
    } else {
      auto read = co_await Read(page);
      if (read) {
        // A cookie or consent banner over the page is known enough: dismissing it
        // is what comes next, and the page is read again after.
        const bool banner =
            std::any_of(read->buttons.begin(), read->buttons.end(),
                        [](const Button& b) { return b.role == ButtonRole::kDismissOverlay; });
        const bool known =
            read->kind != PageKind::kUnknown || banner || dom.quiet >= options.still_enough;
        const bool changed =
            options.changed_from.empty() || PageSignature(*read) != options.changed_from;
        if (known && (changed || Clock::now() >= change_deadline)) co_return read;
        holding = !known ? "no form or known kind of page appeared"
                         : "the page still showed what it showed before the action";
      }
    }
    if (Clock::now() >= deadline) break;
    co_await Pause(pause);
  }
  auto read = co_await Read(page);
  if (!read) co_return read;
  read->unsettled_reason = holding + " after " + Seconds(options.deadline);
  co_return read;
}

asio::awaitable<Result<PageSnapshot>> PageReader::Read(browser::Page& page) {
  auto frames = co_await page.Frames();
  if (!frames) co_return Fail(frames.error());
  PageSnapshot snapshot;
  snapshot.frames = *frames;
  bool main_read = false;
  for (const auto& frame : *frames) {
    if (frame.url.empty() || frame.url == "about:blank") continue;
    auto result = co_await CallAgent(page, frame, "perceive()");
    if (!result || !result->is_object()) {
      // A frame that navigated or went away between listing and reading: its
      // content is not on the page any more. Only the main frame must answer.
      if (frame.parent_id.empty()) {
        co_return Fail(result ? Error{ErrorKind::kProtocol, "page agent returned no snapshot"}
                              : result.error());
      }
      continue;
    }
    main_read = main_read || frame.parent_id.empty();
    if (auto added = AddFrameReading(snapshot, *result, frame); !added) {
      co_return Fail(added.error());
    }
  }
  if (!main_read && snapshot.url.empty()) snapshot.url = page.url();
  FindPrimaryAction(snapshot.buttons);
  GoOnFromAnEmailAlone(snapshot);
  OpenTheOnlyPosting(snapshot);
  OpenTheWayInItsCodeNames(snapshot);
  OpenTheWayInByEmphasis(snapshot);
  SetAsideTheLogIn(snapshot);
  snapshot.kind = ClassifyPage(snapshot);
  co_return snapshot;
}

}  // namespace applier::perception
