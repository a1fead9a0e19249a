#include "actions/form_actor.h"

#include <algorithm>
#include <array>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>
#include <cctype>
#include <filesystem>
#include <set>
#include <sstream>
#include <string_view>

#include "core/json_reader.h"
#include "perception/page_words.h"
#include "planning/date_text.h"
#include "planning/option_matcher.h"
#include "planning/typeahead.h"
#include "planning/value_format.h"

namespace applier::actions {

namespace asio = boost::asio;
namespace json = boost::json;
using perception::ControlKind;
using perception::Field;

namespace {

std::string Quote(std::string text) {
  return json::serialize(json::value(text));
}

// How the page agent is told which control: the index from the reading, and the
// locator that finds the control again when the page has re-rendered it since.
std::string Ref(int index, const std::string& locator) {
  if (locator.empty()) return std::to_string(index);
  return "{\"index\": " + std::to_string(index) + ", \"locator\": " + locator + "}";
}

std::string Call(const std::string& function, const Field& field, const std::string& args = "") {
  return "globalThis.__applier." + function + "(" + Ref(field.index, field.locator) +
         (args.empty() ? "" : ", " + args) + ")";
}

// Whether `shown` is a dialling code and nothing else ("+31", "+1 "): what a
// phone box with a country picker writes into itself before any number.
bool IsDialCodeAlone(std::string_view shown) {
  while (!shown.empty() && shown.back() == ' ') shown.remove_suffix(1);
  constexpr std::size_t kLongestCode = 4;
  return shown.size() >= 2 && shown.size() <= kLongestCode + 1 && shown.front() == '+' &&
         std::all_of(shown.begin() + 1, shown.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// The date `text` names as `field` writes dates (its layout: "03/2021" is March
// in an MM/YYYY box, the 3rd of a month in a DD/MM/YYYY one), a year alone or a
// month of a year included (year and month pickers); nullopt for text that is no
// date.
std::optional<planning::CalendarDate> DateWritten(const Field& field, std::string_view text) {
  std::vector<int> numbers;
  for (std::size_t i = 0; i < text.size();) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    int number = 0;
    for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i) {
      number = std::min(number * 10 + (text[i] - '0'), 100000);
    }
    numbers.push_back(number);
  }
  std::optional<planning::CalendarDate> date;
  std::string source;
  // A date control (an input type=date, a picker button) is answered in ISO
  // ("2025-09-01", value_format's FormatDate), whatever the page's language.
  const auto layout =
      field.kind == ControlKind::kDate ? std::nullopt : planning::DateLayoutOf(field, &source);
  if (layout && layout->parts.size() == numbers.size()) {
    date.emplace();
    for (std::size_t i = 0; i < numbers.size(); ++i) {
      const char part = layout->parts[i].front();
      if (part == 'Y') date->year = numbers[i] < 100 ? 2000 + numbers[i] : numbers[i];
      if (part == 'M') date->month = numbers[i];
      if (part == 'D') date->day = numbers[i];
    }
  } else {
    date = planning::ParseCalendarDate(text);
  }
  if (!date || date->year < 1900 || date->month < 0 || date->month > 12 || date->day > 31 ||
      (date->month == 0 && date->day != 0)) {
    return std::nullopt;
  }
  return date;
}

// The page agent's word for a control it could not find again (page_agent.js GONE).
constexpr std::string_view kVanished = "no longer on the page";

bool Vanished(const Error& error) {
  return error.message.find(kVanished) != std::string::npos;
}

// What the person reads when a control stayed gone after a re-read: which control,
// not the agent's script trace.
Error Unreachable(const Error& error, const std::string& what) {
  if (!Vanished(error)) return error;
  return Error{ErrorKind::kNotFound, what + " is no longer on the page (the site replaced it and " +
                                         "it could not be found again)"};
}

std::string Normalize(std::string text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// The page agent's description of a control after an action (readValue,
// setValue, selectOption, setChecked all answer with one).
Result<Field> FieldFromJson(const json::value& raw, const Field& original) {
  const JsonReader reader(raw, "the page agent's reading of the field '" + original.label + "'");
  auto object = reader.Object();
  if (!object) return Fail(object.error());
  Field field = original;
  field.value.clear();
  if (reader["value"].present()) {
    auto value = reader["value"].String();
    if (!value) return Fail(value.error());
    field.value = *value;
  }
  auto checked = reader["checked"].Bool();
  if (!checked) return Fail(checked.error());
  field.checked = *checked;
  auto message = reader["validation_message"].String();
  if (!message) return Fail(message.error());
  field.validation_message = *message;
  const auto* options = (*object)->if_contains("options");
  if (options == nullptr) return Fail(reader["options"].Unexpected("an array"));
  field.options = perception::OptionsFromAgent(*options);
  return field;
}

// Where the page agent's pointOf put an element, in its frame's viewport.
struct LocalPoint {
  double x = 0;
  double y = 0;
  bool covered = false;  // something else (a sticky header, a banner) is on top of it
  std::string cover;     // what covers it, as the page names it ("div.cookie-banner")
  bool moving = false;   // a running transition or animation still moves it
};

Result<LocalPoint> LocalPointFromJson(const json::value& raw) {
  const JsonReader reader(raw, "the page agent's pointOf reply");
  auto x = reader["x"].Number();
  if (!x) return Fail(x.error());
  auto y = reader["y"].Number();
  if (!y) return Fail(y.error());
  auto hit = reader["hit"].Bool();
  auto cover = reader["cover"].String();
  auto moving = reader["moving"].Bool();
  return LocalPoint{*x, *y, hit && !*hit, cover ? std::string(*cover) : std::string(),
                    moving && *moving};
}

Error NotFilled(const Field& field, const std::string& wanted, const std::string& shown) {
  return Error{ErrorKind::kConflict, "'" + field.label + "' shows \"" + shown + "\" instead of \"" +
                                         wanted + "\" after filling"};
}

std::string Lowered(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), ::tolower);
  return text;
}

bool IsTextBox(const Field& field) {
  return field.html_type == "text" || field.html_type == "search" || field.html_type == "input";
}

}  // namespace

bool ShowsChoice(const std::string& shown, const std::string& label) {
  const std::string value = Lowered(shown);
  const std::string option = Lowered(label);
  if (value.find(option) != std::string::npos) return true;
  if (planning::ShowsCountryAndCodeOf(shown, label)) return true;
  const auto pills = perception::ShownChoices(value);
  if (std::any_of(pills.begin(), pills.end(), [&](const std::string& pill) {
        return pill.size() >= 2 && option.find(pill) != std::string::npos;
      })) {
    return true;
  }
  // A caret a picker draws in its text ("🇺🇸 +1 ▾") is no word of any option.
  static const std::set<std::string, std::less<>> kCarets = {"▾", "▼", "▿", "⌄", "˅",  "⏷",
                                                             "▴", "▲", "⌃", "˄", "⏶"};
  // Words are compared without the punctuation around them: a box may show the
  // suggestion picked in punctuation of its own ("San Francisco (California,
  // United States)" for "San Francisco, California, United States"), a flag
  // button's name "United States: +1" (intl-tel-input's title) names the option
  // "🇺🇸 United States (+1)".
  const auto bare = [](std::string word) {
    static constexpr std::string_view kAround = ",;:.()[]";
    const std::size_t start = word.find_first_not_of(kAround);
    if (start == std::string::npos) return std::string();
    return word.substr(start, word.find_last_not_of(kAround) - start + 1);
  };
  std::istringstream shown_words(value);
  std::istringstream option_words(option);
  std::string word;
  std::string next;
  int matched = 0;
  while (shown_words >> word) {
    if (kCarets.contains(word)) continue;
    word = bare(word);
    if (word.empty()) continue;
    bool found = false;
    while (option_words >> next) {
      if (bare(next) == word) {
        found = true;
        break;
      }
    }
    if (!found) return false;
    ++matched;
  }
  return matched >= 2;
}

// Facts a person writes in their own words, which a box that suggests as you type
// may take as typed: a street, a city, a school. Never a category (a country, a
// yes or no, an EEO answer), whose box must hold one of its options.
bool TypedTextStands(planning::FieldKey key) {
  using planning::FieldKey;
  switch (key) {
    case FieldKey::kAddressLine:
    case FieldKey::kAddressLine2:
    case FieldKey::kHouseNumber:
    case FieldKey::kCity:
    case FieldKey::kPostalCode:
    case FieldKey::kLocation:
    case FieldKey::kSchool:
    case FieldKey::kDiscipline:
    case FieldKey::kJobTitle:
    case FieldKey::kEmployer:
    case FieldKey::kJobLocation:
    case FieldKey::kCurrentCompany:
    case FieldKey::kCurrentTitle: return true;
    default: return false;
  }
}

bool ValueMatches(ControlKind kind, const std::string& wanted, const std::string& shown) {
  if (kind == ControlKind::kTel) {
    // Typed after a dialling code the box wrote itself ("+1+1 415 555 0142"): two
    // codes make no number, whatever its digits end with.
    if (std::count(shown.begin(), shown.end(), '+') > 1) return false;
    const std::string a = planning::Digits(wanted), b = planning::Digits(shown);
    return !a.empty() &&
           (a == b || (b.size() >= 7 && a.ends_with(b)) || (a.size() >= 7 && b.ends_with(a)));
  }
  if (kind == ControlKind::kDate) {
    // A picker button shows the date its own way ("September 1st, 2025" on
    // shadcn/ui's DatePicker for "2025-09-01"): the same day is the same value.
    const auto a = planning::ParseCalendarDate(wanted);
    const auto b = planning::ParseCalendarDate(shown);
    if (a && b && a->day != 0 && a->year == b->year && a->month == b->month && a->day == b->day) {
      return true;
    }
  }
  std::string a = Normalize(wanted), b = Normalize(shown);
  if (kind == ControlKind::kEmail) {
    std::transform(a.begin(), a.end(), a.begin(), ::tolower);
    std::transform(b.begin(), b.end(), b.begin(), ::tolower);
  }
  return a == b;
}

