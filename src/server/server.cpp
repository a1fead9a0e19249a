#include "server/server.h"

#include <spdlog/spdlog.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <future>
#include <thread>

#include "egress/egress_proxy.h"
#include "server/api.h"
#include "server/application_runner.h"
#include "server/http_server.h"
#include "server/password_hasher.h"
#include "server/service.h"
#include "server/token_service.h"
#include "store/user_table.h"

namespace applier::server {

namespace asio = boost::asio;

// Destruction order matters: the io_context goes before the Service, whose
// members its pending coroutines still refer to while they are destroyed.
struct Server::Impl {
  std::unique_ptr<Service> service;
  std::unique_ptr<ApplicationRunner> runner;
  std::unique_ptr<Api> api;
  std::unique_ptr<asio::io_context> io;
  std::unique_ptr<HttpServer> http;
  std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
  std::vector<std::thread> threads;
  bool stopped = false;

  ~Impl() {
    // Members declared later are destroyed first; make the order explicit.
    http.reset();
    // The proxy's destructor dispatches to its strand: it must go while the
    // io_context still exists.
    if (service) service->proxy.reset();
    if (service) service->browser_strand.reset();
    io.reset();
    api.reset();
    runner.reset();
    service.reset();
  }
};

namespace {

// Which providers runs may use, never their keys.
void LogLlm(const std::vector<llm::ProviderConfig>& providers) {
  if (providers.empty()) {
    spdlog::info("LLM: none configured; questions the profile cannot answer go to the person");
    return;
  }
  std::string chain;
  for (const auto& p : providers) {
    chain += (chain.empty() ? "" : ", ") + p.name + " (" + p.model +
             (p.embedding_model.empty() ? "" : ", embeddings " + p.embedding_model) + ")";
  }
  spdlog::info("LLM: {}", chain);
}

}  // namespace

bool ValidUserName(std::string_view name) {
  if (name.empty() || name.size() > 64) return false;
  for (unsigned char c : name) {
    if (!(std::isalnum(c) || c == '.' || c == '_' || c == '@' || c == '-')) return false;
  }
  return true;
}

Status AddUser(const std::filesystem::path& data_dir, std::string_view name,
               std::string_view password) {
  if (!ValidUserName(name)) {
    return Fail(ErrorKind::kInvalidInput,
                "a user name is 1-64 characters of letters, digits, '.', '_', '@' and '-'");
  }
  if (password.size() < 8) {
    return Fail(ErrorKind::kInvalidInput, "the password must be at least 8 characters long");
  }
  auto hash = HashPassword(password);
  if (!hash) return Fail(hash.error());
  auto db = store::Database::Open(data_dir / "applier.db");
  if (!db) return Fail(db.error());
  return store::UserTable(*db).UpsertLocal(name, *hash);
}

Result<std::unique_ptr<Server>> Server::Start(ServerOptions options) {
  if (options.workers < 0) return Fail(ErrorKind::kInvalidInput, "--workers must be 0 or more");
  if (options.io_threads < 1) options.io_threads = 1;
  if (options.data_dir.empty()) return Fail(ErrorKind::kInvalidInput, "--data-dir is required");
  std::error_code ec;
  std::filesystem::create_directories(options.data_dir, ec);
  if (ec) {
    return Fail(ErrorKind::kIo, "cannot create " + options.data_dir.string() + ": " + ec.message());
  }
  auto policy = egress::AddressPolicy::FromAllowHostFlags(options.allow_hosts);
  if (!policy) return Fail(policy.error());
  auto secret = LoadOrCreateSecret(options.data_dir);
  if (!secret) return Fail(secret.error());
  auto tokens = TokenService::Create(*secret);
  if (!tokens) return Fail(tokens.error());
  const auto db_path = options.data_dir / "applier.db";
  auto db = store::DatabasePool::Open(db_path);
  if (!db) return Fail(db.error());
  auto bus = events::EventBus::Open(db_path);
  if (!bus) return Fail(bus.error());

  auto impl = std::make_unique<Impl>();
  impl->io = std::make_unique<asio::io_context>(options.io_threads);
  impl->service = std::make_unique<Service>(std::move(options), std::move(*tokens), std::move(*bus),
                                            std::move(*db), *policy, *impl->io);
  Service& service = *impl->service;
  if (service.options.workers > 0) {
    egress::EgressProxyOptions proxy_options;
    proxy_options.policy = *policy;
    proxy_options.resolver = service.resolver;
    proxy_options.on_refusal = [](const egress::Refusal& refusal) {
      spdlog::warn("egress refused {} {}: {}", refusal.method, refusal.target, refusal.reason);
    };
    auto proxy = egress::EgressProxy::Start(impl->io->get_executor(), std::move(proxy_options));
    if (!proxy) return Fail(proxy.error());
    service.proxy = std::move(*proxy);
  }
  impl->runner = std::make_unique<ApplicationRunner>(service);
  impl->api = std::make_unique<Api>(service);
  if (auto st = impl->runner->RecoverUnfinished(); !st) return Fail(st.error());
  auto http = HttpServer::Start(service, *impl->api, *impl->runner);
  if (!http) return Fail(http.error());
  impl->http = std::move(*http);
  impl->work.emplace(impl->io->get_executor());
  for (int i = 0; i < service.options.io_threads; ++i) {
    impl->threads.emplace_back([io = impl->io.get()] { io->run(); });
  }
  impl->runner->Start();
  LogLlm(service.options.llm_providers);
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() {
  Stop();
}

unsigned short Server::port() const {
  return impl_->http->port();
}

events::EventBus& Server::event_bus() {
  return *impl_->service->bus;
}

std::string Server::base_url() const {
  return "http://" + impl_->service->options.bind_address + ":" + std::to_string(port());
}

void Server::Stop() {
  if (impl_->stopped) return;
  impl_->stopped = true;
  impl_->http->Stop();
  impl_->runner->Stop();
  if (impl_->service->proxy) impl_->service->proxy->Stop();
  impl_->work.reset();
  impl_->io->stop();
  for (auto& thread : impl_->threads) thread.join();
  impl_->threads.clear();
  // After the I/O threads: work finishing now resumes nothing, and none is left
  // halfway.
  impl_->service->blocking.Join();
}

}  // namespace applier::server
