// Page is one browser tab and every frame in it, including out-of-process
// (cross-site) iframes, which Chromium serves through their own flattened target
// sessions. Higher layers (perception, actions) talk to a Page in terms of frames,
// scripts, points and keystrokes; they never build CDP messages themselves.
//
// Scripts run in an isolated world per frame: they share the DOM with the site
// but not its JavaScript globals, so the site cannot see or tamper with them and
// their state (e.g. element handles) survives between calls until the frame
// navigates.
//
// Threading: use a Page only from its browser's executor.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/json/value.hpp>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cdp/connection.h"
#include "core/result.h"

namespace applier::browser {

struct FrameInfo {
  std::string id;
  std::string parent_id;  // empty for the main frame
  std::string url;
  std::string name;
  bool out_of_process = false;  // served by its own target session
};

struct Point {
  double x = 0;
  double y = 0;
};

struct ScreenshotOptions {
  bool full_page = false;
  int quality = 80;  // JPEG quality
};

struct ScreencastOptions {
  int quality = 60;
  int max_width = 1280;
  int max_height = 900;
  int every_nth_frame = 1;
};

struct ScreencastFrame {
  std::uint64_t sequence = 0;
  double capture_time = 0;  // seconds since the epoch, from the browser's compositor
  std::string jpeg;         // decoded bytes
};

// A JavaScript dialog the page raised (alert, confirm, prompt, beforeunload) and
// what the page was answered.
struct Dialog {
  std::string type;  // "alert", "confirm", "prompt", "beforeunload"
  std::string message;
  std::string url;        // the document that raised it
  bool accepted = false;  // OK / leave the page; false: dismissed (Cancel, no text)
};

struct NavigateOptions {
  std::chrono::milliseconds timeout{30000};
};

class Page : public std::enable_shared_from_this<Page> {
 public:
  // Attaches to an existing page target and prepares it (domains enabled,
  // out-of-process iframes auto-attached).
  static boost::asio::awaitable<Result<std::shared_ptr<Page>>> Attach(
      std::shared_ptr<cdp::Connection> connection, std::string target_id);
  ~Page();

  const std::string& target_id() const { return target_id_; }
  std::string url() const;
  // Set when the renderer crashed (Inspector.targetCrashed); the page is unusable.
  bool crashed() const;
  // Set when the connection to the browser closed (it exited or was killed);
  // every call fails from then on.
  bool disconnected() const;

  // Loads `url` and waits for its load event. kRemote for a network error
  // ("net::ERR_CONNECTION_REFUSED"), kTimeout when it never finished loading.
  boost::asio::awaitable<Status> Navigate(std::string url, NavigateOptions options = {});

  // Waits until no network request (of any frame, fetch and XHR included) has been
  // in flight for `quiet` and, at least, `quiet` has passed. A request answered
  // whose body stopped coming, or one unanswered for seconds (a long poll, an
  // event stream), is background traffic, not in flight; a navigation always is. Returns whether
  // that happened; not an error if it never does: it returns false after `timeout`. The DOM side of
  // settling is perception's (PageReader::ReadSettled).
  boost::asio::awaitable<bool> WaitForSettled(
      std::chrono::milliseconds quiet = std::chrono::milliseconds(300),
      std::chrono::milliseconds timeout = std::chrono::seconds(10));
  // The same with a shorter least wait, for a caller that knows the action's
  // effects have had time to start (a load event fired) or checks for them itself.
  boost::asio::awaitable<bool> WaitForSettled(std::chrono::milliseconds quiet,
                                              std::chrono::milliseconds timeout,
                                              std::chrono::milliseconds at_least);

  // The URLs of the network requests that keep the page from settling now, over
  // all frames (WaitForSettled says which count).
  std::vector<std::string> RequestsInFlight() const;
  // How long the network has been still: zero while a request that counts is in
  // flight, else the time since the last request started, answered or ended.
  std::chrono::milliseconds NetworkStillFor() const;

  // The main frame first, then every child frame in document order.
  boost::asio::awaitable<Result<std::vector<FrameInfo>>> Frames();

