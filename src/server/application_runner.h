// ApplicationRunner is the worker pool of the embedded service: `workers`
// coroutines on the browser strand, each claiming one queued application at a
// time and running session::ApplicationRun for it in its own browser context, with
// the user's stored profile, a WebHumanChannel, the live view (screencast frames
// to the event bus, a person's input forwarded to the page) and the time limits:
// the soft one ends filling (the run goes to the draft or stops), the hard one
// cancels the session and records it. Runs get the service's LLM (when one is
// configured) and the user's documents for free-text questions and unknown pages;
// what the LLM cost is added to the application's row and to /metrics.
//
// Threading: Start/Stop from any thread; everything else runs on the strand. What
// a run stores leaves the strand: its events go to its session's lane on the
// blocking pool (stored in order, before the final event), and the calls it awaits
// on its answers, submit-intent log and documents run on the pool. The saved-answer
// lookups planning makes on the strand (AnswerBank is synchronous) are answered
// from the user's answers read into memory on the pool before the run; each
// answer saved is written on a pool lane.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <memory>
#include <optional>
#include <string>

#include "browser/browser.h"
#include "core/result.h"
#include "queue/task_queue.h"
#include "server/service.h"

namespace applier::server {

class ApplicationRunner {
 public:
  explicit ApplicationRunner(Service& service) : service_(service) {}

  // Re-queues what the previous process left unfinished: queued, running or
  // waiting applications fill again (up to the draft); one that had recorded its
  // submit intent ends with outcome "unknown" — never submitted twice.
  Status RecoverUnfinished();
  // Spawns the workers. Call once.
  void Start();
  // Stops claiming work and closes the browser. Runs in flight are abandoned as a
  // crash would leave them, and picked up by the next start. Must not be called
  // on an io thread.
  void Stop();

  // Forwards a person's click/typing/key to the session's page (takeover).
  void ForwardInput(std::string_view session_id, boost::json::object input);

 private:
  // A worker whose loop fails outside a run is started again (while not stopping).
  void SpawnWorker();
  boost::asio::awaitable<void> Worker();
  // How a run ended, stored and announced by the worker once the task has left
  // the queue; none when there was nothing to run (cancelled while queued).
  struct Ending {
    std::string state;  // done | kept_draft
    std::string outcome;
    std::string message;
    std::string receipt;  // JSON, submitted applications only
  };
  boost::asio::awaitable<std::optional<Ending>> Run(queue::Task task);
  // The ending of a run that threw: its live session ended, its questions
  // withdrawn, the reason kept for the person; "unknown" past the submit intent.
  boost::asio::awaitable<Ending> Crashed(const queue::Task& task, const std::string& what);
  // Stores the ending and announces it. When the store refuses it (a full disk)
  // the person is told at once, and KeepStoring takes it over: the worker is free
  // for the next application meanwhile.
  boost::asio::awaitable<void> Finish(const std::string& user_id, const std::string& session_id,
                                      Ending ending);
  // Hands the ending Finish could not store to KeepStoring, off the worker.
  void StoreLater(std::string user_id, std::string session_id, Ending ending);
  // Tries the ending, and the session's events the store refused, every few
  // seconds until the store takes them (or the service stops).
  boost::asio::awaitable<void> KeepStoring(std::string user_id, std::string session_id,
                                           Ending ending);
  boost::asio::awaitable<Status> StoreEnding(const std::string& session_id, const Ending& ending);
  boost::asio::awaitable<Result<std::shared_ptr<browser::Browser>>> EnsureBrowser();
  // The run's LLM calls, tokens and cost: into its row and the /metrics counters.
  // The job's name for the history (ApplicationReport::job_title); a failure to
  // store it is logged, the run's outcome stands.
  boost::asio::awaitable<void> StoreJobTitle(const std::string& session_id,
                                             const std::string& title);
  boost::asio::awaitable<void> RecordLlmSpend(const std::string& session_id,
                                              const session::ApplicationReport& report);

  Service& service_;
  // Strand only:
  std::shared_ptr<browser::Browser> browser_;
  bool launching_ = false;
  std::atomic<int> workers_alive_{0};
  std::atomic<int> endings_unstored_{0};  // KeepStoring coroutines running
};

}  // namespace applier::server
