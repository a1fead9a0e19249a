// Answer is what the planner decided to put into one field, and where that came
// from. Every filled field carries its source and confidence into the draft and the
// report (docs/design.md, "Answer sources, in order").
#pragma once

#include <string>
#include <vector>

#include "planning/field_classifier.h"

namespace applier::planning {

enum class AnswerSource { kProfile, kSavedAnswer, kDocument, kLlm, kHuman, kDefault };

// profile|saved_answer|document|llm|human|default
const char* ToString(AnswerSource source);

struct Answer {
  std::string text;                        // text to type, or the chosen option's label
  std::string option_value;                // chosen option's value, for select/radio/combobox
  std::vector<std::string> option_values;  // checkbox group: values to check
  bool check = false;                      // single checkbox: desired state
  std::string file_path;                   // file inputs: absolute path to upload
  AnswerSource source = AnswerSource::kDefault;
  double confidence = 0;  // in [0, 1]
  std::string reason;     // what it came from, e.g. "profile.email"
  // For a chosen option: the facts that decided it ("profile.work_authorization.US
  // .authorized = true", "the person's answer"), then how the option was matched.
  // A choice with none is a guess; the planner makes none (DESIGN.md, "ask, don't
  // guess"), and the report shows this for every field.
  std::vector<std::string> decided_by;
  // A combobox that suggests as you type (typeahead.h): the queries to type, in
  // order, and what a suggestion must mean to be chosen — MatchOption(options,
  // match_text, match_key); match_text "" means `text`.
  std::vector<std::string> queries;
  std::string match_text;
  FieldKey match_key = FieldKey::kUnknown;
  // A box that keeps several entries (tags, chips): each one typed and confirmed
  // in turn; `text` then lists them.
  std::vector<std::string> entries;
  // A choice the facts narrow to several options that each name a kind the fact
  // is ("Social Media" and "Job Board" for LinkedIn): made to open the list that
  // follows it ("Source"), which must then hold the fact itself; these are the
  // other options, to choose in turn when it does not. Without such a list the
  // facts do not decide, and the person is asked.
  std::vector<Answer> alternatives;
  // A typed answer written other ways the field may take (Formatted::other_forms),
  // in order: typed in turn when the box's input mask garbles `text`.
  std::vector<std::string> other_forms;
  // A phone typed national because the page picks the country elsewhere: the
  // whole international number (Formatted::international), typed instead into a
  // box that writes the picked dialling code into itself when focused.
  std::string international;
  // A chosen "Other" option (perception::Option::specify): what goes in its box,
  // the fact in the person's words, which no listed option names.
  std::string specified;
};

}  // namespace applier::planning
