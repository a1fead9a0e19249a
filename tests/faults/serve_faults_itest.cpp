// Faults injected into `applier serve` while it works: the real binary in its own
// process, a real Chromium, real SQLite, the demo job site recording what it
// received. Each test breaks one thing and then checks what the outside world
// saw: every application has an outcome with a message a person can act on,
// the site received nothing twice, and no Chromium process or descriptor of the
// server is left behind.
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <chrono>
#include <fstream>
#include <functional>
#include <set>
#include <thread>

#include "fixtures/demo_site/demo_site.h"
#include "gtest/gtest.h"
#include "server/serve_client.h"
#include "server/server.h"
#include "support/process.h"
#include "support/scripted_llm_server.h"
#include "support/serve_process.h"

namespace applier {
namespace {

namespace json = boost::json;
using testing::Http;
using testing::ProcessesMatching;
using testing::ServeProcess;
using testing::StringAt;
using testing::WsClient;

const char* kSecret = "fault-suite-secret-0123456789abcdefgh";

// No answer to kWhy, the demo form's one free-text question: a run asks the
// LLM, or the person without one.
const char* kProfileAskingWhy =
    "name: {first: Sam, last: Lee}\n"
    "email: sam.lee@example.com\n"
    "phone: {number: \"+1 212 555 0199\"}\n"
    "address: {city: New York, country: US}\n"
    "work_authorization:\n"
    "  default_country: US\n"
    "  US: {authorized: true, requires_sponsorship: false}\n"
    "how_heard: Employee Referral\n"
    "resume: resume.pdf\n";
const std::string kWhy = "Why do you want to work at Acme Robotics?";

// Every question of the demo form has an answer here, so a run goes straight
// to its draft without asking.
const char* kProfile =
    "name: {first: Sam, last: Lee}\n"
    "email: sam.lee@example.com\n"
    "phone: {number: \"+1 212 555 0199\"}\n"
    "address: {city: New York, country: US}\n"
    "work_authorization:\n"
    "  default_country: US\n"
    "  US: {authorized: true, requires_sponsorship: false}\n"
    "how_heard: Employee Referral\n"
    "resume: resume.pdf\n"
    "answers:\n  \"Why do you want to work at Acme Robotics?\": Robots.\n";

// Polls `done` every 100 ms for up to `limit`; whether it became true.
bool Eventually(const std::function<bool()>& done,
                std::chrono::seconds limit = std::chrono::seconds(15)) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (!done()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return true;
}

// The outcome event that ends a run: applier:complete or applier:error with an
// "outcome" in its data.
bool IsFinal(const json::value& event) {
  const std::string type = StringAt(event, "type");
  return (type == "applier:complete" || type == "applier:error") && event.is_object() &&
         event.as_object().contains("data") && event.at("data").is_object() &&
         event.at("data").as_object().contains("outcome");
}

// Reads until an event of `type` (or, with type "final", the outcome event).
std::optional<json::object> WaitFor(WsClient& ws, const std::string& type,
                                    std::chrono::seconds limit = std::chrono::seconds(60)) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    auto message = ws.Read(std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now()));
    if (!message) return std::nullopt;
    if (message->binary) continue;
    auto value = message->Json();
    if (!value.is_object()) continue;
    if (type == "final" ? IsFinal(value) : StringAt(value, "type") == type) {
      return value.as_object();
    }
  }
  return std::nullopt;
}

fixtures::DemoSiteOptions SiteWith(fixtures::SubmitFault fault) {
  fixtures::DemoSiteOptions options;
  options.submit_fault = fault;
  return options;
}

class ServeFaultTest : public ::testing::Test {
 protected:
  void SetUp() override { StartSite({}); }
  void TearDown() override {
    if (serve_) serve_->Stop(SIGKILL);
    site_.reset();
  }

  void StartSite(const fixtures::DemoSiteOptions& options) {
    site_.reset();
    auto site = fixtures::DemoSite::Start(options);
    ASSERT_TRUE(site) << site.error().ToString();
    site_ = std::move(*site);
  }

