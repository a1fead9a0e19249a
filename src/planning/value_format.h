// ValueFormat writes a profile fact in the form one field accepts. Forms say what
// they want in many places — the input type, pattern, placeholder ("TT.MM.JJJJ",
// "(555) 555-5555", "100.000"), maxlength, inputmode, the hint under the box
// (perceived into Field::context), the site's own validation message and the
// page's language — and reject or garble anything else: an ISO date in a box that
// says mm/dd/yyyy, 185000 in a German box that groups as 185.000, "+1 415 ..."
// after a country picker that already gives the +1. This is the one place that
// reads those signals and writes the value.
//
// Contract: pure functions. Each returns the text to type and `how`, naming the
// signal that decided the format (for the draft and the report); or, when the fact
// cannot be written in a form the field accepts, an error saying why — the caller
// then asks the person or leaves the field, and never types a value the field
// would reject. Facts come in as the profile documents them: dates ISO
// ("2025-09-01", "2021-03", "2017"), phones as written plus an optional "+1".
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "perception/field.h"

namespace applier::planning {

struct Formatted {
  std::string text;
  std::string how;  // e.g. "date as DD.MM.YYYY (placeholder \"TT.MM.JJJJ\")"
  // The same fact written the other ways the field may take when its signals did
  // not decide, in order: a box whose input mask holds one of them whole (and
  // garbles `text`) takes that one. FormatPhone's national number, for a page of
  // the number's own country.
  std::vector<std::string> other_forms = {};
  // A phone number written national because the page picks the country beside
  // the box: the whole international number, for a box that writes the picked
  // dialling code into itself (FormActor::Type).
  std::string international = {};
};

// The error is a sentence for the draft: why the fact does not fit this field.
using FormatResult = std::expected<Formatted, std::string>;

// A date layout such as DD.MM.YYYY: the boxes' order and their separators. Parts
// are "DD"/"D" (day, padded or not), "MM"/"M", "YYYY"/"YY"; separators[i] goes
// between parts[i] and parts[i + 1].
struct DateLayout {
  std::vector<std::string> parts;
  std::vector<std::string> separators;
  // What follows the last part: the period that closes a year-first dotted date
  // as Hungarian and Korean write it ("2025.09.01.", template "ÉÉÉÉ.HH.NN."), or
  // what a pattern requires there ("\d{4}\.\d{2}\.\d{2}\.").
  std::string suffix;

