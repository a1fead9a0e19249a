#include "session/step_filler.h"

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>

#include "perception/page_words.h"
#include "planning/option_matcher.h"
#include "planning/value_format.h"
#include "session/page_navigator.h"

namespace applier::session {

namespace asio = boost::asio;
namespace json = boost::json;
using perception::ButtonRole;
using perception::ControlKind;
using perception::Field;
using perception::PageSnapshot;
using planning::Answer;
using planning::AnswerSource;
using planning::FieldPlan;

namespace {

// Entries added to one repeated section at most: a long career stays a few
// clicks, and the profile's most recent entries come first.
constexpr int kMaxEntriesPerSection = 3;

// How long a step's page must stand still after its fields were filled before it
// is read again for what the answers revealed. What an answer reveals is drawn by
// the input's own handlers (a framework's re-render, a microtask) or after a
// request, which the network's stillness covers; no step's page is new.
constexpr std::chrono::milliseconds kFilledPageQuiet{30};

// What the person is shown for a choice question: the options they can choose, in
// the numbering the planner accepts back ("2" means the second of these).
std::vector<std::string> SelectableLabels(const Field& field) {
  std::vector<std::string> labels;
  for (int index : planning::SelectableOptions(field.options)) {
    labels.push_back(field.options[static_cast<std::size_t>(index)].label);
  }
  return labels;
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), ::tolower);
  return text;
}

// What a field looks like to a person, whatever ids and names a render gave it:
// its frame, kind and label. An added entry brings more fields of some looks.
std::string LookOf(const Field& field) {
  return field.frame_url + "|" + std::to_string(static_cast<int>(field.kind)) + "|" + field.label;
}

// A button as the page shows it: its words and where it is.
std::string ButtonKey(const perception::Button& button) {
  return button.frame_id + "|" + button.text + "\n" + button.locator;
}

// Times a changed value is filled again before the person is asked about it.
constexpr int kMaxRefills = 2;

// Boxes whose value is the text typed into them: what a step reads back.
bool HoldsTypedText(ControlKind kind) {
  switch (kind) {
    case ControlKind::kText:
    case ControlKind::kEmail:
    case ControlKind::kTel:
    case ControlKind::kUrl:
    case ControlKind::kNumber:
    case ControlKind::kDate:
    case ControlKind::kTextarea: return true;
    default: return false;
  }
}

std::string_view Trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// The letters and digits of a value, lower-cased: a page that only re-formats
// what was typed ("(415) 555-0142" for "415 555 0142", upper-cased postcodes)
// keeps them.
std::string Content(std::string_view text) {
  std::string content;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80) content += static_cast<char>(std::tolower(c));
  }
  return content;
}

// Whether `shown` is the person's whole phone number where `typed` was its
// national part: a phone box beside a country-code picker that writes the picked
// calling code in front (intl-tel-input, ADP's phone input). Their own code
// only: another country's in front is another number.
bool ShowsTheWholeNumber(const std::string& shown, const std::string& typed,
                         const knowledge::Profile& profile) {
  const std::string code = planning::Digits(profile.phone_country_code);
  const std::string national = planning::Digits(typed);
  return Trimmed(shown).starts_with('+') && !code.empty() && !national.empty() &&
         planning::Digits(shown) == code + national &&
         planning::Digits(profile.phone).ends_with(national);
}

// The words two prompts start with ("วัน/เดือน/ปีเกิด" of "วัน/เดือน/ปีเกิด วัน" and
// "วัน/เดือน/ปีเกิด เดือน"), or "" when they share none.
std::string SharedLead(const std::string& first, const std::string& second) {
  std::size_t end = 0;
  for (std::size_t i = 0; i < first.size() && i < second.size() && first[i] == second[i]; ++i) {
    if (first[i] == ' ') end = i;
    if (i + 1 == first.size() && (i + 1 == second.size() || second[i + 1] == ' ')) end = i + 1;
  }
  std::string lead = std::string(Trimmed(first.substr(0, end)));
  // (Without the separator that led to the part: "Date of birth -", "生年月日:")
  while (!lead.empty() && std::string_view(" -:/|(").find(lead.back()) != std::string_view::npos) {
    lead.pop_back();
  }
  return lead;
}

// What names a date asked in parts: the words the parts' names start with, else
// the innermost context the two share (a legend "生年月日" over lists named "年",
// "月", "日"), else both names.
std::string DateName(const std::string& named, const Field& first, const Question& part) {
  if (std::string lead = SharedLead(named, part.prompt); !lead.empty()) return lead;
  const std::string context = first.context.substr(0, first.context.find(" | "));
  if (!context.empty() && part.field.context.starts_with(context)) return context;
  return named + " / " + part.prompt;
}

// The questions as the person is asked them, and for each field asked the one
// that asks it. A date drawn as lists of its parts (day, month and year under one
// label, as Thai, Indonesian and many server-rendered forms ask a date of birth)
// is one question: the person gives the date, and each list takes its part.
struct JoinedQuestions {
  std::vector<Question> questions;
  std::vector<std::size_t> asked_as;  // per field asked
};
JoinedQuestions JoinDateParts(const std::vector<Question>& questions,
                              const std::vector<Field>& asked,
                              const std::vector<planning::FieldKey>& meanings,
                              const planning::AnswerPlanner& planner) {
  JoinedQuestions joined{.questions = {}, .asked_as = std::vector<std::size_t>(asked.size())};
  std::vector<std::set<std::string>> date_parts;  // per question asked
  for (std::size_t i = 0; i < asked.size(); ++i) {
    const std::string part = planner.DatePartOf(asked[i]);
    std::optional<std::size_t> date;
    for (std::size_t j = 0; j < i && !part.empty() && !date; ++j) {
      const std::size_t other = joined.asked_as[j];
      if (meanings[j] == meanings[i] && asked[j].frame_url == asked[i].frame_url &&
          !date_parts[other].empty() && !date_parts[other].contains(part)) {
        date = other;
      }
    }
    if (date) {
      joined.asked_as[i] = *date;
      date_parts[*date].insert(part);
      Question& question = joined.questions[*date];
      question.prompt = DateName(question.prompt, question.field, questions[i]);
      question.options.clear();
      question.required = question.required || questions[i].required;
      continue;
    }
    joined.asked_as[i] = joined.questions.size();
    joined.questions.push_back(questions[i]);
    date_parts.push_back(part.empty() ? std::set<std::string>{} : std::set<std::string>{part});
  }
  for (std::size_t q = 0; q < joined.questions.size(); ++q) {
    if (date_parts[q].size() < 2) continue;
    joined.questions[q].reason +=
        "; the date's parts are asked together: give the whole date (YYYY-MM-DD)";
  }
  return joined;
}

