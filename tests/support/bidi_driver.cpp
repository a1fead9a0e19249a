#include "support/bidi_driver.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/core/detail/base64.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "support/async.h"
#include "support/click_scripts.h"
#include "support/process.h"

extern char** environ;

namespace applier::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace json = boost::json;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

// Firefox's own traffic, all of it off: with these the only connections it makes are
// the ones the test's pages make (loopback). "services.settings.server" is the value
// Firefox's remote agent itself recommends for automation; a release build honours
// it only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in the environment (set at launch), and
// otherwise looks up firefox.settings.services.mozilla.com. Widevine comes through
// Google's component updater (update.googleapis.com) unless turned off here.
constexpr const char* kUserJs = R"(// Written by the web UI's Firefox test: nothing beyond loopback.
user_pref("network.proxy.type", 0);
user_pref("app.update.disabledForTesting", true);
user_pref("app.update.auto", false);
user_pref("app.update.enabled", false);
user_pref("app.update.service.enabled", false);
user_pref("app.update.staging.enabled", false);
user_pref("browser.search.update", false);
user_pref("extensions.update.enabled", false);
user_pref("extensions.update.autoUpdateDefault", false);
user_pref("extensions.getAddons.cache.enabled", false);
user_pref("extensions.systemAddon.update.enabled", false);
user_pref("extensions.blocklist.enabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("toolkit.telemetry.unified", false);
user_pref("toolkit.telemetry.server", "");
user_pref("toolkit.telemetry.archive.enabled", false);
user_pref("toolkit.telemetry.shutdownPingSender.enabled", false);
user_pref("toolkit.telemetry.newProfilePing.enabled", false);
user_pref("toolkit.telemetry.firstShutdownPing.enabled", false);
user_pref("toolkit.telemetry.bhrPing.enabled", false);
user_pref("toolkit.telemetry.updatePing.enabled", false);
user_pref("datareporting.healthreport.uploadEnabled", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("datareporting.policy.firstRunURL", "");
user_pref("browser.ping-centre.telemetry", false);
user_pref("browser.newtabpage.activity-stream.telemetry", false);
user_pref("browser.newtabpage.activity-stream.feeds.telemetry", false);
user_pref("network.captive-portal-service.enabled", false);
user_pref("captivedetect.canonicalURL", "");
user_pref("network.connectivity-service.enabled", false);
user_pref("browser.safebrowsing.malware.enabled", false);
user_pref("browser.safebrowsing.phishing.enabled", false);
user_pref("browser.safebrowsing.downloads.enabled", false);
user_pref("browser.safebrowsing.downloads.remote.enabled", false);
user_pref("browser.safebrowsing.blockedURIs.enabled", false);
user_pref("browser.safebrowsing.provider.google.updateURL", "");
user_pref("browser.safebrowsing.provider.google4.updateURL", "");
user_pref("browser.safebrowsing.provider.mozilla.updateURL", "");
user_pref("services.settings.server", "data:,#remote-settings-dummy/v1");
user_pref("security.remote_settings.crlite_filters.enabled", false);
user_pref("security.remote_settings.intermediates.enabled", false);
user_pref("security.OCSP.enabled", 0);
user_pref("app.normandy.enabled", false);
user_pref("app.normandy.api_url", "");
user_pref("app.shield.optoutstudies.enabled", false);
user_pref("messaging-system.rsexperimentloader.enabled", false);
user_pref("dom.push.enabled", false);
user_pref("dom.push.connection.enabled", false);
user_pref("dom.push.serverURL", "");
user_pref("network.trr.mode", 5);
user_pref("doh-rollout.disable-heuristics", true);
user_pref("network.prefetch-next", false);
user_pref("network.dns.disablePrefetch", true);
user_pref("network.predictor.enabled", false);
user_pref("network.http.speculative-parallel-limit", 0);
user_pref("browser.urlbar.speculativeConnect.enabled", false);
user_pref("browser.places.speculativeConnect.enabled", false);
user_pref("browser.startup.page", 0);
user_pref("browser.startup.homepage", "about:blank");
user_pref("browser.newtabpage.enabled", false);
user_pref("browser.topsites.contile.enabled", false);
user_pref("browser.newtabpage.activity-stream.feeds.topsites", false);
user_pref("browser.newtabpage.activity-stream.feeds.system.topstories", false);
user_pref("browser.newtabpage.activity-stream.feeds.section.topstories", false);
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("browser.region.network.url", "");
user_pref("browser.region.update.enabled", false);
user_pref("geo.provider.network.url", "");
user_pref("media.gmp-manager.url", "");
user_pref("media.gmp-gmpopenh264.enabled", false);
user_pref("media.gmp-widevinecdm.enabled", false);
user_pref("media.gmp-manager.updateEnabled", false);
user_pref("media.gmp-manager.chromium-update-url", "");
user_pref("media.gmp-widevinecdm.allow-chromium-update", false);
user_pref("media.eme.enabled", false);
user_pref("identity.fxaccounts.enabled", false);
user_pref("browser.discovery.enabled", false);
user_pref("browser.translations.enable", false);
user_pref("browser.ml.enable", false);
)";

std::string Quote(const std::string& text) {
  return json::serialize(json::value(text));
}

bool Truthy(const json::value& v) {
  if (v.is_null()) return false;
  if (v.is_bool()) return v.as_bool();
  if (v.is_string()) return !v.as_string().empty();
  if (v.is_number()) return v.to_number<double>() != 0;
  return true;
}

std::string FindOnPath(const std::string& name) {
  if (name.find('/') != std::string::npos) return access(name.c_str(), X_OK) == 0 ? name : "";
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "/usr/bin");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    const auto candidate = std::filesystem::path(dir) / name;
    if (access(candidate.c_str(), X_OK) == 0) return candidate.string();
  }
  return "";
}