  std::string ToString() const;  // "DD.MM.YYYY"
};

// Reads a layout from text a form shows: a template in the form's language
// ("mm/dd/yyyy", "TT.MM.JJJJ", "jj/mm/aaaa", "gg/mm/aaaa", "dd-mm-jjjj",
// "ДД.ММ.ГГГГ", "YYYY年MM月DD日", "MM/YYYY") or an example date ("31.12.1990",
// "e.g. 12/31/1990"; an example whose day and month are both <= 12 takes its
// order from `lang`, or gives nothing). nullopt when the text shows no date.
std::optional<DateLayout> ParseDateLayout(std::string_view text, std::string_view lang = "");

// The layout a text field asks for, from (in order) its placeholder, its pattern's
// shape, its hint text, its validation message and its label; then the
// convention of the page's language (de: DD.MM.YYYY, fr/es/it/pt: DD/MM/YYYY, nl:
// DD-MM-YYYY, en and en-US: MM/DD/YYYY, en-GB: DD/MM/YYYY, ja/zh: YYYY/MM/DD,
// ...). nullopt when the field and its page say nothing. `source` names the signal.
std::optional<DateLayout> DateLayoutOf(const perception::Field& field, std::string* source);

// A date for this field: type=date -> "2025-09-01", type=month -> "2025-09", a
// text box -> its layout (as written when it shows none). A date missing the
// day a layout needs gets the 1st (a month-precise profile date); a year-only date
// where a month is needed, or text that is not a date ("immediately"), is an error.
FormatResult FormatDate(const perception::Field& field, std::string_view date);

// Whether `shown` is the date `typed` written the page's own way, the month as a
// word ("September 1, 2025" for "09/01/2025"): a date picker that re-formats what
// was typed into its display format once the box is left (Fomantic-UI's calendar
// and its 'MMMM D, YYYY' formatter, flatpickr's altFormat, jQuery UI's datepicker)
// took the date. `typed` is read in the layout the field asked for (DateLayoutOf),
// the one it was written in, so day and month are never guessed; a page that
// re-writes a date in digits is not read (its order would be a guess).
bool ShowsTheTypedDate(const perception::Field& field, std::string_view typed,
                       std::string_view shown);

// How the page holds the rest of a phone number.
struct PhoneContext {
  // The page has its own country-code picker or box for this number, so the
  // number box wants the national number.
  bool country_code_elsewhere = false;
};

// `number` as the profile writes it ("+1 415 555 0142", "(415) 555-0142");
// `country_code` the profile's "+1" (may be empty when `number` starts with '+');
// `country` the ISO code the number belongs to, for the national trunk prefix
// ("+49 30 123" is "030 123" in Germany). National when the page gives the code
// elsewhere, the field says "without country code", its placeholder shows a
// national number or its maxlength/pattern leaves no room for the code;
// international when the field shows "+..." or asks for the country code; as
// written otherwise. A placeholder mask ("(555) 555-5555", "___ ___ ____"), else a
// template in the site's words ("Phone format: (###) ###-####" under the box or in
// its message), with as many digits as the number is followed; a digits-only
// pattern or inputmode=numeric gets digits only. Written as is with its country
// code on a page of the number's own country (lang="en-US" for a +1 number), the
// national number is its other form (Formatted::other_forms): an input mask with
// slots for the national digits only shows itself only once typed into.
FormatResult FormatPhone(const perception::Field& field, std::string_view number,
                         std::string_view country_code, std::string_view country,
                         const PhoneContext& context = {});

// The digits of `text`, in order, every other character left out ("+1 (415)
// 555-0142" -> "14155550142").
std::string Digits(std::string_view text);

// Whether a text box takes a number rather than words: a numeric keypad
// (inputmode numeric or decimal), a digits-only pattern, an example amount as its
// placeholder ("z. B. 65.000", "e.g. 120,000"), or the site's message asking for a
// number in the page's language ("ganzzahligen Betrag", "solo numeri").
bool TakesNumber(const perception::Field& field);

// A number for this field: a number box (type=number) or a digits-only text box
// (pattern; inputmode=numeric unless an example shows grouping) gets "185000" /
// "1.5"; a text box gets the
// decimal separator of the page's language ("1,5" on a German page) and thousands
// grouping only when its placeholder shows grouping ("100.000" -> "185.000";
// "100,000" -> "185,000"; "100 000" -> "185 000").
FormatResult FormatNumber(const perception::Field& field, double value);

// An amount of money: as FormatNumber, but an error when the field names a
// currency other than `currency` (ISO 4217; "$" fits any dollar, "kr" any krone)
// or a period other than `period` ("year", "month", "hour") — converting is not
// ours to do.
FormatResult FormatAmount(const perception::Field& field, double value, std::string_view currency,
                          std::string_view period = {});

// The period an amount field asks for: "year", "month", "hour", or "" when it
// names none ("Net salary expectation (TL / month)" -> "month").
std::string PeriodNamedBy(const perception::Field& field);

// The currency (ISO 4217) a field's label, placeholder or hint names ("Salary
// (EUR)", "in €", "Gehalt in Euro"); "$" alone is "USD?" — a dollar of unknown
// country. "" when it names none.
std::string CurrencyNamedBy(const perception::Field& field);

// Whether an amount in `currency` (ISO 4217) is one in the currency `named` as
// CurrencyNamedBy names it: "$" fits any dollar, "kr" any krone.
bool CurrencyFits(std::string_view named, std::string_view currency);

// The currency a posting shows its pay in ("$170,000 - $210,000", "50.000 € brutto",
// "EUR 60,000"): a currency sign or ISO code right before or after a number, named
// as CurrencyNamedBy names it. "" when the text shows no pay, or pay in more than
// one currency.
std::string CurrencyOfPayIn(std::string_view text);

// A link: type=url (or a pattern/placeholder starting with http) gets a scheme
// ("linkedin.com/in/x" -> "https://linkedin.com/in/x"); otherwise as written.
FormatResult FormatUrl(const perception::Field& field, std::string_view url);

// The primary language subtag of the field's page ("de" from "de-AT"), "" if
// unknown.
std::string LanguageOf(const perception::Field& field);

}  // namespace applier::planning
