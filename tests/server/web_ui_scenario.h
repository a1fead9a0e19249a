// What the web UI's end-to-end tests share, whichever browser drives the page
// (Chromium over CDP in web_ui_itest.cpp, Firefox over WebDriver BiDi in
// web_ui_firefox_itest.cpp): the person and their profile, the server set up
// against the demo job site, and STEP, which fails a test with the driver's message.
#pragma once

#include <boost/json.hpp>
#include <filesystem>
#include <string>

#include "core/result.h"
#include "fixtures/demo_site/demo_site.h"
#include "gtest/gtest.h"
#include "server/server.h"
#include "support/process.h"

#define STEP(status)                                                               \
  do {                                                                             \
    const applier::Status step_status = (status);                                  \
    ASSERT_TRUE(step_status) << #status << "\n" << step_status.error().ToString(); \
  } while (false)

namespace applier::testing::web_ui {

// A profile with no saved answer to "Why do you want to work at Acme Robotics?", so
// the agent has to ask, and a salary text a test may ask to change.
inline constexpr const char* kProfileYaml =
    "name: {first: Sam, last: Lee}\n"
    "email: sam.lee@example.com\n"
    "phone: {number: \"+1 212 555 0199\"}\n"
    "address: {city: New York, country: US}\n"
    "work_authorization:\n"
    "  default_country: US\n"
    "  US: {authorized: true, requires_sponsorship: false}\n"
    "salary: {amount: 175000, currency: USD, period: year, text: \"$175,000\"}\n"
    "how_heard: Employee Referral\n"
    "resume: resume.pdf\n";

inline constexpr const char* kUser = "sam";
inline constexpr const char* kPassword = "correct horse battery staple";
// The first open (unanswered) question card in the chat.
inline constexpr const char* kOpenCard = ".hitl-card:not([data-state])";

// A submitted field's value as the job site recorded it, or "<missing>".
inline std::string Field(const boost::json::object& fields, const std::string& name) {
  const auto* value = fields.if_contains(name);
  return value && value->is_string() ? std::string(value->as_string()) : "<missing>";
}

// `applier serve` on a free port over `data_dir`, serving the web UI with one
// worker allowed to reach `site`, with the person's account added.
inline Result<server::ServerOptions> DemoSiteServerOptions(const fixtures::DemoSite& site,
                                                           const std::filesystem::path& data_dir) {
  server::ServerOptions options;
  options.port = 0;
  options.data_dir = data_dir;
  options.web_dir = SourceDir() / "web";
  options.workers = 1;
  options.allow_hosts = {"127.0.0.1:" + std::to_string(site.board_port()),
                         "localhost:" + std::to_string(site.form_port())};
  std::filesystem::create_directories(data_dir);
  if (auto added = server::AddUser(data_dir, kUser, kPassword); !added) return Fail(added.error());
  return options;
}

}  // namespace applier::testing::web_ui