asio::awaitable<Result<browser::Point>> FormActor::PointOf(browser::FrameInfo frame,
                                                           std::string element) {
  auto where = [&](bool scroll) {
    return "globalThis.__applier.pointOf(" + element + (scroll ? ", true)" : ", false)");
  };
  // The viewport and the first look are asked together: a click's round trips
  // are most of what filling a box costs.
  using namespace asio::experimental::awaitable_operators;
  auto asked = co_await (page_.ViewportSize() && page_.Evaluate(frame, where(false)));
  Result<browser::Point>& viewport = std::get<0>(asked);
  Result<boost::json::value>& local = std::get<1>(asked);
  if (!viewport) co_return Fail(viewport.error());
  auto inside = [&](const LocalPoint& local, const browser::Point& origin) {
    const double x = origin.x + local.x;
    const double y = origin.y + local.y;
    return x >= 0 && y >= 0 && x < viewport->x && y < viewport->y;
  };

  // Already in view: click where it is, as a person would, without scrolling.
  // A control sliding in (a conversational form's next question, a step or a
  // dialog with an entry transition) is clicked once it has arrived: a point
  // read mid-flight lands on whatever slides under it. Up to 2 s.
  Result<LocalPoint> in_view = Fail(ErrorKind::kNotFound, "not read yet");
  for (int look = 0; look <= 40; ++look) {
    if (look > 0) {
      asio::steady_timer pause(co_await asio::this_coro::executor, std::chrono::milliseconds(50));
      co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
      local = co_await page_.Evaluate(frame, where(false));
    }
    if (!local) co_return Fail(ErrorKind::kNotFound, local.error().message);
    in_view = LocalPointFromJson(*local);
    if (!in_view) co_return Fail(in_view.error());
    if (!in_view->moving) break;
  }
  auto origin = co_await page_.FrameOrigin(frame);
  if (!origin) co_return Fail(origin.error());
  if (inside(*in_view, *origin) && !in_view->covered) {
    co_return browser::Point{origin->x + in_view->x, origin->y + in_view->y};
  }

  local = co_await page_.Evaluate(frame, where(true));
  if (!local) co_return Fail(ErrorKind::kNotFound, local.error().message);
  auto scrolled = LocalPointFromJson(*local);
  if (!scrolled) co_return Fail(scrolled.error());
  const LocalPoint& p = *scrolled;
  if (p.covered) {
    // Nothing at all at the point: it lies past the viewport's edge, in a box
    // drawn position:fixed that no scrolling moves.
    co_return Fail(ErrorKind::kConflict,
                   p.cover.empty() ? "the element stays outside the visible page when scrolled to"
                                   : "something covers the element (" + p.cover + ")");
  }
  // A scroll that starts inside an out-of-process iframe reaches the parent page
  // asynchronously, through the browser process: wait until the frame has stopped
  // moving with the point inside the viewport.
  origin = co_await page_.FrameOrigin(frame);
  // Three equal readings in a row: under load one quiet interval can come before
  // the parent's scroll has even started.
  for (int i = 0, still = 0; i < 60 && origin && !frame.parent_id.empty(); ++i) {
    asio::steady_timer pause(co_await asio::this_coro::executor, std::chrono::milliseconds(15));
    co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
    auto again = co_await page_.FrameOrigin(frame);
    if (!again) co_return Fail(again.error());
    still = again->x == origin->x && again->y == origin->y ? still + 1 : 0;
    origin = again;
    if (still >= 2 && inside(p, *origin)) break;
  }
  if (!origin) co_return Fail(origin.error());
  co_return browser::Point{origin->x + p.x, origin->y + p.y};
}

asio::awaitable<Result<Field>> FormActor::ReadBack(browser::FrameInfo frame, Field field) {
  auto raw = co_await page_.Evaluate(frame, Call("readValue", field));
  if (!raw) co_return Fail(ErrorKind::kNotFound, raw.error().message);
  co_return FieldFromJson(*raw, field);
}

// The length of a currency sign or a grouping space at `at` (the Unicode currency
// symbols ₪ € ₹ ₩ ₽ ₺ ₫, £ ¥ ¢, a no-break or narrow no-break space), 0 otherwise.
std::size_t CurrencyOrGroupingAt(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t k) {
    return at + k < text.size() ? static_cast<unsigned char>(text[at + k]) : 0;
  };
  if (byte(0) == 0xE2 && byte(1) == 0x82 && byte(2) >= 0xA0) return 3;  // U+20A0..U+20BF
  if (byte(0) == 0xE2 && byte(1) == 0x83 && byte(2) <= 0x8F) return 3;  // U+20C0..U+20CF
  if (byte(0) == 0xE2 && byte(1) == 0x80 && byte(2) == 0xAF) return 3;  // narrow no-break space
  if (byte(0) == 0xC2 && (byte(1) == 0xA0 || byte(1) == 0xA2 || byte(1) == 0xA3 || byte(1) == 0xA5))
    return 2;
  return 0;
}

bool PickedDateShown(const Field& field, const std::string& wanted, const std::string& shown) {
  // A picker button writes the date chosen in its page's order ("01/09/2025" on
  // a Hebrew or French page is the 1st of September, on a US page the 9th of
  // January): digits alone are read as the field or its page writes dates.
  Field written = field;
  if (written.kind == ControlKind::kDate) written.kind = ControlKind::kText;
  std::string source;
  const bool numeric = std::none_of(shown.begin(), shown.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0 ||
           static_cast<unsigned char>(c) >= 0x80;
  });
  if (!numeric || !planning::DateLayoutOf(written, &source)) {
    return ValueMatches(field.kind, wanted, shown);
  }
  const auto want = planning::ParseCalendarDate(wanted);
  const auto got = DateWritten(written, shown);
  return want && got && want->day != 0 && want->year == got->year && want->month == got->month &&
         want->day == got->day;
}

namespace {

// `shown` without the zero cents after its last digits' separator ("25,000.00",
// "25.000,00 €" read as "25,000", "25.000 €"); as it is when its last digits are
// no such cents.
std::string WithoutZeroCents(std::string shown) {
  const std::size_t last = shown.find_last_of("0123456789");
  if (last == std::string::npos) return shown;
  std::size_t first = last;
  while (first > 0 && std::isdigit(static_cast<unsigned char>(shown[first - 1])) != 0) --first;
  const std::size_t digits = last - first + 1;
  if (digits > 2 || first == 0 || (shown[first - 1] != '.' && shown[first - 1] != ',') ||
      shown.find_first_not_of('0', first) <= last) {
    return shown;
  }
  shown.erase(first - 1, digits + 1);
  return shown;
}

}  // namespace

bool PageReformatted(const std::string& typed, const std::string& shown) {
  // A number box that writes the amount its own way (react-number-format's prefix
  // and grouping in a Mantine NumberInput, an InputNumber formatter: "₪ 42,000",
  // "42.000 €") shows the same number: its currency sign is no character typed.
  const bool number = !typed.empty() && std::all_of(typed.begin(), typed.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
  auto significant = [&](const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (const std::size_t sign = number ? CurrencyOrGroupingAt(text, i) : 0; sign > 0) {
        i += sign - 1;
        continue;
      }
      const auto c = static_cast<unsigned char>(text[i]);
      if (std::isalnum(c) || c >= 0x80) out.push_back(static_cast<char>(std::tolower(c)));
    }
    return out;
  };
  // A currency box that writes the cents (Cognito Forms' and AutoNumeric's
  // "25,000.00", "25.000,00 €") shows the whole number typed: its zero cents are
  // no digits typed. ("15.00" for "1500", a box that reads digits as cents, stays
  // another number.)
  const std::string a = significant(typed);
  const std::string b = significant(number ? WithoutZeroCents(shown) : shown);
  if (a.empty()) return false;
  if (a == b) return true;
  // A number box whose format appends a unit ("8 Jahre": Kendo UI's format
  // "# 'Jahre'", react-number-format's suffix " years") shows the number typed.
  return number && b.size() > a.size() && b.starts_with(a) &&
         std::all_of(b.begin() + static_cast<std::ptrdiff_t>(a.size()), b.end(), [](char c) {
           const auto u = static_cast<unsigned char>(c);
           return std::isalpha(u) != 0 || u >= 0x80;
         });
}

asio::awaitable<Result<FillResult>> FormActor::Fill(browser::FrameInfo frame, Field field,
                                                    planning::Answer answer) {
  auto filled = co_await FillOnce(frame, field, answer);
  if (!filled && filled.error().kind == ErrorKind::kConflict) {
    // Covered by a popup the field before left open: once it is pressed away,
    // the fill is done again.
    auto dismissed = co_await page_.Evaluate(frame, Call("dismissStrayPopup", field));
    if (dismissed && dismissed->is_bool() && dismissed->as_bool()) {
      co_await page_.WaitForSettled(std::chrono::milliseconds(50), std::chrono::seconds(1));
      filled = co_await FillOnce(frame, field, answer);
    }
  }
  if (!filled && Vanished(filled.error())) {
    // The control went away between finding it again and using it (a framework
    // re-rendering as we typed): once the page is quiet, the locator finds the new
    // node, and the fill is done on that one.
    co_await page_.WaitForSettled(std::chrono::milliseconds(100), std::chrono::seconds(3));
    filled = co_await FillOnce(frame, field, answer);
  }
  if (!filled) co_return Fail(Unreachable(filled.error(), "'" + field.label + "'"));
  co_return filled;
}