// The keys a key action sends for one UTF-8 character: itself, or WebDriver's code
// for Enter and Tab.
std::vector<std::string> KeysOf(const std::string& text) {
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    std::string key = text.substr(i, length);
    if (key == "\n") key = "\xEE\x80\x87";  // U+E007 Enter
    if (key == "\t") key = "\xEE\x80\x84";  // U+E004 Tab
    keys.push_back(std::move(key));
    i += length;
  }
  return keys;
}

}  // namespace

struct BidiDriver::Connection {
  explicit Connection(asio::io_context& io) : ws(io) {}
  websocket::stream<beast::tcp_stream> ws;
};

BidiDriver::BidiDriver() = default;

Result<std::unique_ptr<BidiDriver>> BidiDriver::Launch(const std::string& firefox) {
  const std::string executable = FindOnPath(firefox);
  if (executable.empty()) {
    return Fail(ErrorKind::kNotFound,
                "Firefox not found as '" + firefox +
                    "' (install Debian's firefox-esr: scripts/install-deps.sh)");
  }
  std::unique_ptr<BidiDriver> driver(new BidiDriver());
  std::string templ = (std::filesystem::temp_directory_path() / "applier-firefox-XXXXXX").string();
  if (mkdtemp(templ.data()) == nullptr) {
    return Fail(ErrorKind::kIo, std::string("cannot create a Firefox profile: ") + strerror(errno));
  }
  driver->profile_dir_ = templ;
  const auto profile = driver->profile_dir_ / "profile";
  std::filesystem::create_directories(profile);
  std::ofstream(profile / "user.js") << kUserJs;
  const auto log_path = driver->profile_dir_ / "firefox.log";

  std::vector<std::string> args = {
      executable,  "--headless",     "--no-remote", "--remote-debugging-port=0",
      "--profile", profile.string(), "about:blank"};
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  // Firefox keeps caches and its crash reporter's files under HOME and XDG folders:
  // all of them inside the temporary directory, removed with it.
  std::vector<std::string> env_strings;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string_view entry(*e);
    if (entry.starts_with("HOME=") || entry.starts_with("XDG_") || entry.starts_with("MOZ_")) {
      continue;
    }
    env_strings.emplace_back(entry);
  }
  env_strings.push_back("HOME=" + driver->profile_dir_.string());
  env_strings.push_back("XDG_CACHE_HOME=" + (driver->profile_dir_ / "cache").string());
  env_strings.push_back("XDG_CONFIG_HOME=" + (driver->profile_dir_ / "config").string());
  env_strings.push_back("MOZ_HEADLESS=1");
  env_strings.push_back("MOZ_CRASHREPORTER_DISABLE=1");
  env_strings.push_back("MOZ_REMOTE_SETTINGS_DEVTOOLS=1");
  std::vector<char*> envp;
  for (auto& entry : env_strings) envp.push_back(entry.data());
  envp.push_back(nullptr);

  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid < 0) return Fail(ErrorKind::kIo, std::string("cannot start Firefox: ") + strerror(errno));
  if (pid == 0) {
    // Child: only async-signal-safe calls from here to exec.
    setpgid(0, 0);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(1);
    const int devnull = open("/dev/null", O_RDONLY);
    const int log = open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (devnull < 0 || log < 0) _exit(126);
    dup2(devnull, 0);
    dup2(log, 1);
    dup2(log, 2);
    // No socket of ours may leak into Firefox (a server's listening port would stay
    // busy after the server stops).
    close_range(3, ~0U, 0);
    execve(argv[0], argv.data(), envp.data());
    _exit(127);
  }
  setpgid(pid, pid);
  driver->pid_ = pid;

  // Firefox prints where BiDi listens once it is ready for a session.
  static const std::regex kListening(R"(WebDriver BiDi listening on ws://127\.0\.0\.1:(\d+))");
  std::smatch match;
  std::string log;
  const auto deadline = std::chrono::steady_clock::now() + seconds(60);
  for (;;) {
    log = ReadFile(log_path);
    if (std::regex_search(log, match, kListening)) break;
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      driver->pid_ = -1;
      return Fail(ErrorKind::kIo, "Firefox exited before it listened for WebDriver BiDi:\n" + log);
    }
    if (std::chrono::steady_clock::now() > deadline) {
      return Fail(ErrorKind::kTimeout,
                  "Firefox did not listen for WebDriver BiDi in 60 s:\n" + log);
    }
    std::this_thread::sleep_for(milliseconds(100));
  }
  const std::string port = match[1].str();

  driver->connection_ = std::make_unique<Connection>(driver->io_);
  BidiDriver* self = driver.get();
  auto connected = RunAsync(self->io_, [self, port]() -> asio::awaitable<Status> {
    auto& ws = self->connection_->ws;
    const asio::ip::tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"),
                                           static_cast<unsigned short>(std::stoi(port)));
    beast::get_lowest_layer(ws).expires_after(seconds(10));
    auto [cec] = co_await beast::get_lowest_layer(ws).async_connect(
        endpoint, asio::as_tuple(asio::use_awaitable));
    if (cec) co_return Fail(ErrorKind::kIo, "cannot connect to Firefox: " + cec.message());
    ws.read_message_max(256 * 1024 * 1024);
    auto [hec] = co_await ws.async_handshake("127.0.0.1:" + port, "/session",
                                             asio::as_tuple(asio::use_awaitable));
    if (hec) co_return Fail(ErrorKind::kProtocol, "BiDi handshake failed: " + hec.message());
    beast::get_lowest_layer(ws).expires_never();
    co_return Status{};
  });
  if (!connected) return Fail(connected.error());

  auto session = self->Command("session.new", {{"capabilities", json::object{}}});
  if (!session) return Fail(session.error());
  if (const auto* caps = session->as_object().if_contains("capabilities")) {
    const auto& c = caps->as_object();
    if (c.contains("browserName") && c.contains("browserVersion")) {
      self->browser_version_ = std::string(c.at("browserName").as_string()) + " " +
                               std::string(c.at("browserVersion").as_string());
    }
  }
  auto subscribed = self->Command("session.subscribe", {{"events", json::array{"log.entryAdded"}}});
  if (!subscribed) return Fail(subscribed.error());
  auto tree = self->Command("browsingContext.getTree", {{"maxDepth", 0}});
  if (!tree) return Fail(tree.error());
  const auto& contexts = tree->as_object().at("contexts").as_array();
  if (contexts.empty()) return Fail(ErrorKind::kProtocol, "Firefox has no tab");
  self->context_ = std::string(contexts.front().as_object().at("context").as_string());
  auto sized = self->Command(
      "browsingContext.setViewport",
      {{"context", self->context_}, {"viewport", {{"width", 1400}, {"height", 1000}}}});
  if (!sized) return Fail(sized.error());
  return driver;
}

