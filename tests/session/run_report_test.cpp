// What the run report counts as a required field still empty when the draft is
// ready: a field the site hid stops counting, even where another entry of a
// repeated section asks the same question under the same label.
#include "session/run_report.h"

#include <string>

#include "gtest/gtest.h"

namespace applier::session {
namespace {

perception::Field DateField(const std::string& context) {
  perception::Field field;
  field.label = "Au";
  field.kind = perception::ControlKind::kDateParts;
  field.required = true;
  field.context = context;
  return field;
}

// Workday's work-experience panels: the first job's « Au » (to) disappears once
// « Je travaille actuellement ici » is ticked, while the second job's « Au » stays.
TEST(RunReportTest, AnEntrysHiddenFieldIsNotTakenForAnotherEntrysField) {
  RunReport report("https://example.com/apply", "app-1", [](const SessionEvent&) {});
  const perception::Field first = DateField("Expérience professionnelle 1");
  const perception::Field second = DateField("Expérience professionnelle 2");
  // The first job's end was recorded empty; the second job, added later (a résumé
  // parse filled it), holds its own « Au », which the engine had no cause to touch.
  report.RecordFor(first, 1);

  perception::PageSnapshot after;
  after.fields.push_back(second);
  report.MarkHiddenFields(after, 1);
  EXPECT_TRUE(report.MissingRequired().empty());
}

}  // namespace
}  // namespace applier::session
