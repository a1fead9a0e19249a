// The profile drafter: the model's JSON turned into profile YAML that the loader
// accepts, and the fall-back to the resume heuristics when the model fails or its
// answer is not a valid profile. The model is the scripted server on loopback.
#include "session/profile_drafter.h"

#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>
#include <fstream>

#include "gtest/gtest.h"
#include "knowledge/profile.h"
#include "support/async.h"
#include "support/process.h"
#include "support/scripted_llm_server.h"

namespace applier::session {
namespace {

namespace json = boost::json;
using applier::testing::Reply;
using applier::testing::ScriptedLlmServer;

constexpr char kResume[] =
    "Jordan Rivera\n"
    "San Francisco, CA | jordan.rivera@example.com | +1 415 555 0142\n"
    "linkedin.com/in/jordan-rivera-example\n\n"
    "Experience\n"
    "Senior Backend Engineer, Northwind Logistics, 2021 - present\n";

json::object ModelFields() {
  return json::parse(R"({
    "name": {"first": "Jordan", "last": "Rivera", "middle": ""},
    "email": "jordan.rivera@example.com",
    "phone": "+1 415 555 0142",
    "address": {"city": "San Francisco", "region": "CA", "country": "United States"},
    "links": {"linkedin": "https://www.linkedin.com/in/jordan-rivera-example", "other": []},
    "current": {"company": "Northwind Logistics", "title": "Senior Backend Engineer"},
    "years_experience": 8,
    "work_history": [
      {"company": "Northwind Logistics", "title": "Senior Backend Engineer",
       "start": "2021-03", "end": "present", "description": "Routing: \"fast\" # not a comment"},
      {"title": "an entry without a company is left out"}],
    "education": [{"school": "UC Davis", "degree": "BS", "field": "Computer Science"}],
    "skills": ["C++", "Go", 7],
    "salary": "not a key the drafter writes",
    "pronouns": 3
  })")
      .as_object();
}

class ProfileDrafterTest : public ::testing::Test {
 protected:
  void SetUp() override { std::ofstream(dir_.path() / "resume.md") << kResume; }

  ResumeSource Source() const { return {kResume, "resume.md", dir_.path()}; }

  DraftedProfile Draft(const llm::LlmClient* client) {
    ProfileDrafter drafter(client);
    return applier::testing::RunAsync(io_, [&] { return drafter.Draft(Source()); });
  }

  llm::LlmClient Client() {
    return llm::LlmClient({{.name = "local",
                            .base_url = llm_.base_url(),
                            .api_key = "",
                            .model = "scripted-model",
                            .embedding_model = ""}});
  }

  applier::testing::TempDir dir_;
  boost::asio::io_context io_;
  ScriptedLlmServer llm_;
};

TEST_F(ProfileDrafterTest, TheModelsFieldsBecomeYamlTheLoaderAccepts) {
  const std::string yaml = ProfileYamlFromFields(ModelFields(), "resume.md");
  auto profile = knowledge::LoadProfileFromString(yaml, dir_.path());
  ASSERT_TRUE(profile) << profile.error().ToString() << "\n" << yaml;
  EXPECT_EQ(profile->name.Full(), "Jordan Rivera");
  EXPECT_EQ(profile->email, "jordan.rivera@example.com");
  EXPECT_EQ(profile->address.country_code, "US");
  EXPECT_EQ(profile->current_company, "Northwind Logistics");
  ASSERT_EQ(profile->work_history.size(), 1u);
  EXPECT_EQ(profile->work_history[0].description, "Routing: \"fast\" # not a comment");
  ASSERT_EQ(profile->skills.size(), 2u);
  EXPECT_EQ(profile->skills[1], "Go");
  EXPECT_EQ(profile->education.at(0).field, "Computer Science");
  EXPECT_EQ(profile->resume, dir_.path() / "resume.md");
  EXPECT_EQ(profile->years_experience, 8);
  EXPECT_EQ(yaml.find("salary"), std::string::npos);
  EXPECT_EQ(yaml.find("pronouns"), std::string::npos);
}

TEST_F(ProfileDrafterTest, WithAnLlmTheDraftIsTheModels) {
  llm_.Push(Reply::Text(json::serialize(ModelFields())));
  const auto client = Client();
  const auto drafted = Draft(&client);
  EXPECT_EQ(drafted.source, "llm");
  EXPECT_NE(drafted.yaml.find("Northwind Logistics"), std::string::npos) << drafted.yaml;
  ASSERT_FALSE(drafted.notes.empty());
  EXPECT_NE(drafted.notes[0].find("scripted-model"), std::string::npos);
  ASSERT_EQ(llm_.requests().size(), 1u);
  EXPECT_NE(llm_.requests()[0].body.find("jordan.rivera@example.com"), std::string::npos);
}

TEST_F(ProfileDrafterTest, AnAnswerThatIsNotAValidProfileFallsBackToTheHeuristics) {
  // No last name and an invalid e-mail address: the loader refuses it.
  llm_.Push(Reply::Text(R"({"name": {"first": "Jordan"}, "email": "not-an-address"})"));
  const auto client = Client();
  const auto drafted = Draft(&client);
  EXPECT_EQ(drafted.source, "heuristics");
  ASSERT_FALSE(drafted.notes.empty());
  EXPECT_NE(drafted.notes[0].find("not a valid profile"), std::string::npos) << drafted.notes[0];
  auto profile = knowledge::LoadProfileFromString(drafted.yaml, dir_.path());
  ASSERT_TRUE(profile) << profile.error().ToString() << "\n" << drafted.yaml;
  EXPECT_EQ(profile->name.Full(), "Jordan Rivera");
  EXPECT_EQ(profile->email, "jordan.rivera@example.com");
  EXPECT_EQ(profile->address.city, "San Francisco");
}

TEST_F(ProfileDrafterTest, AFailedCallOrProseFallsBackToo) {
  llm_.Push(Reply::Status(400));
  llm_.Push(Reply::Text("Here is the profile you asked for!"));
  const auto client = Client();
  const auto failed = Draft(&client);
  EXPECT_EQ(failed.source, "heuristics");
  EXPECT_NE(failed.notes[0].find("could not be asked"), std::string::npos) << failed.notes[0];
  const auto prose = Draft(&client);
  EXPECT_EQ(prose.source, "heuristics");
  EXPECT_NE(prose.notes[0].find("not the JSON"), std::string::npos) << prose.notes[0];
}

TEST_F(ProfileDrafterTest, WithoutAnLlmTheHeuristicsSayWhatIsMissing) {
  const auto drafted = Draft(nullptr);
  EXPECT_EQ(drafted.source, "heuristics");
  EXPECT_NE(drafted.notes[0].find("No LLM"), std::string::npos);

  knowledge::ProfileDraft empty;
  const std::string yaml = ProfileYamlFromHeuristics(empty, "resume.md");
  // The required keys are there, empty, for the user to fill in.
  EXPECT_NE(yaml.find("first: \"\""), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("email: \"\""), std::string::npos) << yaml;
  EXPECT_FALSE(knowledge::LoadProfileFromString(yaml, dir_.path()));
}

TEST(ProfileDrafterTextTest, UsableTextHasWords) {
  EXPECT_TRUE(HasUsableText("Jordan Rivera, engineer"));
  EXPECT_FALSE(HasUsableText("1234 5678 -- 42"));
  EXPECT_FALSE(HasUsableText("A 1"));
}

}  // namespace
}  // namespace applier::session
