#include "support/web_ui_driver.h"

#include <sys/socket.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>

#include "support/async.h"
#include "support/click_scripts.h"

namespace applier::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace json = boost::json;

// ---- StaticSite -------------------------------------------------------------

struct StaticSite::Impl {
  std::filesystem::path root;
  asio::io_context io;
  asio::ip::tcp::acceptor acceptor{io};
  std::thread thread;

  void Serve(asio::ip::tcp::socket socket) {
    beast::error_code ec;
    beast::flat_buffer buffer;
    http::request<http::string_body> request;
    http::read(socket, buffer, request, ec);
    if (ec) return;
    std::string target(request.target());
    target = target.substr(0, target.find_first_of("?#"));
    std::string name;
    if (target == "/")
      name = "index.html";
    else if (target.rfind("/static/", 0) == 0)
      name = target.substr(8);
    http::response<http::string_body> response;
    response.version(request.version());
    response.keep_alive(false);
    const bool safe = !name.empty() && name.find("..") == std::string::npos &&
                      name.find('/') == std::string::npos;
    std::ifstream in(root / name, std::ios::binary);
    if (safe && in) {
      std::stringstream body;
      body << in.rdbuf();
      const auto ext = std::filesystem::path(name).extension().string();
      const char* type = ext == ".html"  ? "text/html; charset=utf-8"
                         : ext == ".js"  ? "text/javascript; charset=utf-8"
                         : ext == ".css" ? "text/css; charset=utf-8"
                                         : "application/octet-stream";
      response.result(http::status::ok);
      response.set(http::field::content_type, type);
      response.body() = body.str();
    } else {
      response.result(http::status::not_found);
      response.set(http::field::content_type, "application/json");
      response.body() =
          R"({"error":"not_found","message":"this static site serves only the web UI's files"})";
    }
    response.prepare_payload();
    http::write(socket, response, ec);
    socket.shutdown(asio::ip::tcp::socket::shutdown_both, ec);
  }
};

Result<std::unique_ptr<StaticSite>> StaticSite::Start(std::filesystem::path root) {
  auto impl = std::make_unique<Impl>();
  impl->root = std::move(root);
  beast::error_code ec;
  const asio::ip::tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), 0);
  impl->acceptor.open(endpoint.protocol(), ec);
  if (!ec) impl->acceptor.bind(endpoint, ec);
  if (!ec) impl->acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) return Fail(ErrorKind::kIo, "cannot listen: " + ec.message());
  Impl* raw = impl.get();
  raw->thread = std::thread([raw] {
    for (;;) {
      beast::error_code accept_error;
      asio::ip::tcp::socket socket(raw->io);
      raw->acceptor.accept(socket, accept_error);
      if (accept_error) return;  // closed by the destructor
      raw->Serve(std::move(socket));
    }
  });
  return std::unique_ptr<StaticSite>(new StaticSite(std::move(impl)));
}

StaticSite::StaticSite(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

StaticSite::~StaticSite() {
  beast::error_code ec;
  // shutdown() wakes the blocked accept(); close() alone may not.
  ::shutdown(impl_->acceptor.native_handle(), SHUT_RDWR);
  impl_->acceptor.close(ec);
  if (impl_->thread.joinable()) impl_->thread.join();
}

std::string StaticSite::origin() const {
  return "http://127.0.0.1:" + std::to_string(impl_->acceptor.local_endpoint().port());
}

// ---- WebUiDriver ------------------------------------------------------------

namespace {

std::string Quote(const std::string& text) {
  return json::serialize(json::value(text));
}

bool Truthy(const json::value& v) {
  if (v.is_null()) return false;
  if (v.is_bool()) return v.as_bool();
  if (v.is_string()) return !v.as_string().empty();
  if (v.is_number()) return v.to_number<double>() != 0;
  return true;
}

}  // namespace

template <typename Factory>
auto WebUiDriver::Run(Factory&& factory, std::chrono::seconds limit) {
  return RunAsync(io_, std::forward<Factory>(factory), limit);
}

Result<std::unique_ptr<WebUiDriver>> WebUiDriver::Launch() {
  std::unique_ptr<WebUiDriver> driver(new WebUiDriver());
  WebUiDriver* self = driver.get();
  browser::BrowserOptions options;
  options.launch.window_width = 1400;
  options.launch.window_height = 1000;
  auto launched =
      self->Run([&]() { return browser::Browser::Launch(self->io_.get_executor(), options); });
  if (!launched) return Fail(launched.error());
  self->browser_ = *launched;
  auto context = self->Run([&]() { return self->browser_->NewContext(); });
  if (!context) return Fail(context.error());
  self->context_ = std::move(*context);
  auto page = self->Run([&]() { return self->context_->NewPage(); });
  if (!page) return Fail(page.error());
  self->page_ = *page;
  auto errors = self->errors_;
  self->page_->main_session().Subscribe(
      "Runtime.exceptionThrown", [errors](const json::object& params) {
        const auto* details = params.if_contains("exceptionDetails");
        std::string text = "uncaught exception";
        if (details && details->is_object()) {
          const auto& d = details->as_object();
          if (const auto* ex = d.if_contains("exception"); ex && ex->is_object()) {
            if (const auto* desc = ex->as_object().if_contains("description");
                desc && desc->is_string()) {
              text = std::string(desc->as_string());
            }
          } else if (const auto* t = d.if_contains("text"); t && t->is_string()) {
            text = std::string(t->as_string());
          }
        }
        errors->push_back(text);
      });
  return driver;
}

WebUiDriver::~WebUiDriver() {
  page_.reset();
  context_.reset();
  if (browser_) browser_->Close();
}

std::vector<std::string> WebUiDriver::page_errors() const {
  return *errors_;
}

Status WebUiDriver::Open(const std::string& url) {
  return Run([&]() { return page_->Navigate(url); });
}

Result<browser::FrameInfo> WebUiDriver::MainFrame() {
  auto frames = Run([&]() { return page_->Frames(); });
  if (!frames) return Fail(frames.error());
  if (frames->empty()) return Fail(ErrorKind::kNotFound, "the page has no frame");
  return frames->front();
}

Result<json::value> WebUiDriver::Eval(const std::string& expression) {
  auto frame = MainFrame();
  if (!frame) return Fail(frame.error());
  return Run([&]() { return page_->Evaluate(*frame, expression); });
}

Status WebUiDriver::WaitFor(const std::string& condition, std::chrono::seconds timeout,
                            const std::string& what) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::string last_error;
  for (;;) {
    auto value = Eval("(() => { try { return Boolean(" + condition +
                      "); } catch (e) { return false; } })()");
    if (value && Truthy(*value)) return {};
    if (!value) last_error = value.error().ToString();
    if (std::chrono::steady_clock::now() > deadline) break;
    Run([&]() -> asio::awaitable<void> {
      asio::steady_timer timer(co_await asio::this_coro::executor, std::chrono::milliseconds(100));
      co_await timer.async_wait(asio::use_awaitable);
    });
  }
  auto visible = Eval("document.body ? document.body.innerText.slice(0, 3000) : ''");
  std::string text = visible && visible->is_string() ? std::string(visible->as_string()) : "";
  return Fail(ErrorKind::kTimeout, "waited " + std::to_string(timeout.count()) + " s for " +
                                       (what.empty() ? condition : what) +
                                       (last_error.empty() ? "" : " (" + last_error + ")") +
                                       "\n--- the page shows ---\n" + text);
}

