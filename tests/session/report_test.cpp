// The report carries what the LLM cost the application, zero when none was used.
#include "session/report.h"

#include <boost/json.hpp>

#include "gtest/gtest.h"

namespace applier::session {
namespace {

TEST(ReportTest, LlmUsageIsInTheJson) {
  ApplicationReport report;
  EXPECT_EQ(report.ToJson().at("llm").at("calls").as_int64(), 0);
  report.llm_calls = 3;
  report.llm_prompt_tokens = 2100;
  report.llm_completion_tokens = 140;
  const auto llm = report.ToJson().at("llm").as_object();
  EXPECT_EQ(llm.at("calls").as_int64(), 3);
  EXPECT_EQ(llm.at("prompt_tokens").as_int64(), 2100);
  EXPECT_EQ(llm.at("completion_tokens").as_int64(), 140);
}

}  // namespace
}  // namespace applier::session