  void StartServe(std::vector<std::string> env = {}) {
    if (!std::filesystem::exists(data_dir())) {
      ASSERT_TRUE(server::AddUser(data_dir(), "alice", "alice-password"));
    }
    env.push_back(std::string("APPLIER_JWT_SECRET=") + kSecret);
    std::string log;
    serve_ = ServeProcess::Start(
        {.data_dir = data_dir(),
         .tmp_dir = tmp_dir(),
         .args = {"--workers", "1", "--allow-host", "127.0.0.1", "--allow-host", "localhost"},
         .env = std::move(env),
         .data_disk_bytes = data_disk_bytes_},
        &log);
    ASSERT_TRUE(serve_) << log;
    auto r = Http(port(), "POST", "/api/auth/login",
                  R"({"username":"alice","password":"alice-password"})");
    ASSERT_EQ(r.status, 200) << r.body;
    token_ = StringAt(r.Json(), "token");
  }

  void SetUpProfile(const char* yaml = kProfile) {
    const std::string pdf = testing::ReadFile(testing::SourceDir() / "examples" / "resume.pdf");
    auto upload = Http(port(), "POST", "/api/documents", pdf, token_,
                       {{"X-Filename", "resume.pdf"}, {"Content-Type", "application/pdf"}});
    ASSERT_EQ(upload.status, 201) << upload.body;
    auto put =
        Http(port(), "PUT", "/api/profile", json::serialize(json::object{{"yaml", yaml}}), token_);
    ASSERT_EQ(put.status, 200) << put.body;
  }

  std::string Apply() {
    auto r = Http(port(), "POST", "/api/jobs/apply",
                  json::serialize(json::object{{"url", site_->posting_url()}}), token_);
    EXPECT_EQ(r.status, 202) << r.body;
    return StringAt(r.Json(), "session_id");
  }

  void Watch(WsClient& ws, const std::string& session) {
    ASSERT_TRUE(ws.Connect(port(), "/ws/" + session + "?token=" + token_));
  }

  void Answer(WsClient& ws, const json::object& request, const std::string& response) {
    ws.SendText(json::serialize(json::object{
        {"type", "hitl:response"},
        {"data",
         json::object{{"hitl_id", request.at("data").at("hitl_id")}, {"response", response}}}}));
  }

  // Confirms the draft `review` asked for and waits for the application's end.
  std::optional<json::object> ConfirmAndWaitForEnd(WsClient& ws, const json::object& review) {
    Answer(ws, review, "confirm");
    return WaitFor(ws, "final");
  }

  // The application ended submitted and the site received it exactly once.
  void ExpectSubmittedOnce(const std::optional<json::object>& done) {
    ASSERT_TRUE(done);
    EXPECT_EQ(StringAt(done->at("data"), "outcome"), "submitted") << json::serialize(*done);
    EXPECT_EQ(site_->Submissions().size(), 1u);
  }

  // The stored application: {status, outcome, message, resumable, ...}.
  json::value Stored(const std::string& session) {
    auto detail = Http(port(), "GET", "/api/applications/" + session, "", token_);
    if (detail.status != 200) return {};
    return detail.Json().at("application");
  }

  // The server's Chromium processes: each names its profile directory, which is
  // under the server's TMPDIR.
  std::vector<int> ChromiumProcesses() const { return ProcessesMatching(tmp_dir().string()); }

  // The browser itself: the server's child that is a Chromium.
  int BrowserPid() const {
    const auto ours = ChromiumProcesses();
    for (pid_t child : testing::ChildProcesses(serve_->pid())) {
      if (std::find(ours.begin(), ours.end(), child) != ours.end()) return child;
    }
    return -1;
  }

  bool AllGone(const std::vector<int>& pids) const {
    const auto now = ChromiumProcesses();
    for (int pid : pids) {
      if (std::find(now.begin(), now.end(), pid) != now.end()) return false;
    }
    return true;
  }