asio::awaitable<Result<FillResult>> FormActor::FillOnce(browser::FrameInfo frame, Field field,
                                                        planning::Answer answer) {
  switch (field.kind) {
    case ControlKind::kSelect:
    case ControlKind::kRadioGroup:
    case ControlKind::kCheckboxGroup: co_return co_await Choose(frame, field, answer);
    case ControlKind::kCheckbox: co_return co_await Tick(frame, field, answer);
    case ControlKind::kFile: co_return co_await Attach(frame, field, answer);
    case ControlKind::kCombobox: co_return co_await Pick(frame, field, answer);
    case ControlKind::kDateParts: co_return co_await TypeDateParts(frame, field, answer.text);
    default:
      co_return co_await Type(frame, field, answer.text, answer.other_forms, answer.international);
  }
}

namespace {

// A native text box or text area, editable, of a kind typed into as it is: a
// script's focus() is how keyboard users reach it, so no click is needed.
bool TakesTheKeyboardsFocus(const Field& field) {
  static constexpr std::array<std::string_view, 9> kPlainTypes = {
      "text", "email", "tel", "url", "number", "search", "password", "input", "textarea"};
  const bool typed_as_is = field.kind == ControlKind::kText || field.kind == ControlKind::kEmail ||
                           field.kind == ControlKind::kTel || field.kind == ControlKind::kUrl ||
                           field.kind == ControlKind::kNumber ||
                           field.kind == ControlKind::kTextarea;
  return typed_as_is && !field.read_only &&
         std::find(kPlainTypes.begin(), kPlainTypes.end(), field.html_type) != kPlainTypes.end();
}

}  // namespace

asio::awaitable<Result<FillResult>> FormActor::Type(browser::FrameInfo frame, Field field,
                                                    std::string text,
                                                    std::vector<std::string> other_forms,
                                                    std::string international) {
  // A plain editable text box takes the typing once it has the focus, as it must
  // for a person who arrives by the Tab key; anything else (a read-only box that
  // opens a picker, a box drawn by a widget) is clicked as a person would.
  if (!TakesTheKeyboardsFocus(field)) {
    auto point = co_await PointOf(frame, Call("member", field));
    if (!point && point.error().kind != ErrorKind::kConflict) co_return Fail(point.error());
    if (point) {
      if (auto clicked = co_await page_.Click(*point); !clicked) co_return Fail(clicked.error());
    }
  }
  auto focused = co_await page_.Evaluate(frame, Call("focusForTyping", field));
  if (!focused) co_return Fail(ErrorKind::kNotFound, focused.error().message);
  std::string method = "typed";
  if (focused->is_bool() && focused->get_bool()) {
    // A box that writes into itself as it takes the focus (intl-tel-input's
    // dialling code, an input mask's slots) moves the caret after what it wrote
    // in a timer of its own: once that has run, the box is selected again, so the
    // typing replaces what it wrote rather than following it.
    if (auto now = co_await ReadBack(frame, field); now && now->value != field.value) {
      co_await page_.WaitForSettled(std::chrono::milliseconds(50), std::chrono::seconds(1),
                                    std::chrono::milliseconds(50));
      focused = co_await page_.Evaluate(frame, Call("focusForTyping", field));
      if (!focused) co_return Fail(ErrorKind::kNotFound, focused.error().message);
      // An empty phone box that wrote the picked country's dialling code into
      // itself (intl-tel-input with nationalMode off, as Drupal Webform's telephone
      // element has it) holds the whole number and sends what it shows: the
      // national number typed over the code would go out without it.
      if (!international.empty() && field.value.empty() && IsDialCodeAlone(now->value) &&
          planning::Digits(international).starts_with(planning::Digits(now->value))) {
        text = international;
      }
    }
  }
  if (focused->is_bool() && focused->get_bool()) {
    // insertText replaces the selection, as typing over selected text does.
    Status typed;
    if (text.empty()) {
      typed = co_await page_.PressKey("Backspace");
    } else {
      typed = co_await page_.InsertText(text);
    }
    if (!typed) co_return Fail(typed.error());
    (void)co_await page_.Evaluate(frame, Call("blur", field));
  } else {
    // A read-only date box is set through the picker it opens, as a person
    // does: a value written past it is one the page's own model never sees.
    if (auto shown = co_await PickDate(frame, field, text);
        shown && PickedDateShown(field, text, shown->value)) {
      co_return FillResult{shown->value, "picked"};
    }
    method = "set-directly";
    (void)co_await page_.Evaluate(frame, Call("setValue", field, Quote(text)));
  }
  auto shown = co_await ReadBack(frame, field);
  if (!shown) co_return Fail(shown.error());
  if (method == "typed" && !ValueMatches(field.kind, text, shown->value) &&
      PageReformatted(text, shown->value)) {
    // An input mask wrote the same characters its own way ("(555) 123-4567"): the
    // page's value is what will be sent, so that is what is reported.
    co_return FillResult{shown->value, "typed"};
  }
  if (method == "typed" && !ValueMatches(field.kind, text, shown->value)) {
    // An input mask with slots for one way of writing the fact only garbles the
    // others (jquery.maskedinput's "(999) 999-9999" reads the "+1" of "+1 415 555
    // 0142" as the first of a US number's ten digits): the same fact written the
    // other ways the plan gave, the first one the box holds whole.
    for (const std::string& other : other_forms) {
      auto retyped = co_await Retype(frame, field, other, Keystrokes::kWhole);
      if (retyped && (ValueMatches(field.kind, other, retyped->value) ||
                      PageReformatted(other, retyped->value))) {
        co_return FillResult{retyped->value, "typed"};
      }
    }
  }
  if (!ValueMatches(field.kind, text, shown->value) && method == "typed") {
    if (DateWritten(field, text)) {
      // A segmented date box (Kendo UI's DateInput, MUI X's date fields) reads each
      // input event as one keystroke into the part it has selected, so a date
      // inserted whole is a single keystroke to it. Typed a character at a time, as
      // a person types, its separators move it on from part to part.
      if (auto keyed = co_await Retype(frame, field, text, Keystrokes::kEachCharacter);
          keyed && ValueMatches(field.kind, text, keyed->value)) {
        co_return FillResult{keyed->value, "typed"};
      }
      // A date box whose picker drops typing it does not take (Ant Design's year and
      // month pickers keep only their own format): its picker, as a person would.
      if (auto point = co_await PointOf(frame, Call("member", field))) {
        (void)co_await page_.Click(*point);
      }
      if (auto after = co_await PickDate(frame, field, text);
          after && !after->value.empty() &&
          (ValueMatches(field.kind, text, after->value) || PageReformatted(text, after->value))) {
        co_return FillResult{after->value, "picked"};
      }
    }
    // Keystrokes did not stick (an input mask, a framework that re-rendered):
    // set the value through the DOM with the events frameworks listen for.
    method = "set-directly";
    (void)co_await page_.Evaluate(frame, Call("setValue", field, Quote(text)));
    shown = co_await ReadBack(frame, field);
    if (!shown) co_return Fail(shown.error());
  }
  if (!ValueMatches(field.kind, text, shown->value)) {
    // What the box made of the answer ("(442) 079-4609" from a mask with slots for
    // another country's numbers) would go out as the person's answer if nobody
    // corrected it: the box is put back as it was before the fill. An empty one is
    // emptied with the keys, as a person would, so that a mask clears its own slots
    // once the box is left.
    if (shown->value != field.value) {
      bool emptied = false;
      if (field.value.empty()) {
        auto focused = co_await page_.Evaluate(frame, Call("focusForTyping", field));
        if (focused && focused->is_bool() && focused->get_bool()) {
          emptied = static_cast<bool>(co_await page_.PressKey("Backspace"));
          // A mask re-reads the box in a timer of its own after each key
          // (jquery.maskedinput): left before that, the timer writes its empty
          // slots back into a box nobody is in, and they stay.
          co_await page_.WaitForSettled(std::chrono::milliseconds(50), std::chrono::seconds(1));
        }
      }
      if (!emptied) {
        (void)co_await page_.Evaluate(frame, Call("setValue", field, Quote(field.value)));
      }
      (void)co_await page_.Evaluate(frame, Call("blur", field));
    }
    co_return Fail(NotFilled(field, text, shown->value));
  }
  co_return FillResult{shown->value, method};
}

