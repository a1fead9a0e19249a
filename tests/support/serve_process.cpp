#include "support/serve_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <thread>

#include "support/process.h"

extern char** environ;

namespace applier::testing {

namespace {

// Mounts the tmpfs over the data directory, with what the directory held.
constexpr const char* kPrivateDiskScript = R"sh(set -e
data="$1"; size="$2"; shift 2
seed="$(mktemp -d)"
cp -a "$data/." "$seed/"
mount -t tmpfs -o size="$size" applier-data "$data"
cp -a "$seed/." "$data/"
rm -rf "$seed"
exec "$@"
)sh";

std::vector<std::string> PrivateMountNamespace() {
  std::vector<std::string> prefix = {"/usr/bin/unshare", "--mount", "--propagation", "private"};
  if (geteuid() != 0) prefix.insert(prefix.begin() + 1, {"--user", "--map-root-user"});
  return prefix;
}

}  // namespace

std::optional<std::string> PrivateDiskUnavailable() {
  TempDir dir;
  std::vector<std::string> probe = PrivateMountNamespace();
  probe.insert(probe.end(), {"/bin/sh", "-c", "mount -t tmpfs -o size=1m probe \"$1\"", "sh",
                             dir.path().string()});
  RunOptions options;
  options.timeout = std::chrono::seconds(30);
  const ProcessResult result = RunProcess(probe, options);
  if (result.exit_code == 0) return std::nullopt;
  return "cannot mount a tmpfs in a private mount namespace here (" + result.err + ")";
}

std::unique_ptr<ServeProcess> ServeProcess::Start(const ServeProcessOptions& options,
                                                  std::string* log) {
  std::unique_ptr<ServeProcess> process(new ServeProcess());
  std::filesystem::create_directories(options.tmp_dir);
  process->log_path_ =
      options.data_dir.parent_path() /
      ("serve-" + std::to_string(getpid()) + "-" +
       std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) + ".log");
  std::vector<std::string> args = {ApplierBinary(), "serve",
                                   "--port",        "0",
                                   "--data-dir",    options.data_dir.string(),
                                   "--web-dir",     (SourceDir() / "web").string()};
  args.insert(args.end(), options.args.begin(), options.args.end());
  if (options.data_disk_bytes > 0) {
    std::vector<std::string> prefix = PrivateMountNamespace();
    prefix.insert(prefix.end(),
                  {"/bin/sh", "-c", kPrivateDiskScript, "sh", options.data_dir.string(),
                   std::to_string(options.data_disk_bytes)});
    std::filesystem::create_directories(options.data_dir);
    args.insert(args.begin(), prefix.begin(), prefix.end());
  }
  std::vector<std::string> env;
  for (char** e = environ; *e != nullptr; ++e) {
    if (std::string_view(*e).starts_with("TMPDIR=")) continue;
    env.emplace_back(*e);
  }
  env.push_back("TMPDIR=" + options.tmp_dir.string());
  env.insert(env.end(), options.env.begin(), options.env.end());
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (auto& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);
  const std::string log_path = process->log_path_.string();

  const pid_t pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    const int out = open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int in = open("/dev/null", O_RDONLY);
    dup2(in, 0);
    dup2(out, 1);
    dup2(out, 2);
    close_range(3, ~0U, 0);
    execve(argv[0], argv.data(), envp.data());
    _exit(127);
  }
  process->pid_ = pid;
  const std::regex serving(R"(serving on http://[^:]+:(\d+))");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    std::smatch match;
    const std::string text = ReadFile(process->log_path_);
    if (std::regex_search(text, match, serving)) {
      process->port_ = static_cast<unsigned short>(std::stoi(match[1].str()));
      return process;
    }
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      process->pid_ = -1;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (log) *log = process->Log();
  return nullptr;
}

ServeProcess::~ServeProcess() {
  if (pid_ > 0) Stop(SIGKILL);
  std::error_code ignored;
  std::filesystem::remove(log_path_, ignored);
}

int ServeProcess::Stop(int signal) {
  if (pid_ <= 0) return -1;
  kill(pid_, signal);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::string ServeProcess::Log() const {
  return ReadFile(log_path_);
}

int ServeProcess::OpenDescriptors() const {
  int count = 0;
  std::error_code ec;
  for (auto it = std::filesystem::directory_iterator("/proc/" + std::to_string(pid_) + "/fd", ec);
       !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
    ++count;
  }
  return count;
}

std::string ServeProcess::DescribeDescriptors() const {
  // Sockets are named by inode; /proc/<pid>/net/tcp says which ports each joins.
  std::map<std::string, std::string> tcp;
  std::istringstream table(ReadFile("/proc/" + std::to_string(pid_) + "/net/tcp"));
  std::string line;
  std::getline(table, line);
  while (std::getline(table, line)) {
    std::istringstream fields(line);
    std::string slot, local, remote, state, queues, timer, retransmits, uid, timeout, inode;
    fields >> slot >> local >> remote >> state >> queues >> timer >> retransmits >> uid >>
        timeout >> inode;
    auto port = [](const std::string& address) {
      return std::to_string(std::stoi(address.substr(address.find(':') + 1), nullptr, 16));
    };
    tcp["socket:[" + inode + "]"] =
        "tcp " + port(local) + " -> " + port(remote) + " state " + state;
  }
  std::string lines;
  std::error_code ec;
  for (auto it = std::filesystem::directory_iterator("/proc/" + std::to_string(pid_) + "/fd", ec);
       !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
    std::error_code link_error;
    const std::string target = std::filesystem::read_symlink(it->path(), link_error).string();
    lines += it->path().filename().string() + " -> " + target;
    if (tcp.contains(target)) lines += " (" + tcp[target] + ")";
    lines += "\n";
  }
  return lines;
}

std::vector<pid_t> ChildProcesses(pid_t parent) {
  std::vector<pid_t> children;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/proc", ec)) {
    const std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    // "pid (comm) state ppid ...": comm may hold spaces, so read after the last ')'.
    const std::string stat = ReadFile(entry.path() / "stat");
    const auto close = stat.rfind(')');
    if (close == std::string::npos) continue;
    std::istringstream rest(stat.substr(close + 1));
    std::string state;
    pid_t ppid = 0;
    rest >> state >> ppid;
    if (ppid == parent) children.push_back(std::stoi(name));
  }
  return children;
}

}  // namespace applier::testing
