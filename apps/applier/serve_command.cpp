#include "serve_command.h"

#include <signal.h>
#include <spdlog/spdlog.h>
#include <termios.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "llm/provider.h"
#include "server/server.h"
#include "store/database.h"

namespace applier::cli {
namespace {

std::filesystem::path DefaultDataDir() {
  return store::DefaultDatabasePath().parent_path() / "serve";
}

// The web UI's files: --web-dir, $APPLIER_WEB_DIR, ./web, or a web/ folder above
// the binary (a build directory inside the source tree).
std::filesystem::path FindWebDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("APPLIER_WEB_DIR"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  if (std::filesystem::exists("web/index.html", ec)) return std::filesystem::absolute("web");
  auto dir = std::filesystem::read_symlink("/proc/self/exe", ec).parent_path();
  for (int up = 0; up < 5 && !ec && !dir.empty(); ++up, dir = dir.parent_path()) {
    if (std::filesystem::exists(dir / "web" / "index.html", ec)) return dir / "web";
  }
  return {};
}

std::optional<std::string> ReadPassword(bool from_stdin) {
  std::string password;
  const bool terminal = !from_stdin && isatty(STDIN_FILENO) == 1;
  termios saved{};
  if (terminal) {
    std::cerr << "Password: " << std::flush;
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  const bool got = static_cast<bool>(std::getline(std::cin, password));
  if (terminal) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << "\n";
  }
  if (!got) return std::nullopt;
  if (!password.empty() && password.back() == '\r') password.pop_back();
  return password;
}

int RunUserAdd(const UserAddFlags& flags) {
  const std::filesystem::path data_dir =
      flags.data_dir.empty() ? DefaultDataDir() : std::filesystem::path(flags.data_dir);
  if (!server::ValidUserName(flags.name)) {
    std::cerr << "applier: a user name is 1-64 characters of letters, digits, '.', '_', '@' and "
                 "'-'\n";
    return 2;
  }
  auto password = ReadPassword(flags.password_stdin);
  if (!password) {
    std::cerr << "applier: no password given (type it, or pipe it with --password-stdin)\n";
    return 2;
  }
  if (auto st = server::AddUser(data_dir, flags.name, *password); !st) {
    std::cerr << "applier: " << st.error().message << "\n";
    return st.error().kind == ErrorKind::kInvalidInput ? 2 : 1;
  }
  std::printf("User '%s' can now sign in (data in %s).\n", flags.name.c_str(),
              data_dir.string().c_str());
  return 0;
}

int RunServe(const ServeFlags& flags) {
  spdlog::set_level(flags.verbose ? spdlog::level::debug : spdlog::level::info);
  // Signals are taken by sigwait below; block them before any thread starts so
  // none of the server's threads is interrupted by them.
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);

  server::ServerOptions options;
  options.bind_address = flags.bind;
  options.port = flags.port;
  options.data_dir =
      flags.data_dir.empty() ? DefaultDataDir() : std::filesystem::path(flags.data_dir);
  options.web_dir = FindWebDir(flags.web_dir);
  options.workers = flags.workers;
  options.allow_hosts = flags.allow_hosts;
  options.chromium = flags.chromium;
  options.hitl_timeout = std::chrono::seconds(flags.hitl_timeout);
  options.draft_timeout = std::chrono::seconds(flags.draft_timeout);
  if (flags.hitl_timeout <= 0 || flags.draft_timeout <= 0) {
    std::cerr << "applier: --hitl-timeout and --draft-timeout must be positive\n";
    return 2;
  }
  if (flags.per_user < 1 || flags.upload_limit_mib < 1 || flags.upload_limit_mib > 1024) {
    std::cerr << "applier: --per-user must be at least 1 and --upload-limit-mib 1 to 1024\n";
    return 2;
  }
  if (flags.request_rate < 0 || flags.ws_message_rate < 0 || flags.request_burst < 1 ||
      flags.ws_message_burst < 1) {
    std::cerr << "applier: the rates must be 0 (no limit) or more and the bursts at least 1\n";
    return 2;
  }
  options.per_user_limit = static_cast<std::size_t>(flags.per_user);
  options.request_rate = {.per_second = flags.request_rate, .burst = flags.request_burst};
  options.websocket_message_rate = {.per_second = flags.ws_message_rate,
                                    .burst = flags.ws_message_burst};
  options.upload_body_limit = static_cast<std::size_t>(flags.upload_limit_mib) << 20;
  auto providers = llm::LoadProviders();
  if (!providers) {
    std::cerr << "applier: invalid LLM configuration: " << providers.error().message << "\n";
    return 2;
  }
  options.llm_providers = std::move(*providers);
  auto retry = llm::LoadRetryPolicy();
  if (!retry) {
    std::cerr << "applier: invalid LLM configuration: " << retry.error().message << "\n";
    return 2;
  }
  options.llm_retry = *retry;
  auto server = server::Server::Start(options);
  if (!server) {
    std::cerr << "applier: cannot start the server: " << server.error().message << "\n";
    return server.error().kind == ErrorKind::kInvalidInput ? 2 : 1;
  }
  const std::string url = (*server)->base_url();
  std::printf("Live Applier is serving on %s\n", url.c_str());
  std::printf("Sign in:   %s/#/login\n", url.c_str());
  std::printf("Data:      %s\n", options.data_dir.string().c_str());
  std::string llm_names;
  for (const auto& provider : options.llm_providers) {
    llm_names += (llm_names.empty() ? "" : ", ") + provider.name;
  }
  std::printf("LLM:       %s\n",
              llm_names.empty() ? "none configured (questions go to you)" : llm_names.c_str());
  if (options.web_dir.empty()) {
    std::printf("Web UI:    not found (pass --web-dir); the API works without it\n");
  }
  std::printf("Add a user with: applier user add NAME --data-dir %s\n",
              options.data_dir.string().c_str());
  std::printf("Press Ctrl-C to stop.\n");
  std::fflush(stdout);
  int received = 0;
  sigwait(&set, &received);
  std::printf("Stopping…\n");
  std::fflush(stdout);
  (*server)->Stop();
  server->reset();
  std::printf("Stopped.\n");
  return 0;
}

}  // namespace