  // Stops the server as an operator does and checks it left no Chromium behind.
  void StopServeCleanly() {
    EXPECT_EQ(serve_->Stop(SIGTERM), 0) << serve_->Log();
    serve_.reset();
    EXPECT_TRUE(Eventually([&] { return ChromiumProcesses().empty(); }))
        << ChromiumProcesses().size() << " Chromium process(es) outlived the server";
  }

  std::filesystem::path data_dir() const { return dir_.path() / "data"; }
  std::filesystem::path tmp_dir() const { return dir_.path() / "tmp"; }
  unsigned short port() const { return serve_->port(); }

  // Reads until the outcome, answering each question with `answer` and
  // confirming the draft; the outcome event.
  std::optional<json::object> RunToTheEnd(WsClient& ws, const std::string& answer = "") {
    for (;;) {
      auto message = ws.Read(std::chrono::seconds(60));
      if (!message) return std::nullopt;
      if (message->binary) continue;
      const auto event = message->Json();
      const std::string type = StringAt(event, "type");
      if (type == "hitl:request") {
        asked_.push_back(StringAt(event.at("data").at("questions").as_array().at(0), "prompt"));
        Answer(ws, event.as_object(), answer);
      } else if (type == "draft:review") {
        Answer(ws, event.as_object(), "confirm");
      } else if (IsFinal(event)) {
        return event.as_object();
      }
    }
  }

  // The Chromium renderers of the server's browser (one per site in use, and a
  // spare Chromium keeps ready).
  std::vector<int> Renderers() const {
    std::vector<int> renderers;
    for (int pid : ChromiumProcesses()) {
      if (testing::ReadFile("/proc/" + std::to_string(pid) + "/cmdline").find("--type=renderer") !=
          std::string::npos) {
        renderers.push_back(pid);
      }
    }
    return renderers;
  }

  testing::TempDir dir_;
  std::uint64_t data_disk_bytes_ = 0;  // see ServeProcessOptions
  std::vector<std::string> asked_;     // the questions RunToTheEnd answered
  std::unique_ptr<fixtures::DemoSite> site_;
  std::unique_ptr<ServeProcess> serve_;
  std::string token_;
};

// The browser is SIGKILLed while the form is being filled. That application
// ends failed with a message that names the browser; its Chromium processes are
// all gone; the worker launches a new browser for the next application, which
// is submitted once; the server holds as many descriptors as before.
TEST_F(ServeFaultTest, ChromiumKilledMidFormFailsThatApplicationOnly) {
  StartServe();
  SetUpProfile();
  // A first application to its draft, then cancelled: a browser is up and the
  // server idle, the state whose descriptors are counted before and after.
  {
    const std::string warm = Apply();
    WsClient ws;
    Watch(ws, warm);
    ASSERT_TRUE(WaitFor(ws, "draft:review"));
    ASSERT_EQ(Http(port(), "POST", "/api/applications/" + warm + "/cancel", "", token_).status,
              200);
    ASSERT_TRUE(WaitFor(ws, "final"));
  }
  int idle_descriptors = 0;
  std::string idle_described;
  ASSERT_TRUE(Eventually([&] {
    const int before = serve_->OpenDescriptors();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    idle_descriptors = serve_->OpenDescriptors();
    idle_described = serve_->DescribeDescriptors();
    return before == idle_descriptors;
  }));

  const std::string session = Apply();
  WsClient ws;
  Watch(ws, session);
  ASSERT_TRUE(WaitFor(ws, "applier:type")) << "the form was never filled";
  const auto old_chromium = ChromiumProcesses();
  const int browser = BrowserPid();
  ASSERT_GT(browser, 0);
  ASSERT_EQ(kill(browser, SIGKILL), 0);

  auto ended = WaitFor(ws, "final");
  ASSERT_TRUE(ended) << "the application's end was never announced\n" << serve_->Log();
  const auto& data = ended->at("data");
  EXPECT_EQ(StringAt(data, "outcome"), "failed") << json::serialize(data);
  const std::string reason = StringAt(data, "reason");
  EXPECT_NE(reason.find("rowser"), std::string::npos) << reason;
  const auto stored = Stored(session);
  EXPECT_EQ(StringAt(stored, "status"), "done");
  EXPECT_EQ(StringAt(stored, "outcome"), "failed");
  EXPECT_EQ(StringAt(stored, "message"), reason);
  EXPECT_TRUE(Eventually([&] { return AllGone(old_chromium); }))
      << "processes of the killed browser are still running";

  const std::string next = Apply();
  WsClient next_ws;
  Watch(next_ws, next);
  auto review = WaitFor(next_ws, "draft:review");
  ASSERT_TRUE(review) << "the next application never reached its draft";
  auto done = ConfirmAndWaitForEnd(next_ws, *review);
  ASSERT_TRUE(done);
  EXPECT_EQ(StringAt(done->at("data"), "outcome"), "submitted") << json::serialize(*done);
  ASSERT_EQ(site_->Submissions().size(), 1u);
  EXPECT_EQ(StringAt(site_->Submissions()[0].at("fields"), "job_application[first_name]"), "Sam");

  // Counted with no client connected, as before.
  ws.Close();
  next_ws.Close();
  EXPECT_TRUE(Eventually([&] { return serve_->OpenDescriptors() == idle_descriptors; }))
      << serve_->OpenDescriptors() << " descriptors open, " << idle_descriptors << " before:\n"
      << idle_described << "now:\n"
      << serve_->DescribeDescriptors();
  StopServeCleanly();
}

