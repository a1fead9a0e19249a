// Test support for the web UI's end-to-end tests.
//
// WebUiDriver drives one tab of headless Chromium (the project's own browser
// layer) the way a person uses the UI: real mouse clicks at an element's centre,
// real typing into the focused control, file choosers filled with real files. It
// reads the page through the DOM only (scripts run in an isolated world), so a
// test sees what a user would see, and it records every uncaught exception the
// UI's own scripts throw.
//
// StaticSite serves a folder over HTTP the way `applier serve` serves the UI
// (`/` → index.html, `/static/<file>`), for tests of the UI that need no API.
//
// Both are used from the test's thread only; neither is thread-safe.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/json/value.hpp>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "browser/browser.h"
#include "browser/browser_context.h"
#include "browser/page.h"
#include "core/result.h"

namespace applier::testing {

class StaticSite {
 public:
  static Result<std::unique_ptr<StaticSite>> Start(std::filesystem::path root);
  ~StaticSite();
  StaticSite(const StaticSite&) = delete;
  StaticSite& operator=(const StaticSite&) = delete;
  std::string origin() const;  // "http://127.0.0.1:<port>"

 private:
  struct Impl;
  explicit StaticSite(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

class WebUiDriver {
 public:
  // Launches headless Chromium with one tab.
  static Result<std::unique_ptr<WebUiDriver>> Launch();
  ~WebUiDriver();
  WebUiDriver(const WebUiDriver&) = delete;
  WebUiDriver& operator=(const WebUiDriver&) = delete;

  Status Open(const std::string& url);
  // Runs `expression` against the page's DOM and returns its JSON value.
  Result<boost::json::value> Eval(const std::string& expression);
  // Polls the JS `condition` every 100 ms until it is truthy. kTimeout names `what`
  // (or the condition) and adds the page's visible text to help see why.
  Status WaitFor(const std::string& condition,
                 std::chrono::seconds timeout = std::chrono::seconds(30),
                 const std::string& what = "");
  // Scrolls the element into view and clicks its centre with the mouse, again (at
  // most three times) when the click landed on something else. kNotFound when no
  // visible element matches.
  Status Click(const std::string& selector);
  // Clicks the control, selects what it holds and types `text` over it.
  Status Type(const std::string& selector, const std::string& text);
  // Fills the <input type=file> with files, as choosing them in the dialog would.
  Status ChooseFiles(const std::string& selector, std::vector<std::string> paths);
  // The element's textContent, trimmed; kNotFound when none matches.
  Result<std::string> Text(const std::string& selector);
  // JPEG of the whole page, for a failing test to leave behind.
  Status SaveScreenshot(const std::filesystem::path& path);

  // Uncaught exceptions thrown by the page's scripts, in order.
  std::vector<std::string> page_errors() const;

 private:
  WebUiDriver() = default;
  template <typename Factory>
  auto Run(Factory&& factory, std::chrono::seconds limit = std::chrono::seconds(60));
  Result<browser::FrameInfo> MainFrame();

  boost::asio::io_context io_;
  std::shared_ptr<browser::Browser> browser_;
  std::unique_ptr<browser::BrowserContext> context_;
  std::shared_ptr<browser::Page> page_;
  std::shared_ptr<std::vector<std::string>> errors_ = std::make_shared<std::vector<std::string>>();
};

}  // namespace applier::testing
