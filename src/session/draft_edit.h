// Edit requests on a draft, as people type them: "change salary to 150k",
// "set phone to +1 555 0100", "Salary: 150k". ParseEditRequest splits one into the
// field named and the new value; FindFieldByName picks the form field whose label
// best matches that name.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "perception/field.h"

namespace applier::session {

struct EditRequest {
  std::string field;
  std::string value;
};

// kInvalidInput, with an example of what works, when the text names no field
// and value.
Result<EditRequest> ParseEditRequest(const std::string& text);

// Null when no field's label shares enough words with `name`.
const perception::Field* FindFieldByName(const std::vector<perception::Field>& fields,
                                         const std::string& name);

}  // namespace applier::session