  // Runs `expression` in the frame's isolated world, awaiting a returned promise,
  // and returns its JSON value. A thrown exception is a kRemote error carrying the
  // exception's text. The world of every document created since the page was
  // attached holds `globalThis.__applierDomClock`: `last`, the performance.now()
  // of the document's last DOM change (nodes, text, or an attribute that shows or
  // hides content), and `watch(root)` to count a shadow root's changes too. A
  // document older than the attachment gets it from DomClockScript, run first.
  boost::asio::awaitable<Result<boost::json::value>> Evaluate(FrameInfo frame,
                                                              std::string expression);
  // The script that starts a document's DOM clock; it does nothing where one runs.
  static const char* DomClockScript();

  // Sets the files of the <input type=file> that `element_expression` evaluates to
  // (in the frame's isolated world). Paths must be absolute.
  boost::asio::awaitable<Status> SetInputFiles(FrameInfo frame, std::string element_expression,
                                               std::vector<std::string> paths);

  // Sets `paths` on the file chooser the frame opens while `open` runs (a click on
  // an upload button whose input the page makes on the spot or keeps out of
  // reach): the chooser is intercepted, never shown. kNotFound when none opened
  // within `wait` of `open`; `open`'s own error when it failed.
  boost::asio::awaitable<Status> ChooseFiles(FrameInfo frame,
                                             std::function<boost::asio::awaitable<Status>()> open,
                                             std::vector<std::string> paths,
                                             std::chrono::milliseconds wait);

  // Where the frame's viewport origin lies in the page's viewport; {0,0} for the
  // main frame. Adds up iframe offsets through every ancestor.
  boost::asio::awaitable<Result<Point>> FrameOrigin(FrameInfo frame);

  // Width and height of the page's viewport in CSS pixels.
  boost::asio::awaitable<Result<Point>> ViewportSize();

  // Input as a person makes it, in page viewport coordinates; the browser routes it
  // to whatever frame is under the point or has focus.
  boost::asio::awaitable<Status> Click(Point point);
  boost::asio::awaitable<Status> InsertText(std::string text);
  // Named keys: "Enter", "Tab", "Escape", "Backspace", "ArrowDown", "ArrowUp".
  boost::asio::awaitable<Status> PressKey(std::string key);

  // JPEG bytes of the viewport, or of the whole scrollable page.
  boost::asio::awaitable<Result<std::string>> Screenshot(ScreenshotOptions options = {});

  // Streams compositor frames to `on_frame` until StopScreencast; each frame is
  // acknowledged so the browser keeps sending.
  boost::asio::awaitable<Status> StartScreencast(ScreencastOptions options,
                                                 std::function<void(ScreencastFrame)> on_frame);
  boost::asio::awaitable<Status> StopScreencast();

  // JavaScript dialogs never block the page: each one is answered as it opens and
  // recorded. A confirm() is dismissed (Cancel) unless armed here: the first
  // confirm() raised within `window` after this call is accepted (OK), then the
  // arming ends. Call it just before the one click a person approved (the
  // confirmed submit), never otherwise. alert() is closed, prompt() dismissed, and
  // beforeunload accepted (the run meant to leave the page it acted on).
  void AcceptNextConfirm(std::chrono::milliseconds window = std::chrono::seconds(30));
  // Every dialog raised so far, oldest first.
  std::vector<Dialog> dialogs() const;
  // Called for each dialog as it is answered (on the browser's executor), so the
  // run can show it; replaces an earlier observer.
  void OnDialog(std::function<void(const Dialog&)> observer);

  // Closes the tab. Idempotent.
  boost::asio::awaitable<Status> Close();

  const cdp::Session& main_session() const;

 private:
  struct State;
  explicit Page(std::shared_ptr<cdp::Connection> connection, std::string target_id);
  boost::asio::awaitable<Status> Prepare(cdp::Session session);
  boost::asio::awaitable<Result<cdp::Session>> SessionFor(FrameInfo frame);
  boost::asio::awaitable<Result<std::int64_t>> IsolatedContext(cdp::Session session,
                                                               std::string frame_id);
  void OnAttached(const boost::json::object& params);

  std::string target_id_;
  std::shared_ptr<State> state_;
};

}  // namespace applier::browser
