// soak: many applications through one `applier serve` process, as a team would run
// it for a working day, to see what grows and what is lost.
//
// The real binary in its own process (tests/support/serve_process.h), embedded
// default: SQLite, the in-process queue, its own Chromium; --slots worker slots.
// The fixture job sites run here and record every submission: the demo site
// (Greenhouse-style, cross-origin form iframe) and the fixtures/ats_sites sites
// (Lever, shadow DOM, consent + email gate, Ashby SPA, Workday wizard), taken in
// turn. One user per slot (the queue runs at most two applications of one user at
// a time), each with examples/profile.yaml and its resume. A scripted person per
// application, over the API and the WebSocket as the web UI does: POST
// /api/jobs/apply, watch /ws/{session}?frames=binary, answer every question (the
// suggestion, else the first option, else a short text) and confirm every draft.
// Twice as many applications are in flight as there are slots, so the queue is
// never empty.
//
// Prints the PSS of serve + its Chromium processes (smaps_rollup, as
// session_memory) when idle after a warm-up and then every --every finished
// applications (the memory curve), the processes and descriptors of the idle
// server after the warm-up vs at the end (leak counts), every outcome, the
// submissions each site recorded vs the applications that ended `submitted`
// (a double submit shows as more), wall time and applications per minute.
#include <signal.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>
#include <vector>

#include "bench_support.h"
#include "fixtures/ats_sites/ats_sites.h"
#include "fixtures/demo_site/demo_site.h"
#include "server/serve_client.h"
#include "server/server.h"
#include "support/process.h"
#include "support/serve_process.h"

