#include "browser/page.h"

#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>
#include <map>
#include <optional>
#include <set>

#include "cdp/event_waiter.h"
#include "core/base64.h"
#include "core/json_reader.h"

namespace applier::browser {

namespace asio = boost::asio;
namespace json = boost::json;
using Clock = std::chrono::steady_clock;

namespace {

// Our scripts' world name; the site's own scripts cannot reach into it.
constexpr char kWorldName[] = "__live_applier__";

// Run in our world as each document is created, before the page's own scripts:
// a clock of the document's last DOM change (see Page::kDomClock). Watching from
// the start is what lets a settled page be taken at once instead of only after a
// quiet period counted from the first look. Nodes added or removed, text, and the
// attributes that show or hide content count; style and class do not, because
// animations change them all the time.
constexpr char kDomClockScript[] = R"js((() => {
  if (globalThis.__applierDomClock) return;
  const clock = { last: performance.now() };
  const observer = new MutationObserver(() => { clock.last = performance.now(); });
  clock.watch = (root) => observer.observe(root, { subtree: true, childList: true,
    characterData: true, attributes: true,
    attributeFilter: ['hidden', 'disabled', 'aria-hidden', 'aria-busy', 'open'] });
  clock.watch(document);
  globalThis.__applierDomClock = clock;
})();)js";

std::string StringAt(const json::object& object, std::string_view key) {
  if (const auto* value = object.if_contains(key); value && value->is_string()) {
    return std::string(value->get_string());
  }
  return {};
}

asio::awaitable<void> Sleep(std::chrono::milliseconds duration) {
  asio::steady_timer timer(co_await asio::this_coro::executor, duration);
  co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
}

struct KeyDefinition {
  const char* key;
  const char* code;
  int key_code;
  const char* text;
};

constexpr KeyDefinition kKeys[] = {
    {"Enter", "Enter", 13, "\r"},       {"Tab", "Tab", 9, ""},
    {"Escape", "Escape", 27, ""},       {"Backspace", "Backspace", 8, ""},
    {"ArrowDown", "ArrowDown", 40, ""}, {"ArrowUp", "ArrowUp", 38, ""},
    {"Space", "Space", 32, " "},
};

}  // namespace

struct Page::State {
  std::shared_ptr<cdp::Connection> connection;
  cdp::Session main;
  // Out-of-process iframes: the child target's id equals its root frame's id.
  std::map<std::string, cdp::Session> child_sessions;
  // Frame id → session id that hosts it, from the last Frames() walk.
  std::map<std::string, std::string> frame_host;
  // (session id, frame id) → execution context id of our isolated world.
  std::map<std::pair<std::string, std::string>, std::int64_t> worlds;
  // A request DevTools has not seen end. Some never end for it: a long poll, an
  // event stream, and fetches the page's script answered but never read (seen on
  // multi-step portals' "save the step" calls, though not on every page).
  struct Request {
    std::string url;
    bool document = false;
    // The frame a document request loads and the navigation (loader) it belongs to.
    std::string frame_id;
    std::string loader_id;
    bool answered = false;  // its response headers came
    Clock::time_point last_activity;
  };
  std::map<std::string, Request> inflight;

  // The URLs of the requests that keep the page from settling: every navigation,
  // any request not answered within a few seconds, and an answered one while its
  // body still arrives. Past that, it is the page's background traffic.
  std::vector<std::string> Holding(Clock::time_point now) const {
    constexpr auto kUnanswered = std::chrono::seconds(5);
    constexpr auto kBodyStalled = std::chrono::seconds(1);
    std::vector<std::string> urls;
    for (const auto& [id, request] : inflight) {
      const auto idle = now - request.last_activity;
      if (request.document || (!request.answered && idle < kUnanswered) ||
          (request.answered && idle < kBodyStalled)) {
        urls.push_back(request.url);
      }
    }
    return urls;
  }
  Clock::time_point last_network_activity = Clock::now();
  std::vector<std::pair<std::shared_ptr<cdp::Connection>, std::uint64_t>> subscriptions;
  std::uint64_t screencast_subscription = 0;
  std::uint64_t screencast_sequence = 0;
  std::vector<FrameInfo> last_frames;  // from the last Frames() walk
  std::vector<Dialog> dialogs;
  std::function<void(const Dialog&)> on_dialog;
  // Until when the next confirm() is to be accepted; none when not armed.
  std::optional<Clock::time_point> accept_confirm_until;
  std::string url = "about:blank";
  bool crashed = false;
  bool closed = false;

