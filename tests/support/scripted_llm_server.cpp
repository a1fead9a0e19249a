#include "support/scripted_llm_server.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>
#include <cctype>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace applier::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace json = boost::json;
using asio::ip::tcp;

namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<float> WordVector(std::string_view text, int dimensions) {
  std::vector<float> vector(static_cast<std::size_t>(dimensions), 0.0f);
  vector[0] = 0.01f;  // never all zero
  std::string word;
  auto flush = [&] {
    if (word.size() >= 3) {
      vector[std::hash<std::string>{}(word) % static_cast<std::size_t>(dimensions)] += 1.0f;
    }
    word.clear();
  };
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      flush();
    }
  }
  flush();
  return vector;
}

}  // namespace

Reply Reply::Text(std::string content) {
  Reply reply;
  reply.kind_ = Kind::kChat;
  reply.text_ = std::move(content);
  return reply;
}

Reply Reply::ToolCalls(std::vector<ScriptedToolCall> calls, std::string content) {
  Reply reply;
  reply.kind_ = Kind::kChat;
  reply.text_ = std::move(content);
  reply.tool_calls_ = std::move(calls);
  return reply;
}

Reply Reply::Embeddings(std::vector<std::vector<float>> vectors) {
  Reply reply;
  reply.kind_ = Kind::kEmbeddings;
  reply.vectors_ = std::move(vectors);
  return reply;
}

Reply Reply::WordEmbeddings(int dimensions) {
  Reply reply;
  reply.kind_ = Kind::kWordEmbeddings;
  reply.dimensions_ = dimensions;
  return reply;
}

Reply Reply::Status(int status, std::string body) {
  if (body.empty()) {
    body = json::serialize(
        json::object{{"error", json::object{{"message", "scripted HTTP " + std::to_string(status)},
                                            {"type", "scripted_error"}}}});
  }
  return Raw(status, std::move(body));
}

Reply Reply::Raw(int status, std::string body) {
  Reply reply;
  reply.status_ = status;
  reply.text_ = std::move(body);
  return reply;
}

Reply Reply::CloseConnection() {
  Reply reply;
  reply.kind_ = Kind::kClose;
  return reply;
}

Reply& Reply::Header(std::string name, std::string value) {
  headers_.emplace_back(std::move(name), std::move(value));
  return *this;
}

Reply& Reply::Delay(std::chrono::milliseconds delay) {
  delay_ = delay;
  return *this;
}

Reply& Reply::Tokens(std::int64_t prompt, std::int64_t completion) {
  prompt_tokens_ = prompt;
  completion_tokens_ = completion;
  return *this;
}

Reply& Reply::Model(std::string model) {
  model_ = std::move(model);
  return *this;
}

std::string Reply::Body(const RecordedRequest& request) const {
  json::object usage{{"prompt_tokens", prompt_tokens_},
                     {"completion_tokens", completion_tokens_},
                     {"total_tokens", prompt_tokens_ + completion_tokens_}};
  if (kind_ == Kind::kChat) {
    json::object message{{"role", "assistant"}};
    if (text_.empty() && !tool_calls_.empty()) {
      message["content"] = nullptr;
    } else {
      message["content"] = text_;
    }
    if (!tool_calls_.empty()) {
      json::array calls;
      for (std::size_t i = 0; i < tool_calls_.size(); ++i) {
        calls.push_back(
            json::object{{"id", "call_" + std::to_string(i + 1)},
                         {"type", "function"},
                         {"function", json::object{{"name", tool_calls_[i].name},
                                                   {"arguments", tool_calls_[i].arguments}}}});
      }
      message["tool_calls"] = std::move(calls);
    }
    return json::serialize(json::object{
        {"id", "chatcmpl-scripted"},
        {"object", "chat.completion"},
        {"model", model_},
        {"choices",
         json::array{json::object{{"index", 0},
                                  {"message", std::move(message)},
                                  {"finish_reason", tool_calls_.empty() ? "stop" : "tool_calls"}}}},
        {"usage", std::move(usage)}});
  }
  if (kind_ == Kind::kEmbeddings || kind_ == Kind::kWordEmbeddings) {
    std::vector<std::vector<float>> vectors = vectors_;
    if (kind_ == Kind::kWordEmbeddings) {
      const json::value body = request.json();
      const auto* input = body.is_object() ? body.as_object().if_contains("input") : nullptr;
      if (input != nullptr && input->is_string()) {
        vectors.push_back(WordVector(input->as_string(), dimensions_));
      } else if (input != nullptr && input->is_array()) {
        for (const auto& text : input->as_array()) {
          vectors.push_back(
              WordVector(text.is_string() ? std::string_view(text.as_string()) : "", dimensions_));
        }
      }
    }
    json::array data;
    for (std::size_t i = 0; i < vectors.size(); ++i) {
      json::array embedding;
      for (float x : vectors[i]) embedding.push_back(static_cast<double>(x));
      data.push_back(
          json::object{{"object", "embedding"}, {"index", i}, {"embedding", std::move(embedding)}});
    }
    usage["completion_tokens"] = 0;
    usage["total_tokens"] = prompt_tokens_;
    return json::serialize(json::object{{"object", "list"},
                                        {"model", model_},
                                        {"data", std::move(data)},
                                        {"usage", std::move(usage)}});
  }
  return text_;
}

