// LLM calls and tokens per application, on the fixture sites with a scripted model.
//
// Standard forms (Lever, shadow DOM, consent gate, Ashby, Workday with the example
// profile) run with an LLM configured: the claim is that they cost 0 calls. Then
// the two cases that need one: Ashby's "Why do you want to work at Acme?" with a
// profile that does not answer it (one free-text answer), and the `quest` page no
// form engine knows (the assistant opens the form, one unplaced choice, the
// assistant asks for the draft).
//
// No LLM is reachable here, so the model is a tiny OpenAI-compatible server inside
// this program that replays the script (benchmarks do not link tests/support).
// Token counts are estimated from what was actually sent and received (bytes / 4),
// so they track prompt size, not a scripted number. Every run stops at the draft
// (--no-submit).
#include <atomic>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <thread>

#include "bench_support.h"
#include "fixtures/ats_sites/ats_sites.h"
#include "knowledge/document_library.h"
#include "knowledge/profile.h"
#include "llm/llm_client.h"
#include "session/application_run.h"
#include "store/database.h"

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace json = boost::json;
using applier::bench::RunAsync;
using asio::ip::tcp;

// One scripted assistant message: text, or tool calls.
struct Step {
  std::string content;
  std::vector<std::pair<std::string, std::string>> tool_calls;  // name, JSON arguments
};

// Replays steps in order, one per request, on its own thread; past the script it
// answers 500 so an unexpected call shows up as a failed call, not a hang.
class TinyScriptedLlm {
 public:
  TinyScriptedLlm() : acceptor_(io_, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)) {
    thread_ = std::thread([this] { Serve(); });
  }
  ~TinyScriptedLlm() {
    stopping_ = true;
    boost::system::error_code ec;
    tcp::socket wake(io_);
    wake.connect(acceptor_.local_endpoint(), ec);
    thread_.join();
  }

  std::string base_url() const {
    return "http://127.0.0.1:" + std::to_string(acceptor_.local_endpoint().port()) + "/v1";
  }
  void Script(std::vector<Step> steps) {
    std::lock_guard lock(mutex_);
    steps_ = std::move(steps);
    next_ = 0;
    request_bytes_ = 0;
  }
  std::int64_t request_bytes() const {
    std::lock_guard lock(mutex_);
    return request_bytes_;
  }

 private:
  void Serve() {
    for (;;) {
      tcp::socket socket(io_);
      boost::system::error_code ec;
      acceptor_.accept(socket, ec);
      if (stopping_) return;
      if (ec) continue;
      beast::flat_buffer buffer;
      http::request<http::string_body> request;
      http::read(socket, buffer, request, ec);
      if (ec) continue;
      http::response<http::string_body> response{http::status::ok, request.version()};
      response.set(http::field::content_type, "application/json");
      response.keep_alive(false);
      response.body() = Answer(request.body(), response);
      response.prepare_payload();
      http::write(socket, response, ec);
    }
  }

  std::string Answer(const std::string& body, http::response<http::string_body>& response) {
    std::lock_guard lock(mutex_);
    request_bytes_ += static_cast<std::int64_t>(body.size());
    if (next_ >= steps_.size()) {
      response.result(http::status::internal_server_error);
      return R"({"error":{"message":"the benchmark's script ran out"}})";
    }
    const Step& step = steps_[next_++];
    json::object message{{"role", "assistant"}, {"content", step.content}};
    std::size_t completion_bytes = step.content.size();
    if (!step.tool_calls.empty()) {
      json::array calls;
      for (std::size_t i = 0; i < step.tool_calls.size(); ++i) {
        const auto& [name, arguments] = step.tool_calls[i];
        completion_bytes += name.size() + arguments.size();
        calls.push_back(
            json::object{{"id", "call_" + std::to_string(next_) + "_" + std::to_string(i)},
                         {"type", "function"},
                         {"function", json::object{{"name", name}, {"arguments", arguments}}}});
      }
      message["tool_calls"] = std::move(calls);
    }
    const auto prompt_tokens = static_cast<std::int64_t>(body.size() / 4);
    const auto completion_tokens = static_cast<std::int64_t>(completion_bytes / 4 + 1);
    return json::serialize(json::object{
        {"id", "bench"},
        {"object", "chat.completion"},
        {"model", "scripted"},
        {"choices", json::array{json::object{
                        {"index", 0},
                        {"message", std::move(message)},
                        {"finish_reason", step.tool_calls.empty() ? "stop" : "tool_calls"}}}},
        {"usage", json::object{{"prompt_tokens", prompt_tokens},
                               {"completion_tokens", completion_tokens},
                               {"total_tokens", prompt_tokens + completion_tokens}}}});
  }

  asio::io_context io_;
  tcp::acceptor acceptor_;
  std::thread thread_;
  std::atomic<bool> stopping_{false};
  mutable std::mutex mutex_;
  std::vector<Step> steps_;
  std::size_t next_ = 0;
  std::int64_t request_bytes_ = 0;
};

// Nobody answers questions and nobody confirms: every run stops at the draft.
class AbsentHuman : public applier::session::HumanChannel {
 public:
  int asked = 0;
  asio::awaitable<std::vector<std::optional<std::string>>> Ask(
      const std::vector<applier::session::Question>& questions) override {
    asked += static_cast<int>(questions.size());
    co_return std::vector<std::optional<std::string>>(questions.size());
  }
  asio::awaitable<applier::session::DraftReply> ReviewDraft(
      const applier::session::Draft&) override {
    co_return applier::session::DraftReply{};
  }
};

struct Case {
  std::string name;
  std::string url;
  bool standard = true;  // must cost 0 calls
  std::vector<Step> script;
  bool without_why_answer = false;
};

}  // namespace