  cdp::Session SessionById(const std::string& id) const {
    if (id.empty() || id == main.id()) return main;
    for (const auto& [target, session] : child_sessions) {
      if (session.id() == id) return session;
    }
    return main;
  }
};

Page::Page(std::shared_ptr<cdp::Connection> connection, std::string target_id)
    : target_id_(std::move(target_id)), state_(std::make_shared<State>()) {
  state_->connection = std::move(connection);
}

Page::~Page() {
  for (auto& [connection, id] : state_->subscriptions) connection->Unsubscribe(id);
}

asio::awaitable<Result<std::shared_ptr<Page>>> Page::Attach(
    std::shared_ptr<cdp::Connection> connection, std::string target_id) {
  json::object params{{"targetId", target_id}, {"flatten", true}};
  auto attached = co_await connection->Call("Target.attachToTarget", std::move(params));
  if (!attached) co_return Fail(attached.error());
  auto session_id = JsonReader(*attached, "Target.attachToTarget reply")["sessionId"].String();
  if (!session_id) co_return Fail(session_id.error());
  std::shared_ptr<Page> page(new Page(connection, target_id));
  page->state_->main = cdp::Session(connection, std::string(*session_id));
  auto prepared = co_await page->Prepare(page->state_->main);
  if (!prepared) co_return Fail(prepared.error());
  co_return page;
}

const cdp::Session& Page::main_session() const {
  return state_->main;
}

std::string Page::url() const {
  return state_->url;
}

bool Page::crashed() const {
  return state_->crashed;
}

bool Page::disconnected() const {
  return state_->connection->closed();
}

