#include "server/application_runner.h"

#include <spdlog/spdlog.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>
#include <fstream>
#include <future>
#include <sstream>
#include <thread>

#include "knowledge/answer_bank.h"
#include "knowledge/document_digest.h"
#include "knowledge/document_library.h"
#include "knowledge/profile.h"
#include "server/web_human_channel.h"
#include "session/application_run.h"
#include "store/application_log.h"
#include "store/database.h"
#include "store/served_application_table.h"
#include "store/user_table.h"

namespace applier::server {

namespace asio = boost::asio;
namespace json = boost::json;

namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

asio::awaitable<void> Sleep(std::chrono::milliseconds duration) {
  asio::steady_timer timer(co_await asio::this_coro::executor, duration);
  boost::system::error_code ignored;
  co_await timer.async_wait(asio::redirect_error(asio::use_awaitable, ignored));
}

// What exactly was sent: every value, each file with its hash, the site's answer.
json::object BuildReceipt(const store::ServedApplication& app,
                          const session::ApplicationReport& report,
                          const knowledge::Profile& profile, bool has_confirmation_shot) {
  json::array values;
  json::array files;
  for (const auto& field : report.fields) {
    if (field.status != "filled") continue;
    if (field.kind == "file") {
      json::object file{{"label", field.label}, {"filename", field.value}};
      for (const auto& path : {profile.resume, profile.cover_letter}) {
        if (!path.empty() && path.filename() == field.value) {
          const std::string bytes = ReadFile(path);
          file["bytes"] = bytes.size();
          file["sha256"] = knowledge::Sha256Hex(bytes);
        }
      }
      files.push_back(std::move(file));
      continue;
    }
    values.push_back(
        json::object{{"label", field.label},
                     {"name", field.name},
                     {"value", IsSensitiveQuestion(field.label) ? "••••" : field.value},
                     {"source", field.source}});
  }
  json::object receipt{{"session_id", app.session_id},
                       {"url", app.url},
                       {"outcome", session::ToString(report.outcome)},
                       {"values", std::move(values)},
                       {"files", std::move(files)},
                       {"confirmation_text", report.confirmation_text}};
  receipt["confirmation_screenshot_url"] =
      has_confirmation_shot
          ? json::value("/api/applications/" + app.session_id + "/confirmation.jpg")
          : json::value(nullptr);
  return receipt;
}

session::SessionEvent FinalEvent(const std::string& outcome, const std::string& message,
                                 const std::string& state) {
  return session::SessionEvent{outcome == "failed" ? "applier:error" : "applier:complete", message,
                               json::object{{"outcome", outcome},
                                            {"reason", message},
                                            {"status", state},
                                            {"resumable", state == "kept_draft"}}};
}

// Outside the coroutines that use it: GCC 12 miscompiles braced initialiser
// lists holding string literals inside a coroutine body.
json::object OutcomeAudit(const std::string& outcome, const std::string& message) {
  return json::object{{"outcome", outcome}, {"message", message}};
}

json::object StartAudit(const std::string& url, bool draft_mode) {
  return json::object{{"url", url}, {"draft_mode", draft_mode}};
}

// A run's store call on the pool (session::StoreOffload).
asio::awaitable<void> OnPool(BlockingPool& pool, std::function<void()> call) {
  co_await pool.Run([&] {
    call();
    return true;
  });
}

json::object SubmitAudit(const std::string& confirmation_text, const json::value& files) {
  return json::object{{"confirmation_text", confirmation_text}, {"files", files}};
}

}  // namespace

Status ApplicationRunner::RecoverUnfinished() {
  // The click may have gone out before the stop: such an application is never
  // run again; it ends `unknown` and whoever watches it is told to check the site.
  const std::string past_intent =
      "The service stopped while submitting; check the site before applying again";
  std::vector<store::ServedApplication> unknown;
  auto recovered = service_.WithDb([&](store::Database& db) -> Status {
    store::ServedApplicationTable table(db);
    store::ApplicationLog log(db);
    auto unfinished = table.Unfinished();
    if (!unfinished) return Fail(unfinished.error());
    for (const auto& app : *unfinished) {
      auto record = log.Get(app.user_id, app.session_id);
      if (record && !record->submit_intent_at.empty() && record->outcome != "stopped_at_draft") {
        if (auto st = table.Finish(app.session_id, "done", "unknown", past_intent, ""); !st) {
          return st;
        }
        unknown.push_back(app);
        continue;
      }
      if (auto st = table.SetState(app.session_id, "queued"); !st) return st;
      if (auto st = service_.Enqueue(app.user_id, app.session_id); !st) return st;
      spdlog::info("re-queued application {} after a restart", app.session_id);
    }
    return Status{};
  });
  // Announced outside the store's lock: publishing stores the event too.
  for (const auto& app : unknown) {
    spdlog::warn("application {} was being submitted when the service stopped: unknown",
                 app.session_id);
    service_.Audit(app.user_id, app.session_id, "outcome", OutcomeAudit("unknown", past_intent));
    service_.Publish(app.session_id, app.user_id, FinalEvent("unknown", past_intent, "done"));
  }
  return recovered;
}

