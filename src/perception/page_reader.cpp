#include "perception/page_reader.h"

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>

#include "kPageAgentJs.h"

namespace applier::perception {

namespace asio = boost::asio;
namespace json = boost::json;

namespace {

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool ContainsAny(const std::string& haystack, std::initializer_list<const char*> needles) {
  return std::any_of(needles.begin(), needles.end(), [&](const char* needle) {
    return haystack.find(needle) != std::string::npos;
  });
}

std::string Str(const json::object& object, std::string_view key) {
  if (const auto* v = object.if_contains(key); v && v->is_string()) {
    return std::string(v->get_string());
  }
  return {};
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

Field FieldFromAgent(const json::object& raw, const browser::FrameInfo& frame) {
  Field field;
  field.frame_id = frame.id;
  field.frame_url = frame.url;
  field.index = static_cast<int>(raw.at("index").to_number<std::int64_t>());
  field.kind = KindFromAgent(Str(raw, "kind"));
  field.html_type = Str(raw, "html_type");
  field.label = Str(raw, "label");
  field.name = Str(raw, "name");
  field.id = Str(raw, "id");
  field.autocomplete = Str(raw, "autocomplete");
  field.placeholder = Str(raw, "placeholder");
  field.context = Str(raw, "context");
  field.required = raw.at("required").as_bool();
  field.multiple = raw.at("multiple").as_bool();
  field.checked = raw.at("checked").as_bool();
  field.value = Str(raw, "value");
  field.validation_message = Str(raw, "validation_message");
  field.max_length = static_cast<int>(raw.at("max_length").to_number<std::int64_t>());
  field.accept = Str(raw, "accept");
  field.pattern = Str(raw, "pattern");
  field.input_mode = Str(raw, "input_mode");
  field.lang = Str(raw, "lang");
  field.options = OptionsFromAgent(raw.at("options"));
  if (const auto* parts = raw.if_contains("date_parts"); parts && parts->is_array()) {
    for (const auto& part : parts->as_array()) {
      if (part.is_string()) field.date_parts.emplace_back(part.as_string());
    }
  }
  return field;
}

}  // namespace

std::vector<Option> OptionsFromAgent(const json::value& raw) {
  std::vector<Option> options;
  if (!raw.is_array()) return options;
  for (const auto& item : raw.as_array()) {
    if (!item.is_object()) continue;
    const auto& o = item.as_object();
    const auto* selected = o.if_contains("selected");
    const auto* submenu = o.if_contains("submenu");
    options.push_back({Str(o, "label"), Str(o, "value"),
                       selected != nullptr && selected->is_bool() && selected->as_bool(),
                       submenu != nullptr && submenu->is_bool() && submenu->as_bool()});
  }
  return options;
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

ButtonRole ClassifyButton(const std::string& text, const std::string& type, bool in_form,
                          bool in_overlay) {
  const std::string t = Lower(text);
  if (t.size() > 60) return ButtonRole::kOther;
  if (in_overlay &&
      ContainsAny(t, {"accept", "agree", "allow", "reject", "decline", "necessary", "essential",
                      "got it", "ok", "close", "dismiss", "akzeptieren", "accepter", "aceptar"})) {
    return ButtonRole::kDismissOverlay;
  }
  if (ContainsAny(t, {"add another", "add more", "+ add", "add education", "add experience",
                      "add work", "add position"})) {
    return ButtonRole::kAddAnother;
  }
  if (ContainsAny(t, {"back", "previous", "zurück", "précédent", "anterior"})) {
    return ButtonRole::kBack;
  }
  if (ContainsAny(t, {"submit", "send application", "complete application", "finish", "absenden",
                      "bewerbung senden", "envoyer", "enviar", "invia"})) {
    return ButtonRole::kSubmit;
  }
  if (ContainsAny(t, {"next", "continue", "save and continue", "proceed", "weiter", "suivant",
                      "siguiente", "continuar", "avanti"})) {
    return ButtonRole::kNext;
  }
  if (ContainsAny(t, {"apply", "bewerben", "postuler", "candidatar", "postular", "candidati",
                      "start application", "i'm interested", "im interested"})) {
    // "Apply" inside a form that is being filled is its submit.
    return in_form && type == "submit" ? ButtonRole::kSubmit : ButtonRole::kOpenForm;
  }
  return ButtonRole::kOther;
}

PageKind ClassifyPage(const PageSnapshot& snapshot) {
  const std::string text = Lower(snapshot.title + " " + snapshot.text);
  std::string headings;
  for (const auto& h : snapshot.headings) headings += Lower(h) + " ";
  const bool has_fields =
      std::any_of(snapshot.fields.begin(), snapshot.fields.end(),
                  [](const Field& f) { return f.kind != ControlKind::kCheckbox; });
  if (snapshot.has_captcha) return PageKind::kCaptcha;
  if (ContainsAny(
          headings + text.substr(0, 600),
          {"thank you for applying", "thanks for applying", "application received",
           "application has been received", "application was submitted", "successfully submitted",
           "we have received your application", "application submitted"}) &&
      !has_fields) {
    return PageKind::kConfirmation;
  }
  if (ContainsAny(headings + text.substr(0, 400),
                  {"page not found", "404", "no longer accepting", "position has been filled",
                   "posting is closed", "job is no longer available", "internal server error"}) &&
      !has_fields) {
    return PageKind::kError;
  }
  if (snapshot.has_password &&
      ContainsAny(text, {"sign in", "log in", "login", "create account", "create an account"})) {
    return PageKind::kLoginWall;
  }
  const bool has_submit =
      std::any_of(snapshot.buttons.begin(), snapshot.buttons.end(),
                  [](const Button& b) { return b.role == ButtonRole::kSubmit; });
  if (has_fields) return PageKind::kFormStep;
  if (has_submit && ContainsAny(headings, {"review"})) return PageKind::kReviewStep;
  const bool can_open =
      std::any_of(snapshot.buttons.begin(), snapshot.buttons.end(),
                  [](const Button& b) { return b.role == ButtonRole::kOpenForm; });
  if (can_open) return PageKind::kPosting;
  return PageKind::kUnknown;
}

const char* PageReader::AgentSource() {
  return kPageAgentJs;
}

asio::awaitable<Result<PageSnapshot>> PageReader::Read(browser::Page& page) {
  auto frames = co_await page.Frames();
  if (!frames) co_return Fail(frames.error());
  PageSnapshot snapshot;
  snapshot.frames = *frames;
  const std::string expression = std::string(kPageAgentJs) + "\n;globalThis.__applier.perceive()";
  bool main_read = false;
  for (const auto& frame : *frames) {
    if (frame.url.empty() || frame.url == "about:blank") continue;
    auto result = co_await page.Evaluate(frame, expression);
    if (!result || !result->is_object()) {
      // A frame that navigated or went away between listing and reading: its
      // content is not on the page any more. Only the main frame must answer.
      if (frame.parent_id.empty()) {
        co_return Fail(result ? Error{ErrorKind::kProtocol, "page agent returned no snapshot"}
                              : result.error());
      }
      continue;
    }
    const auto& raw = result->as_object();
    if (frame.parent_id.empty()) {
      main_read = true;
      snapshot.url = Str(raw, "url");
      snapshot.title = Str(raw, "title");
    }
    std::string text = Str(raw, "text");
    if (!text.empty()) snapshot.text += (snapshot.text.empty() ? "" : "\n") + text;
    for (const auto& h : raw.at("headings").as_array()) {
      snapshot.headings.emplace_back(h.as_string());
    }
    snapshot.has_password = snapshot.has_password || raw.at("has_password").as_bool();
    snapshot.has_captcha = snapshot.has_captcha || raw.at("has_captcha").as_bool();
    for (const auto& f : raw.at("fields").as_array()) {
      snapshot.fields.push_back(FieldFromAgent(f.as_object(), frame));
    }
    for (const auto& b : raw.at("buttons").as_array()) {
      const auto& o = b.as_object();
      Button button;
      button.frame_id = frame.id;
      button.index = static_cast<int>(o.at("index").to_number<std::int64_t>());
      button.text = Str(o, "text");
      button.type = Str(o, "type");
      button.tag = Str(o, "tag");
      button.in_form = o.at("in_form").as_bool();
      button.in_overlay = o.at("overlay").as_bool();
      button.in_dialog = o.at("in_dialog").as_bool();
      button.role = ClassifyButton(button.text, button.type, button.in_form, button.in_overlay);
      snapshot.buttons.push_back(std::move(button));
    }
  }
  if (!main_read && snapshot.url.empty()) snapshot.url = page.url();
  snapshot.kind = ClassifyPage(snapshot);
  co_return snapshot;
}

}  // namespace applier::perception