Status WebUiDriver::Click(const std::string& selector) {
  // A click can still miss under load: the page may move between the moment the
  // point is measured and the moment the mouse event arrives. So each click is
  // watched and made again when it hit something else.
  std::string missed;
  for (int attempt = 0; attempt < 3; ++attempt) {
    auto where = Eval(PointToClickScript(selector));
    if (!where) return Fail(where.error());
    if (!where->is_array()) {
      return Fail(ErrorKind::kNotFound, "nothing visible and still matches " + selector);
    }
    const auto& xy = where->as_array();
    const browser::Point point{xy[0].to_number<double>(), xy[1].to_number<double>()};
    if (auto watched = Eval(WatchNextClickScript(selector)); !watched) {
      return Fail(watched.error());
    }
    if (auto clicked = Run([&]() { return page_->Click(point); }); !clicked) return clicked;
    auto landed = Eval(WatchedClickLandedScript());
    if (!landed || !landed->is_string()) return {};
    missed = landed->as_string().empty() ? "nothing" : std::string(landed->as_string());
    std::fprintf(stderr, "web ui driver: the click on %s landed on %s; clicking again\n",
                 selector.c_str(), missed.c_str());
  }
  return Fail(ErrorKind::kNotFound,
              "three clicks on " + selector + " landed elsewhere (last on " + missed + ")");
}

Status WebUiDriver::Type(const std::string& selector, const std::string& text) {
  if (auto clicked = Click(selector); !clicked) return clicked;
  auto selected =
      Eval("(() => { const el = document.querySelector(" + Quote(selector) +
           "); el.focus(); if (el.select) el.select(); return document.activeElement === el; })()");
  if (!selected) return Fail(selected.error());
  if (!Truthy(*selected)) return Fail(ErrorKind::kNotFound, selector + " did not take the focus");
  return Run([&]() { return page_->InsertText(text); });
}

Status WebUiDriver::ChooseFiles(const std::string& selector, std::vector<std::string> paths) {
  auto frame = MainFrame();
  if (!frame) return Fail(frame.error());
  return Run([&]() {
    return page_->SetInputFiles(*frame, "document.querySelector(" + Quote(selector) + ")", paths);
  });
}

Result<std::string> WebUiDriver::Text(const std::string& selector) {
  auto value = Eval("(() => { const el = document.querySelector(" + Quote(selector) +
                    "); return el ? el.textContent.trim() : null; })()");
  if (!value) return Fail(value.error());
  if (!value->is_string()) return Fail(ErrorKind::kNotFound, "nothing matches " + selector);
  return std::string(value->as_string());
}

Status WebUiDriver::SaveScreenshot(const std::filesystem::path& path) {
  auto jpeg = Run([&]() { return page_->Screenshot({.full_page = true, .quality = 70}); });
  if (!jpeg) return Fail(jpeg.error());
  std::ofstream out(path, std::ios::binary);
  out.write(jpeg->data(), static_cast<std::streamsize>(jpeg->size()));
  if (!out) return Fail(ErrorKind::kIo, "cannot write " + path.string());
  return {};
}

}  // namespace applier::testing
