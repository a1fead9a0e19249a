#include "session/validation_loop.h"

#include <algorithm>
#include <set>

#include "planning/answer_planner.h"
#include "planning/field_classifier.h"

namespace applier::session {

namespace asio = boost::asio;
using perception::Field;
using perception::PageSnapshot;

std::vector<FieldError> ValidationErrors(const PageSnapshot& snapshot) {
  std::vector<FieldError> errors;
  std::map<std::string, std::size_t> by_field;  // FieldKey → index in errors
  auto add_to_field = [&](const Field& field, const std::string& message) {
    const auto [at, fresh] = by_field.emplace(FieldKey(field), errors.size());
    if (fresh) {
      errors.push_back({field, message});
      return;
    }
    std::string& said = errors[at->second].message;
    if (said.find(message) == std::string::npos) said += "; " + message;
  };
  for (const auto& error : snapshot.errors) {
    if (error.field >= 0 && error.field < static_cast<int>(snapshot.fields.size())) {
      add_to_field(snapshot.fields[static_cast<std::size_t>(error.field)], error.message);
    }
  }
  for (const auto& field : snapshot.fields) {
    if (!field.validation_message.empty()) add_to_field(field, field.validation_message);
  }
  std::set<std::string> page_wide;
  for (const auto& error : snapshot.errors) {
    if (error.field >= 0 && error.field < static_cast<int>(snapshot.fields.size())) continue;
    // A summary line that repeats a field's own message says nothing new.
    bool repeated = false;
    for (const auto& said : errors) {
      if (said.field && said.message.find(error.message) != std::string::npos) repeated = true;
    }
    if (!repeated && page_wide.insert(error.message).second) {
      errors.push_back({std::nullopt, error.message});
    }
  }
  return errors;
}

std::string DescribeErrors(const std::vector<FieldError>& errors) {
  std::string text;
  for (const auto& error : errors) {
    text += (text.empty() ? "" : "; ") +
            (error.field ? DescribeField(*error.field) + ": " : std::string()) + error.message;
  }
  return text;
}

asio::awaitable<bool> ValidationLoop::Fix(const PageSnapshot& snapshot, int step) {
  const std::vector<FieldError> errors = ValidationErrors(snapshot);
  const std::string what = "The site did not accept the form: " + DescribeErrors(errors);
  std::vector<Field> to_fix;
  bool exhausted = false;  // a field fixed as often as it may be, still refused
  for (const auto& error : errors) {
    if (!error.field) continue;
    int& fixes = fixes_[FieldKey(*error.field)];
    if (fixes >= kMaxFixesPerField) {
      exhausted = true;
      continue;
    }
    ++fixes;
    Field field = *error.field;
    // The site's words are the evidence of what it wants (a format, a choice).
    field.validation_message = error.message;
    // The site refuses the form without it, whatever the markup said.
    field.required = true;
    to_fix.push_back(std::move(field));
  }
  // A refusal naming no field, on a page with a consent box left unticked as
  // optional (a certification whose validator's star shows only once the server
  // refuses, as ASP.NET WebForms draws it): agreeing is a condition of applying,
  // so the box is what the site asks for.
  const bool names_no_field = std::none_of(errors.begin(), errors.end(),
                                           [](const FieldError& error) { return !!error.field; });
  if (to_fix.empty() && names_no_field && !errors.empty()) {
    const planning::FieldClassifier classifier;
    for (const auto& field : snapshot.fields) {
      if (field.kind != perception::ControlKind::kCheckbox || field.checked) continue;
      const auto meaning = classifier.Classify(field);
      if (meaning.key != planning::FieldKey::kConsent ||
          meaning.confidence < planning::kFillThreshold) {
        continue;
      }
      int& fixes = fixes_[FieldKey(field)];
      if (fixes >= 1) continue;
      ++fixes;
      Field consent = field;
      consent.validation_message = errors.front().message;
      consent.required = true;
      to_fix.push_back(std::move(consent));
    }
  }
  if (to_fix.empty()) {
    report_.Finish(Outcome::kNeedsHuman,
                   what + (exhausted ? "; it refused both corrections: please correct it by hand"
                                     : "; please correct it by hand"));
    co_return false;
  }
  report_.Emit("chat:message", what + "; correcting it",
               {{"errors", static_cast<std::int64_t>(to_fix.size())}});
  std::set<std::string> handled;
  const int changed = co_await filler_.FillFields(to_fix, snapshot.fields, step, handled);
  if (report_.ended()) co_return false;
  if (changed == 0) {
    report_.Finish(Outcome::kNeedsHuman, what + "; I could not correct it: please do it by hand");
    co_return false;
  }
  co_return true;
}

}  // namespace applier::session
