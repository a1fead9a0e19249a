// ProfileDrafter proposes a profile.yaml from the text of a user's resume, for the
// user to correct and save (it saves nothing itself). With an LLM, the model is
// asked for the profile's fields as JSON, which are written out as YAML and must
// pass knowledge::LoadProfileFromString; when the call fails or its answer is not a
// valid profile, the contact-line heuristics of knowledge/resume_profile.h draft it
// instead, and `notes` says so. Without an LLM the heuristics draft it.
//
// Every draft names the resume document itself as `resume`, so the YAML validates
// against the folder the user's uploads are kept in.
//
// Errors: none from Draft — a draft always comes back; what went wrong is in notes.
// Ownership: the LlmClient is borrowed (may be null) and must outlive the drafter.
// Thread-safe: Draft may run concurrently from any executors.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/json/object.hpp>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "knowledge/resume_profile.h"
#include "llm/llm_client.h"

namespace applier::session {

struct ResumeSource {
  std::string text;                     // the resume's text, as extracted
  std::string filename;                 // the stored upload, written as `resume:`
  std::filesystem::path documents_dir;  // where `filename` lives: validation resolves it there
};

struct DraftedProfile {
  std::string yaml;
  std::string source;              // "llm" or "heuristics"
  std::vector<std::string> notes;  // for the user: what to check, what was not found
};

// The profile YAML for the fields the model returned (the JSON shape the drafter
// asks for, see profile_drafter.cpp). Keys the profile does not have, values of the
// wrong type and empty strings are left out; nothing is invented. `resume_filename`
// becomes `resume:` when not empty.
std::string ProfileYamlFromFields(const boost::json::object& fields,
                                  std::string_view resume_filename);

// The heuristics' draft as profile YAML. Required keys it did not find are written
// empty, so the user sees what to fill in (such a draft does not validate yet).
std::string ProfileYamlFromHeuristics(const knowledge::ProfileDraft& draft,
                                      std::string_view resume_filename);

// Whether the text has enough words to draft from (at least a few words with letters).
bool HasUsableText(std::string_view text);

class ProfileDrafter {
 public:
  explicit ProfileDrafter(const llm::LlmClient* llm) : llm_(llm) {}

  boost::asio::awaitable<DraftedProfile> Draft(ResumeSource resume) const;

 private:
  const llm::LlmClient* llm_;
};

}  // namespace applier::session