asio::awaitable<Status> Page::Prepare(cdp::Session session) {
  std::weak_ptr<State> weak = state_;
  const std::string sid = session.id();
  auto subscribe = [&](const char* method, std::function<void(State&, const json::object&)> fn) {
    auto id = session.Subscribe(method, [weak, fn = std::move(fn)](const json::object& params) {
      if (auto state = weak.lock()) fn(*state, params);
    });
    state_->subscriptions.emplace_back(session.connection(), id);
  };
  // An event of a shape these handlers do not know tells them nothing: it is
  // skipped, and a world it would have named is made again on first use.
  subscribe("Runtime.executionContextCreated", [sid](State& state, const json::object& p) {
    const auto context = JsonReader(p, "Runtime.executionContextCreated")["context"];
    auto name = context["name"].String();
    if (!name || *name != kWorldName) return;
    auto frame_id = context["auxData"]["frameId"].String();
    auto id = context["id"].Int64();
    if (!frame_id || !id) return;
    state.worlds[{sid, std::string(*frame_id)}] = *id;
  });
  subscribe("Runtime.executionContextDestroyed", [sid](State& state, const json::object& p) {
    auto id = JsonReader(p, "Runtime.executionContextDestroyed")["executionContextId"].Int64();
    if (!id) return;
    std::erase_if(state.worlds, [&](const auto& entry) {
      return entry.first.first == sid && entry.second == *id;
    });
  });
  subscribe("Runtime.executionContextsCleared", [sid](State& state, const json::object&) {
    std::erase_if(state.worlds, [&](const auto& entry) { return entry.first.first == sid; });
  });
  subscribe("Network.requestWillBeSent", [](State& state, const json::object& p) {
    const auto now = Clock::now();
    const auto* request = p.if_contains("request");
    state.inflight[StringAt(p, "requestId")] = {
        .url = request && request->is_object() ? StringAt(request->get_object(), "url") : "",
        .document = StringAt(p, "type") == "Document",
        .frame_id = StringAt(p, "frameId"),
        .loader_id = StringAt(p, "loaderId"),
        .answered = false,
        .last_activity = now};
    state.last_network_activity = now;
  });
  auto answered = [](State& state, const json::object& p) {
    const auto now = Clock::now();
    if (auto it = state.inflight.find(StringAt(p, "requestId")); it != state.inflight.end()) {
      it->second.answered = true;
      it->second.last_activity = now;
    }
    state.last_network_activity = now;
  };
  subscribe("Network.responseReceived", answered);
  subscribe("Network.dataReceived", answered);
  auto finished = [](State& state, const json::object& p) {
    state.inflight.erase(StringAt(p, "requestId"));
    state.last_network_activity = Clock::now();
  };
  subscribe("Network.loadingFinished", finished);
  subscribe("Network.loadingFailed", finished);
  // A frame that shows a new document is done with every other document it was
  // loading: a navigation the page replaced while it loaded (a script's
  // location.replace() as the page a form post returned is parsed, the way
  // ASP.NET pages and many portals redirect after a postback) may never report
  // its end, and would hold the page from settling ever after.
  subscribe("Page.frameNavigated", [](State& state, const json::object& p) {
    auto frame = JsonReader(p, "Page.frameNavigated")["frame"].Object();
    if (!frame) return;
    const std::string frame_id = StringAt(**frame, "id");
    const std::string loader_id = StringAt(**frame, "loaderId");
    std::erase_if(state.inflight, [&](const auto& entry) {
      const auto& request = entry.second;
      return request.document && request.frame_id == frame_id && request.loader_id != loader_id;
    });
  });
  // A dialog stops the page's script, and any input or evaluation we sent waits
  // for it: answer it at once (Page.handleJavaScriptDialog on the session that
  // raised it) instead of letting the run hang.
  subscribe("Page.javascriptDialogOpening", [session](State& state, const json::object& p) {
    Dialog dialog{StringAt(p, "type"), StringAt(p, "message"), StringAt(p, "url"), false};
    if (dialog.type == "confirm" && state.accept_confirm_until &&
        Clock::now() <= *state.accept_confirm_until) {
      dialog.accepted = true;
      state.accept_confirm_until.reset();
    }
    if (dialog.type == "beforeunload") dialog.accepted = true;
    state.dialogs.push_back(dialog);
    if (state.on_dialog) state.on_dialog(dialog);
    asio::co_spawn(
        session.connection()->executor(),
        [session, accept = dialog.accepted]() -> asio::awaitable<void> {
          json::object params{{"accept", accept}};
          (void)co_await session.Call("Page.handleJavaScriptDialog", std::move(params));
        },
        asio::detached);
  });
  subscribe("Inspector.targetCrashed",
            [](State& state, const json::object&) { state.crashed = true; });
  if (sid == state_->main.id()) {
    subscribe("Page.frameNavigated", [](State& state, const json::object& p) {
      auto frame = JsonReader(p, "Page.frameNavigated")["frame"].Object();
      if (frame && !(*frame)->contains("parentId")) state.url = StringAt(**frame, "url");
    });
  }
  auto self = shared_from_this();
  auto attach_id = session.Subscribe(
      "Target.attachedToTarget", [weak_self = std::weak_ptr<Page>(self)](const json::object& p) {
        if (auto page = weak_self.lock()) page->OnAttached(p);
      });
  state_->subscriptions.emplace_back(session.connection(), attach_id);
  auto detach_id = session.Subscribe("Target.detachedFromTarget", [weak](const json::object& p) {
    if (auto state = weak.lock()) {
      const std::string detached = StringAt(p, "sessionId");
      std::erase_if(state->child_sessions,
                    [&](const auto& entry) { return entry.second.id() == detached; });
      state->inflight.clear();
    }
  });
  state_->subscriptions.emplace_back(session.connection(), detach_id);

  for (const char* method : {"Page.enable", "Runtime.enable", "Network.enable"}) {
    auto enabled = co_await session.Call(method);
    if (!enabled) co_return Fail(enabled.error());
  }
  json::object clock_params{{"source", kDomClockScript}, {"worldName", kWorldName}};
  auto clock =
      co_await session.Call("Page.addScriptToEvaluateOnNewDocument", std::move(clock_params));
  if (!clock) co_return Fail(clock.error());
  json::object auto_attach_params{
      {"autoAttach", true}, {"waitForDebuggerOnStart", true}, {"flatten", true}};
  auto auto_attach = co_await session.Call("Target.setAutoAttach", std::move(auto_attach_params));
  if (!auto_attach) co_return Fail(auto_attach.error());
  // A target auto-attached with waitForDebuggerOnStart is paused until told to run.
  (void)co_await session.Call("Runtime.runIfWaitingForDebugger");
  co_return Status{};
}

