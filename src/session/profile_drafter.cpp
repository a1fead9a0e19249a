#include "session/profile_drafter.h"

#include <yaml-cpp/yaml.h>

#include <cctype>
#include <cmath>

#include "knowledge/profile.h"
#include "llm/json_reply.h"

namespace applier::session {

namespace asio = boost::asio;
namespace json = boost::json;

namespace {

// A resume is a page or two; this keeps the prompt bounded for longer uploads.
constexpr std::size_t kResumeChars = 16000;

constexpr char kInstructions[] =
    "You read a job applicant's resume and fill in their profile for job application "
    "forms. Use only what the resume says; leave out every key the resume does not "
    "answer, never guess or invent. Reply with one JSON object only, with these keys:\n"
    "{\"name\": {\"first\": \"\", \"middle\": \"\", \"last\": \"\", \"preferred\": \"\"},\n"
    " \"pronouns\": \"\", \"email\": \"\", \"phone\": \"as written\",\n"
    " \"address\": {\"street\": \"\", \"city\": \"\", \"region\": \"state or province\", "
    "\"postal_code\": \"\", \"country\": \"\"},\n"
    " \"links\": {\"linkedin\": \"\", \"github\": \"\", \"portfolio\": \"\", \"website\": \"\", "
    "\"other\": [\"\"]},\n"
    " \"current\": {\"company\": \"\", \"title\": \"\"},\n"
    " \"years_experience\": 0,\n"
    " \"work_history\": [{\"company\": \"\", \"title\": \"\", \"start\": \"YYYY-MM\", "
    "\"end\": \"YYYY-MM or present\", \"location\": \"\", \"description\": \"one sentence\"}],\n"
    " \"education\": [{\"school\": \"\", \"degree\": \"\", \"field\": \"\", \"start\": \"\", "
    "\"end\": \"\"}],\n"
    " \"skills\": [\"\"]}\n"
    "Work history and education most recent first.";

std::string Trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  return std::string(text);
}

std::string StringAt(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  if (value == nullptr || !value->is_string()) return "";
  return Trim(value->as_string());
}

const json::object* ObjectAt(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value != nullptr && value->is_object() ? &value->as_object() : nullptr;
}

const json::array* ArrayAt(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value != nullptr && value->is_array() ? &value->as_array() : nullptr;
}

// Writes `key: "value"` for each non-empty string of `keys` in `object`; a map
// under `name` only when one of them is there.
void EmitStrings(YAML::Emitter& out, std::string_view name, const json::object* object,
                 std::initializer_list<std::string_view> keys) {
  if (object == nullptr) return;
  bool any = false;
  for (auto key : keys) any = any || !StringAt(*object, key).empty();
  if (!any) return;
  out << YAML::Key << std::string(name) << YAML::Value << YAML::BeginMap;
  for (auto key : keys) {
    const std::string value = StringAt(*object, key);
    if (!value.empty()) {
      out << YAML::Key << std::string(key) << YAML::Value << YAML::DoubleQuoted << value;
    }
  }
  out << YAML::EndMap;
}

void EmitString(YAML::Emitter& out, std::string_view key, const std::string& value) {
  if (value.empty()) return;
  out << YAML::Key << std::string(key) << YAML::Value << YAML::DoubleQuoted << value;
}

std::vector<std::string> StringList(const json::array* array) {
  std::vector<std::string> out;
  if (array == nullptr) return out;
  for (const auto& item : *array) {
    if (!item.is_string()) continue;
    std::string text = Trim(item.get_string());
    if (!text.empty()) out.push_back(std::move(text));
  }
  return out;
}

void EmitList(YAML::Emitter& out, std::string_view key, const std::vector<std::string>& items) {
  if (items.empty()) return;
  out << YAML::Key << std::string(key) << YAML::Value << YAML::BeginSeq;
  for (const auto& item : items) out << YAML::DoubleQuoted << item;
  out << YAML::EndSeq;
}

// Entries of a list of objects that have `required`, with the string `keys`.
void EmitEntries(YAML::Emitter& out, std::string_view name, const json::array* array,
                 std::string_view required, std::initializer_list<std::string_view> keys) {
  if (array == nullptr) return;
  std::vector<const json::object*> entries;
  for (const auto& item : *array) {
    if (item.is_object() && !StringAt(item.get_object(), required).empty()) {
      entries.push_back(&item.get_object());
    }
  }
  if (entries.empty()) return;
  out << YAML::Key << std::string(name) << YAML::Value << YAML::BeginSeq;
  for (const auto* entry : entries) {
    out << YAML::BeginMap;
    for (auto key : keys) EmitString(out, key, StringAt(*entry, key));
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
}

std::string Finish(YAML::Emitter& out) {
  std::string yaml = out.c_str();
  if (!yaml.empty() && yaml.back() != '\n') yaml += '\n';
  return yaml;
}

}  // namespace

std::string ProfileYamlFromFields(const json::object& fields, std::string_view resume_filename) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  EmitStrings(out, "name", ObjectAt(fields, "name"), {"first", "middle", "last", "preferred"});
  EmitString(out, "pronouns", StringAt(fields, "pronouns"));
  EmitString(out, "email", StringAt(fields, "email"));
  EmitString(out, "phone", StringAt(fields, "phone"));
  EmitStrings(out, "address", ObjectAt(fields, "address"),
              {"street", "city", "region", "postal_code", "country"});
  if (const auto* links = ObjectAt(fields, "links")) {
    const auto other = StringList(ArrayAt(*links, "other"));
    bool any = !other.empty();
    for (auto key : {"linkedin", "github", "portfolio", "website"}) {
      any = any || !StringAt(*links, key).empty();
    }
    if (any) {
      out << YAML::Key << "links" << YAML::Value << YAML::BeginMap;
      for (auto key : {"linkedin", "github", "portfolio", "website"}) {
        EmitString(out, key, StringAt(*links, key));
      }
      EmitList(out, "other", other);
      out << YAML::EndMap;
    }
  }
  EmitStrings(out, "current", ObjectAt(fields, "current"), {"company", "title"});
  if (const auto* years = fields.if_contains("years_experience");
      years != nullptr && years->is_number()) {
    const double value = years->to_number<double>();
    if (std::isfinite(value) && value > 0 && value < 80) {
      out << YAML::Key << "years_experience" << YAML::Value << value;
    }
  }
  EmitEntries(out, "work_history", ArrayAt(fields, "work_history"), "company",
              {"company", "title", "start", "end", "location", "description"});
  EmitEntries(out, "education", ArrayAt(fields, "education"), "school",
              {"school", "degree", "field", "start", "end"});
  EmitList(out, "skills", StringList(ArrayAt(fields, "skills")));
  EmitString(out, "resume", std::string(resume_filename));
  out << YAML::EndMap;
  return Finish(out);
}