asio::awaitable<std::optional<Field>> FormActor::Retype(browser::FrameInfo frame, Field field,
                                                        const std::string& text,
                                                        Keystrokes keystrokes) {
  auto focused = co_await page_.Evaluate(frame, Call("focusForTyping", field));
  if (!focused || !focused->is_bool() || !focused->get_bool()) co_return std::nullopt;
  for (std::size_t i = 0; i < text.size();) {
    // One UTF-8 character per insertText when each must be its own input event.
    std::size_t length = text.size() - i;
    if (keystrokes == Keystrokes::kEachCharacter) {
      length = 1;
      while (i + length < text.size() &&
             (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80) {
        ++length;
      }
    }
    if (!co_await page_.InsertText(text.substr(i, length))) co_return std::nullopt;
    i += length;
  }
  (void)co_await page_.Evaluate(frame, Call("blur", field));
  auto shown = co_await ReadBack(frame, field);
  if (!shown) co_return std::nullopt;
  co_return std::move(*shown);
}

asio::awaitable<std::optional<Field>> FormActor::PickDate(browser::FrameInfo frame, Field field,
                                                          const std::string& text) {
  const auto date = DateWritten(field, text);
  if (!date) co_return std::nullopt;
  auto picked = co_await page_.Evaluate(
      frame, Call("pickDate", field,
                  std::to_string(date->year) + ", " + std::to_string(date->month) + ", " +
                      std::to_string(date->day)));
  if (!picked || picked->is_null()) co_return std::nullopt;
  auto shown = co_await ReadBack(frame, field);
  if (!shown) co_return std::nullopt;
  if (!PickedDateShown(field, text, shown->value)) {
    // A calendar in a dialog keeps the day chosen to itself until its button that
    // closes it with the choice is pressed (Ionic's ion-datetime with its default
    // buttons, "Done" / "Listo" beside "Cancel"; a mobile date picker's "OK").
    const auto texts = co_await DialogButtonTexts(frame, field);
    for (std::size_t i = 0; i < texts.size(); ++i) {
      if (!perception::Says(texts[i], perception::Wording::kSavesEntry)) continue;
      auto point = co_await DialogButtonPoint(frame, i);
      if (!point || !co_await page_.Click(*point)) break;
      co_await page_.WaitForSettled(std::chrono::milliseconds(100), std::chrono::seconds(2));
      shown = co_await ReadBack(frame, field);
      if (!shown) co_return std::nullopt;
      break;
    }
  }
  co_return std::move(*shown);
}

asio::awaitable<Result<FillResult>> FormActor::TypeDateParts(browser::FrameInfo frame, Field field,
                                                             std::string text) {
  // "03/2021" into the month box and the year box, as a person tabs through them.
  std::vector<std::string> pieces;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t slash = std::min(text.find('/', start), text.size());
    pieces.push_back(text.substr(start, slash - start));
    start = slash + 1;
  }
  if (pieces.size() != field.date_parts.size()) {
    co_return Fail(ErrorKind::kInvalidInput, "'" + field.label + "' has " +
                                                 std::to_string(field.date_parts.size()) +
                                                 " date boxes but the answer \"" + text +
                                                 "\" has " + std::to_string(pieces.size()));
  }
  for (std::size_t member = 0; member < pieces.size(); ++member) {
    const std::string which = std::to_string(member);
    auto point = co_await PointOf(frame, Call("member", field, which));
    if (point) {
      if (auto clicked = co_await page_.Click(*point); !clicked) co_return Fail(clicked.error());
    }
    auto focused = co_await page_.Evaluate(frame, Call("focusMember", field, which));
    if (!focused) co_return Fail(ErrorKind::kNotFound, focused.error().message);
    if (auto typed = co_await page_.InsertText(pieces[member]); !typed) {
      co_return Fail(typed.error());
    }
  }
  (void)co_await page_.Evaluate(frame, Call("blur", field));
  auto shown = co_await ReadBack(frame, field);
  if (!shown) co_return Fail(shown.error());
  if (shown->value != text) co_return Fail(NotFilled(field, text, shown->value));
  co_return FillResult{shown->value, "typed"};
}

asio::awaitable<Result<FillResult>> FormActor::Choose(browser::FrameInfo frame, Field field,
                                                      planning::Answer answer) {
  if (field.kind == ControlKind::kSelect) {
    auto shown =
        co_await page_.Evaluate(frame, Call("selectOption", field, Quote(answer.option_value)));
    if (!shown) co_return Fail(ErrorKind::kNotFound, shown.error().message);
    auto read = FieldFromJson(*shown, field);
    if (!read) co_return Fail(read.error());
    if (read->value != answer.option_value) {
      co_return Fail(NotFilled(field, answer.option_value, read->value));
    }
    co_return FillResult{answer.text.empty() ? read->value : answer.text, "selected"};
  }
  // Radios and checkbox groups: click each option that must change.
  std::vector<std::string> wanted = answer.option_values;
  if (wanted.empty()) wanted.push_back(answer.option_value);
  for (std::size_t member = 0; member < field.options.size(); ++member) {
    const auto& option = field.options[member];
    const bool want = std::find(wanted.begin(), wanted.end(), option.value) != wanted.end();
    if (field.kind == ControlKind::kRadioGroup && !want) continue;
    auto current = co_await ReadBack(frame, field);
    if (!current) co_return Fail(current.error());
    if (current->options.size() <= member || current->options[member].selected == want) continue;
    auto point = co_await PointOf(frame, Call("member", field, std::to_string(member)));
    if (!point && point.error().kind != ErrorKind::kConflict) co_return Fail(point.error());
    if (point) {
      if (auto clicked = co_await page_.Click(*point); !clicked) co_return Fail(clicked.error());
    }
    auto after = co_await ReadBack(frame, field);
    if (!after) co_return Fail(after.error());
    if (after->options[member].selected != want) {
      (void)co_await page_.Evaluate(
          frame,
          Call("setChecked", field, std::to_string(member) + ", " + (want ? "true" : "false")));
    }
  }
  if (!answer.specified.empty()) {
    if (auto written = co_await WriteInOtherBox(frame, field, wanted, answer.specified); !written) {
      co_return Fail(written.error());
    }
  }
  auto shown = co_await ReadBack(frame, field);
  if (!shown) co_return Fail(shown.error());
  for (const auto& option : shown->options) {
    const bool want = std::find(wanted.begin(), wanted.end(), option.value) != wanted.end();
    if (option.selected != want) {
      co_return Fail(NotFilled(field, answer.text, shown->value));
    }
  }
  co_return FillResult{answer.text.empty() ? shown->value : answer.text, "clicked"};
}

asio::awaitable<Status> FormActor::WriteInOtherBox(browser::FrameInfo frame, Field field,
                                                   std::vector<std::string> wanted,
                                                   std::string text) {
  for (std::size_t member = 0; member < field.options.size(); ++member) {
    const auto& option = field.options[member];
    if (!option.specify || std::find(wanted.begin(), wanted.end(), option.value) == wanted.end()) {
      continue;
    }
    const std::string which = std::to_string(member);
    auto focused = co_await page_.Evaluate(frame, Call("focusOtherBox", field, which));
    if (!focused) co_return Fail(ErrorKind::kNotFound, focused.error().message);
    if (!focused->is_bool() || !focused->get_bool()) {
      co_return Fail(ErrorKind::kNotFound, "'" + field.label + "': the \"" + option.label +
                                               "\" option has no box to write in");
    }
    // insertText replaces the selection, as typing over selected text does.
    if (auto typed = co_await page_.InsertText(text); !typed) co_return Fail(typed.error());
    auto held = co_await page_.Evaluate(frame, Call("otherBoxValue", field, which));
    if (!held) co_return Fail(ErrorKind::kNotFound, held.error().message);
    if (!held->is_string() || held->get_string() != text) {
      co_return Fail(
          NotFilled(field, text, held->is_string() ? std::string(held->get_string()) : ""));
    }
    co_return Status{};
  }
  co_return Fail(ErrorKind::kNotFound,
                 "'" + field.label + "': no chosen option has a box for \"" + text + "\"");
}

asio::awaitable<Result<FillResult>> FormActor::Tick(browser::FrameInfo frame, Field field,
                                                    planning::Answer answer) {
  auto current = co_await ReadBack(frame, field);
  if (!current) co_return Fail(current.error());
  if (current->checked != answer.check) {
    auto point = co_await PointOf(frame, Call("member", field));
    if (!point && point.error().kind != ErrorKind::kConflict) co_return Fail(point.error());
    if (point) {
      if (auto clicked = co_await page_.Click(*point); !clicked) co_return Fail(clicked.error());
    }
    current = co_await ReadBack(frame, field);
    if (!current) co_return Fail(current.error());
    if (current->checked != answer.check && answer.check && co_await AgreeInDialog(frame, field)) {
      current = co_await ReadBack(frame, field);
      if (!current) co_return Fail(current.error());
    }
    if (current->checked != answer.check) {
      auto set = co_await page_.Evaluate(
          frame, Call("setChecked", field, std::string("0, ") + (answer.check ? "true" : "false")));
      if (!set) co_return Fail(ErrorKind::kNotFound, set.error().message);
      current = FieldFromJson(*set, field);
      if (!current) co_return Fail(current.error());
    }
  }
  if (current->checked != answer.check) {
    co_return Fail(NotFilled(field, answer.check ? "checked" : "unchecked",
                             current->checked ? "checked" : "unchecked"));
  }
  co_return FillResult{answer.check ? "checked" : "unchecked", "clicked"};
}

asio::awaitable<bool> FormActor::AgreeInDialog(browser::FrameInfo frame, Field field) {
  // A dialog the click opens is in the DOM at once; its text may still be fetched.
  co_await page_.WaitForSettled(std::chrono::milliseconds(100), std::chrono::seconds(2),
                                std::chrono::milliseconds(50));
  const auto texts = co_await DialogButtonTexts(frame, field);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    // "I do not agree" and "Disagree" say the words too.
    if (!perception::Says(texts[i], perception::Wording::kAgree) ||
        perception::NegatesAgreement(texts[i])) {
      continue;
    }
    auto point = co_await DialogButtonPoint(frame, i);
    if (!point || !co_await page_.Click(*point)) co_return false;
    co_await page_.WaitForSettled(std::chrono::milliseconds(100), std::chrono::seconds(2));
    co_return true;
  }
  co_return false;
}

asio::awaitable<std::vector<std::string>> FormActor::DialogButtonTexts(browser::FrameInfo frame,
                                                                       const Field& field,
                                                                       bool enabled_only) {
  std::vector<std::string> texts;
  auto buttons =
      co_await page_.Evaluate(frame, Call("dialogButtons", field, enabled_only ? "true" : "false"));
  if (!buttons || !buttons->is_array()) co_return texts;
  for (const auto& text : buttons->as_array()) {
    texts.push_back(text.is_string() ? perception::LowerText(text.as_string()) : std::string());
  }
  co_return texts;
}

