// OptionMeaning says what an option of a choice question means, whatever the
// form's wording or language: "Asian (Not Hispanic or Latino)" is Asian, "U.S.
// Citizen" and "Staatsbürger" are citizen, "I hold a visa that allows me to work
// without sponsorship" is a work visa, "Weiblich" is female. Each kind of question
// has a table of categories with the phrases forms use for them (English, German,
// French, Spanish, Italian, Portuguese, Dutch and some Japanese; work arrangements
// also in Polish, Turkish, Russian, Vietnamese, Chinese and Korean; work status,
// gender, arrangements, pay periods and channels also in Hungarian, Romanian,
// Ukrainian and Greek); the planner
// compares categories, never wordings, so a fact picks an option only when they
// mean the same thing.
//
// Contract: pure. A phrase counts only where it is not negated: "Hispanic" in
// "White (Not Hispanic or Latino)" and "sponsorship" in "without sponsorship" do
// not count. An option may belong to several categories ("U.S. citizen or
// permanent resident"); an option no phrase matches belongs to none.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "planning/field_classifier.h"

namespace applier::planning {

enum class OptionTable {
  // Why a person may work in a country: citizen, permanent_resident, work_visa,
  // student_visa, needs_sponsorship, not_authorized, and the status-free
  // "authorized" of statements like "I am authorized to work in the US".
  kWorkStatus,
  kRace,             // hispanic, white, black, asian, native_american, pacific_islander,
                     // middle_eastern, two_or_more
  kGender,           // male, female, non_binary
  kVeteran,          // protected_veteran, not_veteran
  kDisability,       // has_disability, no_disability
  kWorkArrangement,  // remote, hybrid, onsite, flexible
  kEducationStatus,  // graduated, expected, studying, on_leave, left, coursework_done
  kCareerType,       // newcomer, experienced
  kPayPeriod,        // hour, day, week, month, year: what a salary amount is for
  // Kinds of channel a "How did you hear about us?" list offers: social_media,
  // job_board, search_engine, referral, event, agency, company_site. Named
  // kinds only ("Social Media", "Jobbörse"); ChannelKindsOf adds known services.
  kSourceChannel,
};

// The table for the kind of question a field key names; nullopt for keys whose
// options are matched otherwise (countries, degrees, ranges, yes/no).
std::optional<OptionTable> TableFor(FieldKey key);

// The categories `text` belongs to in `table`, in the table's order; empty when
// none. Decline wordings ("I don't wish to answer") belong to no category: see
// IsDeclineText.
std::vector<std::string_view> CategoriesOf(OptionTable table, std::string_view text);

// The kinds of channel (kSourceChannel) an answer to "How did you hear about
// us?" is: the kinds it names, or those of a known service it names ("LinkedIn"
// is social media and a job board; "Indeed" a job board), most telling first.
std::vector<std::string_view> ChannelKindsOf(std::string_view text);

// Whether a normalised text holds `phrase` (normalised, whole words) somewhere no
// negation word ("not", "no", "nicht", "kein", "pas", "sin", "without", ...)
// stands within the three words before it.
bool HoldsUnnegated(std::string_view normalized, std::string_view phrase);

}  // namespace applier::planning
