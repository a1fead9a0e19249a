// applier: the one binary. `apply` fills and submits one application from the
// terminal; `demo` runs it against the bundled demo job site; `demo-site` serves
// that site on its own for tests and experiments.
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/json.hpp>
#include <boost/url/parse.hpp>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "browser/browser.h"
#include "fixtures/ats_sites/ats_sites.h"
#include "fixtures/corpus/corpus_sites.h"
#include "fixtures/demo_site/demo_site.h"
#include "knowledge/answer_bank.h"
#include "knowledge/document_library.h"
#include "knowledge/profile.h"
#include "llm/llm_client.h"
#include "llm/provider.h"
#include "serve_command.h"
#include "session/application_run.h"
#include "session/document_embedder.h"
#include "store/application_log.h"
#include "store/database.h"
#include "terminal_human.h"

namespace asio = boost::asio;
namespace json = boost::json;
using applier::Fail;
using applier::Result;

namespace {

// Exit codes, documented in --help and the README.
enum ExitCode : int {
  kExitSubmitted = 0,       // submitted, or filled and stopped as asked (--no-submit)
  kExitFailed = 1,          // could not complete: page error, browser crash, timeout
  kExitBadInput = 2,        // bad flag, URL, profile or file: nothing was started
  kExitStoppedAtDraft = 3,  // draft ready but nobody confirmed it (no terminal, no --yes)
  kExitDeclined = 4,        // the user declined the draft
  kExitNeedsHuman = 5,      // a CAPTCHA, sign-in wall or unanswered required field
  kExitUnknown = 6,         // submit may or may not have gone out: check the site
  kExitInterrupted = 130,   // Ctrl-C
};

constexpr const char* kExitCodeHelp =
    "Exit codes:\n"
    "  0  submitted (or, with --no-submit, filled and stopped before submitting)\n"
    "  1  failed: the page, the browser or the time limit stopped it\n"
    "  2  bad input (flag, URL, profile, resume file); nothing was started\n"
    "  3  stopped at the draft: no terminal to confirm and no --yes; nothing submitted\n"
    "  4  you declined the draft; nothing submitted\n"
    "  5  needs a person: CAPTCHA, sign-in wall, or a required question left unanswered\n"
    "  6  unknown: submit was pressed but no confirmation was seen; check the site\n"
    "130  interrupted (Ctrl-C); the browser is closed, nothing left running\n";

struct ApplyFlags {
  std::string url;
  std::string profile;
  bool yes = false;
  bool no_submit = false;
  std::string report;
  int timeout = 600;
  std::string screenshot;
  std::string db;
  std::string chromium = "/usr/bin/chromium";
  std::string browser_url;
  std::vector<std::string> documents;
  bool verbose = false;
};

constexpr const char* kLlmHelp =
    "LLM (optional): set MISTRAL_API_KEY, OPENROUTER_API_KEY, GEMINI_API_KEY, or\n"
    "LLM_BASE_URL + LLM_MODEL (+ LLM_API_KEY) for a local OpenAI-compatible server, or\n"
    "LLM_CONFIG=providers.yaml; they are tried in that order. No key at all is fine:\n"
    "standard fields never need one, and you are asked the questions instead.\n\n";

int ExitFor(applier::session::Outcome outcome, bool no_submit) {
  using applier::session::Outcome;
  switch (outcome) {
    case Outcome::kSubmitted: return kExitSubmitted;
    case Outcome::kStoppedAtDraft: return no_submit ? kExitSubmitted : kExitStoppedAtDraft;
    case Outcome::kDraftDeclined: return kExitDeclined;
    case Outcome::kNeedsHuman: return kExitNeedsHuman;
    case Outcome::kUnknown: return kExitUnknown;
    case Outcome::kFailed: return kExitFailed;
    case Outcome::kCancelled: return kExitInterrupted;
  }
  return kExitFailed;
}

std::optional<std::string> CheckUrl(const std::string& url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) return "not a valid URL: '" + url + "' (expected e.g. https://jobs.example.com/123)";
  if (parsed->scheme() != "http" && parsed->scheme() != "https") {
    return "only http and https job URLs are supported, got '" + std::string(parsed->scheme()) +
           ":'";
  }
  if (parsed->host().empty()) return "the URL has no host: '" + url + "'";
  return std::nullopt;
}