// The renderers die while the form is being filled (SIGKILL, as the kernel's
// OOM killer ends them), the form's frame with them; the browser process lives
// on. The run ends failed, saying the page crashed, instead of waiting on a
// frame that will never answer; the next application runs in the same browser
// and is submitted once.
TEST_F(ServeFaultTest, RendererCrashInTheFormFailsThatApplicationOnly) {
  StartServe();
  SetUpProfile();
  const std::string session = Apply();
  WsClient ws;
  Watch(ws, session);
  ASSERT_TRUE(WaitFor(ws, "applier:type")) << "the form was never filled";
  const int browser = BrowserPid();
  ASSERT_GT(browser, 0);
  const auto renderers = Renderers();
  ASSERT_FALSE(renderers.empty()) << "no renderer found among the server's Chromium processes";
  for (int renderer : renderers) ASSERT_EQ(kill(renderer, SIGKILL), 0);

  auto ended = WaitFor(ws, "final");
  ASSERT_TRUE(ended) << "the application's end was never announced\n" << serve_->Log();
  const auto& data = ended->at("data");
  EXPECT_EQ(StringAt(data, "outcome"), "failed") << json::serialize(data);
  const std::string reason = StringAt(data, "reason");
  EXPECT_NE(reason.find("crash"), std::string::npos) << reason;
  EXPECT_EQ(StringAt(Stored(session), "outcome"), "failed");
  EXPECT_EQ(StringAt(Stored(session), "message"), reason);
  EXPECT_TRUE(site_->Submissions().empty());
  EXPECT_TRUE(Eventually([&] { return AllGone(renderers); }));

  const std::string next = Apply();
  WsClient next_ws;
  Watch(next_ws, next);
  auto done = RunToTheEnd(next_ws);
  ASSERT_TRUE(done) << "the next application never ended\n" << serve_->Log();
  EXPECT_EQ(StringAt(done->at("data"), "outcome"), "submitted") << json::serialize(*done);
  EXPECT_EQ(site_->Submissions().size(), 1u);
  StopServeCleanly();
}

