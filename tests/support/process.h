// Test support: run a program the way a user would (argv, stdin, environment) and
// capture what it printed and how it exited; a temporary directory removed on
// scope exit, and reading a file whole. Used by the end-to-end tests of the applier binary.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace applier::testing {

struct ProcessResult {
  int exit_code = -1;  // 128 + signal number when killed by a signal
  std::string out;
  std::string err;
};

struct RunOptions {
  std::string stdin_text;        // written to the child's stdin, then closed
  bool stdin_is_null = true;     // when stdin_text is empty: /dev/null, never a terminal
  std::vector<std::string> env;  // extra NAME=value entries added to the environment
  std::chrono::seconds timeout{180};
  // Run on a pseudo-terminal, as a person at a terminal would: stdin and stdout
  // are the terminal (stdin_text is typed into it), stderr is still captured apart.
  bool terminal = false;
  // Send SIGINT (as Ctrl-C does) once stdout contains this text; empty: never.
  std::string interrupt_when_output_has;
};

ProcessResult RunProcess(const std::vector<std::string>& argv, const RunOptions& options = {});

// Absolute path of the applier binary under test and of the source tree.
std::string ApplierBinary();
std::filesystem::path SourceDir();

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The whole file's bytes; "" when it cannot be read.
std::string ReadFile(const std::filesystem::path& path);

// Number of processes whose command line contains `needle` (e.g. a user-data-dir).
int CountProcessesMatching(const std::string& needle);
// Their process ids.
std::vector<int> ProcessesMatching(const std::string& needle);

}  // namespace applier::testing