std::string Lowercase(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Progress lines as the session works: "[  1.2s] type      Filled "Email"".
applier::session::EventSink ProgressPrinter(bool verbose) {
  auto start = std::chrono::steady_clock::now();
  return [start, verbose](const applier::session::SessionEvent& event) {
    if (!verbose && event.type == "browser:screenshot") return;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::string kind = event.type.substr(event.type.find(':') + 1);
    std::printf("[%5.1fs] %-9s %s\n", seconds, kind.c_str(), event.message.c_str());
    if (verbose && !event.data.empty()) {
      std::printf("          %s\n", json::serialize(event.data).c_str());
    }
    std::fflush(stdout);
  };
}

// The end of a run that broke on an exception (a bug, a library that threw)
// instead of returning a report: the browser is closed and the outcome is put on
// record, "unknown" when the intent to submit already was (the click may have gone
// out: DESIGN.md, never retry blindly), else "failed". Leaves with _exit, as
// Ctrl-C does: the run's suspended coroutines still refer to RunApply's locals.
[[noreturn]] void EndBrokenRun(const std::string& why, const ApplyFlags& flags,
                               applier::browser::Browser* browser,
                               applier::store::ApplicationLog& log, const std::string& user_id,
                               const std::string& application_id) {
  if (browser != nullptr) browser->Close();
  auto record = log.Get(user_id, application_id);
  const bool intent = record && !record->submit_intent_at.empty();
  const auto outcome =
      intent ? applier::store::Outcome::kUnknown : applier::store::Outcome::kFailed;
  const std::string message = "the run stopped on an internal error: " + why;
  json::object report{{"application_id", application_id},
                      {"url", flags.url},
                      {"outcome", applier::store::ToString(outcome)},
                      {"message", message}};
  if (record) {
    if (auto stored = log.RecordOutcome(application_id, outcome, json::serialize(report));
        !stored) {
      std::cerr << "applier: the outcome could not be stored: " << stored.error().message << "\n";
    }
  }
  if (!flags.report.empty()) std::ofstream(flags.report) << json::serialize(report) << "\n";
  std::cerr << "applier: " << message << "\n"
            << (intent ? "applier: the application may have been sent (the submit was under "
                         "way); check the site before applying again\n"
                       : "applier: nothing was submitted; the browser is closed\n");
  std::fflush(stdout);
  _exit(intent ? kExitUnknown : kExitFailed);
}

int RunApply(const ApplyFlags& flags) {
  spdlog::set_level(flags.verbose ? spdlog::level::debug : spdlog::level::warn);
  // Everything a user can get wrong is checked before any browser starts.
  if (auto problem = CheckUrl(flags.url)) {
    std::cerr << "applier: " << *problem << "\n";
    return kExitBadInput;
  }
  auto profile = applier::knowledge::LoadProfile(flags.profile);
  if (!profile) {
    std::cerr << "applier: invalid profile: " << profile.error().message << "\n";
    return kExitBadInput;
  }
  if (flags.timeout <= 0) {
    std::cerr << "applier: --timeout must be a positive number of seconds\n";
    return kExitBadInput;
  }
  const std::filesystem::path db_path =
      flags.db.empty() ? applier::store::DefaultDatabasePath() : std::filesystem::path(flags.db);
  auto db = applier::store::Database::Open(db_path);
  if (!db) {
    std::cerr << "applier: cannot open the answers database " << db_path << ": "
              << db.error().message << "\n";
    return kExitBadInput;
  }
  applier::knowledge::AnswerBank bank(*db);
  applier::store::ApplicationLog log(*db);
  const std::string user_id = Lowercase(profile->email);
  applier::knowledge::DocumentLibrary documents(*db);
  for (const auto& file : flags.documents) {
    std::ifstream in(file, std::ios::binary);
    if (!in.is_open()) {
      std::cerr << "applier: cannot read the document " << file << "\n";
      return kExitBadInput;
    }
    std::stringstream bytes;
    bytes << in.rdbuf();
    auto added =
        documents.Add(user_id, std::filesystem::path(file).filename().string(), bytes.str());
    if (!added) {
      std::cerr << "applier: cannot add the document " << file << ": " << added.error().message
                << "\n";
      return kExitBadInput;
    }
  }
  auto providers = applier::llm::LoadProviders();
  if (!providers) {
    std::cerr << "applier: invalid LLM configuration: " << providers.error().message << "\n";
    return kExitBadInput;
  }
  auto retry = applier::llm::LoadRetryPolicy();
  if (!retry) {
    std::cerr << "applier: invalid LLM configuration: " << retry.error().message << "\n";
    return kExitBadInput;
  }
  const std::string embedding_model = applier::session::FirstEmbeddingModel(*providers);
  const applier::llm::LlmClient llm(std::move(*providers),
                                    {.retry = *retry, .budget = {}, .on_attempt = {}});

  asio::io_context io;
  std::shared_ptr<applier::browser::Browser> browser;
  // Ctrl-C: close the browser (its whole process group and profile directory),
  // then leave. Nothing is submitted by an interrupted run.
  asio::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&](const boost::system::error_code& ec, int) {
    if (ec) return;
    if (browser) browser->Close();
    applier::browser::KillAllChromiumProcesses();
    std::cerr << "\napplier: interrupted; the browser is closed and nothing was submitted\n";
    std::fflush(stdout);
    _exit(kExitInterrupted);
  });

  applier::cli::TerminalHuman human(
      {.interactive = isatty(STDIN_FILENO) == 1, .assume_yes = flags.yes}, std::cin, std::cout);
  std::printf("Live Applier: applying to %s as %s\n", flags.url.c_str(),
              profile->name.Full().c_str());
  if (llm.configured()) {
    std::string names;
    for (const auto& name : llm.providers()) names += (names.empty() ? "" : ", ") + name;
    std::printf("LLM: %s (free-text questions, unplaced fields, unknown pages)\n", names.c_str());
  } else {
    std::printf("LLM: none configured; questions the profile cannot answer go to you\n");
  }

  const std::string application_id = applier::session::NewApplicationId();
  auto task = [&]() -> asio::awaitable<int> {
    if (!flags.documents.empty() && !embedding_model.empty()) {
      // Embeddings let the documents be found by meaning as well as by words; without
      // them (a failure here) word search still works, so the run goes on.
      applier::session::LibraryAccess access =
          [&documents](
              const std::function<applier::Status(applier::knowledge::DocumentLibrary&)>& work) {
            return work(documents);
          };
      auto embedded = co_await applier::session::EmbedPendingChunks(llm, embedding_model, user_id,
                                                                    std::move(access));
      if (embedded) {
        if (embedded->chunks > 0) {
          std::printf("Documents: %d passage(s) embedded with %s\n", embedded->chunks,
                      embedded->model.c_str());
        }
      } else {
        std::printf("Documents: not embedded (%s); searching them by words\n",
                    embedded.error().message.c_str());
      }
    }
    applier::browser::BrowserOptions options;
    options.launch.executable = flags.chromium;
    options.max_contexts = 1;
    // One co_await per statement: GCC 12 miscompiles co_await inside ?: (it
    // destroys the unused branch's result).
    Result<std::shared_ptr<applier::browser::Browser>> started =
        Fail(applier::ErrorKind::kInvalidInput, "no browser");
    if (flags.browser_url.empty()) {
      started = co_await applier::browser::Browser::Launch(io.get_executor(), options);
    } else {
      started = co_await applier::browser::Browser::Connect(io.get_executor(), flags.browser_url,
                                                            options);
    }
    if (!started) {
      std::cerr << "applier: cannot start the browser: " << started.error().message << "\n";
      co_return kExitFailed;
    }
    browser = *started;
    applier::session::ApplicationRun run({.browser = *browser,
                                          .profile = *profile,
                                          .answers = &bank,
                                          .log = &log,
                                          .human = human,
                                          .events = ProgressPrinter(flags.verbose),
                                          .llm = &llm,
                                          .documents = &documents});
    applier::session::ApplyOptions apply;
    apply.url = flags.url;
    apply.application_id = application_id;
    apply.user_id = user_id;
    apply.no_submit = flags.no_submit;
    apply.timeout = std::chrono::seconds(flags.timeout);
    apply.screenshot_path =
        flags.screenshot.empty()
            ? (std::filesystem::temp_directory_path() / "applier-draft.jpg").string()
            : flags.screenshot;
    auto report = co_await run.Run(apply);
    if (auto crash = browser->crash_reason();
        crash && report.outcome != applier::session::Outcome::kSubmitted) {
      report.message += " (" + *crash + ")";
    }
    if (!flags.report.empty()) {
      std::ofstream out(flags.report);
      out << json::serialize(report.ToJson()) << "\n";
      if (!out) std::cerr << "applier: could not write the report to " << flags.report << "\n";
    }
    std::printf("\nOutcome: %s — %s\n", applier::session::ToString(report.outcome),
                report.message.c_str());
    if (!report.screenshot_path.empty()) {
      std::printf("Draft screenshot: %s\n", report.screenshot_path.c_str());
    }
    if (!flags.report.empty()) std::printf("Report: %s\n", flags.report.c_str());
    browser->Close();
    co_return ExitFor(report.outcome, flags.no_submit);
  };
  auto future = asio::co_spawn(io, task(), asio::use_future);
  // The run's boundary: an exception out of the run, or out of any handler on its
  // io_context, ends here rather than in std::terminate.
  try {
    while (future.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
      io.run_one();
    }
    return future.get();
  } catch (const std::exception& e) {
    EndBrokenRun(e.what(), flags, browser.get(), log, user_id, application_id);
  } catch (...) {
    EndBrokenRun("an exception that is not a std::exception", flags, browser.get(), log, user_id,
                 application_id);
  }
}

