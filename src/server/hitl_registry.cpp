#include "server/hitl_registry.h"

#include "server/random_id.h"

namespace applier::server {
namespace {

constexpr auto kRemembered = std::chrono::hours(1);

}  // namespace

Result<std::string> HitlRegistry::Open(std::string session_id, std::string user_id, HitlKind kind,
                                       Callback callback) {
  // A guessable id would let anyone who can send a hitl:response answer for the
  // person, so a failed random source opens nothing.
  auto id = RandomId("hitl_", 12);
  if (!id) return Fail(id.error());
  std::lock_guard lock(mutex_);
  PruneLocked();
  entries_.emplace(
      *id,
      Entry{
          std::move(session_id), std::move(user_id), kind, State::kOpen, std::move(callback), {}});
  return id;
}

bool HitlRegistry::Expire(const std::string& hitl_id) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(hitl_id);
  if (it == entries_.end() || it->second.state != State::kOpen) return false;
  it->second.state = State::kExpired;
  it->second.closed_at = std::chrono::steady_clock::now();
  it->second.callback = nullptr;
  return true;
}

ResolveResult HitlRegistry::Resolve(std::string_view user_id, std::string_view session_id,
                                    std::string_view hitl_id, boost::json::value response) {
  Callback callback;
  {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(hitl_id);
    if (it == entries_.end()) return ResolveResult::kNotFound;
    Entry& entry = it->second;
    if (entry.user_id != user_id) return ResolveResult::kForbidden;
    if (!session_id.empty() && entry.session_id != session_id) return ResolveResult::kNotFound;
    if (entry.state == State::kAnswered) return ResolveResult::kAlreadyAnswered;
    if (entry.state == State::kExpired) return ResolveResult::kNotFound;
    entry.state = State::kAnswered;
    entry.closed_at = std::chrono::steady_clock::now();
    callback = std::move(entry.callback);
    entry.callback = nullptr;
  }
  if (callback) callback(std::move(response));
  return ResolveResult::kResolved;
}

std::optional<std::string> HitlRegistry::OpenRequestOf(std::string_view session_id,
                                                       std::optional<HitlKind> kind) {
  std::lock_guard lock(mutex_);
  for (const auto& [id, entry] : entries_) {
    if (entry.session_id == session_id && entry.state == State::kOpen &&
        (!kind || entry.kind == *kind)) {
      return id;
    }
  }
  return std::nullopt;
}

void HitlRegistry::CancelSession(std::string_view session_id) {
  std::vector<Callback> callbacks;
  {
    std::lock_guard lock(mutex_);
    for (auto& [id, entry] : entries_) {
      if (entry.session_id != session_id || entry.state != State::kOpen) continue;
      entry.state = State::kExpired;
      entry.closed_at = std::chrono::steady_clock::now();
      callbacks.push_back(std::move(entry.callback));
      entry.callback = nullptr;
    }
  }
  for (auto& callback : callbacks) {
    if (callback) callback(std::nullopt);
  }
}

std::size_t HitlRegistry::open_count() const {
  std::lock_guard lock(mutex_);
  std::size_t open = 0;
  for (const auto& [id, entry] : entries_) open += entry.state == State::kOpen ? 1 : 0;
  return open;
}

void HitlRegistry::PruneLocked() {
  const auto now = std::chrono::steady_clock::now();
  std::erase_if(entries_, [&](const auto& item) {
    return item.second.state != State::kOpen && now - item.second.closed_at > kRemembered;
  });
}

}  // namespace applier::server
