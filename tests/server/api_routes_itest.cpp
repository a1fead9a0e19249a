// The REST API's route table, over a real socket: one path, however it is
// spelled, reaches one handler; a known path with the wrong method is 405 naming
// the right ones; an unknown path is 404, after the token is checked.
#include <boost/json.hpp>

#include "gtest/gtest.h"
#include "serve_client.h"
#include "server/server.h"
#include "support/process.h"

namespace applier {
namespace {

namespace json = boost::json;
using testing::Http;
using testing::StringAt;

class ApiRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("APPLIER_JWT_SECRET", "api-routes-test-secret-0123456789abcdef", 1);
    ASSERT_TRUE(server::AddUser(dir_.path(), "alice", "alice-password"));
    server::ServerOptions options;
    options.port = 0;
    options.data_dir = dir_.path();
    options.workers = 0;
    auto server = server::Server::Start(options);
    ASSERT_TRUE(server) << server.error().message;
    server_ = std::move(*server);
    port_ = server_->port();
    auto login =
        Http(port_, "POST", "/api/auth/login",
             json::serialize(json::object{{"username", "alice"}, {"password", "alice-password"}}));
    ASSERT_EQ(login.status, 200) << login.body;
    token_ = StringAt(login.Json(), "token");
  }
  void TearDown() override {
    server_.reset();
    unsetenv("APPLIER_JWT_SECRET");
  }

  testing::TempDir dir_;
  std::unique_ptr<server::Server> server_;
  unsigned short port_ = 0;
  std::string token_;
};

TEST_F(ApiRoutesTest, APathWithATrailingSlashReachesTheSameHandler) {
  // Before the route table, POST /api/jobs/apply/ fell past the apply handler and
  // was told to "use POST".
  auto apply = Http(port_, "POST", "/api/jobs/apply/", "{}", token_);
  EXPECT_EQ(apply.status, 400) << apply.body;
  EXPECT_EQ(apply.Error(), "missing_field");
  EXPECT_EQ(Http(port_, "GET", "/api//me", "", token_).status, 200);
}

TEST_F(ApiRoutesTest, WrongMethodsAreNamedAndUnknownPathsAreNotFound) {
  auto draft = Http(port_, "GET", "/api/profile/draft", "", token_);
  EXPECT_EQ(draft.status, 405);
  EXPECT_EQ(StringAt(draft.Json(), "message"), "use POST");
  auto profile = Http(port_, "DELETE", "/api/profile", "", token_);
  EXPECT_EQ(profile.status, 405);
  EXPECT_EQ(StringAt(profile.Json(), "message"), "use GET or PUT");
  // Before, any method but GET on an unknown application sub-path was "use GET".
  auto unknown = Http(port_, "POST", "/api/applications/app_1/archive", "", token_);
  EXPECT_EQ(unknown.status, 404) << unknown.body;
  EXPECT_EQ(Http(port_, "GET", "/api/nothing-here").status, 401);
  EXPECT_EQ(Http(port_, "GET", "/api/nothing-here", "", token_).status, 404);
  auto health = Http(port_, "POST", "/healthz");
  EXPECT_EQ(health.status, 405);
  EXPECT_EQ(StringAt(health.Json(), "message"), "use GET");
  EXPECT_EQ(Http(port_, "PUT", "/api/auth/login").status, 405);
}

}  // namespace
}  // namespace applier