asio::awaitable<Result<browser::Point>> FormActor::DialogButtonPoint(browser::FrameInfo frame,
                                                                     std::size_t index) {
  return PointOf(frame, "globalThis.__applier.dialogButton(" + std::to_string(index) + ")");
}

asio::awaitable<Result<FillResult>> FormActor::Attach(browser::FrameInfo frame, Field field,
                                                      planning::Answer answer) {
  if (!std::filesystem::is_regular_file(answer.file_path)) {
    co_return Fail(ErrorKind::kNotFound, "file to upload is missing: " + answer.file_path);
  }
  const std::vector<std::string> files{std::filesystem::absolute(answer.file_path).string()};
  const std::string name = std::filesystem::path(answer.file_path).filename().string();
  // (A hint's example "resume.pdf" is no sign of the file taken.)
  const std::ptrdiff_t shown_before = co_await TimesShownAround(frame, field, name);
  // (Not one conditional expression of two co_awaits: g++ 12 destroys the
  // temporary result of such an expression twice.)
  Status set;
  if (perception::DrawnUpload(field)) {
    set = co_await AttachThroughButton(frame, field, files);
  } else {
    set = co_await page_.SetInputFiles(frame, Call("element", field), files);
    // An upload component may take the file at once and show its progress in a
    // dialog over the page until it is closed (lightning-file-upload).
    if (set) set = co_await ConfirmUploadDialog(frame, field);
  }
  if (!set) co_return Fail(set.error());
  // A page that parses the file first ("Parsing your resume…") shows its name
  // only once done: a short while to show it.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
  for (;;) {
    auto shown = co_await ReadBack(frame, field);
    if (!shown) co_return Fail(shown.error());
    if (shown->value.find(name) != std::string::npos) {
      co_return FillResult{shown->value, "uploaded"};
    }
    // The name the page shows for the file anywhere in the upload's wrapper, in
    // a status line above the button too (Indeed's "resume.pdf · Uploaded").
    if (co_await TimesShownAround(frame, field, name) > shown_before) {
      co_return FillResult{name, "uploaded; the page shows the file beside the upload"};
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      co_return Fail(NotFilled(field, name, shown->value));
    }
    asio::steady_timer pause(co_await asio::this_coro::executor, std::chrono::milliseconds(150));
    co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
  }
}

asio::awaitable<std::ptrdiff_t> FormActor::TimesShownAround(browser::FrameInfo frame, Field field,
                                                            std::string name) {
  auto around = co_await page_.Evaluate(frame, Call("fileNamesAround", field));
  if (!around || !around->is_array()) co_return 0;
  co_return std::count_if(
      around->as_array().begin(), around->as_array().end(),
      [&](const json::value& shown) { return shown.is_string() && shown.as_string() == name; });
}

asio::awaitable<Status> FormActor::AttachThroughButton(browser::FrameInfo frame, Field field,
                                                       std::vector<std::string> files) {
  auto point = co_await PointOf(frame, Call("member", field));
  if (!point) co_return Fail(point.error());
  auto click = [&]() { return page_.Click(*point); };
  auto chosen = co_await page_.ChooseFiles(frame, click, files, std::chrono::milliseconds(800));
  if (chosen || chosen.error().kind != ErrorKind::kNotFound) co_return chosen;
  // No chooser: an upload dialog. Its own input takes the files (the page hears
  // the change as from its chooser), or else its button that opens the chooser.
  co_await page_.WaitForSettled(std::chrono::milliseconds(100), std::chrono::seconds(2),
                                std::chrono::milliseconds(50));
  auto held = co_await page_.Evaluate(frame, Call("dialogFileInput", field) + " !== null");
  if (held && held->is_bool() && held->as_bool()) {
    chosen = co_await page_.SetInputFiles(frame, Call("dialogFileInput", field), files);
  } else {
    chosen = Fail(ErrorKind::kNotFound,
                  "'" + field.label + "' opened neither a file chooser nor an upload dialog");
    const auto texts = co_await DialogButtonTexts(frame, field);
    for (std::size_t i = 0; i < texts.size(); ++i) {
      if (!perception::Says(texts[i], perception::Wording::kUpload)) continue;
      auto opener = co_await DialogButtonPoint(frame, i);
      if (!opener) continue;
      chosen = co_await page_.ChooseFiles(
          frame, [&]() { return page_.Click(*opener); }, files, std::chrono::milliseconds(1500));
      break;
    }
  }
  if (!chosen) co_return chosen;
  co_return co_await ConfirmUploadDialog(frame, std::move(field));
}

asio::awaitable<Status> FormActor::ConfirmUploadDialog(browser::FrameInfo frame, Field field) {
  // The dialog's last button that sends or keeps the file ("Upload", "Done"),
  // once the page has enabled it.
  for (int look = 0; look < 10; ++look) {
    co_await page_.WaitForSettled(std::chrono::milliseconds(100), std::chrono::seconds(2),
                                  std::chrono::milliseconds(50));
    const auto texts = co_await DialogButtonTexts(frame, field, true);
    if (texts.empty()) co_return Status{};
    for (std::size_t i = texts.size(); i-- > 0;) {
      if (!perception::Says(texts[i], perception::Wording::kUpload) &&
          !perception::Says(texts[i], perception::Wording::kSavesEntry)) {
        continue;
      }
      auto sender = co_await DialogButtonPoint(frame, i);
      if (!sender) break;  // gone meanwhile: look again
      if (auto pressed = co_await page_.Click(*sender); !pressed) co_return pressed;
      // The upload itself: the dialog closes once the page has the file.
      co_await page_.WaitForSettled(std::chrono::milliseconds(200), std::chrono::seconds(15));
      co_return Status{};
    }
  }
  co_return Status{};
}

asio::awaitable<Result<std::vector<perception::Option>>> FormActor::WaitForOpenedList(
    browser::FrameInfo frame, Field field, std::chrono::milliseconds patience) {
  (void)co_await page_.Evaluate(frame, "globalThis.__applier.afterFrame()");
  co_return co_await WaitForOptions(frame, field, patience, WaitEnds::kWhenNothingComes);
}

asio::awaitable<Result<std::vector<perception::Option>>> FormActor::WaitForOptions(
    browser::FrameInfo frame, Field field, std::chrono::milliseconds patience, WaitEnds ends) {
  // Options of custom lists render after the click, often after a fetch.
  const auto start = std::chrono::steady_clock::now();
  const auto deadline = start + patience;
  for (;;) {
    auto raw = co_await page_.Evaluate(frame, Call("openOptions", field));
    if (!raw) co_return Fail(ErrorKind::kNotFound, raw.error().message);
    auto options = perception::OptionsFromAgent(*raw);
    // A list showing only greyed-out notes ("Recherche en cours…", "Searching…")
    // has not answered yet; still so at the deadline, it answered nothing.
    const bool only_notes = std::all_of(options.begin(), options.end(),
                                        [](const auto& option) { return option.disabled; });
    const bool late = std::chrono::steady_clock::now() >= deadline;
    if (!options.empty() && (!only_notes || late)) co_return options;
    if (late) break;
    // "No options" the moment a key is pressed is how search-as-you-type recipes
    // (MUI's) draw a search that waits for typing to pause: the note is the
    // answer once it, the DOM and the network have stood still past any such
    // pause (commonly 150-500 ms) — each query that finds nothing then costs this
    // long, not the whole patience, and no Enter is pressed to search.
    constexpr auto kNoteStands = std::chrono::milliseconds(600);
    if (ends == WaitEnds::kWhenNothingFound &&
        std::chrono::steady_clock::now() - start >= kNoteStands &&
        page_.NetworkStillFor() >= kNoteStands) {
      bool says = std::any_of(options.begin(), options.end(), [](const auto& option) {
        return perception::Says(perception::LowerText(option.label),
                                perception::Wording::kNothingFound);
      });
      if (!says) {
        auto noted = co_await page_.Evaluate(frame, Call("saysNothingFound", field));
        says = noted && noted->is_bool() && noted->as_bool();
      }
      if (says) {
        auto still = co_await page_.Evaluate(frame, "globalThis.__applier.quietness().quiet_ms");
        if (still && JsonReader(*still, "quiet_ms").Number().value_or(0) >= kNoteStands.count()) {
          co_return std::vector<perception::Option>{};
        }
      }
    }
    // Still for this long, after this long, nothing is on its way: a list that
    // opens draws in the frame after the action, one that fetches shows a request.
    constexpr auto kStill = std::chrono::milliseconds(150);
    if (ends == WaitEnds::kWhenNothingComes && options.empty() &&
        std::chrono::steady_clock::now() - start >= kStill && page_.NetworkStillFor() >= kStill) {
      auto still = co_await page_.Evaluate(frame, "globalThis.__applier.quietness().quiet_ms");
      if (still && JsonReader(*still, "quiet_ms").Number().value_or(0) >= kStill.count()) break;
    }
    // Often: every look at a list that is late is paid on every choice of a form.
    asio::steady_timer pause(co_await asio::this_coro::executor, std::chrono::milliseconds(25));
    co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
  }
  co_return Fail(ErrorKind::kNotFound, "'" + field.label + "' showed no options when opened");
}

static bool SameLabels(const std::vector<perception::Option>& a,
                       const std::vector<perception::Option>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const auto& x, const auto& y) { return x.label == y.label; });
}