void Page::OnAttached(const json::object& params) {
  auto info = JsonReader(params, "Target.attachedToTarget")["targetInfo"].Object();
  cdp::Session child(state_->connection, StringAt(params, "sessionId"));
  // A target that says nothing of itself is not a frame of ours; it is paused
  // all the same, and let run.
  const std::string type = info ? StringAt(**info, "type") : "";
  if (type != "iframe") {
    // Workers and the like: let them run, we do not drive them.
    asio::co_spawn(
        state_->connection->executor(),
        [child]() -> asio::awaitable<void> {
          (void)co_await child.Call("Runtime.runIfWaitingForDebugger");
        },
        asio::detached);
    return;
  }
  const std::string target = StringAt(**info, "targetId");
  state_->child_sessions[target] = child;
  asio::co_spawn(
      state_->connection->executor(),
      [self = shared_from_this(), child]() -> asio::awaitable<void> {
        (void)co_await self->Prepare(child);
      },
      asio::detached);
}

asio::awaitable<Status> Page::Navigate(std::string url, NavigateOptions options) {
  auto self = shared_from_this();
  cdp::EventWaiter loaded(state_->main, "Page.loadEventFired");
  json::object navigate_params{{"url", url}};
  auto navigated =
      co_await state_->main.Call("Page.navigate", std::move(navigate_params), options.timeout);
  if (!navigated) co_return Fail(navigated.error());
  if (std::string error = StringAt(*navigated, "errorText"); !error.empty()) {
    co_return Fail(ErrorKind::kRemote, "cannot open " + url + ": " + error);
  }
  if (StringAt(*navigated, "loaderId").empty()) co_return Status{};  // same-document
  auto load = co_await loaded.Wait(options.timeout);
  if (!load) {
    if (load.error().kind == ErrorKind::kTimeout) {
      co_return Fail(ErrorKind::kTimeout, url + " did not finish loading within " +
                                              std::to_string(options.timeout.count() / 1000) +
                                              " s");
    }
    co_return Fail(load.error());
  }
  state_->url = url;
  co_return Status{};
}

asio::awaitable<bool> Page::WaitForSettled(std::chrono::milliseconds quiet,
                                           std::chrono::milliseconds timeout) {
  return WaitForSettled(quiet, timeout, quiet);
}

asio::awaitable<bool> Page::WaitForSettled(std::chrono::milliseconds quiet,
                                           std::chrono::milliseconds timeout,
                                           std::chrono::milliseconds at_least) {
  auto self = shared_from_this();
  const auto start = Clock::now();
  const auto deadline = start + timeout;
  for (;;) {
    const auto now = Clock::now();
    const bool idle = state_->Holding(now).empty();
    // With nothing in flight the page is settled at a moment known now, unless a
    // request starts before it: sleep to that moment rather than to the next poll,
    // as every action waits here and a poll's overshoot adds up over a form.
    const auto settled_at = std::max(state_->last_network_activity + quiet, start + at_least);
    if (idle && now >= settled_at) co_return true;
    if (now >= deadline || state_->crashed || state_->connection->closed()) co_return false;
    constexpr auto kPoll = std::chrono::milliseconds(25);
    const auto wake = std::min({idle ? settled_at : now + kPoll, now + kPoll, deadline});
    co_await Sleep(std::chrono::ceil<std::chrono::milliseconds>(wake - now));
  }
}

std::vector<std::string> Page::RequestsInFlight() const {
  return state_->Holding(Clock::now());
}

std::chrono::milliseconds Page::NetworkStillFor() const {
  const auto now = Clock::now();
  if (!state_->Holding(now).empty()) return std::chrono::milliseconds(0);
  return std::chrono::duration_cast<std::chrono::milliseconds>(now - state_->last_network_activity);
}