void AddServeCommands(CLI::App& app, ServeCommands& commands) {
  auto& s = commands.serve_flags;
  commands.serve = app.add_subcommand(
      "serve", "Run the web service: API, live view, questions and drafts in your browser");
  auto* serve = commands.serve;
  serve->add_option("--port", s.port, "Port to listen on (default 8080; 0 picks a free one)");
  serve->add_option("--bind", s.bind, "Address to listen on (default 127.0.0.1)");
  serve->add_option("--data-dir", s.data_dir,
                    "Where accounts, applications and drafts are kept "
                    "(default $XDG_DATA_HOME/live-applier/serve)");
  serve->add_option("--web-dir", s.web_dir, "The web UI's files (default: the repository's web/)");
  serve->add_option("--workers", s.workers, "Applications filled at the same time (default 2)");
  serve->add_option(
      "--allow-host", s.allow_hosts,
      "Allow job URLs and browsing to this otherwise private HOST[:PORT]; repeatable");
  serve->add_option("--chromium", s.chromium, "Chromium to launch (default /usr/bin/chromium)");
  serve->add_option("--hitl-timeout", s.hitl_timeout,
                    "Seconds to wait for an answer to a question (default 120)");
  serve->add_option("--draft-timeout", s.draft_timeout,
                    "Seconds to wait for a draft decision before keeping it (default 300)");
  serve->add_option("--per-user", s.per_user,
                    "Applications one user may have running at once (default 2)");
  serve->add_option("--request-rate", s.request_rate,
                    "Requests per second per client (a user; an address before sign-in) "
                    "before 429; 0: no limit (default 30)");
  serve->add_option("--request-burst", s.request_burst,
                    "Requests a client may send at once above the rate (default 120)");
  serve->add_option("--ws-message-rate", s.ws_message_rate,
                    "Messages per second per live-view connection before it is closed; 0: no "
                    "limit (default 50)");
  serve->add_option("--ws-message-burst", s.ws_message_burst,
                    "Messages a live-view connection may send at once above the rate "
                    "(default 200)");
  serve->add_option("--upload-limit-mib", s.upload_limit_mib,
                    "Largest document upload in MiB (default 10)");
  serve->add_flag("--verbose", s.verbose, "Log debug detail");

  auto* user = app.add_subcommand("user", "Manage the accounts of `applier serve`");
  user->require_subcommand(1);
  auto& u = commands.user_flags;
  commands.user_add = user->add_subcommand("add", "Add a user, or change their password");
  commands.user_add->add_option("NAME", u.name, "The user name to sign in with")->required();
  commands.user_add->add_option("--data-dir", u.data_dir, "The service's data directory");
  commands.user_add->add_flag("--password-stdin", u.password_stdin,
                              "Read the password from stdin instead of prompting");
}

std::optional<int> RunServeCommands(const ServeCommands& commands) {
  if (commands.serve->parsed()) return RunServe(commands.serve_flags);
  if (commands.user_add->parsed()) return RunUserAdd(commands.user_flags);
  return std::nullopt;
}

}  // namespace applier::cli