// Whether filling `answer` changes what a choice control holds now.
bool ChangesChoice(const Field& field, const Answer& answer) {
  if (field.kind != ControlKind::kSelect && field.kind != ControlKind::kCombobox &&
      field.kind != ControlKind::kRadioGroup) {
    return false;
  }
  const std::string now = Content(field.value);
  return now.empty() || (now != Content(answer.text) && now != Content(answer.option_value));
}

}  // namespace

asio::awaitable<FilledStep> StepFiller::Fill(const PageSnapshot& first_snapshot, int step) {
  FilledStep result{.filled = 0, .page = first_snapshot};
  PageSnapshot& snapshot = result.page;
  if (posting_text_.empty()) posting_text_ = snapshot.text;
  std::set<std::string> handled;
  std::set<std::string> revisited;  // fields the site flagged, looked at once more
  const int takeovers_at_start = control_.takeovers();
  typed_.clear();
  tried_.clear();
  questions_waited_ = false;
  greyed_waited_ = false;
  const std::set<std::string> greyed_at_start(first_snapshot.greyed_controls.begin(),
                                              first_snapshot.greyed_controls.end());
  open_entry_.reset();
  replanned_.clear();
  probe_.reset();
  probe_failed_.clear();
  revealed_.clear();
  awaited_.clear();
  // Filling can reveal new controls ("Other: please specify"), adding an entry to
  // a repeated section brings its fields, and opening a collapsed section shows
  // its own: look again until nothing new appears. Each section opened earns a
  // pass of its own (a toggle is pressed at most once).
  for (int pass = 0; pass < 4 + kMaxEntriesPerSection * 2 + static_cast<int>(revealed_.size());
       ++pass) {
    submit_waits_ =
        std::any_of(snapshot.buttons.begin(), snapshot.buttons.end(), [](const auto& b) {
          return b.disabled && (b.role == ButtonRole::kSubmit || b.role == ButtonRole::kNext);
        });
    std::vector<Field> fresh;
    std::vector<Field> on_page;  // as the planner reads them: an added entry's named
    const std::set<std::string> brought_by_entry = BroughtByEntry(snapshot);
    for (const auto& field : snapshot.fields) {
      const std::string key = FieldKey(field);
      const bool flagged = !field.validation_message.empty() && handled.contains(key) &&
                           revisited.insert(key).second;
      // A field the added entry brought is new even where it reads like one handled
      // before (an unnamed "结束月份" whose namesake above went out of the form).
      const bool with_entry = brought_by_entry.contains(key);
      const bool brought = with_entry && open_entry_->taken.insert(key).second;
      on_page.push_back(field);
      // A field the entry editor brought ("Employer Name", "Start Date" under
      // "Add Experience") is that entry's: named so for the planner.
      if (with_entry && open_entry_->unnumbered &&
          planning::EntryOf(field.context).section == planning::EntrySection::kNone) {
        on_page.back().context =
            (open_entry_->section == planning::EntrySection::kWork ? "Work Experience "
                                                                   : "Education ") +
            std::to_string(open_entry_->index + 1) + " | " + field.context;
      }
      if (handled.contains(key) && !flagged && !brought) continue;
      fresh.push_back(on_page.back());
    }
    bool saved_entry = false;
    if (fresh.empty()) {
      if (co_await WaitForGreyedOut(snapshot, greyed_at_start)) continue;
      saved_entry = co_await SaveEntry(snapshot);
      if (!saved_entry && !co_await RevealSection(snapshot) && !co_await AddEntry(snapshot)) {
        const std::vector<Field> awaited = AwaitedBySend(snapshot);
        if (awaited.empty()) break;
        result.filled += co_await FillFields(awaited, on_page, step, handled);
      }
    } else {
      result.filled += co_await FillFields(fresh, on_page, step, handled);
    }
    if (report_.ended()) {
      result.interrupted = true;
      co_return result;
    }
    perception::SettleOptions settle;
    settle.quiet = kFilledPageQuiet;
    settle.first_look = std::chrono::milliseconds(0);
    settle.deadline = std::chrono::seconds(5);
    auto again = co_await page_.ReadSettled(settle);
    if (!again) break;
    if (control_.takeovers() != takeovers_at_start && MovedOn(first_snapshot, *again)) {
      // The person took the form elsewhere: start from the page as it is.
      control_.RepeatStep();
      result.interrupted = true;
      co_return result;
    }
    snapshot = std::move(*again);
    if (probe_ && !probe_->read_after) ProbeOpenedList(snapshot, handled);
    if (saved_entry) {
      // The saved entry's fields are gone; the next entry's editor brings fields
      // of the same names, to be planned for that entry, not held to this one.
      std::set<std::string> present;
      for (const auto& field : snapshot.fields) present.insert(FieldKey(field));
      std::erase_if(handled, [&](const std::string& key) { return !present.contains(key); });
      std::erase_if(typed_, [&](const auto& typed) { return !present.contains(typed.first); });
      std::erase_if(tried_, [&](const auto& tried) { return !present.contains(tried.first); });
    }
  }
  co_await VerifyHeld(snapshot, step);
  if (report_.ended()) result.interrupted = true;
  co_return result;
}