asio::awaitable<Result<std::vector<FrameInfo>>> Page::Frames() {
  auto self = shared_from_this();
  std::vector<FrameInfo> frames;
  std::map<std::string, std::size_t> position;

  auto walk = [&](auto&& walk_ref, const JsonReader& node, const std::string& session_id,
                  bool child_root) -> Status {
    auto read = node["frame"].Object();
    if (!read) return Fail(read.error());
    const json::object& frame = **read;
    FrameInfo info{StringAt(frame, "id"), StringAt(frame, "parentId"), StringAt(frame, "url"),
                   StringAt(frame, "name"), !session_id.empty() && session_id != state_->main.id()};
    state_->frame_host[info.id] = session_id;
    if (auto it = position.find(info.id); it != position.end()) {
      // The parent's tree knew this frame as a remote frame; the child's tree is
      // authoritative for everything but where it hangs.
      if (child_root && info.parent_id.empty()) info.parent_id = frames[it->second].parent_id;
      frames[it->second] = info;
    } else {
      position[info.id] = frames.size();
      frames.push_back(info);
    }
    if (!node["childFrames"].present()) return Status{};
    auto children = node["childFrames"].Items();
    if (!children) return Fail(children.error());
    for (const auto& child : *children) {
      if (auto walked = walk_ref(walk_ref, child, session_id, false); !walked) return walked;
    }
    return Status{};
  };

  auto tree = co_await state_->main.Call("Page.getFrameTree");
  if (!tree) co_return Fail(tree.error());
  if (auto walked = walk(walk, JsonReader(*tree, "Page.getFrameTree reply")["frameTree"],
                         state_->main.id(), false);
      !walked) {
    co_return Fail(walked.error());
  }

  // Copy: the map may change while we await.
  auto children = state_->child_sessions;
  for (const auto& [target, session] : children) {
    auto child_tree = co_await session.Call("Page.getFrameTree");
    if (!child_tree) continue;  // detached meanwhile: not an error, the frame is gone
    if (auto walked =
            walk(walk, JsonReader(*child_tree, "Page.getFrameTree reply of " + target)["frameTree"],
                 session.id(), true);
        !walked) {
      co_return Fail(walked.error());
    }
    if (!position.contains(target)) continue;
    if (frames[position[target]].parent_id.empty() && !frames.empty() &&
        frames.front().id != target) {
      frames[position[target]].parent_id = frames.front().id;
    }
  }
  state_->last_frames = frames;
  co_return frames;
}

asio::awaitable<Result<cdp::Session>> Page::SessionFor(FrameInfo frame) {
  if (auto it = state_->frame_host.find(frame.id); it != state_->frame_host.end()) {
    co_return state_->SessionById(it->second);
  }
  if (auto it = state_->child_sessions.find(frame.id); it != state_->child_sessions.end()) {
    co_return it->second;
  }
  co_return state_->main;
}

asio::awaitable<Result<std::int64_t>> Page::IsolatedContext(cdp::Session session,
                                                            std::string frame_id) {
  if (auto it = state_->worlds.find({session.id(), frame_id}); it != state_->worlds.end()) {
    co_return it->second;
  }
  json::object world_params{{"frameId", frame_id}, {"worldName", kWorldName}};
  auto created = co_await session.Call("Page.createIsolatedWorld", std::move(world_params));
  if (!created) co_return Fail(created.error());
  auto id = JsonReader(*created, "Page.createIsolatedWorld reply")["executionContextId"].Int64();
  if (!id) co_return Fail(id.error());
  state_->worlds[{session.id(), frame_id}] = *id;
  co_return *id;
}

asio::awaitable<Result<json::value>> Page::Evaluate(FrameInfo frame, std::string expression) {
  auto self = shared_from_this();
  auto session = co_await SessionFor(frame);
  if (!session) co_return Fail(session.error());
  for (int attempt = 0; attempt < 2; ++attempt) {
    auto context = co_await IsolatedContext(*session, frame.id);
    if (!context) co_return Fail(context.error());
    json::object evaluate_params{{"expression", expression},
                                 {"contextId", *context},
                                 {"returnByValue", true},
                                 {"awaitPromise", true},
                                 {"userGesture", true}};
    auto evaluated = co_await session->Call("Runtime.evaluate", std::move(evaluate_params));
    if (!evaluated) {
      // The frame navigated since we made its world: make a new one, once.
      if (evaluated.error().kind == ErrorKind::kRemote && attempt == 0 &&
          evaluated.error().message.find("context") != std::string::npos) {
        state_->worlds.erase({session->id(), frame.id});
        continue;
      }
      co_return Fail(evaluated.error());
    }
    const JsonReader reply(*evaluated, "Runtime.evaluate reply");
    if (const auto details = reply["exceptionDetails"]; details.present()) {
      // The script threw: that is the error, however little the details say.
      auto description = details["exception"]["description"].String();
      if (!description || description->empty()) description = details["text"].String();
      co_return Fail(ErrorKind::kRemote, "script failed in " + frame.url + ": " +
                                             std::string(description.value_or("(no details)")));
    }
    auto result = reply["result"].Object();
    if (!result) co_return Fail(result.error());
    if (const auto* value = (*result)->if_contains("value")) co_return *value;
    co_return json::value(nullptr);
  }
  co_return Fail(ErrorKind::kRemote, "frame " + frame.url + " kept navigating");
}