// `applier serve` SIGKILLed while it fills a form: its Chromium dies with it.
// Started again on the same data, it runs the application again from the
// start (nothing was sent), and the site receives it once.
TEST_F(ServeFaultTest, ServeKilledMidFormRunsItAgainAfterARestart) {
  StartServe();
  SetUpProfile();
  const std::string session = Apply();
  {
    WsClient ws;
    Watch(ws, session);
    ASSERT_TRUE(WaitFor(ws, "applier:type")) << "the form was never filled";
  }
  ASSERT_FALSE(ChromiumProcesses().empty());
  EXPECT_EQ(serve_->Stop(SIGKILL), 128 + SIGKILL);
  serve_.reset();
  EXPECT_TRUE(Eventually([&] { return ChromiumProcesses().empty(); }))
      << ChromiumProcesses().size() << " Chromium process(es) outlived the killed server";
  EXPECT_TRUE(site_->Submissions().empty());

  StartServe();
  WsClient ws;
  Watch(ws, session);
  auto review = WaitFor(ws, "draft:review");
  ASSERT_TRUE(review) << "the application was not run again after the restart";
  ExpectSubmittedOnce(ConfirmAndWaitForEnd(ws, *review));
  StopServeCleanly();
}

// `applier serve` SIGKILLed after the submit click went out (the site has the
// application, its answer is slow): after a restart the application is never
// run again; it is `unknown`, and the person watching it is told to check the
// site.
TEST_F(ServeFaultTest, ServeKilledAfterTheSubmitClickIsUnknownAndAsksThePerson) {
  StartSite(SiteWith({.delay = std::chrono::seconds(120), .status = 0, .kept = false}));
  StartServe();
  SetUpProfile();
  const std::string session = Apply();
  {
    WsClient ws;
    Watch(ws, session);
    auto review = WaitFor(ws, "draft:review");
    ASSERT_TRUE(review);
    Answer(ws, *review, "confirm");
    ASSERT_TRUE(Eventually([&] { return site_->Submissions().size() == 1; }))
        << "the site never received the application";
  }
  EXPECT_EQ(serve_->Stop(SIGKILL), 128 + SIGKILL);
  serve_.reset();
  EXPECT_TRUE(Eventually([&] { return ChromiumProcesses().empty(); }));

  StartServe();
  const auto stored = Stored(session);
  EXPECT_EQ(StringAt(stored, "status"), "done") << json::serialize(stored);
  EXPECT_EQ(StringAt(stored, "outcome"), "unknown");
  EXPECT_NE(StringAt(stored, "message").find("check the site"), std::string::npos)
      << StringAt(stored, "message");
  EXPECT_EQ(Http(port(), "POST", "/api/applications/" + session + "/resume", "", token_).status,
            409);
  // Someone watching the application (or opening it later) sees how it ended.
  WsClient ws;
  Watch(ws, session);
  auto ended = WaitFor(ws, "final", std::chrono::seconds(10));
  ASSERT_TRUE(ended) << "the person was never told the outcome";
  EXPECT_EQ(StringAt(ended->at("data"), "outcome"), "unknown");
  EXPECT_EQ(site_->Submissions().size(), 1u);
  StopServeCleanly();
}

// The site takes the application and answers 500. The click went out, so the
// run never presses submit again: the outcome is `unknown`, saying to check the
// site, and the site holds the application once.
TEST_F(ServeFaultTest, SiteAnswering500OnSubmitIsUnknownAndNeverRetried) {
  StartSite(SiteWith({.delay = std::chrono::milliseconds(0), .status = 500, .kept = true}));
  StartServe();
  SetUpProfile();
  const std::string session = Apply();
  WsClient ws;
  Watch(ws, session);
  auto review = WaitFor(ws, "draft:review");
  ASSERT_TRUE(review);
  auto ended = ConfirmAndWaitForEnd(ws, *review);
  ASSERT_TRUE(ended) << "the application's end was never announced";
  EXPECT_EQ(StringAt(ended->at("data"), "outcome"), "unknown") << json::serialize(*ended);
  const std::string reason = StringAt(ended->at("data"), "reason");
  EXPECT_NE(reason.find("check the site"), std::string::npos) << reason;
  EXPECT_EQ(StringAt(Stored(session), "outcome"), "unknown");
  EXPECT_EQ(site_->Submissions().size(), 1u);
  StopServeCleanly();
}

