// HitlRegistry keeps the questions and drafts that wait for a person, by id, so an
// answer can arrive from anywhere — `POST /api/hitl/resolve` or a `hitl:response`
// on any of the user's WebSockets — and reach the waiting application exactly once.
//
// Life of a request: Open() → Resolve() (answered) or Expire() (timed out,
// cancelled). Answered and expired requests are remembered for a while so a late
// or repeated answer gets a clear "already answered" / "expired" instead of
// reaching nobody.
//
// Thread-safe. The answer callback runs on the resolving thread, outside the lock.
#pragma once

#include <boost/json/value.hpp>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace applier::server {

enum class HitlKind { kQuestions, kDraft };

enum class ResolveResult {
  kResolved,
  kNotFound,         // no such id, or it expired: 404
  kForbidden,        // someone else's: 403
  kAlreadyAnswered,  // 409
};

class HitlRegistry {
 public:
  // Called once with the answer, or with nullopt when the session was cancelled.
  using Callback = std::function<void(std::optional<boost::json::value>)>;

  // The new request's id ("hitl_" and 24 hex digits); kIo when the system's
  // random source failed, and then nothing is opened.
  Result<std::string> Open(std::string session_id, std::string user_id, HitlKind kind,
                           Callback callback);
  // The request stopped waiting. true when it was still open (nobody answered).
  bool Expire(const std::string& hitl_id);
  // `session_id` may be empty (a WebSocket message names none; its socket does).
  ResolveResult Resolve(std::string_view user_id, std::string_view session_id,
                        std::string_view hitl_id, boost::json::value response);
  // The open request of a session (a run waits for one at a time): where a chat
  // message goes.
  std::optional<std::string> OpenRequestOf(std::string_view session_id,
                                           std::optional<HitlKind> kind = std::nullopt);
  // Wakes every open request of the session with nullopt (cancel, hard limit).
  void CancelSession(std::string_view session_id);
  std::size_t open_count() const;

 private:
  enum class State { kOpen, kAnswered, kExpired };
  struct Entry {
    std::string session_id;
    std::string user_id;
    HitlKind kind;
    State state = State::kOpen;
    Callback callback;
    std::chrono::steady_clock::time_point closed_at;
  };
  void PruneLocked();

  mutable std::mutex mutex_;  // guards entries_
  std::map<std::string, Entry, std::less<>> entries_;
};

}  // namespace applier::server