void ApplicationRunner::Start() {
  for (int i = 0; i < service_.options.workers; ++i) {
    workers_alive_.fetch_add(1);
    SpawnWorker();
  }
}

void ApplicationRunner::SpawnWorker() {
  asio::co_spawn(*service_.browser_strand, Worker(), [this](std::exception_ptr error) {
    if (error) {
      try {
        std::rethrow_exception(error);
      } catch (const std::exception& e) {
        spdlog::error("a worker failed outside a run: {}", e.what());
      } catch (...) {
        spdlog::error("a worker failed outside a run");
      }
      // Supervised: the pool keeps its size while the service runs.
      if (!service_.stopping.load()) {
        SpawnWorker();
        return;
      }
    }
    workers_alive_.fetch_sub(1);
  });
}

void ApplicationRunner::Stop() {
  // Runs are stopped where they are: their state stays queued/running/waiting in
  // the store, so the next start picks them up, and nothing a run does from here
  // on is recorded (Service drops events and audit rows while stopping).
  service_.stopping.store(true);
  service_.queue.Close();
  service_.CancelAllLive();
  auto on_strand = [this](auto work) {
    auto done = std::make_shared<std::promise<void>>();
    asio::post(*service_.browser_strand, [work, done] {
      work();
      done->set_value();
    });
    return done->get_future().wait_for(std::chrono::seconds(10)) == std::future_status::ready;
  };
  // Closing the browser fails every pending page call at once, so each run ends
  // at its next step; the Browser object itself stays until the runs are gone,
  // because their contexts still refer to it.
  // Terminating Chromium blocks for up to seconds, so only the connection is
  // closed on the strand; the process is ended here, on the stopping thread.
  auto process = std::make_shared<std::unique_ptr<browser::ChromiumProcess>>();
  const bool closed = on_strand([this, process] {
    if (browser_) *process = browser_->CloseConnection();
  });
  if (closed && *process) (*process)->Terminate();
  // Sleeping is fine here: Stop() runs on the thread stopping the service, never
  // on an I/O thread (which the runs being waited for need).
  for (int waited = 0; workers_alive_.load() + endings_unstored_.load() > 0 && waited < 150;
       ++waited) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  if (workers_alive_.load() > 0) {
    spdlog::warn("{} worker(s) did not stop in time ({} running, browser {})",
                 workers_alive_.load(), service_.queue.running(),
                 launching_ ? "launching" : (browser_ ? "open" : "none"));
    return;  // leave the browser to the destructor rather than free it under a run
  }
  on_strand([this] { browser_.reset(); });
}

asio::awaitable<Result<std::shared_ptr<browser::Browser>>> ApplicationRunner::EnsureBrowser() {
  while (launching_) co_await Sleep(std::chrono::milliseconds(50));
  if (browser_ && !browser_->crash_reason()) co_return browser_;
  launching_ = true;
  if (browser_) {
    spdlog::warn("the browser went away ({}); starting a new one", *browser_->crash_reason());
    // Terminate() waits for the exit and removes the profile directory: off the
    // I/O thread.
    std::shared_ptr<browser::ChromiumProcess> process = browser_->CloseConnection();
    browser_.reset();
    if (process) {
      co_await service_.blocking.Run([process] {
        process->Terminate();
        return true;
      });
    }
  }
  browser::BrowserOptions options;
  options.launch.executable = service_.options.chromium;
  if (service_.proxy) options.launch.proxy_server = service_.proxy->proxy_server();
  options.max_contexts = static_cast<std::size_t>(service_.options.workers);
  auto launched = co_await browser::Browser::Launch(*service_.browser_strand, options);
  launching_ = false;
  if (!launched) co_return Fail(launched.error());
  browser_ = *launched;
  co_return browser_;
}