namespace {

namespace json = boost::json;
namespace fs = std::filesystem;
using applier::testing::Http;
using applier::testing::ServeProcess;
using applier::testing::StringAt;
using applier::testing::WsClient;
using Clock = std::chrono::steady_clock;

const char* kSecret = "soak-benchmark-secret-0123456789abcdefghij";
const char* kPassword = "soak-password";

struct Site {
  std::string name;
  std::string url;
};

struct User {
  std::string name;
  std::string token;
};

// How one application ended, as the person watching it saw it.
struct Ending {
  std::string site;
  std::string outcome;  // the final event's, or "no outcome" when none came
  std::string reason;
  int questions = 0;
  int drafts = 0;
  double seconds = 0;
};

// The idle server: its process tree and what it holds.
struct Snapshot {
  int finished = 0;
  double pss_mb = 0;
  int processes = 0;    // serve and every descendant
  int chromium = 0;     // processes naming the server's TMPDIR (orphans too)
  int descriptors = 0;  // serve's /proc/<pid>/fd
  // What those processes are: Chromium's --type (renderer, zygote, gpu-process,
  // utility:sub-type), else the program's name.
  std::map<std::string, int> kinds;
};

// Chromium rewrites its command line (one string, --type= often cut off), so
// its processes are told apart by the switches that are left.
std::string ProcessKind(pid_t pid) {
  const std::string cmdline =
      applier::testing::ReadFile("/proc/" + std::to_string(pid) + "/cmdline");
  if (cmdline.empty()) return "gone";
  auto value_of = [&](const std::string& name) -> std::string {
    const auto at = cmdline.find(name);
    if (at == std::string::npos) return "";
    const auto start = at + name.size();
    return cmdline.substr(start, cmdline.find_first_of(std::string(" \0", 2), start) - start);
  };
  if (auto type = value_of("--type="); !type.empty()) {
    auto sub = value_of("--utility-sub-type=");
    return sub.empty() ? type : type + ":" + sub;
  }
  if (cmdline.find("--renderer-client-id") != std::string::npos) return "renderer";
  if (cmdline.find("--gpu-preferences") != std::string::npos) return "gpu-process";
  if (cmdline.find("--remote-debugging-pipe") != std::string::npos) return "browser";
  if (cmdline.find("--ozone-platform") != std::string::npos) return "zygote";
  if (cmdline.find("--shared-files") != std::string::npos) return "helper";
  return fs::path(cmdline.substr(0, cmdline.find_first_of(std::string(" \0", 2))))
      .filename()
      .string();
}

std::string KindsText(const std::map<std::string, int>& kinds) {
  std::string text;
  for (const auto& [kind, count] : kinds) {
    text += (text.empty() ? "" : ", ") + kind + " " + std::to_string(count);
  }
  return text;
}

Snapshot Measure(const ServeProcess& serve, const fs::path& tmp_dir, int finished) {
  const auto pss = applier::bench::ProcessTreePss(serve.pid());
  const auto chromium = applier::testing::ProcessesMatching(tmp_dir.string());
  std::set<pid_t> all = applier::bench::ProcessTree(serve.pid());
  all.insert(chromium.begin(), chromium.end());
  std::map<std::string, int> kinds;
  for (pid_t pid : all) ++kinds[ProcessKind(pid)];
  return {.finished = finished,
          .pss_mb = applier::bench::KbToMb(pss.kb),
          .processes = pss.processes,
          .chromium = static_cast<int>(chromium.size()),
          .descriptors = serve.OpenDescriptors(),
          .kinds = std::move(kinds)};
}

// Waits until the server is idle (no application running or queued, the counts
// unchanged for 3 s: Chromium ends a closed context's processes a little later),
// up to `limit`, and measures it there.
Snapshot MeasureIdle(const ServeProcess& serve, const fs::path& tmp_dir, int finished,
                     std::chrono::seconds limit = std::chrono::seconds(60)) {
  const auto deadline = Clock::now() + limit;
  Snapshot last = Measure(serve, tmp_dir, finished);
  int steady_for = 0;
  while (Clock::now() < deadline && steady_for < 3) {
    std::this_thread::sleep_for(std::chrono::seconds(1));
    Snapshot now = Measure(serve, tmp_dir, finished);
    const bool steady = now.processes == last.processes && now.descriptors == last.descriptors &&
                        now.chromium == last.chromium && now.kinds == last.kinds;
    steady_for = steady ? steady_for + 1 : 0;
    last = std::move(now);
  }
  return last;
}

// The person's answer to one question: what the service suggests, else the
// first option, else a short text that fits most free-text boxes.
json::value AnswerFor(const json::value& question) {
  if (const auto* suggestion = question.as_object().if_contains("suggestion");
      suggestion && suggestion->is_string() && !suggestion->as_string().empty()) {
    return *suggestion;
  }
  if (const auto* options = question.as_object().if_contains("options");
      options && options->is_array() && !options->as_array().empty()) {
    return options->as_array().front();
  }
  return json::value("Yes");
}

void Reply(WsClient& ws, const json::value& hitl_id, json::value response) {
  ws.SendText(json::serialize(json::object{
      {"type", "hitl:response"},
      {"data", json::object{{"hitl_id", hitl_id}, {"response", std::move(response)}}}}));
}

bool IsFinal(const json::value& event) {
  const std::string type = StringAt(event, "type");
  if (type != "applier:complete" && type != "applier:error") return false;
  const auto* data = event.as_object().if_contains("data");
  return data && data->is_object() && data->as_object().contains("outcome");
}

// Applies to `site` as `user` and plays the person until the outcome; reconnects
// when the socket drops (the server replays what was missed).
Ending ApplyAndWatch(unsigned short port, const User& user, const Site& site,
                     std::chrono::seconds limit) {
  Ending ending{.site = site.name,
                .outcome = "no outcome",
                .reason = "",
                .questions = 0,
                .drafts = 0,
                .seconds = 0};
  const auto started = Clock::now();
  auto applied = Http(port, "POST", "/api/jobs/apply",
                      json::serialize(json::object{{"url", site.url}}), user.token);
  if (applied.status != 202) {
    ending.outcome = "refused";
    ending.reason = "POST /api/jobs/apply answered " + std::to_string(applied.status) + ": " +
                    applied.body.substr(0, 200);
    return ending;
  }
  const std::string session = StringAt(applied.Json(), "session_id");
  std::set<std::string> answered;
  const auto deadline = started + limit;
  while (Clock::now() < deadline && ending.outcome == "no outcome") {
    WsClient ws;
    if (!ws.Connect(port, "/ws/" + session + "?frames=binary&token=" + user.token)) {
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      continue;
    }
    while (Clock::now() < deadline) {
      auto message =
          ws.Read(std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()));
      if (!message) break;
      if (message->binary) continue;
      const auto event = message->Json();
      if (!event.is_object()) continue;
      const std::string type = StringAt(event, "type");
      if (type == "hitl:request" || type == "draft:review") {
        const auto& data = event.at("data");
        const std::string id = StringAt(data, "hitl_id");
        if (!answered.insert(id).second) continue;  // replayed after a reconnect
        if (type == "draft:review") {
          ++ending.drafts;
          Reply(ws, data.at("hitl_id"), "confirm");
          continue;
        }
        json::object answers;
        if (const auto* questions = data.as_object().if_contains("questions");
            questions && questions->is_array()) {
          for (const auto& q : questions->as_array()) {
            answers[StringAt(q, "id")] = AnswerFor(q);
            ++ending.questions;
          }
        }
        Reply(ws, data.at("hitl_id"), std::move(answers));
      } else if (IsFinal(event)) {
        ending.outcome = StringAt(event.at("data"), "outcome");
        ending.reason = StringAt(event.at("data"), "reason");
        break;
      }
    }
    ws.Close();
  }
  if (ending.outcome == "no outcome") {
    const auto stored = Http(port, "GET", "/api/applications/" + session, "", user.token);
    ending.reason = "no outcome within " + std::to_string(limit.count()) +
                    " s; stored: " + stored.body.substr(0, 300);
  }
  ending.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  return ending;
}