// The site answers the submission seconds late: the run waits for its answer
// and records it submitted, once.
TEST_F(ServeFaultTest, SiteSlowOnSubmitIsWaitedFor) {
  StartSite(SiteWith({.delay = std::chrono::seconds(8), .status = 0, .kept = false}));
  StartServe();
  SetUpProfile();
  const std::string session = Apply();
  WsClient ws;
  Watch(ws, session);
  auto review = WaitFor(ws, "draft:review");
  ASSERT_TRUE(review);
  auto ended = ConfirmAndWaitForEnd(ws, *review);
  ASSERT_TRUE(ended) << "the application's end was never announced";
  EXPECT_EQ(StringAt(ended->at("data"), "outcome"), "submitted") << json::serialize(*ended);
  EXPECT_EQ(StringAt(Stored(session), "outcome"), "submitted");
  EXPECT_EQ(site_->Submissions().size(), 1u);
  StopServeCleanly();
}

// A live-view client that sends the WebSocket handshake and then never reads a
// byte, on a receive buffer as small as the kernel allows: the server's writes
// to it stall at once.
class NeverReadingClient {
 public:
  NeverReadingClient(unsigned short port, const std::string& target) {
    fd_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int smallest = 1;
    setsockopt(fd_, SOL_SOCKET, SO_RCVBUF, &smallest, sizeof smallest);
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(port);
    server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd_, reinterpret_cast<sockaddr*>(&server), sizeof server) != 0) return;
    const std::string handshake = "GET " + target +
                                  " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                                  "Connection: Upgrade\r\nSec-WebSocket-Key: "
                                  "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    connected_ = send(fd_, handshake.data(), handshake.size(), MSG_NOSIGNAL) ==
                 static_cast<ssize_t>(handshake.size());
  }
  ~NeverReadingClient() { close(fd_); }
  NeverReadingClient(const NeverReadingClient&) = delete;
  NeverReadingClient& operator=(const NeverReadingClient&) = delete;

  bool connected() const { return connected_; }
  // Whether the server ended the connection (a reset, or its close), seen
  // without reading.
  bool Ended() const {
    pollfd p{.fd = fd_, .events = POLLRDHUP, .revents = 0};
    return poll(&p, 1, 0) == 1 && (p.revents & (POLLERR | POLLHUP | POLLRDHUP)) != 0;
  }
  // Bytes the server sent that wait in this socket, unread.
  int Unread() const {
    int bytes = 0;
    ioctl(fd_, FIONREAD, &bytes);
    return bytes;
  }

 private:
  int fd_ = -1;
  bool connected_ = false;
};

// What /metrics says `name` is; -1 when it is not there.
double Metric(unsigned short port, const std::string& name) {
  const std::string text = Http(port, "GET", "/metrics").body;
  const auto at = text.find("\n" + name + " ");
  if (at == std::string::npos) return -1;
  return std::stod(text.substr(at + name.size() + 2));
}

