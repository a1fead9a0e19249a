// Profile is what a user tells Live Applier about themselves once, in a YAML file,
// so that standard application questions never need a human or an LLM. The schema
// is documented, key by key, in examples/profile.yaml.
//
// Contract of LoadProfile():
//  - Success means every key was known, every value had the right type, name
//    (first and last) and a valid email are present, and the resume and cover
//    letter, when given, exist; their paths are absolute (relative ones are taken
//    relative to the YAML file's folder).
//  - Any failure is an Error of kind kInvalidInput whose message names the file,
//    the 1-based line and the key path, e.g.
//      me.yaml:12: key 'work_authorization.US.authorized': expected true or false, got "maybe"
//  - Countries may be written as names or ISO codes; they are stored as both.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace applier::knowledge {

struct PersonName {
  std::string first;
  std::string middle;
  std::string last;
  std::string preferred;  // what they like to be called; may be empty

  std::string Full() const;  // "First Middle Last" without empty parts
};

struct Address {
  std::string street;
  std::string line2;  // apartment, suite, building: "" unless given
  std::string city;
  std::string region;  // state, province, county
  std::string postal_code;
  std::string country;       // English name ("United States") or as written if unknown
  std::string country_code;  // ISO alpha-2 ("US"), "" if the country is unknown
};

struct Links {
  std::string linkedin;
  std::string github;
  std::string portfolio;
  std::string website;
  std::vector<std::string> other;
};

struct Job {
  std::string company;
  std::string title;
  std::string start;  // as written: "2021-03", "March 2021"
  std::string end;    // "" or "present" for the current job
  std::string location;
  std::string description;

  // No end, or "present" / "current" / "now": the job the person holds today.
  bool IsCurrent() const;
};

struct Education {
  std::string school;
  std::string degree;  // "BS", "Bachelor of Science", ...
  std::string field;   // discipline / major
  std::string start;
  std::string end;
};

// Why a person may work in a country, as status questions ask it ("Citizen /
// Permanent resident / Work visa / Requires sponsorship"). kUnknown when the
// profile does not say: then `authorized` alone fits several statuses, and a
// status question is asked, never guessed.
enum class WorkStatus { kUnknown, kCitizen, kPermanentResident, kWorkVisa, kStudentVisa, kNone };

// citizen|permanent_resident|work_visa|student_visa|none|"" (kUnknown)
const char* ToString(WorkStatus status);

struct WorkAuthorization {
  bool authorized = false;
  bool requires_sponsorship = false;
  WorkStatus status = WorkStatus::kUnknown;
};

struct Salary {
  std::optional<double> amount;
  // The range the person asks for, for forms that ask a salary as two ends;
  // from the profile's keys, else from a range `text` states.
  std::optional<double> minimum;
  std::optional<double> maximum;
  std::string currency;  // ISO 4217, "USD"
  std::string period;    // "year", "month", "hour"
  std::string text;      // how to say it in a free-text box
};

// Voluntary self-identification answers. Each is "" (not given: leave optional
// questions alone, ask for required ones), kDecline, or the user's answer.
struct Eeo {
  std::string gender;
  std::string hispanic_latino;
  std::string race;
  std::string veteran;
  std::string disability;
};
inline constexpr std::string_view kDecline = "decline";

struct Profile {
  std::filesystem::path source;  // the YAML file; empty when loaded from a string

  PersonName name;
  std::string pronouns;
  // "Mx", "Dr", "Ms" as the person wants to be addressed; "" unless given: a
  // salutation is never inferred from gender or anything else.
  std::string salutation;
  std::string date_of_birth;  // ISO "1990-12-31"; "" unless given
  std::optional<bool> adult;  // 18 or older ("Are you at least 18?"); unset unless given
  std::string email;
  std::string phone;
  std::string phone_country_code;  // "+1"
  Address address;
  Links links;
  std::string current_company;  // falls back to the open-ended work_history entry
  std::string current_title;
  std::optional<double> years_experience;
  std::vector<Job> work_history;     // most recent first
  std::vector<Education> education;  // highest / most recent first
  std::vector<std::string> skills;

  // Keyed by ISO alpha-2 code or "EU".
  std::map<std::string, WorkAuthorization, std::less<>> work_authorization;
  std::string default_country;  // ISO code used when a question names no country

  Salary salary;
  std::string notice_period;   // "2 weeks"
  std::string earliest_start;  // "2025-07-01" or "immediately"
  std::optional<bool> willing_to_relocate;
  std::string remote;  // "remote", "hybrid", "onsite", "flexible" or ""
  Eeo eeo;
  std::string how_heard;               // default answer to "How did you hear about us?"
  std::filesystem::path resume;        // absolute; empty when not given
  std::filesystem::path cover_letter;  // absolute; empty when not given
  // Free-form answers to questions forms ask, in file order: {question, answer}.
  std::vector<std::pair<std::string, std::string>> answers;

  // The authorization for a country (ISO code), falling back to "EU" for EU
  // members; the default country when `country_code` is empty. nullptr when the
  // profile does not say: the caller must not guess.
  const WorkAuthorization* AuthorizationFor(std::string_view country_code) const;
};

Result<Profile> LoadProfile(const std::filesystem::path& path);

// For tests and for profiles that arrive over the API: `base_dir` resolves relative
// document paths, `display_name` stands for the file name in error messages.
Result<Profile> LoadProfileFromString(std::string_view yaml_text,
                                      const std::filesystem::path& base_dir,
                                      std::string_view display_name = "profile.yaml");

}  // namespace applier::knowledge
