// FieldClassifier decides what a form field asks for (first name, work
// authorization, veteran status, ...) from everything perception saw about it, so
// the planner can look the answer up in the profile.
//
// Signals, strongest first: the autocomplete attribute (trusted over the label:
// sites set it deliberately), the label, the placeholder, the name and id
// attributes (split into words: "firstName", "first_name"), the nearby context, and
// the control type. The words come from a table of phrases per meaning and language
// (FieldMeanings, src/planning/data/field_meanings.txt), not from translation. Each
// key only applies to control kinds that can hold it: an "Email me job alerts"
// checkbox is never the email field.
//
// Confidence guide: autocomplete ~0.99; the whole label is a synonym ~0.95; the
// label contains a synonym ~0.9; placeholder or name/id ~0.8; context alone ~0.65.
// Below the planner's fill threshold (a question, never a guess) when the label's
// words name a meaning the control cannot hold ("Street" on an input type=email)
// or two contact facts at once ("email address and phone number").
#pragma once

#include <string>
#include <string_view>

#include "perception/field.h"

namespace applier::planning {

enum class FieldKey {
  kFirstName,
  kLastName,
  kFullName,
  // A box named only "name" in a language where that word is also the first name
  // or the surname ("Votre nom", "Tu nombre", "Nome"): which part the page asks
  // for, its other boxes say (AnswerPlanner: the first name beside a surname box,
  // the surname beside a first-name box, else the whole name).
  kName,
  kMiddleName,
  // The initials of the given names ("Voorletters" on Dutch forms, "Initials"):
  // written from the first and middle names as those forms write them ("J.P.").
  kInitials,
  kPreferredName,
  kPronouns,
  kEmail,
  kPhone,
  kPhoneCountryCode,
  // The area code in a box of its own beside the rest of the number (Jotform's
  // phone control, US forms' "Area Code" + "Phone Number"): the number box then
  // takes the number without it.
  kPhoneAreaCode,
  kAddressLine,
  // Apartment, suite, building: the second address line, never the street.
  kAddressLine2,
  // The house number where the form splits it from the street (Straat +
  // Huisnummer, Rua + Número): the street box then takes the street alone.
  kHouseNumber,
  kCity,
  kRegion,
  kPostalCode,
  kCountry,
  kLocation,
  kLinkedin,
  kGithub,
  kPortfolio,
  kWebsite,
  kCurrentCompany,
  kCurrentTitle,
  kYearsExperience,
  kSchool,
  kDegree,
  kDiscipline,
  // One entry of a repeatable "Work Experience" section (Classification::entry).
  kJobTitle,
  kEmployer,
  kJobLocation,
  kJobStart,
  kJobEnd,
  kJobCurrent,
  kJobDescription,
  // Dates of an education entry; school, degree and discipline use the keys above.
  kEducationStart,
  kEducationEnd,
  kResume,
  kCoverLetter,
  kWorkAuthorization,
  kSponsorship,
  kSalary,
  // The currency the salary expectation is given in: a select or typeahead of
  // codes, often preset to the site's own currency.
  kSalaryCurrency,
  // The period the salary expectation is for (per hour, month or year): a
  // select or radios beside the amount, known also by offering only periods.
  kSalaryPeriod,
  // The two ends of a salary expectation asked as a range ("Salary from" / "to",
  // "Lower Range" / "Upper Range" under "Salary Expectation"): the ends of the
  // range the person gave, never their one amount twice.
  kSalaryMinimum,
  kSalaryMaximum,
  kNoticePeriod,
  kStartDate,
  kRelocation,
  kRemote,
  kGender,
  kHispanicLatino,
  kRace,
  kVeteran,
  kDisability,
  kHowHeard,
  kConsent,
  // A box asking to send the person mail (newsletters, job alerts) or to keep
  // their data for other roles: left unticked, never ticked to unblock a send;
  // only a required one is ticked, as applying takes it.
  kOptIn,
  // Mr / Ms / Dr, "Anrede", "Civilité": asked, never inferred from gender.
  kSalutation,
  kDateOfBirth,
  // The date the application is signed ("Today's Date" beside a typed electronic
  // signature, "Date signed"): the day it is filled in, in the box's format.
  kTodayDate,
  // Citizen / permanent resident / work visa / needs sponsorship: a status among
  // several, where work_authorization is a yes/no.
  kWorkPermitStatus,
  // A landline number ("Festnetz", "市話", "landline"): the profile's phone is a
  // mobile, so such a box gets nothing from it.
  kLandline,
  // "Home phone": the person's number when it is the page's only phone box, a
  // landline when the page also has another phone box (PageContext).
  kHomePhone,
  // Graduated / studying / left an education entry ("就學狀態", "졸업 구분"):
  // decided by whether the entry's end date has passed.
  kEducationStatus,
  // Newcomer or experienced hire ("경력 구분: 신입 / 경력", "新卒 / 中途"):
  // decided by the work history.
  kCareerType,
  // "Are you currently employed?": whether the work history has a job with no end
  // (yes), every job has ended (no); asked with no history.
  kCurrentlyEmployed,
  // "Are you currently employed by the City of ...?": whether the current job is
  // with the organisation the question names (yes) or with another (no).
  kEmployedByNamed,
  // "Are you at least 18 years of age?": from profile.adult, else the date of birth.
  kOfAge,
  // "Key Skills", "Technologies": profile.skills, typed as a list, or added one
  // by one to a box that keeps entries (tags, chips), or ticked in a group.
  kSkills,
  // "Position applied for" as a list of the company's openings: the one the
  // posting names (PageContext::posting_text).
  kPositionApplied,
  // The type of a file the page took ("Dokumenttyp", "Document type" in the row
  // of an uploaded file): the kind of the profile's file the row names.
  kDocumentType,
  // An upload for documents other than the resume and the cover letter
  // ("Additional Attachments", "Weitere Unterlagen"): the profile holds none.
  kOtherDocuments,
  kUnknown,
};

// snake_case name: "first_name", "work_authorization", "unknown"
const char* ToString(FieldKey key);

struct Classification {
  FieldKey key = FieldKey::kUnknown;
  double confidence = 0;  // in [0, 1]; 0 for kUnknown
  std::string signal;     // what decided it, e.g. "label \"First Name\""
  // Work authorization and sponsorship questions: the ISO code (or "EU") of the
  // country the question names ("... in the United States?" -> "US"), "" if none.
  std::string country;
  // Fields of a repeated section ("Work Experience 2", "Education 1"): which entry
  // of the profile's work history or education, 0-based; -1 elsewhere.
  int entry = -1;
  // The entry is taken to be the first because the section holding the field
  // names no number ("工作經歷" with a 任職期間 row): right only where the page
  // holds one such row (PageContext::repeated_unnumbered_entries).
  bool unnumbered_entry = false;
  // The entry is taken to be the second because the section's heading names the
  // job before ("Previous employment" below "Current employment"): right only where
  // the page holds the current job's entry too (PageContext::current_job_entry).
  // Alone, such a heading titles the whole work history, most recent job first.
  bool after_current_job = false;
  // An address fact (city, state, country) asked inside a work entry: the job's
  // place, from its location, never the person's address.
  bool of_job = false;
};

// A repeatable section of a form, as named by its heading or "Add" button.
enum class EntrySection { kNone, kWork, kEducation };

// "Work Experience 2 ..." -> {kWork, 1}; {kNone, -1} for context that names no
// numbered entry.
struct EntryRef {
  EntrySection section = EntrySection::kNone;
  int index = -1;
  // Named by a heading for the job before the current one, not by a number
  // (Classification::after_current_job).
  bool after_current_job = false;
};
EntryRef EntryOf(std::string_view context);

// "Add Another Work Experience" -> kWork; "Add Education" -> kEducation.
EntrySection SectionNamedBy(std::string_view text);

class FieldClassifier {
 public:
  Classification Classify(const perception::Field& field) const;

 private:
  // Classify as a fact of the applicant's own (every rule but the section about
  // someone else).
  Classification ClassifyOwn(const perception::Field& field) const;
  // Classify without the repeated-section rules.
  Classification ClassifyAlone(const perception::Field& field) const;
  // Whether a part of the field's context (a heading, a legend) asks the salary.
  bool ContextNamesSalary(const perception::Field& field) const;
  // A box named only by its part of a name ("First") under a composite field's
  // title that asks the name ("Name"): that part; unknown otherwise.
  Classification NamePartUnderAName(const perception::Field& field) const;
};

}  // namespace applier::planning