int main(int argc, char** argv) {
  applier::bench::PrepareProcess();
  std::string chromium = "/usr/bin/chromium";
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--chromium") chromium = argv[i + 1];
  }
  auto profile =
      applier::knowledge::LoadProfile(std::string(APPLIER_SOURCE_DIR) + "/examples/profile.yaml");
  auto ats = applier::fixtures::AtsSites::Start({});
  const auto db_path = std::filesystem::temp_directory_path() /
                       ("llm_calls_bench_" + std::to_string(::getpid()) + ".db");
  auto db = applier::store::Database::Open(db_path);
  if (!profile || !ats || !db) {
    std::fprintf(stderr,
                 "llm_calls_per_application: cannot load the profile, start the fixture "
                 "sites or open a database\n");
    return 1;
  }
  applier::knowledge::DocumentLibrary documents(*db);
  (void)documents.Add("bench", "notes.md",
                      "# Why robots\n\nI want to work in robotics: I have built warehouse robot "
                      "fleets since I wired a sorting conveyor in college.\n");
  auto without_why = *profile;
  std::erase_if(without_why.answers,
                [](const auto& qa) { return qa.first.starts_with("Why do you want"); });

  TinyScriptedLlm model;
  const applier::llm::LlmClient llm({applier::llm::ProviderConfig{.name = "scripted",
                                                                  .base_url = model.base_url(),
                                                                  .api_key = "",
                                                                  .model = "scripted",
                                                                  .embedding_model = ""}},
                                    {.retry = {.max_attempts = 1}, .budget = {}, .on_attempt = {}});

  asio::io_context io;
  applier::browser::BrowserOptions options;
  options.launch.executable = chromium;
  auto browser =
      RunAsync(io, [&]() { return applier::browser::Browser::Launch(io.get_executor(), options); });
  if (!browser) {
    std::fprintf(stderr, "llm_calls_per_application: %s\n", browser.error().ToString().c_str());
    return 1;
  }

  const std::string answer = json::serialize(json::object{
      {"answer",
       "Since I wired a sorting conveyor in college I have wanted to build warehouse robot "
       "fleets; Acme Robotics' Fleet Platform is where that work happens."},
      {"used_passages", json::array{1}}});
  std::vector<Case> cases = {
      {"lever", (*ats)->url("lever"), true, {}, false},
      {"shadow DOM", (*ats)->url("shadow"), true, {}, false},
      {"consent + email gate", (*ats)->url("gated"), true, {}, false},
      {"ashby (SPA)", (*ats)->url("ashby"), true, {}, false},
      {"workday (wizard)", (*ats)->url("workday"), true, {}, false},
      {"ashby, free-text question", (*ats)->url("ashby"), false, {{answer, {}}}, true},
      {"quest (unknown page)",
       (*ats)->url("quest"),
       false,
       {{"", {{"click", R"({"index":0})"}}},
        {R"({"option":"Warehouse rovers"})", {}},
        {"", {{"request_draft_review", R"({"submit_index":3})"}}}},
       false},
  };

  std::printf(
      "LLM calls per application — fixture sites, scripted model, stopped at the draft\n\n");
  std::printf("  %-26s %-17s %5s %9s %9s %8s %6s %9s\n", "site", "outcome", "calls", "prompt tk",
              "compl. tk", "sent KB", "asked", "draft ms");
  json::array rows;
  bool standard_zero = true;
  for (const auto& c : cases) {
    model.Script(c.script);
    AbsentHuman human;
    applier::session::ApplicationRun run({.browser = **browser,
                                          .profile = c.without_why_answer ? without_why : *profile,
                                          .answers = nullptr,
                                          .log = nullptr,
                                          .human = human,
                                          .events = nullptr,
                                          .llm = &llm,
                                          .documents = &documents});
    applier::session::ApplyOptions apply;
    apply.url = c.url;
    apply.user_id = "bench";
    apply.no_submit = true;
    apply.timeout = std::chrono::seconds(120);
    auto report = RunAsync(io, [&]() { return run.Run(apply); });
    if (c.standard && report.llm_calls != 0) standard_zero = false;
    std::printf(
        "  %-26s %-17s %5lld %9lld %9lld %8.1f %6d %9.0f\n", c.name.c_str(),
        applier::session::ToString(report.outcome), static_cast<long long>(report.llm_calls),
        static_cast<long long>(report.llm_prompt_tokens),
        static_cast<long long>(report.llm_completion_tokens),
        static_cast<double>(model.request_bytes()) / 1024.0, human.asked, report.time_to_draft_ms);
    rows.push_back(json::object{{"site", c.name},
                                {"outcome", applier::session::ToString(report.outcome)},
                                {"standard", c.standard},
                                {"llm_calls", report.llm_calls},
                                {"prompt_tokens", report.llm_prompt_tokens},
                                {"completion_tokens", report.llm_completion_tokens},
                                {"request_bytes", model.request_bytes()},
                                {"asked", human.asked},
                                {"time_to_draft_ms", report.time_to_draft_ms}});
  }
  (*browser)->Close();
  std::filesystem::remove(db_path);
  std::filesystem::remove(db_path.string() + "-wal");
  std::filesystem::remove(db_path.string() + "-shm");

  std::printf("\nTokens are estimated as bytes / 4 of what was actually sent and received.\n");
  std::printf("Target: standard forms cost 0 LLM calls — %s\n",
              applier::bench::Verdict(standard_zero));
  std::printf("%s\n",
              applier::bench::JsonLine(json::object{{"bench", "llm_calls_per_application"},
                                                    {"standard_forms_zero_calls", standard_zero},
                                                    {"rows", std::move(rows)}})
                  .c_str());
  return 0;
}