std::string ProfileYamlFromHeuristics(const knowledge::ProfileDraft& draft,
                                      std::string_view resume_filename) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  // The three keys every profile needs, empty when not found: the user fills them in.
  out << YAML::Key << "name" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "first" << YAML::Value << YAML::DoubleQuoted << draft.name.first;
  EmitString(out, "middle", draft.name.middle);
  out << YAML::Key << "last" << YAML::Value << YAML::DoubleQuoted << draft.name.last;
  out << YAML::EndMap;
  out << YAML::Key << "email" << YAML::Value << YAML::DoubleQuoted << draft.email;
  EmitString(out, "phone", draft.phone);
  if (!draft.city.empty() || !draft.region.empty()) {
    out << YAML::Key << "address" << YAML::Value << YAML::BeginMap;
    EmitString(out, "city", draft.city);
    EmitString(out, "region", draft.region);
    out << YAML::EndMap;
  }
  const auto& links = draft.links;
  if (!links.linkedin.empty() || !links.github.empty() || !links.website.empty() ||
      !links.other.empty()) {
    out << YAML::Key << "links" << YAML::Value << YAML::BeginMap;
    EmitString(out, "linkedin", links.linkedin);
    EmitString(out, "github", links.github);
    EmitString(out, "website", links.website);
    EmitList(out, "other", links.other);
    out << YAML::EndMap;
  }
  EmitString(out, "resume", std::string(resume_filename));
  out << YAML::EndMap;
  return Finish(out);
}

bool HasUsableText(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0 ||
                        (static_cast<unsigned char>(c) & 0x80) != 0;
    if (letter && !in_word && ++words >= 3) return true;
    in_word = letter;
  }
  return false;
}

asio::awaitable<DraftedProfile> ProfileDrafter::Draft(ResumeSource resume) const {
  DraftedProfile drafted;
  if (llm_ != nullptr && llm_->configured()) {
    llm::ChatRequest request;
    request.messages.push_back(llm::Message::System(kInstructions));
    std::string text = resume.text.substr(0, kResumeChars);
    request.messages.push_back(
        llm::Message::User("The resume (" + resume.filename + "):\n" + text));
    request.json_output = true;
    request.temperature = 0;
    auto reply = co_await llm_->Chat(std::move(request));
    std::string problem;
    if (!reply) {
      problem = "the LLM could not be asked (" + reply.error().message + ")";
    } else if (auto fields = llm::ParseJsonObjectReply(reply->content); !fields) {
      problem = "the LLM's answer was not the JSON asked for (" + fields.error().message + ")";
    } else {
      std::string yaml = ProfileYamlFromFields(*fields, resume.filename);
      auto valid = knowledge::LoadProfileFromString(yaml, resume.documents_dir);
      if (valid) {
        drafted.yaml = std::move(yaml);
        drafted.source = "llm";
        drafted.notes.push_back("Drafted by " + reply->provider + " (" + reply->model + ") from " +
                                resume.filename + ": check every value before you save it.");
        drafted.notes.push_back(
            "A resume does not say everything forms ask: add work authorization, salary, "
            "notice period and the answers you give often yourself.");
        co_return drafted;
      }
      problem = "the LLM's draft was not a valid profile (" + valid.error().message + ")";
    }
    drafted.notes.push_back("Drafted from the resume's contact lines instead: " + problem + ".");
  } else {
    drafted.notes.push_back("No LLM is configured: drafted from the resume's contact lines.");
  }

  const knowledge::ProfileDraft draft = knowledge::DraftProfileFromResume(resume.text);
  drafted.yaml = ProfileYamlFromHeuristics(draft, resume.filename);
  drafted.source = "heuristics";
  if (draft.name.first.empty() || draft.name.last.empty()) {
    drafted.notes.push_back("No name was found: fill in name.first and name.last.");
  }
  if (draft.email.empty()) drafted.notes.push_back("No e-mail address was found: fill in email.");
  drafted.notes.push_back(
      "Only the name, contact details, links and city are read this way: add your work "
      "history, education and skills.");
  co_return drafted;
}

}  // namespace applier::session