const char* Page::DomClockScript() {
  return kDomClockScript;
}

asio::awaitable<Status> Page::SetInputFiles(FrameInfo frame, std::string element_expression,
                                            std::vector<std::string> paths) {
  auto self = shared_from_this();
  auto session = co_await SessionFor(frame);
  if (!session) co_return Fail(session.error());
  auto context = co_await IsolatedContext(*session, frame.id);
  if (!context) co_return Fail(context.error());
  json::object handle_params{{"expression", element_expression}, {"contextId", *context}};
  auto handle = co_await session->Call("Runtime.evaluate", std::move(handle_params));
  if (!handle) co_return Fail(handle.error());
  auto remote = JsonReader(*handle, "Runtime.evaluate reply")["result"].Object();
  if (!remote) co_return Fail(remote.error());
  std::string object_id = StringAt(**remote, "objectId");
  if (object_id.empty()) {
    co_return Fail(ErrorKind::kNotFound, "the file input is no longer on the page");
  }
  json::array files;
  for (const auto& path : paths) files.emplace_back(path);
  json::object files_params{{"files", files}, {"objectId", object_id}};
  auto set = co_await session->Call("DOM.setFileInputFiles", std::move(files_params));
  json::object release_params{{"objectId", object_id}};
  (void)co_await session->Call("Runtime.releaseObject", std::move(release_params));
  if (!set) co_return Fail(set.error());
  co_return Status{};
}

asio::awaitable<Status> Page::ChooseFiles(FrameInfo frame,
                                          std::function<asio::awaitable<Status>()> open,
                                          std::vector<std::string> paths,
                                          std::chrono::milliseconds wait) {
  auto self = shared_from_this();
  auto session = co_await SessionFor(frame);
  if (!session) co_return Fail(session.error());
  json::object intercept{{"enabled", true}};
  auto intercepting =
      co_await session->Call("Page.setInterceptFileChooserDialog", std::move(intercept));
  if (!intercepting) co_return Fail(intercepting.error());
  cdp::EventWaiter chooser(*session, "Page.fileChooserOpened");
  Status opened = co_await open();
  Result<json::object> event = Fail(ErrorKind::kNotFound, "no file chooser opened");
  if (opened) event = co_await chooser.Wait(wait);
  // Left on, a chooser the page opens later would wait for us forever.
  json::object release{{"enabled", false}};
  (void)co_await session->Call("Page.setInterceptFileChooserDialog", std::move(release));
  if (!opened) co_return Fail(opened.error());
  if (!event) {
    if (event.error().kind == ErrorKind::kTimeout) {
      co_return Fail(ErrorKind::kNotFound, "no file chooser opened");
    }
    co_return Fail(event.error());
  }
  auto node = JsonReader(*event, "Page.fileChooserOpened")["backendNodeId"].Int64();
  if (!node) {
    co_return Fail(ErrorKind::kNotFound, "the page opened a file chooser of no file input");
  }
  json::array files;
  for (const auto& path : paths) files.emplace_back(path);
  json::object files_params{{"files", files}, {"backendNodeId", *node}};
  auto set = co_await session->Call("DOM.setFileInputFiles", std::move(files_params));
  if (!set) co_return Fail(set.error());
  co_return Status{};
}

asio::awaitable<Result<Point>> Page::FrameOrigin(FrameInfo frame) {
  auto self = shared_from_this();
  if (frame.parent_id.empty()) co_return Point{};
  // The frame tree rarely changes between two clicks: walk it again only when the
  // parent is not in the last walk.
  auto find_parent = [&](const std::vector<FrameInfo>& frames) -> const FrameInfo* {
    for (const auto& candidate : frames) {
      if (candidate.id == frame.parent_id) return &candidate;
    }
    return nullptr;
  };
  const FrameInfo* parent = find_parent(state_->last_frames);
  if (parent == nullptr) {
    auto frames = co_await Frames();
    if (!frames) co_return Fail(frames.error());
    parent = find_parent(state_->last_frames);
  }
  if (parent == nullptr) {
    co_return Fail(ErrorKind::kNotFound, "the frame " + frame.url + " is no longer on the page");
  }
  FrameInfo parent_copy = *parent;
  auto parent_session = co_await SessionFor(parent_copy);
  if (!parent_session) co_return Fail(parent_session.error());
  json::object owner_params{{"frameId", frame.id}};
  auto owner = co_await parent_session->Call("DOM.getFrameOwner", std::move(owner_params));
  if (!owner) co_return Fail(owner.error());
  auto owner_node = JsonReader(*owner, "DOM.getFrameOwner reply")["backendNodeId"].Int64();
  if (!owner_node) co_return Fail(owner_node.error());
  json::object box_params{{"backendNodeId", *owner_node}};
  auto box = co_await parent_session->Call("DOM.getBoxModel", std::move(box_params));
  if (!box) co_return Fail(box.error());
  // The content box excludes the iframe's border and padding: it is where the
  // child document's viewport starts.
  const auto content = JsonReader(*box, "DOM.getBoxModel reply")["model"]["content"];
  auto left = content[0].Number();
  if (!left) co_return Fail(left.error());
  auto top = content[1].Number();
  if (!top) co_return Fail(top.error());
  const Point origin{*left, *top};
  auto above = co_await FrameOrigin(parent_copy);
  if (!above) co_return Fail(above.error());
  co_return Point{origin.x + above->x, origin.y + above->y};
}