asio::awaitable<Result<std::vector<perception::Option>>> FormActor::WaitForNewOptions(
    browser::FrameInfo frame, Field field, std::chrono::milliseconds patience,
    const std::vector<perception::Option>& before) {
  // A debounced list keeps showing the last query's suggestions until the new
  // ones arrive: those are not an answer to what was just typed.
  const auto deadline = std::chrono::steady_clock::now() + patience;
  for (;;) {
    auto options = co_await WaitForOptions(frame, field, patience, WaitEnds::kWhenNothingFound);
    if (!options || before.empty() || !SameLabels(*options, before) ||
        std::chrono::steady_clock::now() >= deadline) {
      co_return options;
    }
    asio::steady_timer pause(co_await asio::this_coro::executor, std::chrono::milliseconds(100));
    co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
  }
}

asio::awaitable<Result<std::vector<perception::Option>>> FormActor::ReadOptions(
    browser::FrameInfo frame, Field field) {
  auto point = co_await PointOf(frame, Call("member", field));
  if (!point) co_return Fail(point.error());
  if (auto clicked = co_await page_.Click(*point); !clicked) co_return Fail(clicked.error());
  auto options = co_await WaitForOptions(frame, field, std::chrono::milliseconds(800));
  if (!options) {
    // The click may have been lost while the page moved under the pointer: the
    // field left for this one shows its validation message on blur (Lightning's
    // "Complete this field.", Angular Material's mat-error), pushing this one down
    // between the press and the release. Once the page is still, click it where
    // it is now, unless its list says it is open already (a slow one).
    co_await page_.WaitForSettled(std::chrono::milliseconds(100), std::chrono::seconds(2));
    auto expanded = co_await page_.Evaluate(
        frame, Call("element", field) + ".getAttribute('aria-expanded') === 'true'");
    if (!expanded || !expanded->is_bool() || !expanded->as_bool()) {
      point = co_await PointOf(frame, Call("member", field));
      if (!point) co_return Fail(point.error());
      if (auto clicked = co_await page_.Click(*point); !clicked) co_return Fail(clicked.error());
    }
    options = co_await WaitForOptions(frame, field, std::chrono::milliseconds(2200));
  }
  co_await CloseList(frame, field);
  co_return options;
}

asio::awaitable<std::optional<FillResult>> FormActor::KeepTyped(browser::FrameInfo frame,
                                                                Field field, std::string text) {
  auto focused = co_await page_.Evaluate(frame, Call("focusForTyping", field));
  if (!focused || !focused->is_bool() || !focused->as_bool()) co_return std::nullopt;
  if (auto typed = co_await page_.InsertText(text); !typed) co_return std::nullopt;
  // The suggestions for what was typed arrive late; closing before they do would
  // leave them to open over the next field.
  co_await page_.WaitForSettled(std::chrono::milliseconds(200), std::chrono::seconds(2));
  // A box that takes only picked entries offers what was typed as one of its own
  // ("Create \"X\"", "'X' 직접 입력"), once its debounced search has answered.
  for (int look = 0; look < 10; ++look) {
    auto listed = co_await WaitForOptions(frame, field, std::chrono::milliseconds(0));
    if (!listed && look > 0) break;
    std::vector<std::string> labels;
    if (listed) {
      for (const auto& option : *listed) labels.push_back(option.label);
    }
    if (auto entry = planning::EntryForTyped(labels, text)) {
      if (!co_await ClickOption(frame, *entry)) break;
      co_await page_.WaitForSettled(std::chrono::milliseconds(50), std::chrono::seconds(2));
      auto shown = co_await ReadBack(frame, field);
      if (!shown || !ValueMatches(field.kind, text, shown->value)) break;
      co_return FillResult{text,
                           "no suggestion meant it; chose the list's entry for the typed "
                           "text (\"" +
                               labels[*entry] + "\")"};
    }
    asio::steady_timer pause(co_await asio::this_coro::executor, std::chrono::milliseconds(150));
    co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
  }
  co_await CloseList(frame, field);
  (void)co_await page_.Evaluate(frame, Call("blur", field));
  co_await page_.WaitForSettled(std::chrono::milliseconds(50), std::chrono::seconds(2));
  auto shown = co_await ReadBack(frame, field);
  if (!shown || !ValueMatches(field.kind, text, shown->value)) co_return std::nullopt;
  co_return FillResult{text, "typed; no suggestion meant it, and the box keeps what was typed"};
}

asio::awaitable<Result<FillResult>> FormActor::AddEntries(browser::FrameInfo frame, Field field,
                                                          std::vector<std::string> entries) {
  auto point = co_await PointOf(frame, Call("member", field));
  if (!point) co_return Fail(point.error());
  if (auto clicked = co_await page_.Click(*point); !clicked) co_return Fail(clicked.error());
  // A multi-select whose menu stays open marks each chosen option aria-selected,
  // where the box may show no chip to read back, only a count (Carbon's
  // FilterableMultiSelect): the list itself confirms the entries it marks.
  std::size_t confirmed = 0;
  for (const std::string& entry : entries) {
    auto focused = co_await page_.Evaluate(frame, Call("focusForTyping", field));
    if (!focused || !focused->is_bool() || !focused->as_bool()) {
      co_return Fail(ErrorKind::kNotFound, "'" + field.label + "' takes no typing");
    }
    if (auto typed = co_await page_.InsertText(entry); !typed) co_return Fail(typed.error());
    auto listed = co_await WaitForOptions(frame, field, std::chrono::milliseconds(800));
    auto index_of = [&](const std::vector<perception::Option>& options) {
      std::optional<std::size_t> at;
      for (std::size_t i = 0; i < options.size() && !at; ++i) {
        if (Lowered(options[i].label) == Lowered(entry)) at = i;
      }
      if (at) return at;
      // A skills box may list the entry under its full name only ("Apache Kafka"
      // for "Kafka"): Enter would leave the typed text, which such a box drops.
      std::vector<std::string> labels;
      for (const auto& option : options) labels.push_back(option.label);
      return planning::SuggestionNamingEntry(labels, entry);
    };
    const std::optional<std::size_t> same = listed ? index_of(*listed) : std::nullopt;
    if (same) {
      const bool was_chosen = (*listed)[*same].selected;
      if (auto clicked = co_await ClickOption(frame, *same); !clicked)
        co_return Fail(clicked.error());
      co_await page_.WaitForSettled(std::chrono::milliseconds(50), std::chrono::seconds(1));
      auto after = co_await WaitForOptions(frame, field, std::chrono::milliseconds(0));
      std::optional<std::size_t> now = after ? index_of(*after) : std::nullopt;
      if (was_chosen && now && !(*after)[*now].selected) {
        // Its options toggle: the click took an entry chosen before (a second
        // attempt at the field) back out; once more puts it back.
        if (auto clicked = co_await ClickOption(frame, *now); !clicked)
          co_return Fail(clicked.error());
        co_await page_.WaitForSettled(std::chrono::milliseconds(50), std::chrono::seconds(1));
        after = co_await WaitForOptions(frame, field, std::chrono::milliseconds(0));
        now = after ? index_of(*after) : std::nullopt;
      }
      if (now && (*after)[*now].selected) ++confirmed;
      continue;
    } else {
      auto armed = co_await page_.Evaluate(frame, Call("beginEnterSearch", field));
      if (armed && armed->is_bool() && armed->as_bool()) (void)co_await page_.PressKey("Enter");
      (void)co_await page_.Evaluate(frame, "globalThis.__applier.endEnterSearch()");
    }
    co_await page_.WaitForSettled(std::chrono::milliseconds(50), std::chrono::seconds(1));
  }
  co_await CloseList(frame, field);
  auto shown = co_await ReadBack(frame, field);
  if (!shown) co_return Fail(shown.error());
  const std::string kept = Lowered(shown->value);
  const bool any = std::any_of(entries.begin(), entries.end(), [&](const std::string& entry) {
    return kept.find(Lowered(entry)) != std::string::npos;
  });
  if (!any && confirmed == entries.size()) {
    std::string all;
    for (const std::string& entry : entries) all += (all.empty() ? "" : ", ") + entry;
    co_return FillResult{all, "added as entries; its list marks each one chosen"};
  }
  if (!any) co_return Fail(NotFilled(field, entries.front(), shown->value));
  co_return FillResult{shown->value, "added as entries"};
}

asio::awaitable<void> FormActor::CloseList(browser::FrameInfo frame, Field field) {
  // Escape closes most lists; those that ignore it close when their control is
  // clicked again. An open list left behind would cover the next fields.
  // Inside a modal dialog, an Escape no open list takes reaches the dialog, and
  // most close on it (Bootstrap's modal, hand-written apply dialogs), taking the
  // form with them: there a box with no list open (a tags box, where Enter adds
  // each entry) is left as it is.
  if (!co_await WaitForOptions(frame, field, std::chrono::milliseconds(0))) {
    auto in_modal = co_await page_.Evaluate(frame, Call("inModal", field));
    if (in_modal && in_modal->is_bool() && in_modal->as_bool()) co_return;
  }
  (void)co_await page_.PressKey("Escape");
  auto still = co_await WaitForOptions(frame, field, std::chrono::milliseconds(0));
  if (!still) co_return;
  if (auto point = co_await PointOf(frame, Call("member", field))) {
    (void)co_await page_.Click(*point);
  }
}

