// The job URL check the API runs before queueing: schemes, credentials, IP
// literals in every spelling, and names whose DNS answers are private.
#include "egress/url_check.h"

#include <boost/asio/io_context.hpp>

#include "egress/scripted_resolver.h"
#include "gtest/gtest.h"
#include "support/async.h"

namespace applier::egress {
namespace {

using applier::testing::RunAsync;
using testing::Ip;
using testing::ScriptedResolver;

class CheckJobUrlTest : public ::testing::Test {
 protected:
  Status Check(const std::string& url, const std::vector<std::string>& allow = {}) {
    auto policy = AddressPolicy::FromAllowHostFlags(allow);
    EXPECT_TRUE(policy);
    return RunAsync(io_, [&]() { return CheckJobUrl(url, *policy, resolver_); });
  }
  std::string Refusal(const std::string& url, const std::vector<std::string>& allow = {}) {
    auto status = Check(url, allow);
    if (status) return "allowed";
    EXPECT_EQ(status.error().kind, ErrorKind::kInvalidInput) << status.error().ToString();
    return status.error().message;
  }

  boost::asio::io_context io_;
  std::shared_ptr<ScriptedResolver> resolver_ = std::make_shared<ScriptedResolver>();
};

TEST_F(CheckJobUrlTest, RefusesSchemesOtherThanHttpAndHttps) {
  for (const char* url :
       {"file:///etc/passwd", "chrome://settings", "javascript:alert(1)",
        "data:text/html,<h1>hi</h1>", "ftp://ftp.example.com/x", "about:blank",
        "view-source:http://example.com/", "blob:http://example.com/uuid", "ws://example.com/"}) {
    EXPECT_EQ(Refusal(url),
              "refusing " + std::string(url) + ": only http and https URLs can be browsed");
  }
}

TEST_F(CheckJobUrlTest, RefusesWhatIsNotAnAbsoluteUrl) {
  EXPECT_EQ(
      Refusal("jobs.example.com/123"),
      "refusing jobs.example.com/123: not an absolute URL (expected http://... or https://...)");
  EXPECT_EQ(Refusal(""), "refusing : not an absolute URL (expected http://... or https://...)");
  EXPECT_EQ(Refusal("http:///path"), "refusing http:///path: no host");
  EXPECT_EQ(
      Refusal("http://exa mple.com/"),
      "refusing http://exa mple.com/: not an absolute URL (expected http://... or https://...)");
}

TEST_F(CheckJobUrlTest, RefusesCredentials) {
  resolver_->Set("example.com", {{Ip("93.184.216.34")}});
  EXPECT_EQ(Refusal("https://user:secret@example.com/jobs"),
            "refusing https://user:secret@example.com/jobs: URLs with credentials "
            "(user:password@) are not allowed");
  EXPECT_NE(Refusal("https://user@example.com/jobs"), "allowed");
}

TEST_F(CheckJobUrlTest, RefusesPrivateLiteralsInEverySpelling) {
  EXPECT_EQ(Refusal("http://10.0.0.5/"),
            "refusing http://10.0.0.5/: 10.0.0.5 is a private address; "
            "pass --allow-host 10.0.0.5 to allow it");
  EXPECT_EQ(Refusal("http://127.0.0.1:8080/jobs"),
            "refusing http://127.0.0.1:8080/jobs: 127.0.0.1 is a loopback address; "
            "pass --allow-host 127.0.0.1:8080 to allow it");
  for (const char* url :
       {"http://2130706433/", "http://0x7f.1/", "http://127.1/", "http://%31%32%37.0.0.1/",
        "http://[::ffff:127.0.0.1]/", "http://[::1]/", "https://169.254.169.254/latest/meta-data/",
        "http://[fd00::1]/", "http://0.0.0.0/"}) {
    EXPECT_NE(Refusal(url).find(" is a "), std::string::npos) << url;
  }
  // No DNS was asked about any of those.
  EXPECT_EQ(resolver_->calls("2130706433"), 0);
}

TEST_F(CheckJobUrlTest, RefusesPublicLookingNamesThatResolveToPrivateAddresses) {
  resolver_->Set("jobs.example.com", {{Ip("10.0.0.7")}});
  EXPECT_EQ(Refusal("https://jobs.example.com/apply"),
            "refusing https://jobs.example.com/apply: jobs.example.com resolves to 10.0.0.7, a "
            "private address; pass --allow-host jobs.example.com to allow it");
  // One private address among public ones is enough to refuse.
  resolver_->Set("mixed.example.com", {{Ip("93.184.216.34"), Ip("::1")}});
  EXPECT_NE(Refusal("https://mixed.example.com/").find("resolves to ::1, a loopback address"),
            std::string::npos);
}

TEST_F(CheckJobUrlTest, AllowsPublicAndAllowlistedHosts) {
  resolver_->Set("boards.greenhouse.io", {{Ip("104.16.1.1"), Ip("2606:4700::6810:101")}});
  EXPECT_TRUE(Check("https://boards.greenhouse.io/acme/jobs/1"));
  EXPECT_TRUE(Check("http://93.184.216.34/"));
  EXPECT_TRUE(Check("http://10.0.0.5/", {"10.0.0.5"}));
  EXPECT_TRUE(Check("http://127.0.0.1:8080/jobs", {"127.0.0.1:8080"}));
  EXPECT_FALSE(Check("http://127.0.0.1:8081/jobs", {"127.0.0.1:8080"}));
  // An allowlisted name needs no lookup.
  EXPECT_TRUE(Check("http://jobs.internal/", {"jobs.internal"}));
  EXPECT_EQ(resolver_->calls("jobs.internal"), 0);
  resolver_->Set("site.test", {{Ip("127.0.0.1")}});
  EXPECT_TRUE(Check("http://site.test:8080/", {"127.0.0.1:8080"}));
}

TEST_F(CheckJobUrlTest, UnresolvableNameIsTheResolversError) {
  auto status = Check("https://no-such-host.example/");
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(status.error().message,
            "refusing https://no-such-host.example/: no address for no-such-host.example");
}

}  // namespace
}  // namespace applier::egress