std::string RecordedRequest::header(std::string_view name) const {
  auto it = headers.find(Lower(name));
  return it == headers.end() ? std::string() : it->second;
}

json::value RecordedRequest::json() const {
  boost::system::error_code ec;
  json::value value = json::parse(body, ec);
  return ec ? json::value() : value;
}

struct ScriptedLlmServer::Impl {
  asio::io_context io;
  tcp::acceptor acceptor{io};
  std::uint16_t port = 0;  // fixed after listen, so readable from any thread
  std::thread thread;
  mutable std::mutex mutex;
  std::deque<Reply> script;
  std::vector<RecordedRequest> requests;

  Reply Next(RecordedRequest request) {
    std::lock_guard lock(mutex);
    requests.push_back(std::move(request));
    if (script.empty()) {
      return Reply::Status(
          500,
          json::serialize(json::object{{"error", json::object{{"message",
                                                               "scripted LLM server: the script is "
                                                               "empty; the test sent more requests "
                                                               "than it scripted"}}}}));
    }
    Reply reply = std::move(script.front());
    script.pop_front();
    return reply;
  }

  asio::awaitable<void> Serve(tcp::socket socket) {
    beast::tcp_stream stream(std::move(socket));
    beast::flat_buffer buffer;
    for (;;) {
      http::request<http::string_body> request;
      auto [rec, n] =
          co_await http::async_read(stream, buffer, request, asio::as_tuple(asio::use_awaitable));
      if (rec) co_return;
      RecordedRequest recorded{.method = std::string(request.method_string()),
                               .target = std::string(request.target()),
                               .headers = {},
                               .body = request.body()};
      for (const auto& field : request) {
        recorded.headers[Lower(field.name_string())] = std::string(field.value());
      }
      const RecordedRequest copy = recorded;
      Reply reply = Next(std::move(recorded));
      if (reply.delay_.count() > 0) {
        asio::steady_timer timer(stream.get_executor(), reply.delay_);
        auto [tec] = co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
        if (tec) co_return;
      }
      if (reply.kind_ == Reply::Kind::kClose) {
        beast::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        stream.socket().close(ignored);
        co_return;
      }
      http::response<http::string_body> response{static_cast<http::status>(reply.status_),
                                                 request.version()};
      response.set(http::field::server, "scripted-llm-server");
      response.set(http::field::content_type, "application/json");
      for (const auto& [name, value] : reply.headers_) response.set(name, value);
      response.body() = reply.Body(copy);
      response.keep_alive(request.keep_alive());
      response.prepare_payload();
      auto [wec, w] =
          co_await http::async_write(stream, response, asio::as_tuple(asio::use_awaitable));
      if (wec || !request.keep_alive()) co_return;
    }
  }

  asio::awaitable<void> Accept() {
    for (;;) {
      auto [ec, socket] = co_await acceptor.async_accept(asio::as_tuple(asio::use_awaitable));
      if (ec) co_return;
      asio::co_spawn(io, Serve(std::move(socket)), asio::detached);
    }
  }
};

ScriptedLlmServer::ScriptedLlmServer() : impl_(std::make_unique<Impl>()) {
  tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), 0);
  impl_->acceptor.open(endpoint.protocol());
  impl_->acceptor.set_option(tcp::acceptor::reuse_address(true));
  impl_->acceptor.bind(endpoint);
  impl_->acceptor.listen();
  impl_->port = impl_->acceptor.local_endpoint().port();
  asio::co_spawn(impl_->io, impl_->Accept(), asio::detached);
  impl_->thread = std::thread([this] { impl_->io.run(); });
}

ScriptedLlmServer::~ScriptedLlmServer() {
  impl_->io.stop();
  impl_->thread.join();
}

void ScriptedLlmServer::Push(Reply reply) {
  std::lock_guard lock(impl_->mutex);
  impl_->script.push_back(std::move(reply));
}

std::uint16_t ScriptedLlmServer::port() const {
  return impl_->port;
}

std::string ScriptedLlmServer::base_url() const {
  return "http://127.0.0.1:" + std::to_string(port()) + "/v1";
}

std::vector<RecordedRequest> ScriptedLlmServer::requests() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->requests;
}

std::size_t ScriptedLlmServer::remaining() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->script.size();
}

}  // namespace applier::testing