std::vector<Field> StepFiller::AwaitedBySend(const PageSnapshot& snapshot) {
  std::vector<Field> awaited;
  if (!submit_waits_) return awaited;
  for (const Field& field : snapshot.fields) {
    if (field.required || field.kind == ControlKind::kCheckbox) continue;
    const bool chosen = std::any_of(field.options.begin(), field.options.end(),
                                    [](const perception::Option& o) { return o.selected; });
    if (!field.value.empty() || chosen) continue;
    const std::string key = FieldKey(field);
    if (unanswered_.contains(key) || !awaited_.insert(key).second) continue;
    awaited.push_back(field);
    awaited.back().required = true;
  }
  return awaited;
}

asio::awaitable<bool> StepFiller::WaitForGreyedOut(PageSnapshot& snapshot,
                                                   const std::set<std::string>& greyed_at_start) {
  const auto greyed_since = [&](const PageSnapshot& page) {
    return std::any_of(page.greyed_controls.begin(), page.greyed_controls.end(),
                       [&](const std::string& key) { return !greyed_at_start.contains(key); });
  };
  if (greyed_waited_ || !greyed_since(snapshot)) co_return false;
  // Once per step: a control that stays greyed is the page's to keep so.
  greyed_waited_ = true;
  const auto deadline = std::chrono::steady_clock::now() + kGreyedOutPatience;
  for (int look = 0; look < 16 && std::chrono::steady_clock::now() < deadline; ++look) {
    perception::SettleOptions settle;
    settle.quiet = std::chrono::milliseconds(50);
    settle.first_look = std::chrono::milliseconds(200);
    settle.deadline = std::chrono::seconds(2);
    auto again = co_await page_.ReadSettled(settle);
    if (!again) co_return false;
    snapshot = std::move(*again);
    if (!greyed_since(snapshot)) co_return true;
  }
  co_return false;
}

asio::awaitable<bool> StepFiller::HoldsTheDraft(int step, bool again) {
  auto snapshot = co_await page_.Read();
  if (!snapshot) co_return true;  // nothing to compare: the send will tell
  // Refills spent while the step was filled were for other writes than this one.
  if (!again) {
    for (auto& [key, typed] : typed_) typed.refills = 0;
  }
  // What the draft showed is what was confirmed: a value the person changed
  // there (an edit to the draft) is what the page must hold now, not the plan's.
  for (const auto& field : snapshot->fields) {
    const auto typed = typed_.find(FieldKey(field));
    if (typed == typed_.end()) continue;
    const std::string shown = report_.RecordFor(field, step).value;
    if (Trimmed(shown) == Trimmed(typed->second.value)) continue;
    typed->second.value = shown;
    typed->second.answer.text = shown;
    typed->second.answer.option_value.clear();
    typed->second.answer.other_forms.clear();
  }
  const bool changed = co_await VerifyHeld(*snapshot, step);
  if (changed && !report_.ended()) {
    report_.Emit("chat:message",
                 "The page changed what I had filled after the draft was taken; here is the "
                 "draft again",
                 {{"url", snapshot->url}});
  }
  co_return !changed;
}

asio::awaitable<bool> StepFiller::VerifyHeld(PageSnapshot& snapshot, int step) {
  bool changed_any = false;
  for (int round = 0; round <= kMaxRefills; ++round) {
    // Boxes of one key (a wizard that keeps every step's form mounted draws a
    // box of the same name and label in more than one) are one field: it is
    // refilled, or asked, once.
    std::vector<Field> changed;
    std::set<std::string> keys;
    for (const auto& field : snapshot.fields) {
      const auto typed = typed_.find(FieldKey(field));
      if (typed == typed_.end() || Trimmed(field.value) == Trimmed(typed->second.value)) continue;
      if (!keys.insert(typed->first).second) continue;
      changed.push_back(field);
    }
    if (changed.empty() || report_.ended()) co_return changed_any;
    changed_any = true;
    std::vector<Question> questions;
    std::vector<Field> asked;
    std::optional<PageSnapshot> reread;
    for (const Field& field : changed) {
      const std::string key = FieldKey(field);
      Typed& typed = typed_.at(key);
      FieldRecord& record = report_.RecordFor(field, step);
      if ((typed.refills > 0 && Content(field.value) == Content(typed.answer.text)) ||
          ShowsTheWholeNumber(field.value, typed.value, profile_) ||
          planning::ShowsTheTypedDate(field, typed.value, field.value)) {
        // Filled again and re-formatted the same way again, or a date picker's
        // display of the date typed: the page's way of writing our answer, and
        // what it will send.
        typed.value = field.value;
        record.value = field.value;
        continue;
      }
      if (typed.refills >= kMaxRefills) {
        Question question;
        question.field = field;
        question.prompt = DescribeField(field);
        question.reason = "the page keeps changing it to \"" + field.value +
                          "\" after I fill in \"" + typed.value + "\"";
        question.options = SelectableLabels(field);
        question.required = field.required;
        questions.push_back(std::move(question));
        asked.push_back(field);
        typed_.erase(key);
        record.status = "needs_human";
        record.value = field.value;
        record.note = questions.back().reason;
        continue;
      }
      ++typed.refills;
      if (Trimmed(field.value).empty() && !typed.answer.other_forms.empty()) {
        // The box dropped what was typed once it was left (a date picker that keeps
        // only its own format and reverts the rest when it closes): the answer's
        // next way of writing the same fact goes in instead.
        typed.answer.text = typed.answer.other_forms.front();
        typed.answer.other_forms.erase(typed.answer.other_forms.begin());
      }
      report_.Emit(
          "applier:refill",
          "The page changed \"" + DescribeField(field) + "\" after I filled it; filling it again",
          {{"field", DescribeField(field)}, {"page_value", field.value}});
      auto attempt = co_await control_.FillUnlessTaken(reread, field, typed.answer);
      if (!attempt) {
        if (report_.ended()) co_return changed_any;
        typed_.erase(key);  // the person's now, or gone
        continue;
      }
      if (!*attempt) {
        record.status = field.required ? "needs_human" : "failed";
        record.value = field.value;
        record.note = "the page changed it to \"" + field.value +
                      "\" and filling it again failed: " + attempt->error().message;
        typed_.erase(key);
        continue;
      }
      typed.value = (*attempt)->value;
      record.value = typed.value;
    }
    if (!questions.empty()) {
      report_.Emit("hitl:request",
                   "The page keeps changing " + std::to_string(questions.size()) +
                       " value(s) I filled; what should they say?",
                   {{"changed", static_cast<std::int64_t>(questions.size())}});
      auto replies = co_await control_.person().Ask(questions);
      for (std::size_t i = 0; i < asked.size() && i < replies.size(); ++i) {
        if (!replies[i] || replies[i]->empty()) continue;
        const Field& field = asked[i];
        auto answer = planner_.FromHumanResponse(field, *replies[i]);
        if (!answer) continue;
        auto attempt = co_await control_.FillUnlessTaken(reread, field, *answer);
        if (!attempt) {
          if (report_.ended()) co_return changed_any;
          continue;
        }
        if (!*attempt) continue;
        FieldRecord& record = report_.RecordFor(field, step);
        record.status = "filled";
        record.value = (*attempt)->value;
        record.source = planning::ToString(answer->source);
        record.decided_by = answer->decided_by;
        record.note = "the page kept changing it; the value is yours";
      }
    }
    perception::SettleOptions settle;
    settle.quiet = kFilledPageQuiet;
    settle.first_look = std::chrono::milliseconds(0);
    settle.deadline = std::chrono::seconds(5);
    auto again = co_await page_.ReadSettled(settle);
    if (!again) co_return changed_any;
    snapshot = std::move(*again);
  }
  co_return changed_any;
}

