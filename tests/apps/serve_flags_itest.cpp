// `applier serve`'s limits as an operator sets them on the command line: the
// request rate and burst, the upload size, the applications per user. A limit
// given is the limit the running service holds to (what a client is answered);
// a value that makes no sense is refused before anything starts.
#include <signal.h>

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "server/serve_client.h"
#include "server/server.h"
#include "support/process.h"
#include "support/serve_process.h"

namespace applier {
namespace {

using testing::Http;
using testing::ServeProcess;
using testing::StringAt;
using testing::TempDir;

class ServeFlagsTest : public ::testing::Test {
 protected:
  std::unique_ptr<ServeProcess> Start(std::vector<std::string> args) {
    EXPECT_TRUE(server::AddUser(dir_.path() / "data", "alice", "alice-password"));
    std::string log;
    auto serve =
        ServeProcess::Start({.data_dir = dir_.path() / "data",
                             .tmp_dir = dir_.path() / "tmp",
                             .args = std::move(args),
                             .env = {"APPLIER_JWT_SECRET=serve-flags-test-secret-0123456789"}},
                            &log);
    EXPECT_TRUE(serve) << log;
    return serve;
  }
  TempDir dir_;
};

TEST_F(ServeFlagsTest, ARequestRateGivenIsTheRateClientsAreHeldTo) {
  auto serve = Start({"--request-rate", "1", "--request-burst", "3"});
  ASSERT_TRUE(serve);
  int refused = 0;
  std::string retry_after;
  for (int i = 0; i < 8; ++i) {
    auto r = Http(serve->port(), "GET", "/api/applications");
    if (r.status == 429) {
      ++refused;
      retry_after = r.headers["Retry-After"];
    }
  }
  // Eight requests at once against a burst of three: most are refused (the
  // default burst of 120 would have let them all through).
  EXPECT_GE(refused, 4);
  EXPECT_FALSE(retry_after.empty());
  EXPECT_EQ(Http(serve->port(), "GET", "/healthz").status, 200);
  EXPECT_EQ(serve->Stop(SIGTERM), 0) << serve->Log();
}

TEST_F(ServeFlagsTest, AnUploadLimitGivenRefusesALargerDocument) {
  auto serve = Start({"--upload-limit-mib", "1"});
  ASSERT_TRUE(serve);
  auto login = Http(serve->port(), "POST", "/api/auth/login",
                    R"({"username":"alice","password":"alice-password"})");
  ASSERT_EQ(login.status, 200) << login.body;
  const std::string token = StringAt(login.Json(), "token");
  const std::string two_mib(2 << 20, 'x');
  auto upload = Http(serve->port(), "POST", "/api/documents", two_mib, token,
                     {{"X-Filename", "notes.txt"}, {"Content-Type", "text/plain"}});
  EXPECT_EQ(upload.status, 413) << upload.body;
  auto listed = Http(serve->port(), "GET", "/api/documents", "", token);
  ASSERT_EQ(listed.status, 200) << listed.body;
  EXPECT_EQ(listed.Json().as_object().at("documents").as_array().size(), 0u) << listed.body;
  EXPECT_EQ(serve->Stop(SIGTERM), 0) << serve->Log();
}

TEST_F(ServeFlagsTest, NonsenseLimitsAreRefusedBeforeAnythingStarts) {
  const std::vector<std::vector<std::string>> bad = {
      {"--request-rate", "-1"},      {"--request-burst", "0"}, {"--ws-message-rate", "-5"},
      {"--upload-limit-mib", "0"},   {"--per-user", "0"},      {"--upload-limit-mib", "4096"},
      {"--request-rate", "quickly"},
  };
  for (const auto& flags : bad) {
    std::vector<std::string> argv = {
        testing::ApplierBinary(),        "serve", "--port", "0", "--data-dir",
        (dir_.path() / "never").string()};
    argv.insert(argv.end(), flags.begin(), flags.end());
    testing::RunOptions options;
    options.timeout = std::chrono::seconds(30);
    auto result = testing::RunProcess(argv, options);
    EXPECT_NE(result.exit_code, 0) << flags[0] << " " << flags[1];
    EXPECT_EQ(result.out.find("serving on"), std::string::npos) << result.out;
    EXPECT_FALSE(result.err.empty()) << flags[0] << " " << flags[1];
  }
  EXPECT_FALSE(std::filesystem::exists(dir_.path() / "never"));
}

}  // namespace
}  // namespace applier