asio::awaitable<void> ApplicationRunner::Worker() {
  for (;;) {
    auto task = co_await service_.queue.Claim();
    if (!task) co_return;
    service_.metrics.busy_workers.fetch_add(1);
    std::optional<Ending> ending;
    std::optional<std::string> crash;
    // The run's boundary: whatever escapes it fails this application only; the
    // task still leaves the queue and the worker takes the next one.
    try {
      ending = co_await Run(*task);
    } catch (const std::exception& e) {
      crash = e.what();
    } catch (...) {
      crash = "an exception that is not a std::exception";
    }
    // Outside the handler: a coroutine cannot co_await in one.
    if (crash) ending = co_await Crashed(*task, *crash);
    service_.metrics.busy_workers.fetch_sub(1);
    // The task leaves the queue before its outcome is stored or announced: a
    // client that reacts to either (resuming a kept draft, applying again) must
    // find the task gone, not "already queued or running".
    service_.queue.Complete(task->id);
    if (ending) co_await Finish(task->user_id, task->session_id, std::move(*ending));
  }
}

asio::awaitable<ApplicationRunner::Ending> ApplicationRunner::Crashed(const queue::Task& task,
                                                                      const std::string& what) {
  spdlog::error("application {} failed on an internal error: {}", task.session_id, what);
  service_.hitl.CancelSession(task.session_id);
  co_await service_.EventsStored(task.session_id);  // the final event comes after them
  service_.EndLive(task.session_id);
  const std::string reason = "The run stopped on an internal error (" + what + ")";
  // Past its submit intent the click may have gone out: ask, never retry blindly.
  // A reader sees the intent: it is committed before the click.
  auto record = co_await service_.blocking.Run([&] {
    return service_.ReadDb([&](store::Database& db) {
      return store::ApplicationLog(db).Get(task.user_id, task.session_id);
    });
  });
  if (record && !record->submit_intent_at.empty()) {
    co_return Ending{.state = "done",
                     .outcome = "unknown",
                     .message = reason + " while submitting; check the site before applying again",
                     .receipt = ""};
  }
  co_return Ending{.state = "done",
                   .outcome = "failed",
                   .message = reason + "; nothing was submitted, apply again to retry",
                   .receipt = ""};
}

asio::awaitable<Status> ApplicationRunner::StoreEnding(const std::string& session_id,
                                                       const Ending& ending) {
  co_return co_await service_.blocking.Run([&] {
    return service_.WithDb([&](store::Database& db) {
      return store::ServedApplicationTable(db).Finish(session_id, ending.state, ending.outcome,
                                                      ending.message, ending.receipt);
    });
  });
}

asio::awaitable<void> ApplicationRunner::Finish(const std::string& user_id,
                                                const std::string& session_id, Ending ending) {
  if (service_.stopping.load()) co_return;  // left for the next start
  Status stored = co_await StoreEnding(session_id, ending);
  // The person learns how the run ended now, and that it is not recorded yet;
  // the row follows once the store takes it (a full disk freed), so the
  // application never stays "running" for good.
  std::string announced = ending.message;
  if (!stored) {
    spdlog::error("application {} ended {} but the store refused the outcome: {}; retrying",
                  session_id, ending.outcome, stored.error().message);
    announced += " (the service could not record this outcome yet: " + stored.error().message +
                 "; it keeps trying)";
  }
  co_await service_.PublishOffThread(session_id, user_id,
                                     FinalEvent(ending.outcome, announced, ending.state));
  if (stored) {
    co_await service_.AuditOffThread(user_id, session_id, "outcome",
                                     OutcomeAudit(ending.outcome, ending.message));
    co_return;
  }
  // Not on this worker: it would wait as long as the disk stays full, and every
  // queued application behind it with it.
  StoreLater(user_id, session_id, std::move(ending));
}

// Outside the coroutines: GCC 12 destroys a lambda built inside a coroutine's
// co_spawn call twice.
void ApplicationRunner::StoreLater(std::string user_id, std::string session_id, Ending ending) {
  endings_unstored_.fetch_add(1);
  auto done = [this, session_id](std::exception_ptr error) {
    if (error) spdlog::error("application {}: storing its outcome stopped on an error", session_id);
    endings_unstored_.fetch_sub(1);
  };
  asio::co_spawn(*service_.browser_strand,
                 KeepStoring(std::move(user_id), std::move(session_id), std::move(ending)),
                 std::move(done));
}

