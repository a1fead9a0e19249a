// The classifier against real label wordings gathered from public sources (browser
// autofill heuristics and their test pages, vendors' application forms, open-source
// HR software): tests/planning/data/label_phrasings.tsv, one wording a row with the
// meaning it must get, or "ask" when no profile fact answers it.
//
// A row is right when the classifier gives the expected meaning confidently enough
// to fill (or, for "ask", nothing fillable); "ask" when it gives nothing fillable
// for a row that has a meaning (a question the person could have been spared);
// wrong when it would fill another meaning. Wrong fills are what the engine must
// never do, so the test allows none.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "planning/answer_planner.h"
#include "planning/field_classifier.h"
#include "planning/field_meanings.h"

namespace applier::planning {
namespace {

using perception::ControlKind;

struct Row {
  int line = 0;
  std::string language;
  ControlKind kind = ControlKind::kText;
  std::string label;
  std::string name;
  std::string expected;  // a FieldKey's ToString(), or "ask"
  std::string source;
};

enum class Outcome { kRight, kAsk, kWrong };

std::vector<std::string> Columns(const std::string& line) {
  std::vector<std::string> columns;
  std::stringstream stream(line);
  std::string column;
  while (std::getline(stream, column, '\t')) columns.push_back(column);
  if (!line.empty() && line.back() == '\t') columns.emplace_back();
  return columns;
}

bool KindNamed(const std::string& name, ControlKind& kind) {
  for (int k = 0; k <= static_cast<int>(ControlKind::kDateParts); ++k) {
    if (name == perception::ToString(static_cast<ControlKind>(k))) {
      kind = static_cast<ControlKind>(k);
      return true;
    }
  }
  return false;
}

std::vector<Row> ReadTable(std::vector<std::string>& problems) {
  const std::string path =
      std::string(APPLIER_SOURCE_DIR) + "/tests/planning/data/label_phrasings.tsv";
  std::ifstream file(path);
  if (!file) {
    problems.push_back("cannot read " + path);
    return {};
  }
  std::vector<Row> rows;
  std::string line;
  int number = 0;
  while (std::getline(file, line)) {
    ++number;
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string> columns = Columns(line);
    if (columns.size() != 6) {
      problems.push_back("line " + std::to_string(number) + ": 6 columns expected, got " +
                         std::to_string(columns.size()));
      continue;
    }
    if (columns[0] == "lang") continue;  // the header
    Row row;
    row.line = number;
    row.language = columns[0];
    row.label = columns[2];
    row.name = columns[3];
    row.expected = columns[4];
    row.source = columns[5];
    if (!KindNamed(columns[1], row.kind)) {
      problems.push_back("line " + std::to_string(number) + ": no control kind \"" + columns[1] +
                         "\"");
    }
    if (row.expected != "ask" && FieldKeyNamed(row.expected) == FieldKey::kUnknown) {
      problems.push_back("line " + std::to_string(number) + ": no meaning \"" + row.expected +
                         "\"");
    }
    if (row.source.empty()) problems.push_back("line " + std::to_string(number) + ": no source");
    if (row.label.empty() && row.name.empty()) {
      problems.push_back("line " + std::to_string(number) + ": neither label nor name");
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

Outcome Judge(const Row& row, const Classification& result) {
  const bool fillable = result.key != FieldKey::kUnknown && result.confidence >= kFillThreshold;
  if (row.expected == "ask") return fillable ? Outcome::kWrong : Outcome::kRight;
  if (!fillable) return Outcome::kAsk;
  // "Nombre", "Nom", "Nome": which part of the name, the page's other boxes say
  // (AnswerPlannerTest.ABareNameIsThePartTheOtherNameBoxesLeave); the label alone
  // says a name.
  if (result.key == FieldKey::kName) {
    return row.expected == "first_name" || row.expected == "last_name" ||
                   row.expected == "full_name"
               ? Outcome::kRight
               : Outcome::kWrong;
  }
  return row.expected == ToString(result.key) ? Outcome::kRight : Outcome::kWrong;
}

TEST(FieldLabelTableTest, RealWordingsGetTheirMeaningOrAQuestionNeverAWrongFill) {
  std::vector<std::string> problems;
  const std::vector<Row> rows = ReadTable(problems);
  for (const std::string& problem : problems) ADD_FAILURE() << problem;

  struct Tally {
    int right = 0, ask = 0, wrong = 0;
  };
  std::map<std::string, Tally> by_language;
  Tally total;
  std::set<std::string> seen;
  int duplicates = 0;
  const FieldClassifier classifier;
  for (const Row& row : rows) {
    if (!seen.insert(row.label + '\t' + row.name + '\t' + perception::ToString(row.kind)).second) {
      ++duplicates;
    }
    perception::Field field;
    field.kind = row.kind;
    field.label = row.label;
    field.name = row.name;
    const Classification result = classifier.Classify(field);
    Tally& language = by_language[row.language];
    switch (Judge(row, result)) {
      case Outcome::kRight:
        ++total.right;
        ++language.right;
        break;
      case Outcome::kAsk:
        ++total.ask;
        ++language.ask;
        std::cout << "ask   line " << row.line << " [" << row.language << "] \"" << row.label
                  << "\" name \"" << row.name << "\": expected " << row.expected << ", got "
                  << ToString(result.key) << " " << result.confidence << '\n';
        break;
      case Outcome::kWrong:
        ++total.wrong;
        ++language.wrong;
        ADD_FAILURE() << "wrong fill, line " << row.line << " [" << row.language << "] \""
                      << row.label << "\" name \"" << row.name << "\" (" << row.source
                      << "): expected " << row.expected << ", got " << ToString(result.key) << " "
                      << result.confidence << " from " << result.signal;
        break;
    }
  }
  std::cout << rows.size() << " phrasings (" << duplicates << " repeated), " << by_language.size()
            << " languages: " << total.right << " right, " << total.ask << " ask, " << total.wrong
            << " wrong\n";
  for (const auto& [language, tally] : by_language) {
    std::cout << "  " << language << ": " << tally.right << " right, " << tally.ask << " ask, "
              << tally.wrong << " wrong\n";
  }
  EXPECT_GE(rows.size() - static_cast<std::size_t>(duplicates), 600u);
  EXPECT_GE(by_language.size(), 8u);
  EXPECT_EQ(total.wrong, 0);
  // Questions the profile could have spared the person: a few wordings no table
  // anticipates are tolerable, a pattern of them is not.
  EXPECT_LE(total.ask * 20, static_cast<int>(rows.size())) << "more than 5 % asked";
}

}  // namespace
}  // namespace applier::planning