static std::optional<std::size_t> ChooseOption(const std::vector<perception::Option>& options,
                                               const planning::Answer& answer) {
  const std::string wanted = Lowered(answer.text.empty() ? answer.option_value : answer.text);
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (options[i].disabled) continue;  // a list's note, never a choice
    if ((!answer.option_value.empty() && options[i].value == answer.option_value) ||
        Lowered(options[i].label) == wanted) {
      return i;
    }
  }
  // What the planner says the option must mean (a place, a school), else the text.
  const std::string meant = answer.match_text.empty() ? wanted : answer.match_text;
  if (auto match = planning::MatchOption(options, meant, answer.match_key)) {
    return static_cast<std::size_t>(match->index);
  }
  // A place or a school is matched by meaning only (planning/typeahead.h): the one
  // option holding "San Francisco" may well be "South San Francisco", the one
  // holding "University of California" its extension school.
  if (planning::IsPlaceKey(answer.match_key) || answer.match_key == planning::FieldKey::kSchool) {
    return std::nullopt;
  }
  // Suggestions worded differently from the profile ("San Francisco, CA" against
  // "San Francisco, California, United States"): the one option that contains the
  // answer's first part.
  const std::string head = wanted.substr(0, wanted.find(','));
  std::optional<std::size_t> only;
  int count = 0;
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (!options[i].disabled && head.size() >= 3 &&
        Lowered(options[i].label).find(head) != std::string::npos) {
      only = i;
      ++count;
    }
  }
  return count == 1 ? only : std::nullopt;
}

asio::awaitable<std::optional<std::size_t>> FormActor::FindOption(
    browser::FrameInfo frame, Field field, const planning::Answer& answer,
    std::vector<perception::Option>& options) {
  // A virtual list draws only the rows in sight: the answer may be pages further
  // down. Bounded, for lists that keep loading more as they scroll.
  constexpr int kMaxPages = 60;
  auto chosen = ChooseOption(options, answer);
  for (int page = 0; !chosen && page < kMaxPages; ++page) {
    auto scrolled = co_await page_.Evaluate(frame, "globalThis.__applier.scrollOptions()");
    if (!scrolled || !scrolled->is_bool() || !scrolled->as_bool()) break;
    auto more = co_await WaitForOptions(frame, field, std::chrono::milliseconds(0));
    if (!more) break;
    options = std::move(*more);
    chosen = ChooseOption(options, answer);
  }
  co_return chosen;
}

asio::awaitable<Result<std::vector<perception::Option>>> FormActor::SearchOnEnter(
    browser::FrameInfo frame, Field field, const std::vector<perception::Option>& before) {
  auto armed = co_await page_.Evaluate(frame, Call("beginEnterSearch", field));
  if (!armed) co_return Fail(armed.error());
  if (!armed->is_bool() || !armed->as_bool()) {
    co_return Fail(ErrorKind::kNotFound, "an option is highlighted: Enter would choose it");
  }
  auto pressed = co_await page_.PressKey("Enter");
  std::optional<Result<std::vector<perception::Option>>> found;
  if (pressed) found = co_await WaitForNewOptions(frame, field, std::chrono::seconds(2), before);
  (void)co_await page_.Evaluate(frame, "globalThis.__applier.endEnterSearch()");
  if (!pressed) co_return Fail(pressed.error());
  co_return std::move(*found);
}

asio::awaitable<Result<FillResult>> FormActor::Pick(browser::FrameInfo frame, Field field,
                                                    planning::Answer answer) {
  auto picked = co_await PickFromList(frame, field, answer);
  // A pick that failed halfway (an option that would not take the click, a
  // choice the list did not keep) leaves the list it opened over the fields after
  // it, and its click-catching layer over the page: closed, as a person would.
  if (!picked && !Vanished(picked.error()) &&
      co_await WaitForOptions(frame, field, std::chrono::milliseconds(0))) {
    co_await CloseList(frame, field);
  }
  co_return picked;
}