const StepFiller::Tried* StepFiller::RenamedFrom(const Field& field,
                                                 const std::vector<Field>& on_page) const {
  const std::string shown = Content(field.value);
  if (shown.empty()) return nullptr;
  // The answer itself, or some of the entries of a box that takes several.
  auto holds_part = [&](const Answer& answer) {
    if (answer.entries.empty()) {
      return shown == Content(answer.text) || shown == Content(answer.option_value);
    }
    const auto choices = perception::ShownChoices(field.value);
    return std::all_of(choices.begin(), choices.end(), [&](const std::string& choice) {
      return std::any_of(
          answer.entries.begin(), answer.entries.end(),
          [&](const std::string& entry) { return Content(entry) == Content(choice); });
    });
  };
  for (const auto& [key, tried] : tried_) {
    if (key == FieldKey(field) || tried.field.kind != field.kind ||
        tried.field.frame_url != field.frame_url || !holds_part(tried.answer)) {
      continue;
    }
    const bool gone = std::none_of(on_page.begin(), on_page.end(),
                                   [&](const Field& other) { return FieldKey(other) == key; });
    if (gone) return &tried;
  }
  return nullptr;
}

bool StepFiller::ProbeOpenedList(const PageSnapshot& snapshot, std::set<std::string>& handled) {
  const std::string list_key = FieldKey(probe_->list);
  for (const Field& field : snapshot.fields) {
    // (The meaning alone: planning would look up saved answers for every field.)
    if (FieldKey(field) == list_key ||
        planning::FieldClassifier().Classify(field).key != probe_->meaning) {
      continue;
    }
    const bool offers =
        field.kind == ControlKind::kCombobox || !planning::SelectableOptions(field.options).empty();
    if (offers) {
      probe_->read_after = true;
      return true;
    }
  }
  probe_failed_.insert(list_key);
  handled.erase(list_key);
  probe_.reset();
  return false;
}

// A repeatable section ("Work Experience" with an "Add" button) gets one entry
// per entry of the profile, up to kMaxEntriesPerSection. Presses one "Add" and
// returns true when it did.
asio::awaitable<bool> StepFiller::AddEntry(const PageSnapshot& snapshot) {
  for (const auto& button : snapshot.buttons) {
    if (button.role != ButtonRole::kAddAnother) continue;
    const auto section = planning::SectionNamedBy(button.text);
    if (section == planning::EntrySection::kNone) continue;
    int present = 0;
    for (const auto& field : snapshot.fields) {
      const auto ref = planning::EntryOf(field.context);
      if (ref.section == section) present = std::max(present, ref.index + 1);
    }
    const bool numbered = present > 0;
    if (!numbered) {
      // Blocks the page shows without numbering them (one "公司名称" row under
      // "工作经历", filled as the current or first job): each employer or school
      // box is one.
      present = static_cast<int>(
          std::count_if(snapshot.fields.begin(), snapshot.fields.end(), [&](const Field& field) {
            const auto key = planning::FieldClassifier().Classify(field).key;
            return section == planning::EntrySection::kWork
                       ? key == planning::FieldKey::kEmployer ||
                             key == planning::FieldKey::kCurrentCompany
                       : key == planning::FieldKey::kSchool;
          }));
    }
    const std::size_t known = section == planning::EntrySection::kWork
                                  ? profile_.work_history.size()
                                  : profile_.education.size();
    const int wanted = std::min(static_cast<int>(known), kMaxEntriesPerSection);
    int& added = entries_added_[section];
    if (present >= wanted || added >= wanted) continue;
    // Interrupted: the caller reads the page again (or sees the run ended).
    if (co_await control_.Hold() != HoldEnd::kGoOn) co_return true;
    report_.Emit("applier:click",
                 "Clicking \"" + button.text + "\" for entry " + std::to_string(present + 1) +
                     " of the profile",
                 {{"button", button.text}});
    // A page that numbers its entries ("Work experience 2") names the new one.
    OpenEntry opened{.section = section,
                     .index = std::max(present, added),
                     .unnumbered = !numbered,
                     .before = {},
                     .before_alike = {},
                     .taken = {},
                     .buttons_before = {}};
    for (const auto& field : snapshot.fields) {
      opened.before.insert(FieldKey(field));
      ++opened.before_alike[LookOf(field)];
    }
    for (const auto& shown : snapshot.buttons) opened.buttons_before.insert(ButtonKey(shown));
    if (auto pressed = co_await page_.Press(button); !pressed) continue;
    ++added;
    open_entry_ = std::move(opened);
    co_return true;
  }
  co_return false;
}