asio::awaitable<Result<Point>> Page::ViewportSize() {
  auto self = shared_from_this();
  auto metrics = co_await state_->main.Call("Page.getLayoutMetrics");
  if (!metrics) co_return Fail(metrics.error());
  const auto viewport = JsonReader(*metrics, "Page.getLayoutMetrics reply")["cssLayoutViewport"];
  auto width = viewport["clientWidth"].Number();
  if (!width) co_return Fail(width.error());
  auto height = viewport["clientHeight"].Number();
  if (!height) co_return Fail(height.error());
  co_return Point{*width, *height};
}

asio::awaitable<Status> Page::Click(Point point) {
  auto self = shared_from_this();
  // The move, the press and the release are sent together, in order, as a
  // person's hand does them: Chromium delivers a move with the next frame, and a
  // press behind it takes it along at once rather than after that frame.
  auto event = [&](const char* type) {
    json::object params{{"type", type}, {"x", point.x}, {"y", point.y}};
    if (std::string_view(type) != "mouseMoved") {
      params["button"] = "left";
      params["buttons"] = 1;
      params["clickCount"] = 1;
    }
    return state_->main.Call("Input.dispatchMouseEvent", std::move(params));
  };
  using namespace asio::experimental::awaitable_operators;
  auto sent = co_await (event("mouseMoved") && event("mousePressed") && event("mouseReleased"));
  for (const auto* reply : {&std::get<0>(sent), &std::get<1>(sent), &std::get<2>(sent)}) {
    if (!*reply) co_return Fail(reply->error());
  }
  co_return Status{};
}

asio::awaitable<Status> Page::InsertText(std::string text) {
  auto self = shared_from_this();
  json::object text_params{{"text", text}};
  auto sent = co_await state_->main.Call("Input.insertText", std::move(text_params));
  if (!sent) co_return Fail(sent.error());
  co_return Status{};
}

asio::awaitable<Status> Page::PressKey(std::string key) {
  auto self = shared_from_this();
  const KeyDefinition* definition = nullptr;
  for (const auto& candidate : kKeys) {
    if (key == candidate.key) definition = &candidate;
  }
  if (definition == nullptr) {
    co_return Fail(ErrorKind::kInvalidInput, "unknown key name '" + key + "'");
  }
  for (const char* type : {"keyDown", "keyUp"}) {
    json::object params{{"type", type},
                        {"key", definition->key},
                        {"code", definition->code},
                        {"windowsVirtualKeyCode", definition->key_code}};
    if (std::string_view(type) == "keyDown" && definition->text[0] != '\0') {
      params["text"] = definition->text;
    }
    auto sent = co_await state_->main.Call("Input.dispatchKeyEvent", std::move(params));
    if (!sent) co_return Fail(sent.error());
  }
  co_return Status{};
}

