// `applier serve` as its own process, the way an operator runs it: started with
// argv and environment, its output in a log file, stopped with a signal of the
// test's choosing (SIGKILL included). Also what a fault test counts afterwards:
// the server's open descriptors and the Chromium processes it left.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace applier::testing {

struct ServeProcessOptions {
  std::filesystem::path data_dir;
  // Its temporary files (Chromium's profile directories) go here, so every
  // Chromium process it starts names this directory on its command line.
  std::filesystem::path tmp_dir;
  std::vector<std::string> args;  // added after `serve --port 0 --data-dir DIR`
  std::vector<std::string> env;   // extra NAME=value entries
  // Not 0: data_dir (its files copied in first) is a tmpfs of this many bytes that
  // only the server sees: it runs in a mount namespace of its own (`unshare`, in a
  // user namespace too when not root), which ends with it. The test reaches the
  // files through /proc/<pid>/root, e.g. to fill the disk.
  std::uint64_t data_disk_bytes = 0;
};

// Whether ServeProcessOptions::data_disk_bytes can work here; the reason when not.
std::optional<std::string> PrivateDiskUnavailable();

class ServeProcess {
 public:
  // Starts the server and waits (up to 60 s) for its "serving on" line; nullptr
  // when it exited or never said it, with its output in *log.
  static std::unique_ptr<ServeProcess> Start(const ServeProcessOptions& options, std::string* log);
  ~ServeProcess();  // SIGKILLs it when still running
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  pid_t pid() const { return pid_; }
  unsigned short port() const { return port_; }
  // Sends `signal` and waits for the exit; the exit code, 128 + signal when killed.
  int Stop(int signal);
  std::string Log() const;
  // Entries of /proc/<pid>/fd now.
  int OpenDescriptors() const;
  // What each of them is ("3 -> pipe:[1234]"), one a line, for a failure message.
  std::string DescribeDescriptors() const;

 private:
  ServeProcess() = default;
  pid_t pid_ = -1;
  unsigned short port_ = 0;
  std::filesystem::path log_path_;
};

// Children of `parent` (by /proc/<pid>/stat's ppid).
std::vector<pid_t> ChildProcesses(pid_t parent);

}  // namespace applier::testing
