// `applier serve` and `applier user add NAME`: the web service and its accounts.
// Registered on the CLI app by AddServeCommands; RunServeCommands runs whichever
// was parsed.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace applier::cli {

struct ServeFlags {
  std::string bind = "127.0.0.1";
  unsigned short port = 8080;
  std::string data_dir;
  std::string web_dir;
  int workers = 2;
  std::vector<std::string> allow_hosts;
  std::string chromium = "/usr/bin/chromium";
  int hitl_timeout = 120;
  int draft_timeout = 300;
  // The service's limits (server::ServerOptions has the defaults and says why).
  int per_user = 2;
  double request_rate = 30;
  double request_burst = 120;
  double ws_message_rate = 50;
  double ws_message_burst = 200;
  int upload_limit_mib = 10;
  bool verbose = false;
};

struct UserAddFlags {
  std::string name;
  std::string data_dir;
  bool password_stdin = false;
};

struct ServeCommands {
  CLI::App* serve = nullptr;
  CLI::App* user_add = nullptr;
  ServeFlags serve_flags;
  UserAddFlags user_flags;
};

void AddServeCommands(CLI::App& app, ServeCommands& commands);
// The exit code when one of them was parsed, nullopt otherwise.
std::optional<int> RunServeCommands(const ServeCommands& commands);

}  // namespace applier::cli
