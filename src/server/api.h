// Api is the REST surface of `applier serve` (docs: notes/api_contract.md), free of
// any socket code: the route table in api.cpp maps a method and a path to a
// handler, one file per resource (routes.h), and says where the handler runs.
//
// Every error is a JSON body {"error": code, "message": text}. Every route except
// login, /healthz, /metrics and the static UI needs a valid bearer token, and
// every query is scoped to the token's user: another user's ids are 404 (403 where
// the contract says so).
//
// Thread-safe: Handle may run on any I/O thread at once. It blocks none: every
// handler that touches the store, a file or a password hash runs on the
// service's blocking pool.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "server/service.h"

namespace applier::server {

struct HttpRequest {
  std::string method;  // "GET"
  std::string target;  // as received: path and query
  std::string path;    // decoded, without the query
  std::map<std::string, std::string> query;
  std::string authorization;
  std::string content_type;
  std::string filename;        // X-Filename
  std::string remote_address;  // the client's IP address; "" when the transport did not say
  std::string body;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

HttpResponse JsonError(int status, std::string_view code, std::string_view message);

// Splits a request target into its decoded path and query parameters; false for a
// target that is not a valid origin-form URI.
bool ParseTarget(std::string_view target, std::string& path,
                 std::map<std::string, std::string>& query);

class Api {
 public:
  explicit Api(Service& service) : service_(service) {}

  boost::asio::awaitable<HttpResponse> Handle(HttpRequest request);
  // The user a token stands for (an external provider's user is recorded on first
  // sight). kInvalidInput with the reason for a bad token. Reads the store: run it
  // on the blocking pool.
  Result<std::string> Authenticate(std::string_view token);

 private:
  std::expected<std::string, HttpResponse> UserOf(const HttpRequest& request);

  Service& service_;
};

}  // namespace applier::server
