// What a hostile job page controls about a text box — placeholder, pattern, hint
// text, validation message, label, language, maxlength — through the formatting
// that writes the profile's date, phone, number, amount and link into it.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "planning/value_format.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace applier::planning;
  FuzzedDataProvider input(data, size);
  applier::perception::Field field;
  field.kind = input.PickValueInArray(
      {applier::perception::ControlKind::kText, applier::perception::ControlKind::kNumber});
  field.html_type = input.PickValueInArray({"text", "date", "month", "tel", "number", "url"});
  field.max_length = input.ConsumeIntegralInRange(-1, 64);
  field.lang = input.ConsumeRandomLengthString(16);
  field.input_mode = input.ConsumeRandomLengthString(16);
  field.pattern = input.ConsumeRandomLengthString(256);
  field.placeholder = input.ConsumeRandomLengthString(256);
  field.label = input.ConsumeRandomLengthString(256);
  field.validation_message = input.ConsumeRandomLengthString(256);
  field.context = input.ConsumeRemainingBytesAsString();
  (void)FormatDate(field, "2025-09-01");
  (void)FormatDate(field, "2021-03");
  (void)FormatPhone(field, "+1 415 555 0142", "+1", "US");
  (void)FormatPhone(field, "030 1234567", "+49", "DE", {.country_code_elsewhere = true});
  (void)FormatNumber(field, 185000);
  (void)FormatNumber(field, 1.5);
  (void)FormatAmount(field, 150000, "EUR");
  (void)FormatUrl(field, "linkedin.com/in/jordan");
  (void)TakesNumber(field);
  (void)CurrencyNamedBy(field);
  return 0;
}