asio::awaitable<bool> StepFiller::RevealSection(const PageSnapshot& snapshot) {
  for (const auto& button : snapshot.buttons) {
    if (!button.reveals_fields || button.disabled) continue;
    if (!revealed_.insert(button.text + '\n' + button.locator).second) continue;
    // Interrupted: the caller reads the page again (or sees the run ended).
    if (co_await control_.Hold() != HoldEnd::kGoOn) co_return true;
    report_.Emit("applier:click", "Opening the section \"" + button.text + "\" to fill its fields",
                 {{"button", button.text}});
    if (auto pressed = co_await page_.Press(button); !pressed) continue;
    co_return true;
  }
  co_return false;
}

asio::awaitable<bool> StepFiller::SaveEntry(const PageSnapshot& snapshot) {
  if (!open_entry_) co_return false;
  const std::set<std::string> buttons_before = std::move(open_entry_->buttons_before);
  open_entry_.reset();
  for (const auto& button : snapshot.buttons) {
    if (button.role != ButtonRole::kOther || button.disabled) continue;
    // The entry's editor brings its own Save; one the page showed before is the page's.
    if (buttons_before.contains(ButtonKey(button))) continue;
    const std::string text = perception::LowerText(button.text);
    if (!perception::Says(text, perception::Wording::kSavesEntry) ||
        perception::NeverStepAction(button.text)) {
      continue;
    }
    if (co_await control_.Hold() != HoldEnd::kGoOn) co_return true;
    report_.Emit("applier:click", "Clicking \"" + button.text + "\" to keep the entry",
                 {{"button", button.text}});
    if (auto pressed = co_await page_.Press(button); !pressed) continue;
    co_return true;
  }
  co_return false;
}

std::set<std::string> StepFiller::BroughtByEntry(const PageSnapshot& snapshot) const {
  std::set<std::string> brought;
  if (!open_entry_) return brought;
  std::map<std::string, int> alike;
  std::map<std::string, std::vector<std::string>> unheld;  // by look, in page order
  for (const auto& field : snapshot.fields) {
    const std::string look = LookOf(field);
    ++alike[look];
    const std::string key = FieldKey(field);
    if (!open_entry_->before.contains(key)) unheld[look].push_back(key);
  }
  for (const auto& [look, keys] : unheld) {
    const auto held = open_entry_->before_alike.find(look);
    const int more = alike[look] - (held == open_entry_->before_alike.end() ? 0 : held->second);
    const int count = std::min(more, static_cast<int>(keys.size()));
    for (int i = 0; i < count; ++i)
      brought.insert(keys[keys.size() - 1 - static_cast<std::size_t>(i)]);
  }
  return brought;
}

