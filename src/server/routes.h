// The REST API's routes: each resource's handlers (one file each, *_handlers.cpp)
// and the table that maps a method and a path to them (api.cpp).
//
// Where a handler runs is part of its route: on the I/O thread only when it
// cannot block (/healthz); on the blocking pool when it touches the store, a file,
// a password hash or a document; as a coroutine when it also waits on the network
// (a job URL's DNS, the LLM), in which case it hands its blocking steps to
// RouteRequest::service.blocking itself.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "server/api.h"
#include "server/service.h"

namespace applier::server {

struct RouteRequest {
  Service& service;
  const HttpRequest& http;
  std::vector<std::string> params;  // the path's {} segments, in order
  std::string user;                 // the signed-in user; "" on public routes
};

struct OnIoThread {
  HttpResponse (*handle)(RouteRequest&);
};
struct OnBlockingPool {
  HttpResponse (*handle)(RouteRequest&);
};
struct Coroutine {
  boost::asio::awaitable<HttpResponse> (*handle)(RouteRequest&);
};

enum class Access { kPublic, kUser };

struct Route {
  std::string_view method;
  std::string_view pattern;  // "/api/applications/{}/cancel": {} is one segment
  Access access;
  std::variant<OnIoThread, OnBlockingPool, Coroutine> handler;
};

// site_handlers.cpp
HttpResponse Health(RouteRequest& r);
HttpResponse MetricsText(RouteRequest& r);
// GET of any path outside /api: the web UI's files.
HttpResponse WebUiFile(RouteRequest& r);
// auth_handlers.cpp
HttpResponse Login(RouteRequest& r);
HttpResponse Me(RouteRequest& r);
// profile_handlers.cpp
HttpResponse GetProfile(RouteRequest& r);
HttpResponse PutProfile(RouteRequest& r);
boost::asio::awaitable<HttpResponse> DraftProfile(RouteRequest& r);
// document_handlers.cpp
HttpResponse ListDocuments(RouteRequest& r);
HttpResponse AddDocument(RouteRequest& r);
HttpResponse DeleteDocument(RouteRequest& r);
// application_handlers.cpp
boost::asio::awaitable<HttpResponse> Apply(RouteRequest& r);
HttpResponse ListApplications(RouteRequest& r);
HttpResponse GetApplication(RouteRequest& r);
HttpResponse Events(RouteRequest& r);
HttpResponse DraftImage(RouteRequest& r);
HttpResponse ConfirmationImage(RouteRequest& r);
HttpResponse Receipt(RouteRequest& r);
HttpResponse Cancel(RouteRequest& r);
HttpResponse Resume(RouteRequest& r);
// hitl_handlers.cpp
HttpResponse Resolve(RouteRequest& r);
// answer_handlers.cpp
HttpResponse ListAnswers(RouteRequest& r);
HttpResponse PutAnswer(RouteRequest& r);
HttpResponse DeleteAnswer(RouteRequest& r);

// Splits a path into its segments, empty ones dropped ("/api//me" is api, me).
std::vector<std::string> PathSegments(std::string_view path);

}  // namespace applier::server