std::vector<std::string> Split(const std::string& text) {
  std::vector<std::string> parts;
  std::stringstream in(text);
  for (std::string part; std::getline(in, part, ',');) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

void PrintSnapshot(const char* label, const Snapshot& s) {
  std::printf("  %-26s %5d  %9.1f  %9d  %8d  %11d\n", label, s.finished, s.pss_mb, s.processes,
              s.chromium, s.descriptors);
}

json::object SnapshotJson(const Snapshot& s) {
  return json::object{{"finished", s.finished},
                      {"pss_mb", applier::bench::JsonNumber(s.pss_mb)},
                      {"processes", s.processes},
                      {"chromium_processes", s.chromium},
                      {"descriptors", s.descriptors}};
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"soak: many applications through one `applier serve`, memory and leaks"};
  int apps = 200;
  int slots = 4;
  int every = 20;
  int warmup = 0;
  int limit_s = 600;
  std::string site_names = "demo,lever,shadow,gated,ashby,workday";
  std::string chromium = "/usr/bin/chromium";
  app.add_option("--apps", apps, "Applications after the warm-up (default 200)");
  app.add_option("--slots", slots, "Worker slots of the server (default 4)");
  app.add_option("--every", every, "Measure memory every N finished applications (default 20)");
  app.add_option("--warmup", warmup,
                 "Applications before the first idle measurement (default: 2 x slots)");
  app.add_option("--limit-s", limit_s, "Give up on one application after this (default 600)");
  app.add_option("--sites", site_names, "Sites taken in turn (default all fillable ones)");
  app.add_option("--chromium", chromium, "Chromium for the server (default /usr/bin/chromium)");
  CLI11_PARSE(app, argc, argv);
  if (warmup <= 0) warmup = 2 * slots;
  spdlog::set_level(spdlog::level::warn);
  applier::bench::PrepareProcess();

  auto demo = applier::fixtures::DemoSite::Start({});
  auto ats = applier::fixtures::AtsSites::Start({});
  if (!demo || !ats) {
    std::fprintf(stderr, "a fixture site did not start\n");
    return 1;
  }
  std::vector<Site> sites;
  for (const auto& name : Split(site_names)) {
    const std::string url = name == "demo" ? (*demo)->posting_url() : (*ats)->url(name);
    if (url.empty()) {
      std::fprintf(stderr, "unknown site %s\n", name.c_str());
      return 1;
    }
    sites.push_back({name, url});
  }

  applier::testing::TempDir dir;
  const fs::path data_dir = dir.path() / "data";
  const fs::path tmp_dir = dir.path() / "tmp";
  std::vector<User> users;
  for (int i = 0; i < slots; ++i) {
    users.push_back({"soak" + std::to_string(i), ""});
    if (auto added = applier::server::AddUser(data_dir, users.back().name, kPassword); !added) {
      std::fprintf(stderr, "cannot add a user: %s\n", added.error().message.c_str());
      return 1;
    }
  }
  std::string log;
  auto serve =
      ServeProcess::Start({.data_dir = data_dir,
                           .tmp_dir = tmp_dir,
                           .args = {"--workers", std::to_string(slots), "--chromium", chromium,
                                    "--allow-host", "127.0.0.1", "--allow-host", "localhost"},
                           .env = {std::string("APPLIER_JWT_SECRET=") + kSecret}},
                          &log);
  if (!serve) {
    std::fprintf(stderr, "applier serve did not start:\n%s\n", log.c_str());
    return 1;
  }
  const unsigned short port = serve->port();
  const fs::path examples = fs::path(APPLIER_SOURCE_DIR) / "examples";
  const std::string resume = applier::testing::ReadFile(examples / "resume.pdf");
  const std::string profile = applier::testing::ReadFile(examples / "profile.yaml");
  for (auto& user : users) {
    auto login =
        Http(port, "POST", "/api/auth/login",
             json::serialize(json::object{{"username", user.name}, {"password", kPassword}}));
    user.token = StringAt(login.Json(), "token");
    auto upload = Http(port, "POST", "/api/documents", resume, user.token,
                       {{"X-Filename", "resume.pdf"}, {"Content-Type", "application/pdf"}});
    auto put = Http(port, "PUT", "/api/profile", json::serialize(json::object{{"yaml", profile}}),
                    user.token);
    if (login.status != 200 || upload.status != 201 || put.status != 200) {
      std::fprintf(stderr, "setup of %s failed: login %d, upload %d %s, profile %d %s\n",
                   user.name.c_str(), login.status, upload.status, upload.body.c_str(), put.status,
                   put.body.c_str());
      return 1;
    }
  }
  const Snapshot at_start = Measure(*serve, tmp_dir, 0);
  std::printf(
      "soak: %d applications (+%d warm-up) through applier serve (pid %d), %d slots, "
      "%zu sites, load average %.2f\n",
      apps, warmup, serve->pid(), slots, sites.size(), applier::bench::LoadAverage());
  std::fflush(stdout);

  std::mutex mutex;  // guards endings, curve
  std::vector<Ending> endings;
  std::vector<Snapshot> curve;
  const auto limit = std::chrono::seconds(limit_s);

  // Runs applications [first, last) with 2 x slots in flight; applications are
  // spread over the users and the sites in turn.
  auto run_batch = [&](int first, int last, bool sample) {
    std::atomic<int> next{first};
    std::atomic<int> finished{0};
    std::atomic<bool> done{false};
    std::thread sampler;
    if (sample) {
      sampler = std::thread([&] {
        int mark = every;
        while (!done.load()) {
          if (finished.load() >= mark) {
            Snapshot s = Measure(*serve, tmp_dir, finished.load());
            std::printf("    after %4d: PSS %8.1f MB, %3d processes, %4d descriptors\n", s.finished,
                        s.pss_mb, s.processes, s.descriptors);
            std::fflush(stdout);
            std::lock_guard lock(mutex);
            curve.push_back(s);
            mark += every;
          }
          std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
      });
    }
    std::vector<std::thread> clients;
    for (int c = 0; c < 2 * slots; ++c) {
      clients.emplace_back([&] {
        for (int i = next.fetch_add(1); i < last; i = next.fetch_add(1)) {
          Ending ending = ApplyAndWatch(port, users[static_cast<std::size_t>(i) % users.size()],
                                        sites[static_cast<std::size_t>(i) % sites.size()], limit);
          {
            std::lock_guard lock(mutex);
            endings.push_back(std::move(ending));
          }
          finished.fetch_add(1);
        }
      });
    }
    for (auto& client : clients) client.join();
    done.store(true);
    if (sampler.joinable()) sampler.join();
  };

  run_batch(0, warmup, false);
  const Snapshot after_warmup = MeasureIdle(*serve, tmp_dir, 0);
  std::printf(
      "  warm-up done (%d applications); idle: PSS %.1f MB, %d processes, %d "
      "descriptors\n",
      warmup, after_warmup.pss_mb, after_warmup.processes, after_warmup.descriptors);
  std::fflush(stdout);
  const auto soak_started = Clock::now();
  run_batch(warmup, warmup + apps, true);
  const double wall_s = std::chrono::duration<double>(Clock::now() - soak_started).count();
  const Snapshot at_end = MeasureIdle(*serve, tmp_dir, apps);

  // What the sites received, per site, against the applications that ended
  // `submitted` (and `unknown`: the click may have gone out) there.
  std::map<std::string, std::size_t> recorded;
  for (const auto& site : sites) {
    recorded[site.name] =
        site.name == "demo" ? (*demo)->Submissions().size() : (*ats)->Submissions(site.name).size();
  }
  std::map<std::string, int> outcomes;
  std::map<std::string, int> submitted_at, unknown_at;
  std::map<std::string, int> reasons;
  std::vector<double> durations;
  int questions = 0, drafts = 0;
  for (const auto& e : endings) {
    ++outcomes[e.outcome];
    if (e.outcome == "submitted") ++submitted_at[e.site];
    if (e.outcome == "unknown") ++unknown_at[e.site];
    if (e.outcome != "submitted") ++reasons[e.site + ": " + e.outcome + ": " + e.reason];
    durations.push_back(e.seconds);
    questions += e.questions;
    drafts += e.drafts;
  }

  const int stop_code = serve->Stop(SIGTERM);
  std::this_thread::sleep_for(std::chrono::seconds(2));
  const int chromium_after_stop = applier::testing::CountProcessesMatching(tmp_dir.string());

  std::printf("\nmemory and leaks (idle server unless noted)\n");
  std::printf("  %-26s %5s  %9s  %9s  %8s  %11s\n", "", "apps", "PSS MB", "processes", "chromium",
              "descriptors");
  PrintSnapshot("at start (no browser yet)", at_start);
  PrintSnapshot("after warm-up", after_warmup);
  for (const auto& s : curve) PrintSnapshot("  under load", s);
  PrintSnapshot("at the end", at_end);
  std::printf(
      "  growth end - warm-up: PSS %+.1f MB, processes %+d, chromium %+d, descriptors "
      "%+d\n",
      at_end.pss_mb - after_warmup.pss_mb, at_end.processes - after_warmup.processes,
      at_end.chromium - after_warmup.chromium, at_end.descriptors - after_warmup.descriptors);
  std::printf("  processes after warm-up: %s\n", KindsText(after_warmup.kinds).c_str());
  std::printf("  processes at the end:    %s\n", KindsText(at_end.kinds).c_str());
  std::printf("  after SIGTERM: exit code %d, %d Chromium process(es) left\n", stop_code,
              chromium_after_stop);

  std::printf("\noutcomes of all %zu applications (warm-up included)\n", endings.size());
  for (const auto& [outcome, count] : outcomes) {
    std::printf("  %-16s %d\n", outcome.c_str(), count);
  }
  std::printf("  questions answered %d, drafts confirmed %d\n", questions, drafts);
  if (!reasons.empty()) std::printf("  not submitted, by reason:\n");
  for (const auto& [reason, count] : reasons) {
    std::printf("    %3d x %s\n", count, reason.c_str());
  }

  std::printf("\nsubmissions recorded by the sites (warm-up included)\n");
  bool double_submit = false;
  std::size_t recorded_total = 0;
  for (const auto& site : sites) {
    const int submitted = submitted_at[site.name];
    const int unknown = unknown_at[site.name];
    const std::size_t got = recorded[site.name];
    recorded_total += got;
    const bool ok = got >= static_cast<std::size_t>(submitted) &&
                    got <= static_cast<std::size_t>(submitted + unknown);
    double_submit = double_submit || got > static_cast<std::size_t>(submitted + unknown);
    std::printf("  %-8s recorded %3zu, submitted %3d, unknown %d  %s\n", site.name.c_str(), got,
                submitted, unknown, ok ? "ok" : "MISMATCH");
  }

  const double per_min = static_cast<double>(apps) / wall_s * 60.0;
  std::printf(
      "\nwall time %.1f s for %d applications: %.2f applications/min "
      "(p50 %.1f s, p95 %.1f s each, job URL to outcome); load average %.2f\n",
      wall_s, apps, per_min, applier::bench::Percentile(durations, 50),
      applier::bench::Percentile(durations, 95), applier::bench::LoadAverage());

  json::array curve_json;
  for (const auto& s : curve) curve_json.push_back(SnapshotJson(s));
  json::object outcomes_json;
  for (const auto& [outcome, count] : outcomes) outcomes_json[outcome] = count;
  json::object figures{{"apps", apps},
                       {"warmup", warmup},
                       {"slots", slots},
                       {"at_start", SnapshotJson(at_start)},
                       {"after_warmup", SnapshotJson(after_warmup)},
                       {"curve", std::move(curve_json)},
                       {"at_end", SnapshotJson(at_end)},
                       {"outcomes", std::move(outcomes_json)},
                       {"site_submissions", recorded_total},
                       {"double_submit", double_submit},
                       {"chromium_after_stop", chromium_after_stop},
                       {"serve_exit_code", stop_code},
                       {"wall_s", applier::bench::JsonNumber(wall_s)},
                       {"apps_per_min", applier::bench::JsonNumber(per_min)},
                       {"load_avg_1m", applier::bench::JsonNumber(applier::bench::LoadAverage())}};
  std::printf("%s\n", applier::bench::JsonLine(figures).c_str());
  return 0;
}