// Plans, asks the human what nothing else could answer (all at once), then
// fills. Returns how many fields were filled.
asio::awaitable<int> StepFiller::FillFields(const std::vector<Field>& fields,
                                            const std::vector<Field>& on_page, int step,
                                            std::set<std::string>& handled) {
  std::vector<std::pair<Field, Answer>> to_fill;
  std::vector<Question> questions;
  std::vector<Field> asked;
  std::vector<std::optional<Suggestion>> suggested;  // per asked field
  std::set<std::string> reshaping;                   // country choices this fill changes
  std::vector<planning::FieldKey> asked_meanings;    // per asked field
  bool probing = false;                              // a choice here opens the next list
  planning::PageContext page_context = planner_.ContextOf(on_page, submit_waits_);
  page_context.posting_text = posting_text_;
  for (const auto& listed : fields) {
    Field field = listed;
    handled.insert(FieldKey(field));
    if (control_.TakenByPerson(field)) continue;
    // A custom dropdown shows its options only when opened: look, so the
    // planner can choose by meaning. So does a searchable box of a fixed list
    // the typed fact would not find (a month list).
    if (field.kind == ControlKind::kCombobox && field.options.empty() &&
        (field.html_type == "button" || planner_.ChoosesFromTheList(field))) {
      if (co_await control_.Hold() != HoldEnd::kGoOn) {
        // This reading is stale now: plan these fields again on the next one.
        for (const auto& f : fields) handled.erase(FieldKey(f));
        co_return 0;
      }
      if (auto options = co_await page_.ReadOptions(field)) field.options = *options;
    }
    FieldRecord& record = report_.RecordFor(field, step);
    FieldPlan plan = planner_.Plan(field, page_context);
    if (plan.may_stay_empty) record.required = false;
    const std::string key = FieldKey(field);
    if (plan.kept_held_choice) {
      if (const Tried* before = RenamedFrom(field, on_page)) {
        // What it holds is what this step wrote, maybe part of it: planned under
        // the name it had, or the person's to answer, never kept as the site's.
        Field as_named = field;
        as_named.label = before->field.label;
        as_named.context = before->field.context;
        FieldPlan named = planner_.Plan(as_named, page_context);
        if (named.decision == FieldPlan::Decision::kFill || named.holds_answer) {
          plan = std::move(named);
          plan.why = "renamed by the page while it was filled (\"" + before->field.label + "\"); " +
                     plan.why;
        } else {
          plan.decision = FieldPlan::Decision::kAskHuman;
          plan.why = "it holds part of an answer written into \"" + before->field.label +
                     "\", which the page then renamed";
        }
      }
    }
    if (plan.decision != FieldPlan::Decision::kAskHuman && !plan.answer.alternatives.empty()) {
      // (Left, too, once the probing choice is what the list holds.)
      if (probe_failed_.contains(key)) {
        std::string fitting = "\"" + plan.answer.text + "\"";
        for (const Answer& other : plan.answer.alternatives) fitting += ", \"" + other.text + "\"";
        plan.decision = FieldPlan::Decision::kAskHuman;
        plan.why = "more than one option fits (" + fitting + ") and no list after it decides";
      } else if (plan.decision == FieldPlan::Decision::kFill) {
        probe_ = Probe{.list = field,
                       .meaning = plan.key,
                       .untried = plan.answer.alternatives,
                       .read_after = false};
        probing = true;
      }
    } else if (probe_ && probe_->read_after && key != FieldKey(probe_->list) &&
               plan.key == probe_->meaning) {
      // The list the probing choice opened ("Source" under "Social Media").
      if (plan.decision == FieldPlan::Decision::kAskHuman && !probe_->untried.empty()) {
        // It does not hold the fact: the next kind, then this list again.
        to_fill.emplace_back(probe_->list, probe_->untried.front());
        probe_->untried.erase(probe_->untried.begin());
        probe_->read_after = false;
        handled.erase(key);
        continue;
      }
      probe_.reset();
    }
    // The site named this field in a validation error: fill it if our answer
    // is not in it yet (it was skipped or lost in a re-render) or the site's
    // words made the plan write it anew (a format); if the plan gives a value
    // the site refused already, only a person can say what it wants.
    const bool invalid = !field.validation_message.empty();
    std::set<std::string>& refused = refused_[FieldKey(field)];
    // (A checkbox's value attribute is not its state: nothing to refuse there.)
    if (invalid && !field.value.empty() && field.kind != ControlKind::kCheckbox) {
      refused.insert(field.value);
    }
    const bool ours_rejected =
        invalid && plan.decision == FieldPlan::Decision::kFill &&
        (refused.contains(plan.answer.text) ||
         (!plan.answer.option_value.empty() && refused.contains(plan.answer.option_value)));
    if (plan.decision == FieldPlan::Decision::kAskHuman && plan.refused_by_page && !invalid &&
        replanned_.insert(FieldKey(field)).second) {
      // The box's rules may follow another answer of this step (a postal-code
      // pattern that follows the country): ask only if they still refuse it
      // once the rest is filled.
      handled.erase(FieldKey(field));
      record.note = plan.why;
      continue;
    }
    if (plan.decision == FieldPlan::Decision::kFill && !ours_rejected) {
      // Where one lives as a choice ("India / Outside India") reshapes as a country does;
      // so does a phone's dialling-code picker that writes the code it shows into
      // the phone box (intl-tel-input with nationalMode off, as Drupal Webform
      // uses it): the number is written for the box as the choice leaves it.
      const bool place_choice =
          plan.key == planning::FieldKey::kCountry ||
          plan.key == planning::FieldKey::kPhoneCountryCode ||
          (plan.key == planning::FieldKey::kLocation && field.kind != ControlKind::kCombobox);
      if (place_choice && ChangesChoice(field, plan.answer)) {
        reshaping.insert(FieldKey(field));
      }
      to_fill.emplace_back(field, plan.answer);
    } else if ((plan.decision == FieldPlan::Decision::kAskHuman || ours_rejected ||
                (invalid && field.required)) &&
               !unanswered_.contains(FieldKey(field))) {
      Question question;
      question.field = field;
      question.prompt = DescribeField(field);
      question.reason = invalid ? "the site says: " + field.validation_message : plan.why;
      question.options = SelectableLabels(field);
      question.required = field.required;
      std::optional<Suggestion> suggestion;
      // A free-text box the site insists on (empty, flagged) gets the same help
      // as any other question; a value of ours it refused is the person's to change.
      const bool asking = plan.decision == FieldPlan::Decision::kAskHuman;
      if ((asking && !invalid) ||
          (invalid && field.value.empty() && IsFreeTextQuestion(field, plan))) {
        auto reasoned = co_await Reason(field, plan);
        if (reasoned) {
          to_fill.emplace_back(field, std::move(*reasoned));
          continue;
        }
        if (!reasoned.error().message.empty()) {
          question.reason += "; the LLM could not answer: " + reasoned.error().message;
        }
        if (!reasoner_.has_llm() && IsFreeTextQuestion(field, plan)) {
          suggestion = co_await reasoner_.Suggest(field);
        }
        if (suggestion) {
          question.suggestion = suggestion->text;
          question.suggestion_from = suggestion->from;
        }
      }
      questions.push_back(std::move(question));
      asked.push_back(field);
      suggested.push_back(std::move(suggestion));
      asked_meanings.push_back(plan.key);
    } else {
      const std::string shown = field.kind == ControlKind::kCheckbox
                                    ? std::string(field.checked ? "checked" : "")
                                    : field.value;
      // A yes/no question drawn as one checkbox, which the facts answer "no": the
      // box left unticked is that answer, not a field still empty.
      const bool decided_unticked = field.kind == ControlKind::kCheckbox && !field.checked &&
                                    !plan.answer.check && !plan.answer.decided_by.empty();
      record.status = shown.empty() && !decided_unticked ? "left_empty" : "filled";
      record.value = shown;
      record.note = plan.why;
      if (plan.decision == FieldPlan::Decision::kLeave &&
          (!field.value.empty() || decided_unticked)) {
        record.source = planning::ToString(plan.answer.source);
        record.decided_by = plan.answer.decided_by;
        record.confidence = plan.answer.confidence;
      }
    }
  }
  // With the country about to change, what the form asks may change with it
  // (Mexico's colonia and state list give way to a ZIP and the US states): the
  // questions wait for the page as the new country leaves it. So they do, once a
  // step, for any other choice the profile makes ("Outside Thailand" in a
  // province list hides the district box).
  const bool changes_choice = std::any_of(to_fill.begin(), to_fill.end(), [](const auto& entry) {
    return ChangesChoice(entry.first, entry.second);
  });
  const bool wait_for_choices = !questions.empty() && changes_choice && !questions_waited_;
  if (wait_for_choices) questions_waited_ = true;
  if (!reshaping.empty() || wait_for_choices) {
    for (const Field& field : asked) handled.erase(FieldKey(field));
    questions.clear();
    asked.clear();
    suggested.clear();
    asked_meanings.clear();
  }
  // A list that waits for the probing choice ("Source", empty until a kind is
  // chosen) is planned once that choice has filled it.
  for (std::size_t i = asked.size(); probing && i-- > 0;) {
    if (asked_meanings[i] != probe_->meaning) continue;
    handled.erase(FieldKey(asked[i]));
    const auto at = static_cast<std::ptrdiff_t>(i);
    questions.erase(questions.begin() + at);
    asked.erase(asked.begin() + at);
    suggested.erase(suggested.begin() + at);
  }
  if (!questions.empty()) {
    const JoinedQuestions joined = JoinDateParts(questions, asked, asked_meanings, planner_);
    const std::vector<Question>& to_ask = joined.questions;
    const std::vector<std::size_t>& asked_as = joined.asked_as;
    json::array listed;
    for (const auto& q : to_ask) {
      json::object entry{{"question", q.prompt},
                         {"required", q.required},
                         {"options", json::value_from(q.options)},
                         {"why", q.reason}};
      if (!q.suggestion.empty()) {
        entry["suggestion"] = q.suggestion;
        entry["suggestion_from"] = q.suggestion_from;
      }
      listed.push_back(std::move(entry));
    }
    report_.Emit("hitl:request", "I need " + std::to_string(to_ask.size()) + " answer(s) from you",
                 {{"questions", std::move(listed)}});
    auto replies = co_await control_.person().Ask(to_ask);
    for (std::size_t i = 0; i < asked.size(); ++i) {
      const Field& field = asked[i];
      if (control_.TakenByPerson(field)) continue;  // they typed the answer into the form itself
      FieldRecord& record = report_.RecordFor(field, step);
      const auto& reply = asked_as[i] < replies.size() ? replies[asked_as[i]] : std::nullopt;
      if (!reply || reply->empty()) {
        // Asked once; asking again on the same page would only repeat the silence.
        unanswered_.insert(FieldKey(field));
        record.status = field.required ? "needs_human" : "left_empty";
        record.note = (field.required ? "required; no answer was given" : "skipped") +
                      (questions[i].reason.empty() ? "" : " (asked: " + questions[i].reason + ")");
        continue;
      }
      // "accept" takes the suggestion the question offered.
      const auto& suggestion = suggested[i];
      const bool accepted = suggestion && Lower(*reply) == "accept";
      auto answer = planner_.FromHumanResponse(field, accepted ? suggestion->text : *reply);
      if (!answer) {
        record.status = "needs_human";
        record.note = answer.error().message;
        continue;
      }
      if (accepted) {
        answer->source = suggestion->from.starts_with("saved answer") ? AnswerSource::kSavedAnswer
                                                                      : AnswerSource::kDocument;
        answer->reason = "the user accepted the suggestion from " + suggestion->from;
      }
      report_.Emit("hitl:response", "Got an answer for \"" + DescribeField(field) + "\"",
                   {{"question", DescribeField(field)}});
      if (auto saved = planner_.Remember(field, *answer); !saved) {
        report_.AnswerNotSaved(field, saved.error());
      }
      to_fill.emplace_back(field, *answer);
    }
  }

  // Files first: a site that parses an uploaded resume writes what it read into
  // the other fields, and what is filled after the upload then stands.
  std::stable_partition(to_fill.begin(), to_fill.end(),
                        [](const auto& entry) { return entry.first.kind == ControlKind::kFile; });
  // A country choice re-renders the address of many forms (a state list instead
  // of a free box for the US, a postcode pattern): choose the country first and
  // plan the profile's other answers again on the page as it then is, so no box
  // the country hides keeps a value the draft never shows. What the person, a
  // document or the LLM answered is filled as it is.
  if (!reshaping.empty()) {
    std::erase_if(to_fill, [&](const auto& entry) {
      const std::string key = FieldKey(entry.first);
      const AnswerSource source = entry.second.source;
      const bool replannable = source == AnswerSource::kProfile ||
                               source == AnswerSource::kSavedAnswer ||
                               source == AnswerSource::kDefault;
      if (entry.first.kind == ControlKind::kFile || reshaping.contains(key) || !replannable) {
        return false;
      }
      handled.erase(key);
      return true;
    });
  }
  int filled = 0;
  std::vector<Field> stuck;            // required fields the actor failed twice
  std::optional<PageSnapshot> reread;  // the page read again since `snapshot`
  // A field the person took stays theirs. One missing from the page as last read
  // (a modal over the form while the site reads an upload, a render under way)
  // is planned again on the next reading, if it is there.
  auto skipped = [&](const Field& field) {
    if (!control_.TakenByPerson(field)) handled.erase(FieldKey(field));
  };
  // A box whose format follows another answer of the step (an input mask the
  // dialling-code picker switches: "### ### ###" while +351 is chosen, none for
  // +1; a postal code's mask that follows the country) keeps only part of the
  // answer until that answer is in: what failed twice is tried once more after
  // the rest of the step, whatever order the page draws them in.
  const std::size_t first_pass = to_fill.size();
  for (std::size_t i = 0; i < to_fill.size(); ++i) {
    const auto [field, answer] = to_fill[i];  // (copies: to_fill grows below)
    if (control_.PastDeadline()) break;
    tried_[FieldKey(field)] = Tried{field, answer};
    if (i == first_pass) {
      if (auto again = co_await page_.Read()) reread = std::move(*again);
    }
    auto attempt = co_await control_.FillUnlessTaken(reread, field, answer);
    if (!attempt) {
      if (report_.ended()) break;  // the run ended while a person had the page
      skipped(field);
      continue;
    }
    Result<actions::FillResult> result = std::move(*attempt);
    if (!result) {
      // Once more, on a fresh reading of the page: it may have re-rendered.
      if (auto again = co_await page_.Read()) {
        reread = std::move(*again);
        auto retried = co_await control_.FillUnlessTaken(reread, field, answer);
        if (!retried) {
          if (report_.ended()) break;
          skipped(field);
          continue;
        }
        result = std::move(*retried);
      }
    }
    // A tab whose browser or renderer is gone fails every field the same way:
    // the run is over, not each field a question for the person.
    if (const auto* tab = page_.tab(); !result && tab && (tab->crashed() || tab->disconnected())) {
      report_.Finish(Outcome::kFailed,
                     std::string(tab->crashed() ? "The page crashed" : "The browser went away") +
                         " while filling \"" + DescribeField(field) + "\" (" +
                         result.error().message + "); nothing was submitted, apply again to retry");
      break;
    }
    if (!result && i + 1 < first_pass) {
      to_fill.emplace_back(field, answer);
      continue;
    }
    // Taken only now: a takeover while filling may have added records.
    FieldRecord& record = report_.RecordFor(field, step);
    if (!result) {
      record.status = field.required ? "needs_human" : "failed";
      record.note = "I'm stuck on \"" + DescribeField(field) + "\": " + result.error().message;
      report_.Emit("applier:error", record.note, {{"field", DescribeField(field)}});
      if (field.required && !unanswered_.contains(FieldKey(field))) {
        stuck.push_back(field);
      }
      continue;
    }
    ++filled;
    if (HoldsTypedText(field.kind)) typed_[FieldKey(field)] = Typed{answer, result->value};
    record.status = "filled";
    record.value = field.kind == ControlKind::kFile || field.kind == ControlKind::kSelect ||
                           field.kind == ControlKind::kRadioGroup
                       ? (answer.text.empty() ? result->value : answer.text)
                       : result->value;
    record.source = planning::ToString(answer.source);
    record.decided_by = answer.decided_by;
    record.confidence = answer.confidence;
    record.note = answer.reason;
    const bool upload = field.kind == ControlKind::kFile;
    report_.Emit(upload ? "applier:upload" : "applier:type",
                 (upload ? "Uploaded " : "Filled \"") +
                     (upload ? result->value : DescribeField(field) + "\""),
                 {{"field", DescribeField(field)},
                  {"source", planning::ToString(answer.source)},
                  {"method", result->method}});
  }
  if (report_.ended()) co_return filled;
  filled += co_await AskPerson(stuck, step);
  report_.Emit("applier:fill", "Filled " + std::to_string(filled) + " field(s)",
               {{"count", filled}});
  co_return filled;
}

