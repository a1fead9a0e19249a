// ChromiumProcess launches Debian's Chromium headless with a DevTools pipe and a
// fresh profile directory, and makes sure nothing of it outlives us: the browser
// runs in its own process group, dies with us (PR_SET_PDEATHSIG), and Terminate()
// kills the whole group and removes the profile directory. KillAllChromiumProcesses()
// is async-signal-safe so a Ctrl-C handler can call it.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/result.h"

namespace applier::browser {

struct LaunchOptions {
  std::string executable = "/usr/bin/chromium";
  // Appended after the required flags. Chromium keeps the last of a repeated
  // switch, so a --disable-features or --host-resolver-rules here replaces the
  // one that keeps background services quiet.
  std::vector<std::string> extra_args;
  std::string proxy_server;  // --proxy-server, empty for none
  int window_width = 1280;
  int window_height = 900;
};

class ChromiumProcess {
 public:
  // Starts the browser. On success the caller owns the two pipe ends: `read_fd`
  // (browser → us) and `write_fd` (us → browser).
  static Result<std::unique_ptr<ChromiumProcess>> Launch(const LaunchOptions& options);
  ~ChromiumProcess();  // Terminate()
  ChromiumProcess(const ChromiumProcess&) = delete;
  ChromiumProcess& operator=(const ChromiumProcess&) = delete;

  int read_fd() const { return read_fd_; }
  int write_fd() const { return write_fd_; }
  pid_t pid() const { return pid_; }
  const std::filesystem::path& user_data_dir() const { return user_data_dir_; }

  // Non-blocking: has the browser process exited, and how ("exit code 0",
  // "killed by signal 9").
  bool Exited(std::string* how = nullptr);

  // Kills the process group (SIGTERM, then SIGKILL after a grace period), reaps
  // the browser and removes the profile directory. Idempotent. Blocks (sleeps
  // while it waits, up to about 4 s), so it is called on a thread that may
  // block: the CLI's own, a server's blocking pool or its stopping thread.
  void Terminate();

 private:
  ChromiumProcess() = default;
  pid_t pid_ = -1;
  int read_fd_ = -1;
  int write_fd_ = -1;
  bool reaped_ = false;
  std::string exit_description_;
  std::filesystem::path user_data_dir_;
};

// Sends SIGKILL to every browser process group this process launched and has not
// yet terminated. Safe to call from a signal handler.
void KillAllChromiumProcesses();

}  // namespace applier::browser
