// Test support: BidiDriver drives one tab of headless Firefox through WebDriver BiDi
// (Firefox speaks it natively from 129 on) the way a person uses the web UI: real
// pointer clicks at an element's centre, real key presses into the focused control,
// file inputs filled with real files. It mirrors WebUiDriver's interface (which
// drives Chromium over CDP), so a test reads the same in both browsers, plus a click
// at a point and raw key presses for the live view. The two stay separate classes:
// they share no code beyond the method names, and an interface over both would only
// forward calls.
//
// Firefox runs with a fresh profile in a temporary directory whose user.js turns
// off everything that would reach beyond loopback (updates, telemetry, captive
// portal and connectivity checks, safe browsing, remote settings, Normandy, push,
// DoH, prefetch) and uses no proxy. The driver owns the process (its own process
// group, killed with the driver) and the profile directory (removed with it).
//
// Used from the test's thread only; not thread-safe.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/json/value.hpp>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"

namespace applier::testing {

class BidiDriver {
 public:
  // Starts `firefox` (a path or a name on PATH) headless with a 1400x1000 viewport.
  // kNotFound when it is not installed; kIo/kProtocol with Firefox's own output when
  // it does not come up.
  static Result<std::unique_ptr<BidiDriver>> Launch(const std::string& firefox = "firefox-esr");
  ~BidiDriver();
  BidiDriver(const BidiDriver&) = delete;
  BidiDriver& operator=(const BidiDriver&) = delete;

  // "Mozilla Firefox 153.8.0esr": what session.new reported.
  std::string browser_version() const { return browser_version_; }

  Status Open(const std::string& url);
  // Runs `expression` (it may be a promise) in the page and returns its value as JSON.
  Result<boost::json::value> Eval(const std::string& expression);
  // Polls the JS `condition` every 100 ms until it is truthy. kTimeout names `what`
  // (or the condition) and adds the page's visible text.
  Status WaitFor(const std::string& condition,
                 std::chrono::seconds timeout = std::chrono::seconds(30),
                 const std::string& what = "");
  // Scrolls the element into view and clicks its centre with the mouse. kNotFound
  // when no visible element matches.
  Status Click(const std::string& selector);
  // A mouse click at a point of the viewport (CSS pixels), whatever is there.
  Status ClickAt(int x, int y);
  // Clicks the control, selects what it holds and types `text` over it, key by key.
  Status Type(const std::string& selector, const std::string& text);
  // Presses the keys of `text` into whatever has the focus; WebDriver's codes
  // (U+E000..) name keys such as Escape ("\uE00C").
  Status Keys(const std::string& text);
  // Fills the <input type=file> with files, as choosing them in the dialog would.
  Status ChooseFiles(const std::string& selector, std::vector<std::string> paths);
  // The element's textContent, trimmed; kNotFound when none matches.
  Result<std::string> Text(const std::string& selector);
  // PNG of the viewport, for a failing test to leave behind.
  Status SaveScreenshot(const std::filesystem::path& path);

  // Uncaught exceptions thrown by the page's scripts, in order. Firefox does not
  // report those of code the driver itself evaluated.
  std::vector<std::string> page_errors() const { return errors_; }

 private:
  struct Connection;
  BidiDriver();
  // Sends one command and waits for its answer; events read meanwhile are noted.
  Result<boost::json::value> Command(const std::string& method, boost::json::object params);
  Status Pause(std::chrono::milliseconds duration);
  void Note(const boost::json::object& event);
  void KillFirefox();

  std::filesystem::path profile_dir_;
  int pid_ = -1;
  boost::asio::io_context io_;
  std::unique_ptr<Connection> connection_;
  std::string context_;  // the tab's browsing context id
  std::string browser_version_;
  std::vector<std::string> errors_;
  long long next_id_ = 1;
};

}  // namespace applier::testing
