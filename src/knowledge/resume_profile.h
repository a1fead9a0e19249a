// DraftProfileFromResume reads the contact block of a resume's text and proposes
// profile fields from it, so a new user starts from a filled-in profile and only
// corrects it. Heuristics, not understanding: every value is a suggestion to show
// the user, and `found` says which fields were found so the UI can highlight them.
//
// What it looks for: the name (the first line near the top that looks like a
// person's name), the first e-mail address, the first phone number, LinkedIn and
// GitHub profile links, another web site, and "City, Region" in the header lines.
//
// Pure functions; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "knowledge/document_text.h"
#include "knowledge/profile.h"

namespace applier::knowledge {

struct ProfileDraft {
  PersonName name;
  std::string email;
  std::string phone;
  Links links;  // linkedin, github, website; further sites in `other`
  std::string city;
  std::string region;  // state, province or country as written after the city
  // The profile.yaml keys found, in this order when present: "name", "email",
  // "phone", "links.linkedin", "links.github", "links.website", "address.city",
  // "address.region".
  std::vector<std::string> found;

  // Copies each found value into `profile` where the profile has none yet.
  void FillEmpty(Profile& profile) const;
};

ProfileDraft DraftProfileFromResume(std::string_view resume_text);

// Reads the upload as ExtractDocumentText does (same errors), then drafts.
Result<ProfileDraft> DraftProfileFromUpload(std::string_view filename, std::string_view bytes,
                                            const ExtractOptions& options = {});

}  // namespace applier::knowledge
