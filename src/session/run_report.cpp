#include "session/run_report.h"

#include <set>

#include "planning/answer_planner.h"

namespace applier::session {

namespace json = boost::json;
using perception::ControlKind;
using perception::Field;
using perception::PageSnapshot;

std::string DescribeField(const Field& field) {
  // Repeated sections ask the same questions per entry: say which entry.
  if (const auto ref = planning::EntryOf(field.context);
      ref.section != planning::EntrySection::kNone && !field.label.empty()) {
    return (ref.section == planning::EntrySection::kWork ? "Work experience " : "Education ") +
           std::to_string(ref.index + 1) + ": " + field.label;
  }
  if (!field.label.empty()) return perception::QuestionOf(field);
  if (!field.name.empty()) return field.name;
  return "field #" + std::to_string(field.index);
}

std::string FieldKey(const Field& field) {
  return field.frame_url + "|" + field.Key();
}

std::string ShownValue(const Field& field) {
  if (field.kind == ControlKind::kCheckbox) return field.checked ? "checked" : "";
  for (const auto& option : field.options) {
    if (!field.value.empty() && option.value == field.value && !option.label.empty()) {
      return option.label;
    }
  }
  return field.value;
}

const Field* FindSameField(const PageSnapshot& snapshot, const Field& field) {
  for (const auto& candidate : snapshot.fields) {
    if (candidate.Key() == field.Key() && candidate.frame_url == field.frame_url) return &candidate;
  }
  return nullptr;
}

RunReport::RunReport(std::string url, std::string application_id, EventSink events)
    : events_(std::move(events)), start_(Clock::now()) {
  report_.url = std::move(url);
  report_.application_id = std::move(application_id);
}

void RunReport::AnswerNotSaved(const perception::Field& field, const Error& error) {
  Emit("applier:error",
       "Your answer for \"" + DescribeField(field) +
           "\" is used here but could not be saved for next time: " + error.message,
       {{"question", DescribeField(field)}});
}

void RunReport::Emit(const std::string& type, const std::string& message, json::object data) {
  if (events_) events_(SessionEvent{type, message, std::move(data)});
}

void RunReport::Finish(Outcome outcome, std::string message) {
  report_.outcome = outcome;
  report_.message = std::move(message);
}

void RunReport::NameJob(const PageSnapshot& snapshot) {
  if (!report_.job_title.empty()) return;
  constexpr std::size_t kLongest = 200;  // bytes: a heading, not a paragraph
  const std::string& named = snapshot.headings.empty() ? snapshot.title : snapshot.headings.front();
  if (named.size() <= kLongest) report_.job_title = named;
}

void RunReport::Step(const PageSnapshot& snapshot, std::string action) {
  report_.steps.push_back(StepRecord{next_step(), perception::ToString(snapshot.kind), snapshot.url,
                                     std::move(action), MillisSinceStart()});
}

FieldRecord& RunReport::RecordFor(const Field& field, int step) {
  const std::string key = FieldKey(field);
  auto it = record_index_.find(key);
  if (it == record_index_.end()) {
    FieldRecord record;
    record.frame_id = field.frame_id;
    record.frame_url = field.frame_url;
    record.label = DescribeField(field);
    record.name = field.name;
    record.id = field.id;
    record.kind = perception::ToString(field.kind);
    record.required = field.required;
    record.step = step;
    record.value = field.value;
    record.status = "left_empty";
    report_.fields.push_back(record);
    it = record_index_.emplace(key, report_.fields.size() - 1).first;
  }
  return report_.fields[it->second];
}

const FieldRecord* RunReport::Find(const Field& field) const {
  const auto it = record_index_.find(FieldKey(field));
  return it == record_index_.end() ? nullptr : &report_.fields[it->second];
}

void RunReport::MarkHiddenFields(const PageSnapshot& snapshot, int step) {
  // With the entry it is in: repeated sections ask the same question in each entry
  // ("To" in every job), and the first job's end date, hidden once "I currently work
  // here" is ticked, is not shown because the second job's is.
  std::set<std::string> shown;
  for (const auto& field : snapshot.fields)
    shown.insert(FieldKey(field) + "|" + DescribeField(field));
  for (const auto& [key, index] : record_index_) {
    FieldRecord& record = report_.fields[index];
    // A question nobody answered counts too: the site hid the field it was for
    // (a province list once the country is not the site's own).
    const bool unfilled = record.status == "left_empty" || record.status == "needs_human";
    if (record.step != step || !unfilled || shown.contains(key + "|" + record.label)) continue;
    record.status = "hidden";
    record.note += record.note.empty() ? "the site hid it" : "; the site hid it";
  }
}

std::vector<const FieldRecord*> RunReport::MissingRequired() const {
  std::vector<const FieldRecord*> missing;
  for (const auto& f : report_.fields) {
    if (f.required && f.status != "filled" && f.status != "hidden") missing.push_back(&f);
  }
  return missing;
}

double RunReport::MillisSinceStart() const {
  return std::chrono::duration<double, std::milli>(Clock::now() - start_).count();
}

}  // namespace applier::session