asio::awaitable<Result<FillResult>> FormActor::PickFromList(browser::FrameInfo frame, Field field,
                                                            planning::Answer answer) {
  if (!answer.entries.empty()) co_return co_await AddEntries(frame, field, answer.entries);
  const std::string wanted = answer.text.empty() ? answer.option_value : answer.text;
  auto point = co_await PointOf(frame, Call("member", field));
  if (!point) co_return Fail(point.error());
  if (auto clicked = co_await page_.Click(*point); !clicked) co_return Fail(clicked.error());

  std::optional<std::size_t> chosen;
  std::vector<perception::Option> options;
  auto opened = co_await WaitForOpenedList(frame, field, std::chrono::milliseconds(400));
  // What the list offers as opened; then, for a text box or a list opened with a
  // search box of its own, what typing the answer (and failing that, its first
  // part) brings up.
  bool searchable = IsTextBox(field);
  if (!searchable) {
    auto in_list = co_await page_.Evaluate(frame, Call("searchesInList", field));
    searchable = in_list && in_list->is_bool() && in_list->as_bool();
  }
  std::vector<std::string> queries;
  if (searchable) queries = answer.queries;  // the planner's, most specific first
  if (queries.empty() && searchable) {
    // Search boxes match what they list, not what the profile says: "LinkedIn Job
    // Board" finds nothing where the list has "LinkedIn" under "Job Board".
    for (std::string query :
         {wanted, wanted.substr(0, wanted.find(',')), wanted.substr(0, wanted.find(' '))}) {
      if (query.size() >= 2 && std::find(queries.begin(), queries.end(), query) == queries.end()) {
        queries.push_back(std::move(query));
      }
    }
  }
  if (opened) {
    options = *opened;
    chosen = co_await FindOption(frame, field, answer, options);
  } else if (IsTextBox(field) && !queries.empty()) {
    // A box that filters a list it holds (Ext JS's and Kendo's ComboBox) finds
    // nothing for the profile's wording where the list is in the page's language
    // ("Estados Unidos da América"), and each query costs the wait for
    // suggestions: Down opens the whole list, as ARIA's combobox pattern has it,
    // to choose from by meaning before anything is typed. A box that only
    // suggests what was typed opens nothing.
    auto focused = co_await page_.Evaluate(frame, Call("focusForTyping", field));
    if (focused && focused->is_bool() && focused->as_bool() &&
        co_await page_.PressKey("ArrowDown")) {
      if (auto all = co_await WaitForOpenedList(frame, field, std::chrono::milliseconds(300))) {
        options = *all;
        chosen = co_await FindOption(frame, field, answer, options);
      }
    }
  }
  // Queries that brought nothing up. A list that finds nothing for "San Francisco"
  // finds nothing for "San Francisco, CA" either, and each query costs the wait
  // for suggestions: after one finds nothing the shortest left goes next, and a
  // query holding one that found nothing is not typed.
  std::vector<std::string> barren;
  bool searched_on_enter = false;
  for (std::size_t q = 0; q < queries.size() && !chosen; ++q) {
    if (std::any_of(barren.begin(), barren.end(), [&](const std::string& none) {
          return queries[q].find(none) != std::string::npos;
        })) {
      continue;
    }
    auto focused = co_await page_.Evaluate(frame, Call("focusForTyping", field));
    if (!focused) co_return Fail(ErrorKind::kNotFound, focused.error().message);
    // A read-only search box (a select drawn over an input) takes no typing.
    if (!focused->is_bool() || !focused->as_bool()) break;
    if (auto typed = co_await page_.InsertText(queries[q]); !typed) co_return Fail(typed.error());
    auto suggested =
        co_await WaitForNewOptions(frame, field, std::chrono::milliseconds(1500), options);
    // A list that said nothing matches searches as it is typed in.
    const bool said_nothing_found = suggested && suggested->empty();
    if (!said_nothing_found && (!suggested || SameLabels(*suggested, options)) &&
        !searched_on_enter) {
      // Typing brought nothing up: the box may search on Enter (once: a box that
      // does shows it at the first query).
      searched_on_enter = true;
      auto searched = co_await SearchOnEnter(frame, field, options);
      if (searched && !SameLabels(*searched, options)) suggested = std::move(searched);
    }
    if (!suggested || suggested->empty()) {
      barren.push_back(queries[q]);
      const auto shortest = std::min_element(
          queries.begin() + static_cast<std::ptrdiff_t>(q) + 1, queries.end(),
          [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
      if (shortest != queries.end()) {
        std::rotate(queries.begin() + static_cast<std::ptrdiff_t>(q) + 1, shortest, shortest + 1);
      }
      continue;
    }
    options = *suggested;
    chosen = co_await FindOption(frame, field, answer, options);
  }
  if (!chosen && searchable) {
    // Lists that filter by substring never show "8" among "6-10 years": clear the
    // box and open the whole list with the keyboard.
    (void)co_await page_.Evaluate(frame, Call("focusForTyping", field));
    (void)co_await page_.PressKey("Backspace");
    (void)co_await page_.PressKey("ArrowDown");
    if (auto all = co_await WaitForOptions(frame, field, std::chrono::seconds(1))) {
      options = *all;
      chosen = co_await FindOption(frame, field, answer, options);
    }
  }
  // The person's whole place, once the list's choice for living abroad was taken.
  std::optional<std::string> abroad_home;
  if (!chosen && planning::TakesAbroadOption(answer.match_key) && !options.empty()) {
    // The whole list holds no place of the person's: a list of another country's
    // regions or cities (Italian provinces, Japanese prefectures, Vietnamese
    // provinces asked as where one lives) drawn only when opened, with a choice
    // for living elsewhere ("Estero", "海外", "Nước ngoài").
    if (auto all = co_await WaitForOptions(frame, field, std::chrono::milliseconds(0))) {
      options = *all;
    }
    const std::string& home = answer.match_text.empty() ? answer.text : answer.match_text;
    if (auto abroad = planning::AbroadOption(options, home)) {
      chosen = static_cast<std::size_t>(*abroad);
      abroad_home = home;
    }
  }
  if (!chosen) {
    // A cascader lists the place's province first; the answer names the city in
    // it ("上海市" under "上海"): the province opens the list to choose in.
    if (auto category = planning::EnclosingCategoryOption(options, wanted)) {
      chosen = static_cast<std::size_t>(*category);
    }
  }
  if (!chosen && IsTextBox(field) && !answer.text.empty() && TypedTextStands(answer.match_key)) {
    if (auto kept = co_await KeepTyped(frame, field, answer.text)) co_return *kept;
  }
  if (!chosen) {
    co_await CloseList(frame, field);
    co_return Fail(ErrorKind::kNotFound,
                   "none of the options of '" + field.label + "' means \"" + wanted + "\"");
  }
  // A category ("Job Board ›") opens the options it holds: go in and choose there.
  for (int depth = 0; depth < 3 && options[*chosen].submenu; ++depth) {
    if (auto opened_category = co_await ClickOption(frame, *chosen); !opened_category) {
      co_return Fail(opened_category.error());
    }
    auto inner = co_await WaitForOptions(frame, field, std::chrono::seconds(2));
    std::optional<std::size_t> inner_choice;
    if (inner) inner_choice = ChooseOption(*inner, answer);
    // Abroad opens the countries (a cascader of places: "海外 › 美国"), where no
    // city of the person's is listed but their country is.
    if (inner && !inner_choice && abroad_home) {
      if (auto country = planning::HomeCountryOption(*inner, *abroad_home)) {
        inner_choice = static_cast<std::size_t>(*country);
      }
    }
    abroad_home.reset();
    if (!inner_choice) {
      co_await CloseList(frame, field);
      co_return Fail(ErrorKind::kNotFound, "none of the options under '" + options[*chosen].label +
                                               "' in '" + field.label + "' means \"" + wanted +
                                               "\"");
    }
    options = std::move(*inner);
    chosen = inner_choice;
  }
  std::string label = options[*chosen].label;
  auto clicked = co_await ClickOption(frame, *chosen);
  if (!clicked && clicked.error().kind == ErrorKind::kConflict && searchable) {
    // Out of reach past the viewport's edge (a list drawn below a box low in a
    // dialog that scrolls no further, never flipped up): the option's own words
    // in the search box narrow the list to it, at its top, within reach.
    if (auto narrowed = co_await Narrow(frame, field, answer, label)) {
      label = narrowed->second;
      clicked = co_await ClickOption(frame, narrowed->first);
    }
  }
  if (!clicked) co_return Fail(clicked.error());
  if (auto confirmed = co_await ConfirmChoice(frame, field); !confirmed) {
    co_return Fail(confirmed.error());
  }
  co_await Reacted(frame);
  auto shown = co_await ReadBack(frame, field);
  if (!shown) co_return Fail(shown.error());
  // A multi-select shows its choice as a pill with the option's main words
  // ("LinkedIn" for the option "LinkedIn · Job Board").
  const bool shows_choice = ShowsChoice(shown->value, label);
  const bool marked = std::any_of(shown->options.begin(), shown->options.end(),
                                  [&](const auto& o) { return o.selected && o.label == label; });
  if (!shows_choice && !marked) {
    co_await CloseList(frame, field);
    co_return Fail(NotFilled(field, label, shown->value));
  }
  // A single choice's list that leaves with an animation (Ionic's alert, a menu
  // fading out) is still drawn over the page for a moment: it is left to go by
  // itself, and the page behind is read once it has gone. Closed by hand
  // meanwhile, an Escape would reach the dialog around the form, and a click on
  // the control through the leaving overlay would open the list anew. One drawn
  // still, with nothing running, stays (a prompt that keeps its list open after a
  // pick): it is closed at once.
  bool open =
      static_cast<bool>(co_await WaitForOptions(frame, field, std::chrono::milliseconds(0)));
  for (int look = 0; open && !field.multiple && look < 20; ++look) {
    auto moving = co_await page_.Evaluate(frame, "globalThis.__applier.inMotion(60)");
    if (moving && moving->is_bool() && !moving->as_bool()) break;
    asio::steady_timer pause(co_await asio::this_coro::executor, std::chrono::milliseconds(25));
    co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
    open = static_cast<bool>(co_await WaitForOptions(frame, field, std::chrono::milliseconds(0)));
  }
  // A multi-select stays open after a pick; left open it would cover the next field.
  if (open) co_await CloseList(frame, field);
  co_return FillResult{label, "picked"};
}

asio::awaitable<std::optional<std::pair<std::size_t, std::string>>> FormActor::Narrow(
    browser::FrameInfo frame, Field field, const planning::Answer& answer,
    const std::string& label) {
  auto focused = co_await page_.Evaluate(frame, Call("focusForTyping", field));
  if (!focused || !focused->is_bool() || !focused->as_bool()) co_return std::nullopt;
  auto before = co_await WaitForOptions(frame, field, std::chrono::milliseconds(0));
  if (!before) co_return std::nullopt;
  if (auto typed = co_await page_.InsertText(label); !typed) co_return std::nullopt;
  auto narrowed =
      co_await WaitForNewOptions(frame, field, std::chrono::milliseconds(1500), *before);
  if (!narrowed || narrowed->empty()) co_return std::nullopt;
  const auto chosen = ChooseOption(*narrowed, answer);
  if (!chosen) co_return std::nullopt;
  co_return std::pair{*chosen, (*narrowed)[*chosen].label};
}

asio::awaitable<Status> FormActor::ClickOption(browser::FrameInfo frame, std::size_t index) {
  auto point =
      co_await PointOf(frame, "globalThis.__applier.option(" + std::to_string(index) + ")");
  if (point) co_return co_await page_.Click(*point);
  if (point.error().kind != ErrorKind::kConflict) co_return Fail(point.error());
  // Out of reach of the pointer (a list that runs past the viewport's bottom and
  // cannot be raised): chosen with the keys as ARIA's combobox pattern has it,
  // the arrow keys moving the active option, Enter taking it; only when the box
  // says which option is active, never by counting presses.
  const std::string active = "globalThis.__applier.optionIsActive(" + std::to_string(index) + ")";
  // In a virtual list the option's place in the whole list, not among the rows read.
  std::size_t presses = index + 1;
  auto position = co_await page_.Evaluate(
      frame, "globalThis.__applier.optionPresses(" + std::to_string(index) + ")");
  if (position && position->is_number()) {
    presses = static_cast<std::size_t>(std::max(position->to_number<double>(), 1.0));
  }
  for (std::size_t press = 0; press <= presses; ++press) {
    auto reached = co_await page_.Evaluate(frame, active);
    if (reached && reached->is_bool() && reached->as_bool())
      co_return co_await page_.PressKey("Enter");
    if (auto down = co_await page_.PressKey("ArrowDown"); !down) co_return Fail(down.error());
  }
  co_return Fail(point.error());
}

asio::awaitable<Status> FormActor::ConfirmChoice(browser::FrameInfo frame, Field field) {
  const std::string confirm = Call("choiceConfirmButton", field);
  auto waiting = co_await page_.Evaluate(frame, confirm + " !== null");
  if (!waiting || !waiting->is_bool() || !waiting->as_bool()) co_return Status{};
  auto point = co_await PointOf(frame, confirm);
  if (!point) co_return Fail(point.error());
  co_return co_await page_.Click(*point);
}

asio::awaitable<void> FormActor::Reacted(browser::FrameInfo frame) {
  (void)co_await page_.Evaluate(frame, "globalThis.__applier.afterFrame()");
  co_await page_.WaitForSettled(std::chrono::milliseconds(50), std::chrono::seconds(2),
                                std::chrono::milliseconds(0));
}

asio::awaitable<Status> FormActor::Press(browser::FrameInfo frame, perception::Button button) {
  auto pressed = co_await PressOnce(frame, button);
  if (!pressed && Vanished(pressed.error())) {
    co_await page_.WaitForSettled(std::chrono::milliseconds(100), std::chrono::seconds(3));
    pressed = co_await PressOnce(frame, button);
  }
  if (!pressed) co_return Fail(Unreachable(pressed.error(), "the button \"" + button.text + "\""));
  co_return pressed;
}

asio::awaitable<Status> FormActor::PressOnce(browser::FrameInfo frame, perception::Button button) {
  // A press while the page re-renders the button can go down on the old node and
  // up on nothing (no click at all): wait, up to 2 s, for the frame's DOM to have
  // been still for a moment.
  for (int i = 0; i < 80; ++i) {
    auto still = co_await page_.Evaluate(frame, "globalThis.__applier.quietness().quiet_ms");
    if (!still || JsonReader(*still, "quiet_ms").Number().value_or(50) >= 50) break;
    asio::steady_timer pause(co_await asio::this_coro::executor, std::chrono::milliseconds(25));
    co_await pause.async_wait(asio::as_tuple(asio::use_awaitable));
  }
  const std::string ref = Ref(button.index, button.locator);
  auto point = co_await PointOf(frame, "globalThis.__applier.button(" + ref + ")");
  if (!point && point.error().kind == ErrorKind::kConflict) {
    // Covered by an overlay: a person would close it; the button's own click
    // handler is the next best thing.
    auto clicked = co_await page_.Evaluate(frame, "globalThis.__applier.clickButton(" + ref + ")");
    if (!clicked) co_return Fail(ErrorKind::kNotFound, clicked.error().message);
    co_return Status{};
  }
  if (!point) co_return Fail(point.error());
  (void)co_await page_.Evaluate(frame, "globalThis.__applier.armButtonCheck(" + ref + ")");
  if (auto clicked = co_await page_.Click(*point); !clicked) co_return clicked;
  auto landed = co_await page_.Evaluate(frame, "globalThis.__applier.buttonPressed(" + ref + ")");
  if (landed && landed->is_bool() && !landed->get_bool()) {
    // The click went elsewhere (the frame or the page moved under the pointer):
    // the button's own click, as for a covered button, once.
    auto clicked = co_await page_.Evaluate(frame, "globalThis.__applier.clickButton(" + ref + ")");
    if (!clicked) co_return Fail(ErrorKind::kNotFound, clicked.error().message);
  }
  co_return Status{};
}

}  // namespace applier::actions