struct DemoSiteFlags {
  unsigned short board_port = 8401;
  unsigned short form_port = 8402;
  unsigned short ats_port = 0;
  unsigned short corpus_port = 0;
  std::string corpus_dir = APPLIER_CORPUS_SITES_DIR;
};

int RunDemoSite(const DemoSiteFlags& flags) {
  auto site = applier::fixtures::DemoSite::Start({.bind_address = "127.0.0.1",
                                                  .board_port = flags.board_port,
                                                  .form_port = flags.form_port,
                                                  .record_file = "",
                                                  .submit_fault = {}});
  if (!site) {
    std::cerr << "applier: cannot start the demo site: " << site.error().message << "\n";
    return kExitFailed;
  }
  std::printf("Demo job site: %s\nSubmissions:   %s/api/submissions\n",
              (*site)->posting_url().c_str(), (*site)->board_origin().c_str());
  std::unique_ptr<applier::fixtures::AtsSites> ats;
  if (flags.ats_port != 0) {
    auto started =
        applier::fixtures::AtsSites::Start({.bind_address = "127.0.0.1", .port = flags.ats_port});
    if (!started) {
      std::cerr << "applier: cannot start the ATS fixture sites: " << started.error().message
                << "\n";
      return kExitFailed;
    }
    ats = std::move(*started);
    for (const char* name : {"lever", "workday", "workday_signin", "ashby", "shadow", "gated",
                             "captcha", "login", "closed"}) {
      std::printf("%-15s %s\n", name, ats->url(name).c_str());
    }
    std::printf("ATS submissions: %s/api/submissions\n", ats->origin().c_str());
  }
  std::unique_ptr<applier::fixtures::corpus::CorpusSites> corpus;
  if (flags.corpus_port != 0) {
    auto started = applier::fixtures::corpus::CorpusSites::Start(
        {.bind_address = "127.0.0.1", .port = flags.corpus_port, .sites_dir = flags.corpus_dir});
    if (!started) {
      std::cerr << "applier: cannot start the corpus sites: " << started.error().message << "\n";
      return kExitFailed;
    }
    corpus = std::move(*started);
    auto listing = corpus->Sites();
    for (const auto& spec : listing.sites) {
      std::printf("%-22s %s\n", spec.name.c_str(), corpus->url(spec.name).value_or("").c_str());
    }
    for (const auto& problem : listing.problems) std::printf("not served: %s\n", problem.c_str());
    std::printf("Corpus index: %s/corpus/   submissions: %s/corpus/api/submissions\n",
                corpus->origin().c_str(), corpus->origin().c_str());
    std::printf("Add ?seed=N to an entry URL for a variant of the page.\n");
  }
  std::printf("Press Ctrl-C to stop.\n");
  std::fflush(stdout);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  int received = 0;
  sigwait(&set, &received);
  return 0;
}

