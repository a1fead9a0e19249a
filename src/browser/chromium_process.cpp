#include "browser/chromium_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string_view>
#include <thread>
#include <vector>

extern char** environ;

namespace applier::browser {

namespace {

// Process groups of live browsers, for the signal-safe kill. A fixed array of
// atomics because a signal handler may neither lock nor allocate.
constexpr std::size_t kMaxBrowsers = 64;
std::array<std::atomic<pid_t>, kMaxBrowsers> live_groups{};

void RememberGroup(pid_t pgid) {
  for (auto& slot : live_groups) {
    pid_t expected = 0;
    if (slot.compare_exchange_strong(expected, pgid)) return;
  }
}

void ForgetGroup(pid_t pgid) {
  for (auto& slot : live_groups) {
    pid_t expected = pgid;
    if (slot.compare_exchange_strong(expected, 0)) return;
  }
}

// The one Google host no switch keeps Chromium from calling: the sign-in code
// lists the accounts in the cookie jar (accounts.google.com/ListAccounts) as
// soon as a profile's network is up, whatever the sign-in switches and
// preferences say (CEF issue 4276). Mapping this exact name to NOTFOUND fails
// the request before any DNS query; a page's own use of the host fails too, a
// Google sign-in on a job site among them.
constexpr const char* kUnstoppableServiceHost = "accounts.google.com";

// Flags from DEVELOPERS.md: this machine's Chromium needs them to start headless
// without a sandbox, and the rest keep it from calling Google's servers, which
// would leak the user's browsing to Google and, in `applier serve`, reach the
// egress proxy. Each service below was seen with strace (DNS queries to the
// machine's resolver) and a NetLog before its flag was added.
std::vector<std::string> RequiredFlags(const LaunchOptions& options,
                                       const std::filesystem::path& user_data_dir) {
  std::vector<std::string> flags = {
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--no-default-browser-check",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // Autofill uploads each form's field signatures to
      // content-autofill.googleapis.com for crowd-sourced field types; the form
      // pages we fill are exactly what must not leave the machine.
      // OptimizationHints also gates the prediction-model downloads from
      // optimizationguide-pa.googleapis.com (OptimizationGuideModelDownloading
      // alone does not stop them). NetworkTimeServiceQuerying asks
      // clients2.google.com/time for the time.
      "--disable-features=AutofillServerCommunication,OptimizationHints,"
      "NetworkTimeServiceQuerying",
      // The on-device AI model's manifest is a component that the updater asks
      // update.googleapis.com for on demand, past --disable-component-update;
      // the OptimizationGuideManifestBroker feature and the model's Local State
      // settings do not stop it. With a local manifest path (none exists there)
      // Chromium reads the file instead of asking the updater.
      "--optimization-guide-manifest-override=" + (user_data_dir / "no-model-manifest").string(),
      std::string("--host-resolver-rules=MAP ") + kUnstoppableServiceHost + " ~NOTFOUND",
      "--disable-extensions",
      "--disable-default-apps",
      "--disable-dev-shm-usage",
      "--mute-audio",
      "--hide-scrollbars",
      "--remote-debugging-pipe",
      "--user-data-dir=" + user_data_dir.string(),
      "--window-size=" + std::to_string(options.window_width) + "," +
          std::to_string(options.window_height),
  };
  if (!options.proxy_server.empty()) {
    flags.push_back("--proxy-server=" + options.proxy_server);
    // Loopback is not bypassed: every request, local ones included, goes through
    // the proxy so the egress filter sees it. Only the unstoppable service host
    // bypasses it: through a proxy Chromium resolves nothing, so the resolver
    // rule above would not apply and the request would reach the proxy.
    flags.push_back(std::string("--proxy-bypass-list=<-loopback>;") + kUnstoppableServiceHost);
    // WebRTC opens its own sockets and ignores the proxy: a page's STUN request
    // would go straight to any address it names (egress_browser_itest shows it).
    // This policy forbids UDP that is not proxied and sends TURN over TCP through
    // the proxy, where the egress filter checks it like any other connection.
    flags.push_back("--webrtc-ip-handling-policy=disable_non_proxied_udp");
  }
  for (const auto& extra : options.extra_args) flags.push_back(extra);
  flags.push_back("about:blank");
  return flags;
}

std::string CommandLineOf(const std::filesystem::path& proc_entry) {
  std::ifstream file(proc_entry / "cmdline", std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
}

// Kills every process whose command line mentions `needle` — the browser's helpers
// that left its process group (crashpad) carry the profile directory in theirs —
// and waits until they are gone (a dead process's command line reads empty).
// Sleeps between looks: it runs inside Terminate(), never on an I/O thread.
void KillProcessesNaming(const std::string& needle) {
  std::vector<std::filesystem::path> killed;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/proc", error)) {
    const std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    if (CommandLineOf(entry.path()).find(needle) == std::string::npos) continue;
    kill(std::stoi(name), SIGKILL);
    killed.push_back(entry.path());
  }
  using namespace std::chrono_literals;
  const auto deadline = std::chrono::steady_clock::now() + 2s;
  for (const auto& path : killed) {
    while (CommandLineOf(path).find(needle) != std::string::npos &&
           std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(5ms);
    }
  }
}

}  // namespace

Result<std::unique_ptr<ChromiumProcess>> ChromiumProcess::Launch(const LaunchOptions& options) {
  if (access(options.executable.c_str(), X_OK) != 0) {
    return Fail(ErrorKind::kNotFound,
                "Chromium not found at " + options.executable +
                    " (install Debian's 'chromium' package or pass --chromium PATH)");
  }
  std::string templ = (std::filesystem::temp_directory_path() / "applier-chromium-XXXXXX").string();
  if (mkdtemp(templ.data()) == nullptr) {
    return Fail(ErrorKind::kIo,
                std::string("cannot create a browser profile directory: ") + std::strerror(errno));
  }
  std::unique_ptr<ChromiumProcess> process(new ChromiumProcess());
  process->user_data_dir_ = templ;
  // A browser that dies closes its pipe; writing to it then must be an error
  // value (EPIPE), not a SIGPIPE that kills us.
  signal(SIGPIPE, SIG_IGN);

  int to_browser[2];
  int from_browser[2];
  if (pipe2(to_browser, O_CLOEXEC) != 0 || pipe2(from_browser, O_CLOEXEC) != 0) {
    return Fail(ErrorKind::kIo,
                std::string("cannot create DevTools pipes: ") + std::strerror(errno));
  }

  std::vector<std::string> args = RequiredFlags(options, process->user_data_dir_);
  args.insert(args.begin(), options.executable);
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  // Chromium's crash handler (crashpad) daemonizes out of our process group. With
  // its config home inside the profile directory, its command line names that
  // directory, so Terminate() can find it, and the user's ~/.config stays clean.
  std::vector<std::string> env_strings;
  for (char** e = environ; *e != nullptr; ++e) {
    if (std::string_view(*e).starts_with("XDG_CONFIG_HOME=")) continue;
    env_strings.emplace_back(*e);
  }
  env_strings.push_back("XDG_CONFIG_HOME=" + (process->user_data_dir_ / "config").string());
  std::vector<char*> envp;
  for (auto& entry : env_strings) envp.push_back(entry.data());
  envp.push_back(nullptr);
  const pid_t parent = getpid();

  pid_t pid = fork();
  if (pid < 0) {
    return Fail(ErrorKind::kIo, std::string("cannot start Chromium: ") + std::strerror(errno));
  }
  if (pid == 0) {
    // Child: only async-signal-safe calls from here to exec.
    setpgid(0, 0);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(1);  // the parent died before prctl took effect
    // Chromium reads commands from fd 3 and writes to fd 4. Move both ends above
    // 4 first: a pipe end may already sit on 3 or 4, and dup2 onto itself would
    // keep its close-on-exec flag (Chromium then exits: "pipe fds are not open").
    const int read_end = fcntl(to_browser[0], F_DUPFD, 10);
    const int write_end = fcntl(from_browser[1], F_DUPFD, 10);
    dup2(read_end, 3);
    dup2(write_end, 4);
    close(read_end);
    close(write_end);
    int devnull = open("/dev/null", O_RDWR);
    if (devnull >= 0) {
      dup2(devnull, 0);
      dup2(devnull, 1);
      dup2(devnull, 2);
    }
    // Nothing else of ours may leak into Chromium: Asio opens sockets without
    // close-on-exec, and an inherited listening socket would keep a server's port
    // busy after the server stops.
    close_range(5, ~0U, 0);
    execve(argv[0], argv.data(), envp.data());
    _exit(127);
  }
  setpgid(pid, pid);  // also in the parent, so the group exists before we kill it
  RememberGroup(pid);
  close(to_browser[0]);
  close(from_browser[1]);
  process->pid_ = pid;
  process->write_fd_ = to_browser[1];
  process->read_fd_ = from_browser[0];
  return process;
}

ChromiumProcess::~ChromiumProcess() {
  Terminate();
}

bool ChromiumProcess::Exited(std::string* how) {
  if (!reaped_ && pid_ > 0) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      reaped_ = true;
      exit_description_ = WIFEXITED(status)
                              ? "exit code " + std::to_string(WEXITSTATUS(status))
                              : "killed by signal " + std::to_string(WTERMSIG(status));
    }
  }
  if (how != nullptr) *how = exit_description_;
  return reaped_;
}

void ChromiumProcess::Terminate() {
  if (pid_ <= 0) return;
  kill(-pid_, SIGTERM);
  // Polled with sleeps: Terminate() runs where blocking is allowed (see the
  // header), and a child's exit has no descriptor to wait on here.
  using namespace std::chrono_literals;
  auto deadline = std::chrono::steady_clock::now() + 2s;
  while (!Exited() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(10ms);
  }
  // Renderers and the zygote share the group; make sure none lingers.
  kill(-pid_, SIGKILL);
  if (!reaped_) {
    int status = 0;
    waitpid(pid_, &status, 0);
    reaped_ = true;
  }
  ForgetGroup(pid_);
  pid_ = -1;
  KillProcessesNaming(user_data_dir_.string());
  std::error_code ignored;
  std::filesystem::remove_all(user_data_dir_, ignored);
}

void KillAllChromiumProcesses() {
  for (auto& slot : live_groups) {
    pid_t pgid = slot.load();
    if (pgid > 0) kill(-pgid, SIGKILL);
  }
}

}  // namespace applier::browser
