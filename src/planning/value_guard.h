// ValueGuard decides whether a field would take a value before anything is typed:
// as the page judges it (input type, pattern, maxlength) and by what the field
// means (an e-mail box takes an e-mail address, a postal-code box a postal code, a
// name box no '@'). A value a field rejects is worse than no value: the site
// refuses the form, or — worse — accepts a street in its e-mail box. The planner
// turns a rejected value into a question for the person (required fields) or an
// empty field (optional ones), and the draft shows the reason.
//
// Contract: pure. nullopt means nothing rejects the text; otherwise one sentence
// saying which rule does. A pattern that std::regex cannot compile (or not
// without backtracking), that holds characters outside ASCII or is over 1000
// characters long, or a value over 4096, is not judged against the pattern (the
// site's validation loop still is).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "perception/field.h"
#include "planning/field_classifier.h"

namespace applier::planning {

std::optional<std::string> WhyFieldRejects(const perception::Field& field, FieldKey key,
                                           std::string_view text);

// The part of WhyFieldRejects that is the page's own constraint validation (input
// type, pattern, maxlength): rules a script may change as the rest of the form is
// filled.
std::optional<std::string> TypeRejects(const perception::Field& field, std::string_view text);

// Whether text is shaped like an e-mail address (local@domain.tld, no spaces).
bool LooksLikeEmail(std::string_view text);

}  // namespace applier::planning