int RunDemo(ApplyFlags flags) {
  auto site = applier::fixtures::DemoSite::Start({});
  if (!site) {
    std::cerr << "applier: cannot start the demo site: " << site.error().message << "\n";
    return kExitFailed;
  }
  flags.url = (*site)->posting_url();
  std::printf("Started the demo job site at %s\n", flags.url.c_str());
  const int code = RunApply(flags);
  auto received = (*site)->Submissions();
  std::printf("\nThe demo site received %zu submission(s).\n", received.size());
  for (const auto& submission : received) {
    std::printf("%s\n", json::serialize(submission).c_str());
  }
  return code;
}

void AddApplyOptions(CLI::App* command, ApplyFlags& flags, bool with_url) {
  if (with_url) {
    command->add_option("URL", flags.url, "The job posting or application page (http/https)")
        ->required();
  }
  command->add_option("--profile", flags.profile, "Your profile (YAML, see examples/profile.yaml)")
      ->required();
  command->add_flag("--yes", flags.yes, "Confirm the draft without asking (for no terminal)");
  command->add_flag("--no-submit", flags.no_submit,
                    "Fill everything, write the report and screenshot, never submit");
  command->add_option("--report", flags.report, "Write a JSON report of the run here");
  command->add_option("--timeout", flags.timeout, "Give up after this many seconds (default 600)");
  command->add_option("--screenshot", flags.screenshot,
                      "Write the full-page draft screenshot (JPEG) here");
  command->add_option("--db", flags.db,
                      "Saved-answers database (default $XDG_DATA_HOME/live-applier/applier.db)");
  auto* chromium = command->add_option("--chromium", flags.chromium,
                                       "Chromium to launch (default /usr/bin/chromium)");
  auto* browser_url =
      command->add_option("--browser-url", flags.browser_url,
                          "Use a running browser: ws://HOST:PORT/devtools/browser/ID");
  chromium->excludes(browser_url);
  command->add_option("--documents", flags.documents,
                      "Add these files (PDF, Markdown, text) to your documents first; answers "
                      "to free-text questions draw on them (earlier ones stay in --db)");
  command->add_flag("--verbose", flags.verbose, "Print every event with its data");
  command->footer(std::string(kLlmHelp) + kExitCodeHelp);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Live Applier: fills in job applications in a real browser, shows you the draft, "
      "and submits only when you say yes."};
  app.set_version_flag("--version", std::string("applier ") + APPLIER_VERSION);
  app.require_subcommand(1);
  app.footer(kExitCodeHelp);

  ApplyFlags apply_flags;
  auto* apply =
      app.add_subcommand("apply", "Apply to one job: fill, show the draft, submit on yes");
  AddApplyOptions(apply, apply_flags, true);

  ApplyFlags demo_flags;
  demo_flags.profile = "examples/profile.yaml";
  auto* demo = app.add_subcommand(
      "demo", "Start the bundled demo job site and apply to it with examples/profile.yaml");
  AddApplyOptions(demo, demo_flags, false);
  demo->get_option("--profile")->required(false);

  DemoSiteFlags site_flags;
  auto* site = app.add_subcommand("demo-site", "Serve the demo job site until Ctrl-C");
  site->add_option("--board-port", site_flags.board_port, "Port of the job board (default 8401)");
  site->add_option("--form-port", site_flags.form_port,
                   "Port of the embedded application form (default 8402)");
  site->add_option("--ats-port", site_flags.ats_port,
                   "Also serve the ATS fixture sites (Lever, Workday, Ashby, ...) on this port");
  site->add_option("--corpus-port", site_flags.corpus_port,
                   "Also serve the corpus of fixture sites (fixtures/corpus) on this port");
  site->add_option("--corpus-dir", site_flags.corpus_dir,
                   "The corpus's sites folder, read at run time (default: the source tree's "
                   "fixtures/corpus/sites)");

  applier::cli::ServeCommands serve_commands;
  applier::cli::AddServeCommands(app, serve_commands);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version are "errors" that exit 0; real ones exit 2.
    const int code = app.exit(e);
    return code == 0 ? 0 : kExitBadInput;
  }
  if (auto code = applier::cli::RunServeCommands(serve_commands)) return *code;
  if (apply->parsed()) return RunApply(apply_flags);
  if (demo->parsed()) return RunDemo(demo_flags);
  if (site->parsed()) return RunDemoSite(site_flags);
  return kExitBadInput;
}