// Two failed tries on a required field (a fill that failed, a fix the site
// refused): stop trying on my own and ask the person once (in the live view
// they can also fill it themselves), then make one more attempt with what they said.
asio::awaitable<int> StepFiller::AskPerson(const std::vector<Field>& fields, int step) {
  std::vector<Field> stuck;
  for (const auto& field : fields) {
    if (!unanswered_.contains(FieldKey(field))) stuck.push_back(field);
  }
  if (stuck.empty()) co_return 0;
  std::vector<Question> questions;
  for (const auto& field : stuck) {
    Question question;
    question.field = field;
    question.prompt = DescribeField(field);
    question.reason = field.validation_message.empty()
                          ? report_.RecordFor(field, step).note
                          : "the site says: " + field.validation_message;
    question.options = SelectableLabels(field);
    question.required = true;
    questions.push_back(std::move(question));
    unanswered_.insert(FieldKey(field));
  }
  report_.Emit("hitl:request", "I'm stuck on " + std::to_string(stuck.size()) + " field(s)",
               {{"stuck", static_cast<std::int64_t>(stuck.size())}});
  auto replies = co_await control_.person().Ask(questions);
  int filled = 0;
  std::optional<PageSnapshot> reread;
  for (std::size_t i = 0; i < stuck.size() && i < replies.size(); ++i) {
    if (!replies[i] || replies[i]->empty()) continue;
    const Field& field = stuck[i];
    auto answer = planner_.FromHumanResponse(field, *replies[i]);
    if (!answer) continue;
    auto attempt = co_await control_.FillUnlessTaken(reread, field, *answer);
    if (!attempt) {
      if (report_.ended()) break;
      continue;
    }
    auto& result = *attempt;
    FieldRecord& record = report_.RecordFor(field, step);
    if (!result) {
      record.note += "; with your answer too: " + result.error().message;
      continue;
    }
    if (auto saved = planner_.Remember(field, *answer); !saved) {
      report_.AnswerNotSaved(field, saved.error());
    }
    record.status = "filled";
    record.value = result->value;
    record.source = planning::ToString(answer->source);
    record.decided_by = answer->decided_by;
    record.confidence = answer->confidence;
    ++filled;
  }
  co_return filled;
}

// The documents and LLM steps of the answer chain for a field the planner would
// ask the human about. An error with an empty message means "not for the LLM"
// (no LLM, or not a free-text or unplaced choice field).
asio::awaitable<Result<Answer>> StepFiller::Reason(Field field, FieldPlan plan) {
  if (!reasoner_.has_llm()) co_return Fail(ErrorKind::kNotFound, "");
  if (IsFreeTextQuestion(field, plan)) {
    auto written = co_await reasoner_.WriteFreeText(field, posting_text_);
    if (!written) co_return Fail(written.error());
    json::array used;
    for (const auto& passage : written->passages)
      used.push_back(json::string(PassageName(passage)));
    report_.Emit("chat:message",
                 "Wrote an answer to \"" + DescribeField(field) + "\" for the draft",
                 {{"field", DescribeField(field)}, {"passages", std::move(used)}});
    co_return std::move(written->answer);
  }
  if (IsUnplacedChoice(field, plan)) {
    auto chosen = co_await reasoner_.ChooseOption(field, posting_text_);
    if (!chosen) co_return Fail(chosen.error());
    co_return std::move(*chosen);
  }
  co_return Fail(ErrorKind::kNotFound, "");
}

}  // namespace applier::session