// One watcher of an application stops reading while its screencast streams.
// Its outbox keeps the newest frames only and, once a write to it has stalled
// for long, the server ends its connection; meanwhile another watcher gets every
// event and frames, /healthz answers, and the application is submitted once.
TEST_F(ServeFaultTest, AWebSocketClientThatNeverReadsIsCutOffAlone) {
  StartServe();
  SetUpProfile();
  const std::string session = Apply();
  NeverReadingClient stalled(port(), "/ws/" + session + "?token=" + token_);
  ASSERT_TRUE(stalled.connected());
  WsClient ws;
  Watch(ws, session);
  int frames = 0;
  std::optional<json::object> review;
  while (!review) {
    auto message = ws.Read(std::chrono::seconds(60));
    ASSERT_TRUE(message) << "the reading client stopped getting messages\n" << serve_->Log();
    if (message->binary) continue;
    const auto event = message->Json();
    const std::string type = StringAt(event, "type");
    if (type == "browser:screenshot" && event.at("data").as_object().contains("screenshot")) {
      ++frames;
    }
    if (type == "draft:review") review = event.as_object();
    ASSERT_EQ(Http(port(), "GET", "/healthz").status, 200);
  }
  EXPECT_GT(frames, 0) << "no live frame reached the reading client";
  EXPECT_GT(stalled.Unread(), 0) << "the server sent nothing to the client that never reads";

  EXPECT_TRUE(Eventually(
      [&] {
        EXPECT_EQ(Http(port(), "GET", "/healthz").status, 200);
        return stalled.Ended();
      },
      std::chrono::seconds(90)))
      << "the server still holds the client that never reads\n"
      << serve_->DescribeDescriptors();
  EXPECT_GT(Metric(port(), "applier_websocket_stalled_total"), 0);

  ExpectSubmittedOnce(ConfirmAndWaitForEnd(ws, *review));
  StopServeCleanly();
}

// The disk under the data directory (a small tmpfs of the server's own) fills
// up while an application waits at its draft. Confirming it cannot record the
// intent to submit, so nothing is sent: the application fails, saying the disk
// is full, and a new one is refused with that reason while /healthz still
// answers. Once space is back the failed outcome is recorded, a new
// application goes through and the site receives it once.
TEST_F(ServeFaultTest, DiskFullUnderTheStoreSendsNothingAndRecoversWithSpace) {
  if (auto why = testing::PrivateDiskUnavailable()) GTEST_SKIP() << *why;
  data_disk_bytes_ = 64 << 20;
  StartServe();
  SetUpProfile();
  const std::string session = Apply();
  WsClient ws;
  Watch(ws, session);
  auto review = WaitFor(ws, "draft:review");
  ASSERT_TRUE(review);

  // What the server sees as its data directory, filled to the last block.
  const auto disk = std::filesystem::path("/proc/" + std::to_string(serve_->pid()) + "/root") /
                    data_dir().relative_path();
  const auto filler = disk / "filler";
  {
    std::ofstream out(filler, std::ios::binary);
    const std::string block(1 << 16, 'x');
    while (out.write(block.data(), static_cast<std::streamsize>(block.size()))) {
    }
  }
  ASSERT_GT(std::filesystem::file_size(filler), 0u);

  auto ended = ConfirmAndWaitForEnd(ws, *review);
  ASSERT_TRUE(ended) << "the application's end was never announced\n" << serve_->Log();
  EXPECT_EQ(StringAt(ended->at("data"), "outcome"), "failed") << json::serialize(*ended);
  const std::string reason = StringAt(ended->at("data"), "reason");
  EXPECT_NE(reason.find("disk"), std::string::npos) << reason;
  EXPECT_TRUE(site_->Submissions().empty()) << "sent without a recorded intent";

  EXPECT_EQ(Http(port(), "GET", "/healthz").status, 200);
  auto refused = Http(port(), "POST", "/api/jobs/apply",
                      json::serialize(json::object{{"url", site_->posting_url()}}), token_);
  EXPECT_EQ(refused.status, 507) << refused.body;
  EXPECT_NE(StringAt(refused.Json(), "message").find("disk"), std::string::npos) << refused.body;

  std::filesystem::remove(filler);
  EXPECT_TRUE(Eventually([&] { return StringAt(Stored(session), "outcome") == "failed"; }))
      << "the outcome was never recorded once space was back: " << json::serialize(Stored(session));
  const std::string stored_message = StringAt(Stored(session), "message");
  EXPECT_TRUE(reason.starts_with(stored_message)) << stored_message << " | " << reason;
  EXPECT_NE(reason.find("could not record this outcome"), std::string::npos) << reason;
  const std::string again = Apply();
  WsClient again_ws;
  Watch(again_ws, again);
  auto done = RunToTheEnd(again_ws);
  ASSERT_TRUE(done) << serve_->Log();
  EXPECT_EQ(StringAt(done->at("data"), "outcome"), "submitted") << json::serialize(*done);
  EXPECT_EQ(StringAt(Stored(again), "outcome"), "submitted");
  EXPECT_EQ(site_->Submissions().size(), 1u);
  StopServeCleanly();
}

