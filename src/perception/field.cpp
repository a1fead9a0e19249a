#include "perception/field.h"

namespace applier::perception {

std::vector<std::string> ShownChoices(std::string_view value) {
  std::vector<std::string> choices;
  while (!value.empty()) {
    const std::size_t comma = value.find(", ");
    std::string_view piece = value.substr(0, comma);
    const std::size_t first = piece.find_first_not_of(' ');
    if (first != std::string_view::npos) {
      piece = piece.substr(first, piece.find_last_not_of(' ') - first + 1);
      choices.emplace_back(piece);
    }
    value = comma == std::string_view::npos ? std::string_view() : value.substr(comma + 2);
  }
  return choices;
}

std::vector<std::string_view> JoinedParts(std::string_view joined) {
  std::vector<std::string_view> parts;
  while (!joined.empty()) {
    const std::size_t bar = joined.find(" | ");
    parts.push_back(joined.substr(0, bar));
    joined = bar == std::string_view::npos ? std::string_view() : joined.substr(bar + 3);
  }
  return parts;
}

std::string QuestionOf(const Field& field) {
  if (!field.label.empty()) {
    if (field.table.empty() || field.label.find(field.table) != std::string::npos) {
      return field.label;
    }
    return field.table + ": " + field.label;
  }
  if (!field.placeholder.empty()) return field.placeholder;
  return field.context;
}

const char* ToString(ControlKind kind) {
  switch (kind) {
    case ControlKind::kText: return "text";
    case ControlKind::kEmail: return "email";
    case ControlKind::kTel: return "tel";
    case ControlKind::kUrl: return "url";
    case ControlKind::kNumber: return "number";
    case ControlKind::kDate: return "date";
    case ControlKind::kTextarea: return "textarea";
    case ControlKind::kContentEditable: return "contenteditable";
    case ControlKind::kSelect: return "select";
    case ControlKind::kCombobox: return "combobox";
    case ControlKind::kRadioGroup: return "radio";
    case ControlKind::kCheckbox: return "checkbox";
    case ControlKind::kCheckboxGroup: return "checkbox_group";
    case ControlKind::kFile: return "file";
    case ControlKind::kDateParts: return "date_parts";
  }
  return "text";
}

std::string Field::Key() const {
  std::string key;
  auto add = [&key](const char* part, const std::string& value) {
    if (value.empty()) return;
    if (!key.empty()) key += '|';
    key += part;
    key += '=';
    key += value;
  };
  add("name", name);
  if (!id_generated) add("id", id);
  add("label", label);
  if (ordinal > 0) key += "#" + std::to_string(ordinal);
  return key;
}

bool DrawnUpload(const Field& field) {
  return field.kind == ControlKind::kFile && field.html_type == "button";
}

bool IsChoice(const Field& field) {
  switch (field.kind) {
    case ControlKind::kSelect:
    case ControlKind::kRadioGroup:
    case ControlKind::kCheckboxGroup: return true;
    case ControlKind::kCombobox: return !field.options.empty();
    default: return false;
  }
}

}  // namespace applier::perception