BidiDriver::~BidiDriver() {
  connection_.reset();
  KillFirefox();
  std::error_code ignored;
  if (!profile_dir_.empty()) std::filesystem::remove_all(profile_dir_, ignored);
}

void BidiDriver::KillFirefox() {
  if (pid_ <= 0) return;
  kill(-pid_, SIGKILL);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
}

void BidiDriver::Note(const json::object& event) {
  const auto* method = event.if_contains("method");
  if (!method || *method != "log.entryAdded") return;
  const auto& entry = event.at("params").as_object();
  const auto* type = entry.if_contains("type");
  const auto* level = entry.if_contains("level");
  if (type && *type == "javascript" && level && *level == "error") {
    const auto* text = entry.if_contains("text");
    errors_.push_back(text && text->is_string() ? std::string(text->as_string())
                                                : "uncaught exception");
  }
}

Result<json::value> BidiDriver::Command(const std::string& method, json::object params) {
  const long long id = next_id_++;
  const std::string message =
      json::serialize(json::object{{"id", id}, {"method", method}, {"params", std::move(params)}});
  auto reply = RunAsync(
      io_,
      [this, message, method, id]() -> asio::awaitable<Result<json::object>> {
        auto& ws = connection_->ws;
        ws.text(true);
        auto [wec, written] =
            co_await ws.async_write(asio::buffer(message), asio::as_tuple(asio::use_awaitable));
        if (wec) co_return Fail(ErrorKind::kDisconnected, "BiDi write failed: " + wec.message());
        for (;;) {
          beast::flat_buffer buffer;
          beast::get_lowest_layer(ws).expires_after(seconds(120));
          auto [rec, read] = co_await ws.async_read(buffer, asio::as_tuple(asio::use_awaitable));
          if (rec) {
            co_return Fail(ErrorKind::kDisconnected,
                           "BiDi read failed during " + method + ": " + rec.message());
          }
          boost::system::error_code pec;
          auto parsed = json::parse(beast::buffers_to_string(buffer.data()), pec);
          if (pec || !parsed.is_object()) continue;
          auto& object = parsed.as_object();
          const auto* got = object.if_contains("id");
          if (got && got->is_int64() && got->as_int64() == id) co_return std::move(object);
          if (!got) Note(object);
        }
      },
      seconds(150));
  if (!reply) return Fail(reply.error());
  if (reply->at("type") != "success") {
    const auto* error = reply->if_contains("error");
    const auto* text = reply->if_contains("message");
    return Fail(ErrorKind::kProtocol,
                method + ": " + (error ? json::serialize(*error) : std::string("error")) + " " +
                    (text && text->is_string() ? std::string(text->as_string()) : ""));
  }
  return reply->at("result");
}

