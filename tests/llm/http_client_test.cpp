// HttpClient's edges that LlmClient's tests do not reach: https refuses a server the
// system does not trust (a self-signed certificate made here, on loopback), and a
// URL that is not http(s) is refused before anything is sent.
#include "llm/http_client.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <memory>

#include "gtest/gtest.h"
#include "support/async.h"

namespace applier::llm {
namespace {

namespace asio = boost::asio;
namespace ssl = asio::ssl;
using applier::testing::RunAsync;
using asio::ip::tcp;

// A server context with a fresh self-signed certificate for "localhost".
std::unique_ptr<ssl::context> SelfSignedContext() {
  auto context = std::make_unique<ssl::context>(ssl::context::tls_server);
  EVP_PKEY* key = EVP_EC_gen("P-256");
  X509* cert = X509_new();
  X509_set_version(cert, 2);
  ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
  X509_gmtime_adj(X509_getm_notBefore(cert), 0);
  X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
  X509_set_pubkey(cert, key);
  X509_NAME* name = X509_get_subject_name(cert);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                             reinterpret_cast<const unsigned char*>("localhost"), -1, -1, 0);
  X509_set_issuer_name(cert, name);
  X509_sign(cert, key, EVP_sha256());
  SSL_CTX_use_certificate(context->native_handle(), cert);
  SSL_CTX_use_PrivateKey(context->native_handle(), key);
  X509_free(cert);
  EVP_PKEY_free(key);
  return context;
}

TEST(HttpClientTest, UntrustedCertificateIsRefusedBeforeSending) {
  asio::io_context io;
  auto context = SelfSignedContext();
  tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  bool server_handshake_failed = false;
  asio::co_spawn(
      io,
      [&]() -> asio::awaitable<void> {
        auto [aec, socket] = co_await acceptor.async_accept(asio::as_tuple(asio::use_awaitable));
        if (aec) co_return;
        ssl::stream<tcp::socket> stream(std::move(socket), *context);
        auto [hec] = co_await stream.async_handshake(ssl::stream_base::server,
                                                     asio::as_tuple(asio::use_awaitable));
        server_handshake_failed = static_cast<bool>(hec);
      },
      asio::detached);

  HttpClient client;
  HttpRequest request;
  // An address, not "localhost": minimal containers may have no /etc/hosts entry.
  request.url = "https://127.0.0.1:" + std::to_string(acceptor.local_endpoint().port()) + "/v1/x";
  request.api_key = "never-sent";
  request.body = "{}";
  request.timeout = std::chrono::milliseconds(2000);
  auto response = RunAsync(io, [&] { return client.Post(request); });
  ASSERT_FALSE(response);
  EXPECT_EQ(response.error().kind, ErrorKind::kProtocol);
  EXPECT_NE(response.error().message.find("TLS handshake with https://127.0.0.1:"),
            std::string::npos)
      << response.error().message;
  EXPECT_NE(response.error().message.find("certificate verify failed"), std::string::npos)
      << response.error().message;
  io.restart();
  io.run_for(std::chrono::milliseconds(200));
  EXPECT_TRUE(server_handshake_failed);
}

TEST(HttpClientTest, NonHttpUrlRefused) {
  asio::io_context io;
  HttpClient client;
  for (const char* url : {"ftp://example.com/v1", "not a url", "http:///v1"}) {
    HttpRequest request;
    request.url = url;
    auto response = RunAsync(io, [&] { return client.Post(request); });
    ASSERT_FALSE(response) << url;
    EXPECT_EQ(response.error().kind, ErrorKind::kInvalidInput) << url;
  }
}

}  // namespace
}  // namespace applier::llm