// The LLM endpoint fails in one way for the whole run. The free-text question
// it would have written goes to the person instead, who answers it; the draft
// is confirmed and the site receives the application once.
class LlmFaultTest : public ServeFaultTest {
 protected:
  void ApplyWhileTheLlmFails() {
    std::vector<std::string> env = {"LLM_BASE_URL=" + llm_.base_url(), "LLM_MODEL=scripted-model"};
    env.insert(env.end(), extra_env_.begin(), extra_env_.end());
    StartServe(std::move(env));
    SetUpProfile(kProfileAskingWhy);
    const std::string session = Apply();
    WsClient ws;
    Watch(ws, session);
    std::string asked;
    std::optional<json::object> ended;
    // Long enough for a run on a busy machine; shorter than the three minutes
    // three attempts of the default 60 s each would keep the person waiting.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(150);
    while (!ended) {
      auto message = ws.Read(std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now()));
      ASSERT_TRUE(message) << "no outcome within the deadline; the person was asked '" << asked
                           << "'";
      if (message->binary) continue;
      const auto event = message->Json();
      const std::string type = StringAt(event, "type");
      if (type == "hitl:request") {
        const auto& questions = event.at("data").at("questions").as_array();
        ASSERT_EQ(questions.size(), 1u) << json::serialize(event);
        asked = StringAt(questions[0], "prompt");
        Answer(ws, event.as_object(), "Because robots are fun.");
      } else if (type == "draft:review") {
        Answer(ws, event.as_object(), "confirm");
      } else if (IsFinal(event)) {
        ended = event.as_object();
      }
    }
    EXPECT_EQ(asked, kWhy) << "the person was not asked what the LLM could not answer";
    EXPECT_EQ(StringAt(ended->at("data"), "outcome"), "submitted") << json::serialize(*ended);
    EXPECT_FALSE(llm_.requests().empty()) << "the LLM was never tried";
    ASSERT_EQ(site_->Submissions().size(), 1u);
    EXPECT_EQ(StringAt(site_->Submissions()[0].at("fields"),
                       "job_application[answers_attributes][6][text_value]"),
              "Because robots are fun.");
    StopServeCleanly();
  }

  testing::ScriptedLlmServer llm_;
  std::vector<std::string> extra_env_;
};

TEST_F(LlmFaultTest, A429StormFallsBackToThePerson) {
  for (int i = 0; i < 50; ++i) llm_.Push(testing::Reply::Status(429).Header("Retry-After", "0.05"));
  ApplyWhileTheLlmFails();
}

// With nothing scripted the stand-in answers every request 500.
TEST_F(LlmFaultTest, ServerErrorsFallBackToThePerson) {
  ApplyWhileTheLlmFails();
}

// The endpoint takes each request and never answers. With attempts cut at
// half a second (LLM_TIMEOUT_SECONDS) the person is asked after three of them,
// not after three minutes of the default's waiting.
TEST_F(LlmFaultTest, AHungEndpointFallsBackToThePerson) {
  for (int i = 0; i < 50; ++i) {
    llm_.Push(testing::Reply::Text("too late").Delay(std::chrono::hours(1)));
  }
  extra_env_ = {"LLM_TIMEOUT_SECONDS=0.5"};
  ApplyWhileTheLlmFails();
}

TEST_F(LlmFaultTest, RepliesThatAreNotJsonFallBackToThePerson) {
  for (int i = 0; i < 50; ++i) llm_.Push(testing::Reply::Raw(200, "<html>Bad gateway</html>"));
  ApplyWhileTheLlmFails();
}

}  // namespace
}  // namespace applier