Status BidiDriver::Pause(milliseconds duration) {
  return RunAsync(io_, [duration]() -> asio::awaitable<Status> {
    asio::steady_timer timer(co_await asio::this_coro::executor, duration);
    co_await timer.async_wait(asio::use_awaitable);
    co_return Status{};
  });
}

Status BidiDriver::Open(const std::string& url) {
  auto navigated = Command("browsingContext.navigate",
                           {{"context", context_}, {"url", url}, {"wait", "complete"}});
  if (!navigated) return Fail(navigated.error());
  return {};
}

// The page's value crosses as JSON text: BiDi's own serialization of objects
// (lists of key/value pairs with types) would need a decoder of its own.
Result<json::value> BidiDriver::Eval(const std::string& expression) {
  auto result =
      Command("script.evaluate",
              {{"expression", "(async () => { const v = await (" + expression +
                                  "\n); return v === undefined ? 'null' : JSON.stringify(v); })()"},
               {"target", {{"context", context_}}},
               {"awaitPromise", true},
               {"resultOwnership", "none"}});
  if (!result) return Fail(result.error());
  const auto& r = result->as_object();
  if (r.at("type") == "exception") {
    const auto& details = r.at("exceptionDetails").as_object();
    return Fail(ErrorKind::kProtocol,
                "the page threw: " + std::string(details.at("text").as_string()));
  }
  const auto& value = r.at("result").as_object();
  if (value.at("type") != "string") return json::value(nullptr);
  boost::system::error_code ec;
  auto parsed = json::parse(value.at("value").as_string(), ec);
  if (ec) return Fail(ErrorKind::kProtocol, "the page's value is not JSON: " + ec.message());
  return parsed;
}

Status BidiDriver::WaitFor(const std::string& condition, seconds timeout, const std::string& what) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::string last_error;
  for (;;) {
    auto value = Eval("(() => { try { return Boolean(" + condition +
                      "); } catch (e) { return false; } })()");
    if (value && Truthy(*value)) return {};
    if (!value) last_error = value.error().ToString();
    if (std::chrono::steady_clock::now() > deadline) break;
    if (auto paused = Pause(milliseconds(100)); !paused) return paused;
  }
  auto visible = Eval("document.body ? document.body.innerText.slice(0, 3000) : ''");
  const std::string text = visible && visible->is_string() ? std::string(visible->as_string()) : "";
  return Fail(ErrorKind::kTimeout, "waited " + std::to_string(timeout.count()) + " s for " +
                                       (what.empty() ? condition : what) +
                                       (last_error.empty() ? "" : " (" + last_error + ")") +
                                       "\n--- the page shows ---\n" + text);
}

