// AnswerPlanner decides, for one perceived field, what to put in it and where the
// answer comes from, following docs/design.md's source chain:
//
//   1. profile      the classified field's profile fact (through MatchOption for
//                   choice fields), then the profile's `answers:` by question text;
//   2. saved answer what this user told a human prompt before (AnswerBank);
//   3. documents, LLM — not consulted here yet: a plan that reaches the human step
//                   carries the question and key, and the session may try those
//                   sources on a kAskHuman plan before asking;
//   4. human        kAskHuman with the reason.
//
// Contract:
//  - kFill only with an answer of confidence >= kFillThreshold; a weaker candidate
//    falls through to the next source.
//  - Required fields nothing can answer are always kAskHuman; optional ones are
//    kLeave (an optional middle name the profile lacks is not worth a question).
//  - A field already holding the planned answer is kLeave, with that reason.
//  - A required consent checkbox ("I agree to the privacy policy") is checked with
//    source `default`: the user cannot apply without it, and by applying they
//    consent. Optional consent and opt-in checkboxes are left alone.
//  - Text answers are written as the field asks (value_format.h: dates, phones,
//    numbers, amounts, links) and never into a field whose type, pattern,
//    maxlength or meaning rejects them (value_guard.h): such a field is asked
//    about when required, left empty otherwise, and `why` says what rejected it.
//  - Plan() does not change anything; Remember() is the only write.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/result.h"
#include "knowledge/answer_bank.h"
#include "knowledge/profile.h"
#include "perception/field.h"
#include "planning/answer.h"
#include "planning/field_classifier.h"

namespace applier::planning {

// 0.75: a label synonym (0.9) or a placeholder/name attribute (0.8) is enough to
// fill from the profile; nearby context alone (0.65) is not.
inline constexpr double kFillThreshold = 0.75;

struct FieldPlan {
  enum class Decision { kFill, kAskHuman, kLeave };

  FieldKey key = FieldKey::kUnknown;
  double classification_confidence = 0;
  Decision decision = Decision::kLeave;
  Answer answer;    // meaningful for kFill
  std::string why;  // one line for the draft and the report
  // The profile had the answer but the box's own rules (a pattern, a length)
  // refused it: rules that may change with the rest of the page (a postal-code
  // pattern that follows the country chosen), so worth planning again after it.
  bool refused_by_page = false;
  // Nothing knew the answer, and the field keeps the real choice it holds: the
  // site preselected it, as far as the planner can tell.
  bool kept_held_choice = false;
  // Left because the field already holds the answer planned (`answer`).
  bool holds_answer = false;
  // Marked required, but only by its block's title, and empty is the person's
  // answer (an address block's second line): the page may go out without it.
  bool may_stay_empty = false;
};

const char* ToString(FieldPlan::Decision decision);  // fill|ask_human|leave

// What the rest of a page says about one field's answer.
struct PageContext {
  // Another field of the page takes the phone's country code (a picker or a
  // box), so the number box wants the national number.
  bool phone_country_code_field = false;
  // Phone boxes (Field::Key) the page's country-code picker does not sit beside,
  // when it has more than one ("Telefon" with its +41 picker, "Mobiltelefon"
  // alone): they have no code of their own and want the international number.
  std::set<std::string> phone_boxes_without_code;
  // Another field takes the phone's area code (Area Code + Phone Number), so the
  // number box wants the number after it.
  bool phone_area_code_field = false;
  // Another field takes the house number (Straat + Huisnummer), so the street
  // box wants the street alone.
  bool house_number_field = false;
  // Another field takes the address's second line (apartment, suite): the street
  // box wants the street alone. Without one, the flat goes with the street, as
  // one-box address lines ask ("Вулиця, будинок, квартира", "Street address").
  bool address_line2_field = false;
  // Fields of the page that mean the region: a "County" box beside a "State"
  // box asks for a part of the state.
  int region_fields = 0;
  // Two fields of the page have the same meaning in sections that name no entry
  // number (Classification::unnumbered_entry): which entry each is, the page
  // does not say.
  bool repeated_unnumbered_entries = false;
  // The page holds a job's fields other than a "Previous employment" block's (a
  // "Current employment" block, "Employer 1"), so such a block beside them is the
  // job before (Classification::after_current_job).
  bool current_job_entry = false;
  // Boxes of the page for the first name and for the surname: a box named only
  // "name" (FieldKey::kName) beside one of them asks for the other part.
  bool first_name_field = false;
  bool last_name_field = false;
  // A phone box the person's number goes in (a "Phone" or "Mobile" box), so a
  // "Home phone" box beside it asks for a landline.
  bool phone_field = false;
  // The page's send button stays disabled until something more is done, and
  // agreement boxes (terms, privacy, data processing) are unticked: the send
  // waits for them, as a person ticking them all would find. Opt-ins (mail,
  // other roles) are another meaning and never among them.
  bool consent_gates_submit = false;
  // The text of the posting the person applies to (its title among it), which
  // names the opening in a "Position applied for" list; empty when not read.
  std::string posting_text;
  // The country the page's right-to-work questions name, when those that name one
  // all name the same (ISO code): a sponsorship or permit question beside them that
  // names none is about it ("Arbeitserlaubnis für Deutschland vorhanden?" above
  // "Benötigen Sie jetzt oder künftig ein Visum-Sponsoring?"), not about the
  // profile's default country. Empty when none names one, or they disagree.
  std::string work_country;
  // A salary box of the page asks for the pay per another period than the
  // profile's ("per month, net" beside a yearly salary): its amount is the
  // person's to give, and so is the currency chosen beside it, which goes with
  // that amount rather than with the profile's.
  bool salary_amount_persons = false;
};

class AnswerPlanner {
 public:
  // `bank` may be null (no saved answers); the profile and bank must outlive this.
  AnswerPlanner(const knowledge::Profile& profile, knowledge::AnswerBank* bank,
                std::string user_id);

  // `page` is ContextOf() the page the field is on; without it, the field is
  // planned as if it stood alone.
  FieldPlan Plan(const perception::Field& field, const PageContext& page = {}) const;

  // `submit_waits`: the page's submit (or Next) is disabled for now.
  PageContext ContextOf(const std::vector<perception::Field>& fields,
                        bool submit_waits = false) const;

  // Whether this combobox's list is one the plan must see before choosing: a
  // fixed list that its typed text would not find (a month list shows
  // "September" where the date holds "09"; "Did you graduate?" offers Yes and
  // No). Its options are read first.
  bool ChoosesFromTheList(const perception::Field& field) const;

  // The part of a date the field asks for alone ("day", "month", "year": one
  // of the lists a date of birth is drawn as), or "" for any other field.
  std::string DatePartOf(const perception::Field& field) const;

  // Turns what a human typed into an answer for this field. Choice fields accept an
  // option's text (matched by meaning) or its 1-based number among
  // SelectableOptions(); checkbox groups a comma-separated list; single checkboxes
  // yes/no; file fields an existing path. kInvalidInput, saying what would be
  // accepted, when the response fits nothing.
  Result<Answer> FromHumanResponse(const perception::Field& field, std::string response) const;

  // Saves a human's answer in the AnswerBank for this user so later forms reuse it.
  // A no-op without a bank.
  Status Remember(const perception::Field& field, const Answer& answer) const;

 private:
  const knowledge::Profile& profile_;
  knowledge::AnswerBank* bank_;
  std::string user_id_;
  FieldClassifier classifier_;
};

}  // namespace applier::planning
