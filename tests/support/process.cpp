#include "support/process.h"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace applier::testing {

namespace {

void SetNonBlocking(int fd) {
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

}  // namespace

ProcessResult RunProcess(const std::vector<std::string>& argv, const RunOptions& options) {
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe(in_pipe) != 0 || pipe(out_pipe) != 0 || pipe(err_pipe) != 0) {
    throw std::runtime_error("pipe failed");
  }
  std::vector<std::string> env_strings;
  for (char** e = environ; *e != nullptr; ++e) env_strings.emplace_back(*e);
  for (const auto& extra : options.env) env_strings.push_back(extra);
  std::vector<char*> envp;
  for (auto& s : env_strings) envp.push_back(s.data());
  envp.push_back(nullptr);
  std::vector<std::string> args = argv;
  std::vector<char*> argp;
  for (auto& a : args) argp.push_back(a.data());
  argp.push_back(nullptr);

  int terminal_fd = -1;
  pid_t pid = options.terminal ? forkpty(&terminal_fd, nullptr, nullptr, nullptr) : fork();
  if (pid == 0 && options.terminal) {
    dup2(err_pipe[1], 2);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) {
      close(fd);
    }
    execve(argp[0], argp.data(), envp.data());
    _exit(127);
  }
  if (pid == 0) {
    setpgid(0, 0);
    if (options.stdin_text.empty() && options.stdin_is_null) {
      int devnull = open("/dev/null", O_RDONLY);
      dup2(devnull, 0);
    } else {
      dup2(in_pipe[0], 0);
    }
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) {
      close(fd);
    }
    execve(argp[0], argp.data(), envp.data());
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  if (options.terminal) {
    // The terminal is both stdin and stdout: read the child's output from it.
    close(out_pipe[0]);
    out_pipe[0] = dup(terminal_fd);
  }
  if (!options.stdin_text.empty()) {
    std::string_view rest = options.stdin_text;
    const int input_fd = options.terminal ? terminal_fd : in_pipe[1];
    while (!rest.empty()) {
      ssize_t n = write(input_fd, rest.data(), rest.size());
      if (n <= 0) break;
      rest.remove_prefix(static_cast<size_t>(n));
    }
  }
  close(in_pipe[1]);
  SetNonBlocking(out_pipe[0]);
  SetNonBlocking(err_pipe[0]);

  ProcessResult result;
  auto deadline = std::chrono::steady_clock::now() + options.timeout;
  bool out_open = true, err_open = true;
  bool interrupted = false;
  char buf[8192];
  while (out_open || err_open) {
    pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
    int ready = poll(fds, 2, 200);
    if (std::chrono::steady_clock::now() > deadline) {
      kill(-pid, SIGKILL);
      break;
    }
    if (ready <= 0) continue;
    for (int i = 0; i < 2; ++i) {
      if (!(fds[i].revents & (POLLIN | POLLHUP))) continue;
      ssize_t n = read(fds[i].fd, buf, sizeof buf);
      if (n > 0) {
        (i == 0 ? result.out : result.err).append(buf, static_cast<size_t>(n));
        if (!interrupted && !options.interrupt_when_output_has.empty() &&
            result.out.find(options.interrupt_when_output_has) != std::string::npos) {
          kill(pid, SIGINT);
          interrupted = true;
        }
      } else if (n == 0 || (n < 0 && errno == EIO)) {
        // EIO: the terminal's other side closed, the pty form of end-of-file.
        (i == 0 ? out_open : err_open) = false;
      }
    }
  }
  close(out_pipe[0]);
  close(err_pipe[0]);
  if (terminal_fd >= 0) close(terminal_fd);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

std::string ApplierBinary() {
  return APPLIER_BINARY;
}

std::filesystem::path SourceDir() {
  return APPLIER_SOURCE_DIR;
}

TempDir::TempDir() {
  std::string templ = (std::filesystem::temp_directory_path() / "applier-test-XXXXXX").string();
  if (mkdtemp(templ.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = templ;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

int CountProcessesMatching(const std::string& needle) {
  return static_cast<int>(ProcessesMatching(needle).size());
}

std::vector<int> ProcessesMatching(const std::string& needle) {
  std::vector<int> found;
  for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
    const std::string pid = entry.path().filename().string();
    if (pid.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream cmdline(entry.path() / "cmdline");
    std::stringstream buffer;
    buffer << cmdline.rdbuf();
    std::string text = buffer.str();
    if (text.find(needle) != std::string::npos && std::to_string(getpid()) != pid) {
      found.push_back(std::stoi(pid));
    }
  }
  return found;
}

}  // namespace applier::testing
