// What perception reports about one fillable control on a page. A Field is a plain
// snapshot: it owns no browser resources. `frame_id` + `index` + `locator` address
// the control: the page agent uses the index while the node it names is still the
// one that pass read, and otherwise finds the control again by its locator (the
// page re-rendered it). Key() is a stable description used to recognise the same
// control in a later reading.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace applier::perception {

enum class ControlKind {
  kText,  // input type=text/search and unknown text-like types
  kEmail,
  kTel,
  kUrl,
  kNumber,
  kDate,  // input type=date/month
  kTextarea,
  kContentEditable,
  kSelect,      // native <select>
  kCombobox,    // role=combobox / custom listbox opened by a click
  kRadioGroup,  // radios sharing a name, presented as one field with options
  kCheckbox,    // a single checkbox (consent, "I agree")
  kCheckboxGroup,
  kFile,       // an <input type=file>, or an upload drawn as a button (DrawnUpload)
  kDateParts,  // a date typed into separate boxes (MM / DD / YYYY), one question
};

const char* ToString(ControlKind kind);

// The choices a multi-select combobox shows as chosen (its pills), from
// Field::value, where the page reader joins them with ", "; one item for a
// single value, none for an empty one.
std::vector<std::string> ShownChoices(std::string_view value);

// The parts of a field's context or hint, which perception joins with " | "
// (the nearest first): a legend, a group's name, the heading above; a hint's
// sentence, a unit or code drawn beside the box.
std::vector<std::string_view> JoinedParts(std::string_view joined);

struct Option {
  std::string label;  // visible text
  std::string value;  // value attribute (native select / radio); may equal label
  bool selected = false;
  bool submenu = false;  // opens further options (a category), not a choice itself
  // Greyed out (aria-disabled): in a list that suggests as you type, its note while
  // it searches or when nothing matched ("Recherche en cours…", "No results"),
  // never a choice.
  bool disabled = false;
  // The choice is "Other" with a text box of its own for the answer in the
  // person's words (Formstack's "Other:" with its fieldN_other box, Google Forms'
  // "Other:" response, survey forms' "Other (please specify)").
  bool specify = false;
};

struct Field {
  std::string frame_id;
  std::string frame_url;
  int index = -1;  // handle inside the frame's last perception pass

  ControlKind kind = ControlKind::kText;
  std::string html_type;  // the raw type attribute, lower-cased
  std::string label;      // accessible name as a person reads it
  std::string name;       // name attribute
  std::string id;         // id attribute
  // The id looks generated (React's useId, counters, random tokens): it will not
  // name the control after a reload or a re-render, so Key() leaves it out.
  bool id_generated = false;
  // The name box of a log-in ("Username" over a password box): the person's
  // account, never an answer of the application.
  bool log_in_box = false;
  // Position among the controls of the frame that look alike (same kind, name,
  // label, stable id): tells two "Company" boxes of two entries apart.
  int ordinal = 0;
  // The page agent's locator (JSON): what finds the control again after the page
  // replaced its nodes. Opaque outside perception and actions.
  std::string locator;
  std::string autocomplete;  // autocomplete attribute, lower-cased
  std::string placeholder;
  std::string context;  // nearby text: section heading, description, fieldset legend
  // The name of the table of questions it is a row of ("Weekly availability" over a
  // list per weekday, each row named by its day); empty outside one.
  std::string table;
  // What the page writes beside the control about the text it takes ("numbers
  // only (e.g. 120000)", "TT.MM.JJJJ"): aria-describedby, else the wrapper's
  // text-only siblings. Read for formats, never for what the field means.
  std::string hint;
  std::vector<Option> options;

  bool required = false;
  // Required only because the title of the group around it is marked (an address
  // block's "Address *" over its second line), not by a mark of its own.
  bool required_by_group = false;
  bool multiple = false;
  bool checked = false;  // checkbox state
  // A box the page lets nobody type in (the readonly attribute): what it holds the
  // page put there (a value prefilled from the link, a date its picker wrote).
  bool read_only = false;
  std::string value;  // current value (for selects: the selected option's value)
  std::string validation_message;
  int max_length = -1;  // -1 when the control sets none
  std::string accept;   // file inputs: the accept attribute
  // What the control says about the text it accepts (planning/value_format.h):
  // the pattern attribute as written, inputmode lower-cased, and the language of
  // the page around it ("de", "en-GB"; from the nearest lang attribute).
  std::string pattern;
  std::string input_mode;
  std::string lang;
  // kDateParts: the boxes in order, each "MM", "DD", "YYYY" or "YY"; the value
  // reads them joined by '/' ("03/2021").
  std::vector<std::string> date_parts;

  // "name=first_name|id=first_name|label=First Name" (generated ids left out, "#1"
  // added for the second of alike controls): survives re-renders better than the
  // index, and is what saved answers and reports use to name the control.
  std::string Key() const;
};

// The question the field asks, in words a person reads alone: its label, under
// the name of the table of questions it is a row of ("Weekly availability:
// Monday"); else its placeholder; else its context. What the person is asked and
// what a saved answer is kept under.
std::string QuestionOf(const Field& field);

// An upload drawn as a button with no file input beside it (kFile whose
// html_type is "button"): the page makes its input, or an upload dialog, when the
// button is clicked.
bool DrawnUpload(const Field& field);

// Whether the field's answer is one of the options it offers (a select, a radio
// or checkbox group, a combobox whose list is read). A type-to-search combobox
// whose list has not been read yet takes text until it is opened.
bool IsChoice(const Field& field);

}  // namespace applier::perception
