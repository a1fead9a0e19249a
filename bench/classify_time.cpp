// classify_time: how long does the planner take to understand one field? Every
// step of every form classifies each of its fields (more than once: once for what
// the page holds, once to plan it), so on a 40-field Workday page this time is paid
// before the first keystroke, in full, on the thread that drives the browser.
//
// The fields are the real label wordings of tests/planning/data/label_phrasings.tsv
// (1,300+ labels in 10 languages), each given the context a real form puts around
// it (a section heading and the form's name) and a name attribute in the framework
// style of its row, as PageReader hands them to the planner. Prints the time per
// field of FieldClassifier::Classify and of AnswerPlanner::Plan (the example
// profile, no saved answers), median of the rounds.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "knowledge/profile.h"
#include "perception/field.h"
#include "planning/answer_planner.h"
#include "planning/field_classifier.h"

namespace {

using applier::perception::ControlKind;
using applier::perception::Field;
using Clock = std::chrono::steady_clock;

ControlKind KindNamed(const std::string& name) {
  for (int k = 0; k <= static_cast<int>(ControlKind::kDateParts); ++k) {
    if (name == applier::perception::ToString(static_cast<ControlKind>(k))) {
      return static_cast<ControlKind>(k);
    }
  }
  return ControlKind::kText;
}

std::vector<Field> ReadFields(const std::string& path) {
  std::ifstream file(path);
  std::vector<Field> fields;
  std::string line;
  while (std::getline(file, line)) {
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> columns;
    std::stringstream stream(line);
    std::string column;
    while (std::getline(stream, column, '\t')) columns.push_back(column);
    if (columns.size() < 4 || columns[0] == "lang") continue;
    Field field;
    field.kind = KindNamed(columns[1]);
    field.label = columns[2];
    field.name = columns[3].empty() ? "application[field_" + std::to_string(fields.size()) + "]"
                                    : columns[3];
    field.context = "Personal information | Application for Senior Software Engineer";
    fields.push_back(std::move(field));
  }
  return fields;
}

template <typename Work>
double MedianMicrosPerField(int rounds, std::size_t fields, Work&& work) {
  std::vector<double> per_field;
  for (int round = 0; round < rounds; ++round) {
    const auto start = Clock::now();
    work();
    const std::chrono::duration<double, std::micro> took = Clock::now() - start;
    per_field.push_back(took.count() / static_cast<double>(fields));
  }
  std::sort(per_field.begin(), per_field.end());
  return per_field[per_field.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Time per field of classifying and planning real label wordings"};
  int rounds = 5;
  std::string table = std::string(APPLIER_SOURCE_DIR) + "/tests/planning/data/label_phrasings.tsv";
  std::string profile_path = std::string(APPLIER_SOURCE_DIR) + "/examples/profile.yaml";
  app.add_option("--rounds", rounds, "rounds over the whole table")->capture_default_str();
  app.add_option("--table", table, "label wordings (tests/planning/data format)");
  app.add_option("--profile", profile_path, "profile YAML")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  const std::vector<Field> fields = ReadFields(table);
  if (fields.empty()) {
    std::fprintf(stderr, "no label wordings in %s\n", table.c_str());
    return 2;
  }
  auto profile = applier::knowledge::LoadProfile(profile_path);
  if (!profile) {
    std::fprintf(stderr, "%s\n", profile.error().message.c_str());
    return 2;
  }
  const applier::planning::FieldClassifier classifier;
  const applier::planning::AnswerPlanner planner(*profile, nullptr, "");
  const applier::planning::PageContext page;
  int known = 0;  // kept so the work cannot be optimised away
  const double classify = MedianMicrosPerField(rounds, fields.size(), [&] {
    for (const Field& field : fields) {
      known += classifier.Classify(field).key != applier::planning::FieldKey::kUnknown;
    }
  });
  const double plan = MedianMicrosPerField(rounds, fields.size(), [&] {
    for (const Field& field : fields) {
      known += planner.Plan(field, page).decision == applier::planning::FieldPlan::Decision::kFill;
    }
  });
  std::printf("Classify and plan — %zu real label wordings, median of %d rounds\n\n", fields.size(),
              rounds);
  std::printf("  FieldClassifier::Classify  %8.1f us per field\n", classify);
  std::printf("  AnswerPlanner::Plan        %8.1f us per field\n", plan);
  std::printf("  a 40-field page, classified twice and planned once: %.1f ms\n\n",
              (2 * classify + plan) * 40 / 1000.0);
  std::printf(
      "{\"bench\":\"classify_time\",\"fields\":%zu,\"classify_us\":%.1f,\"plan_us\":%.1f,"
      "\"known\":%d}\n",
      fields.size(), classify, plan, known);
  return 0;
}