asio::awaitable<void> ApplicationRunner::KeepStoring(std::string user_id, std::string session_id,
                                                     Ending ending) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  bool stored = false;
  for (;;) {
    timer.expires_after(std::chrono::seconds(2));
    boost::system::error_code ec;
    co_await timer.async_wait(asio::redirect_error(asio::use_awaitable, ec));
    if (service_.stopping.load()) co_return;  // left for the next start
    if (!stored) stored = (co_await StoreEnding(session_id, ending)).has_value();
    if (!stored) continue;
    // The final event, and what came before it, were refused with the outcome.
    if (co_await service_.blocking.Run([&] { return service_.bus->Flush(session_id); })) break;
  }
  spdlog::info("application {}: outcome stored", session_id);
  co_await service_.AuditOffThread(user_id, session_id, "outcome",
                                   OutcomeAudit(ending.outcome, ending.message));
}

asio::awaitable<std::optional<ApplicationRunner::Ending>> ApplicationRunner::Run(queue::Task task) {
  const std::string& session_id = task.session_id;
  const std::string& user_id = task.user_id;
  auto app = co_await service_.blocking.Run([&] {
    return service_.WithDb([&](store::Database& db) {
      return store::ServedApplicationTable(db).Get(user_id, session_id);
    });
  });
  if (!app || app->state != "queued") co_return std::nullopt;  // cancelled while it waited

  auto failed = [](std::string message) {
    return Ending{
        .state = "done", .outcome = "failed", .message = std::move(message), .receipt = ""};
  };

  auto stored = co_await service_.blocking.Run([&] {
    return service_.WithDb(
        [&](store::Database& db) { return store::UserTable(db).Profile(user_id); });
  });
  if (!stored || !*stored) {
    co_return failed("No profile stored: save your profile (PUT /api/profile) and apply again");
  }
  auto profile = knowledge::LoadProfileFromString((*stored)->yaml, service_.DocumentsDir(user_id));
  if (!profile) {
    co_return failed("Your stored profile is no longer valid: " + profile.error().message);
  }
  // The run's own connection: its answers, submit-intent log and documents. The
  // run makes one store call at a time (on the pool, or in place for the
  // planner's saved answers), so one thread at a time uses it, as SQLite asks.
  auto opened = co_await service_.blocking.Run(
      [&] { return store::Database::Open(service_.options.data_dir / "applier.db"); });
  if (!opened) {
    co_return failed("The store could not be opened: " + opened.error().message);
  }
  auto db = std::make_shared<store::Database>(std::move(*opened));
  auto browser = co_await EnsureBrowser();
  if (!browser) {
    co_return failed("The browser could not be started: " + browser.error().message);
  }

  auto running = co_await service_.blocking.Run([&] {
    return service_.WithDb([&](store::Database& db) {
      return store::ServedApplicationTable(db).SetState(session_id, "running");
    });
  });
  if (!running) {
    // A store that cannot record the start cannot record a submit intent either:
    // stop before anything is filled.
    spdlog::error("application {}: the store refused its start: {}", session_id,
                  running.error().message);
    co_return failed("The service could not record the start of this application (" +
                     running.error().message + "); nothing was submitted, apply again to retry");
  }
  auto live = service_.StartLive(session_id, user_id);

  WebHumanChannel human(service_, {.session_id = session_id,
                                   .user_id = user_id,
                                   .draft_mode = app->draft_mode,
                                   .question_timeout = service_.options.hitl_timeout,
                                   .draft_timeout = service_.options.draft_timeout});
  Service& service = service_;
  session::EventSink sink = [&service, session_id, user_id](const session::SessionEvent& event) {
    // The channel publishes the answerable hitl:request and draft:review itself
    // (with the hitl_id); the run's own copies would only duplicate them.
    if (event.type == "hitl:request" || event.type == "draft:review") return;
    // The final event is published by the worker once the outcome is stored, so a
    // client that sees it and asks for the application reads the final state.
    if ((event.type == "applier:complete" || event.type == "applier:error") &&
        event.data.contains("outcome")) {
      return;
    }
    if (event.type == "browser:screenshot") {
      // The run reports where it wrote the draft file; clients get its URL instead.
      service.PublishInOrder(
          session_id, user_id,
          {event.type,
           event.message,
           {{"screenshot_url", "/api/applications/" + session_id + "/draft.jpg"}}});
      return;
    }
    service.PublishInOrder(session_id, user_id, event);
  };
  auto on_page = [&service, live](std::shared_ptr<browser::Page> page) {
    live->page = page;
    const std::string session = live->session_id;
    asio::co_spawn(
        *service.browser_strand,
        [page, session, &service]() -> asio::awaitable<void> {
          browser::ScreencastOptions screencast;
          screencast.quality = 60;
          auto forward = [session, &service](browser::ScreencastFrame frame) {
            service.bus->PublishFrame(session, std::move(frame.jpeg),
                                      static_cast<std::uint64_t>(frame.capture_time * 1000));
          };
          (void)co_await page->StartScreencast(screencast, forward);
        },
        asio::detached);
  };

  std::filesystem::create_directories(service_.DraftPath(session_id).parent_path());
  knowledge::AnswerBank bank(*db);
  // Planning looks answers up on the strand: from memory, read here on the pool;
  // the answers a person gives are written on a lane of their own, in order.
  auto answer_lane = service_.blocking.NewLane();
  auto write_behind = [&service = service_, answer_lane](std::function<Status()> write) {
    service.blocking.Post(answer_lane, [write = std::move(write)] {
      if (auto written = write(); !written) {
        spdlog::error("a saved answer was not stored: {}", written.error().message);
      }
    });
  };
  if (auto preloaded =
          co_await service_.blocking.Run([&] { return bank.Preload(user_id, write_behind); });
      !preloaded) {
    spdlog::warn("saved answers of {} are read as needed: {}", user_id, preloaded.error().message);
  }
  store::ApplicationLog log(*db);
  knowledge::DocumentLibrary documents(*db);
  session::ApplicationRun run_with_store(
      {.browser = **browser,
       .profile = *profile,
       .answers = &bank,
       .log = &log,
       .human = human,
       .events = sink,
       .llm = service_.llm.configured() ? &service_.llm : nullptr,
       .documents = &documents,
       .store = [&service](std::function<void()> call) {
         return OnPool(service.blocking, std::move(call));
       }});
  session::ApplyOptions options;
  options.url = app->url;
  options.user_id = user_id;
  options.application_id = session_id;
  options.timeout = service_.options.soft_time_limit;
  options.screenshot_path = service_.DraftPath(session_id).string();
  options.on_page = on_page;
  options.cancel = live->cancel;
  options.paused = live->takeover;

  // The hard limit: cancel the run and wake any wait for a person.
  auto hard_limit = std::make_shared<asio::steady_timer>(*service_.browser_strand,
                                                         service_.options.hard_time_limit);
  auto hard_limited = std::make_shared<bool>(false);
  hard_limit->async_wait([&service, live, hard_limited](const boost::system::error_code& ec) {
    if (ec) return;
    *hard_limited = true;
    live->cancel->store(true);
    service.hitl.CancelSession(live->session_id);
  });

  co_await service_.AuditOffThread(user_id, session_id, "start",
                                   StartAudit(app->url, app->draft_mode));
  const auto started = std::chrono::steady_clock::now();
  auto report = co_await run_with_store.Run(options);
  hard_limit->cancel();
  if (report.time_to_draft_ms > 0)
    service_.metrics.fill_seconds.Observe(report.time_to_draft_ms / 1000);
  co_await RecordLlmSpend(session_id, report);
  co_await StoreJobTitle(session_id, report.job_title);

  std::string outcome = session::ToString(report.outcome);
  std::string message = report.message;
  std::string state = "done";
  if (*hard_limited) {
    outcome = "failed";
    message = "Stopped at the " + std::to_string(service_.options.hard_time_limit.count()) +
              " s hard time limit; nothing was submitted";
  } else if (live->user_cancelled.load() && report.outcome != session::Outcome::kSubmitted) {
    outcome = "cancelled";
    message = "Cancelled by you; nothing was submitted";
  } else if (report.outcome == session::Outcome::kStoppedAtDraft && human.draft_timed_out()) {
    state = "kept_draft";
    message = "Nobody confirmed the draft in time; it is kept, resume it from the history";
  }
  std::string receipt;
  if (report.outcome == session::Outcome::kSubmitted) {
    bool shot = false;
    if (auto frame = service_.bus->LatestFrame(session_id)) {
      shot = co_await service_.blocking.Run([&] {
        std::filesystem::create_directories(service_.ConfirmationPath(session_id).parent_path());
        std::ofstream out(service_.ConfirmationPath(session_id), std::ios::binary);
        out.write(frame->data(), static_cast<std::streamsize>(frame->size()));
        return static_cast<bool>(out);
      });
    }
    auto receipt_json = BuildReceipt(*app, report, *profile, shot);
    receipt_json["submitted_at_ms"] = std::chrono::duration_cast<std::chrono::milliseconds>(
                                          std::chrono::system_clock::now().time_since_epoch())
                                          .count();
    receipt = json::serialize(receipt_json);
    co_await service_.AuditOffThread(
        user_id, session_id, "submit",
        SubmitAudit(report.confirmation_text, receipt_json.at("files")));
  }
  spdlog::info("application {} ended: {} after {:.1f} s", session_id, outcome,
               std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  if (service_.proxy) {
    const auto egress = service_.proxy->stats();
    spdlog::info("egress so far: {} requests, {} refused, {} failed", egress.requests,
                 egress.refused, egress.failed);
  }
  // The final event, published once the ending is stored, follows every event of
  // the run; the connection closes off the strand (it may checkpoint the log).
  co_await service_.EventsStored(session_id);
  service_.EndLive(session_id);
  co_await service_.blocking.Run([&] {
    db.reset();
    return true;
  });
  co_return Ending{
      .state = state, .outcome = outcome, .message = message, .receipt = std::move(receipt)};
}

asio::awaitable<void> ApplicationRunner::StoreJobTitle(const std::string& session_id,
                                                       const std::string& title) {
  if (title.empty() || service_.stopping.load()) co_return;
  auto stored = co_await service_.blocking.Run([&] {
    return service_.WithDb([&](store::Database& db) {
      return store::ServedApplicationTable(db).SetTitle(session_id, title);
    });
  });
  if (!stored) {
    spdlog::warn("application {}: the job's title was not stored: {}", session_id,
                 stored.error().message);
  }
}

asio::awaitable<void> ApplicationRunner::RecordLlmSpend(const std::string& session_id,
                                                        const session::ApplicationReport& report) {
  if (report.llm_calls == 0 && report.llm_prompt_tokens == 0) co_return;
  llm::UsageSnapshot usage;
  usage.calls = report.llm_calls;
  usage.prompt_tokens = report.llm_prompt_tokens;
  usage.completion_tokens = report.llm_completion_tokens;
  usage.cost_usd = report.llm_cost_usd;
  service_.CountLlmUsage(usage);
  if (service_.stopping.load()) co_return;  // the next start runs it again and records it then
  auto st = co_await service_.blocking.Run([&] {
    return service_.WithDb([&](store::Database& db) {
      return store::ServedApplicationTable(db).AddLlmSpend(
          session_id, {.calls = report.llm_calls,
                       .prompt_tokens = report.llm_prompt_tokens,
                       .completion_tokens = report.llm_completion_tokens,
                       .cost_usd = report.llm_cost_usd});
    });
  });
  if (!st)
    spdlog::error("application {}: could not record its LLM use: {}", session_id,
                  st.error().message);
}

void ApplicationRunner::ForwardInput(std::string_view session_id, json::object input) {
  auto live = service_.Live(session_id);
  if (!live) return;
  asio::co_spawn(
      *service_.browser_strand,
      [live, input = std::move(input)]() -> asio::awaitable<void> {
        auto page = live->page.lock();
        if (!page) co_return;
        const std::string kind = input.contains("kind") && input.at("kind").is_string()
                                     ? std::string(input.at("kind").as_string())
                                     : "";
        if (kind == "click") {
          const auto* x = input.if_contains("x");
          const auto* y = input.if_contains("y");
          if (x && y && x->is_number() && y->is_number()) {
            browser::Point point{x->to_number<double>(), y->to_number<double>()};
            (void)co_await page->Click(point);
          }
        } else if (kind == "type") {
          if (const auto* text = input.if_contains("text"); text && text->is_string()) {
            (void)co_await page->InsertText(std::string(text->as_string()));
          }
        } else if (kind == "key") {
          if (const auto* key = input.if_contains("key"); key && key->is_string()) {
            (void)co_await page->PressKey(std::string(key->as_string()));
          }
        }
      },
      asio::detached);
}

}  // namespace applier::server