Status BidiDriver::Click(const std::string& selector) {
  // As WebUiDriver::Click: in the middle of the viewport, still, not covered, and
  // clicked again when the click landed elsewhere.
  std::string missed;
  for (int attempt = 0; attempt < 3; ++attempt) {
    auto where = Eval(PointToClickScript(selector));
    if (!where) return Fail(where.error());
    if (!where->is_array()) {
      return Fail(ErrorKind::kNotFound, "nothing visible and still matches " + selector);
    }
    const auto& xy = where->as_array();
    if (auto watched = Eval(WatchNextClickScript(selector)); !watched) {
      return Fail(watched.error());
    }
    const int x = static_cast<int>(std::lround(xy[0].to_number<double>()));
    const int y = static_cast<int>(std::lround(xy[1].to_number<double>()));
    if (auto clicked = ClickAt(x, y); !clicked) return clicked;
    auto landed = Eval(WatchedClickLandedScript());
    if (!landed || !landed->is_string()) return {};
    missed = landed->as_string().empty() ? "nothing" : std::string(landed->as_string());
    std::fprintf(stderr, "bidi driver: the click on %s landed on %s; clicking again\n",
                 selector.c_str(), missed.c_str());
  }
  return Fail(ErrorKind::kNotFound,
              "three clicks on " + selector + " landed elsewhere (last on " + missed + ")");
}

Status BidiDriver::ClickAt(int x, int y) {
  json::array actions = {
      {{"type", "pointerMove"}, {"x", x}, {"y", y}},
      {{"type", "pointerDown"}, {"button", 0}},
      {{"type", "pointerUp"}, {"button", 0}},
  };
  auto performed = Command("input.performActions",
                           {{"context", context_},
                            {"actions", json::array{{{"type", "pointer"},
                                                     {"id", "mouse"},
                                                     {"parameters", {{"pointerType", "mouse"}}},
                                                     {"actions", std::move(actions)}}}}});
  if (!performed) return Fail(performed.error());
  return {};
}

Status BidiDriver::Type(const std::string& selector, const std::string& text) {
  if (auto clicked = Click(selector); !clicked) return clicked;
  auto selected =
      Eval("(() => { const el = document.querySelector(" + Quote(selector) +
           "); el.focus(); if (el.select) el.select(); return document.activeElement === el; })()");
  if (!selected) return Fail(selected.error());
  if (!Truthy(*selected)) return Fail(ErrorKind::kNotFound, selector + " did not take the focus");
  if (text.empty()) return Keys("\xEE\x80\x83");  // Backspace over the selection
  return Keys(text);
}

Status BidiDriver::Keys(const std::string& text) {
  json::array actions;
  for (const auto& key : KeysOf(text)) {
    actions.push_back({{"type", "keyDown"}, {"value", key}});
    actions.push_back({{"type", "keyUp"}, {"value", key}});
  }
  auto performed = Command(
      "input.performActions",
      {{"context", context_},
       {"actions",
        json::array{{{"type", "key"}, {"id", "keyboard"}, {"actions", std::move(actions)}}}}});
  if (!performed) return Fail(performed.error());
  return {};
}

Status BidiDriver::ChooseFiles(const std::string& selector, std::vector<std::string> paths) {
  auto found =
      Command("script.evaluate", {{"expression", "document.querySelector(" + Quote(selector) + ")"},
                                  {"target", {{"context", context_}}},
                                  {"awaitPromise", false},
                                  {"resultOwnership", "root"}});
  if (!found) return Fail(found.error());
  const auto& result = found->as_object().at("result").as_object();
  const auto* shared_id = result.if_contains("sharedId");
  if (result.at("type") != "node" || !shared_id) {
    return Fail(ErrorKind::kNotFound, "no element matches " + selector);
  }
  json::array files;
  for (const auto& path : paths) files.push_back(json::value(path));
  auto set = Command("input.setFiles", {{"context", context_},
                                        {"element", {{"sharedId", *shared_id}}},
                                        {"files", std::move(files)}});
  if (!set) return Fail(set.error());
  return {};
}

Result<std::string> BidiDriver::Text(const std::string& selector) {
  auto value = Eval("(() => { const el = document.querySelector(" + Quote(selector) +
                    "); return el ? el.textContent.trim() : null; })()");
  if (!value) return Fail(value.error());
  if (!value->is_string()) return Fail(ErrorKind::kNotFound, "nothing matches " + selector);
  return std::string(value->as_string());
}

Status BidiDriver::SaveScreenshot(const std::filesystem::path& path) {
  auto shot = Command("browsingContext.captureScreenshot", {{"context", context_}});
  if (!shot) return Fail(shot.error());
  const auto& data = shot->as_object().at("data").as_string();
  std::string png(beast::detail::base64::decoded_size(data.size()), '\0');
  const auto [written, read] = beast::detail::base64::decode(png.data(), data.data(), data.size());
  png.resize(written);
  std::ofstream out(path, std::ios::binary);
  out << png;
  if (!out) return Fail(ErrorKind::kIo, "cannot write " + path.string());
  return {};
}

}  // namespace applier::testing