asio::awaitable<Result<std::string>> Page::Screenshot(ScreenshotOptions options) {
  auto self = shared_from_this();
  json::object params{{"format", "jpeg"}, {"quality", options.quality}};
  bool resized = false;
  if (options.full_page) {
    auto metrics = co_await state_->main.Call("Page.getLayoutMetrics");
    if (!metrics) co_return Fail(metrics.error());
    const JsonReader layout(*metrics, "Page.getLayoutMetrics reply");
    auto width = layout["cssLayoutViewport"]["clientWidth"].Number();
    if (!width) co_return Fail(width.error());
    auto height = layout["cssContentSize"]["height"].Number();
    if (!height) co_return Fail(height.error());
    // captureBeyondViewport alone leaves out-of-process iframes unpainted below
    // the fold; making the viewport as tall as the page paints every frame.
    json::object metrics_override{{"width", *width},
                                  {"height", std::min(*height, 16000.0)},
                                  {"deviceScaleFactor", 1},
                                  {"mobile", false}};
    auto resize = co_await state_->main.Call("Emulation.setDeviceMetricsOverride",
                                             std::move(metrics_override));
    if (!resize) co_return Fail(resize.error());
    resized = true;
    co_await WaitForSettled(std::chrono::milliseconds(100), std::chrono::seconds(3));
    params["captureBeyondViewport"] = true;
  }
  auto shot = co_await state_->main.Call("Page.captureScreenshot", std::move(params),
                                         std::chrono::seconds(60));
  if (resized) (void)co_await state_->main.Call("Emulation.clearDeviceMetricsOverride");
  if (!shot) co_return Fail(shot.error());
  auto data = JsonReader(*shot, "Page.captureScreenshot reply")["data"].String();
  if (!data) co_return Fail(data.error());
  co_return DecodeBase64(*data);
}

asio::awaitable<Status> Page::StartScreencast(ScreencastOptions options,
                                              std::function<void(ScreencastFrame)> on_frame) {
  auto self = shared_from_this();
  if (state_->screencast_subscription != 0) {
    co_return Fail(ErrorKind::kConflict, "a screencast is already running on this page");
  }
  cdp::Session main = state_->main;
  std::weak_ptr<State> weak = state_;
  state_->screencast_subscription = main.Subscribe(
      "Page.screencastFrame", [weak, main, on_frame = std::move(on_frame)](const json::object& p) {
        auto state = weak.lock();
        const auto* ack_id = p.if_contains("sessionId");
        if (!state || ack_id == nullptr) return;
        // Acknowledge first: the browser sends the next frame only after an ack.
        asio::co_spawn(
            main.connection()->executor(),
            [main, ack = *ack_id]() -> asio::awaitable<void> {
              json::object ack_params{{"sessionId", ack}};
              (void)co_await main.Call("Page.screencastFrameAck", std::move(ack_params));
            },
            asio::detached);
        auto jpeg = DecodeBase64(StringAt(p, "data"));
        if (!jpeg) return;
        ScreencastFrame frame;
        frame.sequence = ++state->screencast_sequence;
        frame.jpeg = std::move(*jpeg);
        if (auto at = JsonReader(p, "Page.screencastFrame")["metadata"]["timestamp"].Number()) {
          frame.capture_time = *at;
        }
        on_frame(std::move(frame));
      });
  json::object screencast_params{{"format", "jpeg"},
                                 {"quality", options.quality},
                                 {"maxWidth", options.max_width},
                                 {"maxHeight", options.max_height},
                                 {"everyNthFrame", options.every_nth_frame}};
  auto started = co_await main.Call("Page.startScreencast", std::move(screencast_params));
  if (!started) {
    main.Unsubscribe(state_->screencast_subscription);
    state_->screencast_subscription = 0;
    co_return Fail(started.error());
  }
  co_return Status{};
}

asio::awaitable<Status> Page::StopScreencast() {
  auto self = shared_from_this();
  if (state_->screencast_subscription == 0) co_return Status{};
  state_->main.Unsubscribe(state_->screencast_subscription);
  state_->screencast_subscription = 0;
  auto stopped = co_await state_->main.Call("Page.stopScreencast");
  if (!stopped) co_return Fail(stopped.error());
  co_return Status{};
}

void Page::AcceptNextConfirm(std::chrono::milliseconds window) {
  state_->accept_confirm_until = Clock::now() + window;
}

std::vector<Dialog> Page::dialogs() const {
  return state_->dialogs;
}

void Page::OnDialog(std::function<void(const Dialog&)> observer) {
  state_->on_dialog = std::move(observer);
}

asio::awaitable<Status> Page::Close() {
  auto self = shared_from_this();
  if (state_->closed) co_return Status{};
  state_->closed = true;
  json::object close_params{{"targetId", target_id_}};
  auto closed = co_await state_->connection->Call("Target.closeTarget", std::move(close_params));
  if (!closed && closed.error().kind != ErrorKind::kDisconnected) co_return Fail(closed.error());
  co_return Status{};
}

}  // namespace applier::browser
