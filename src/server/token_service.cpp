#include "server/token_service.h"

#include <fcntl.h>
#include <jwt.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include "core/base64.h"

namespace applier::server {
namespace {

struct JwtFree {
  void operator()(jwt_t* jwt) const { jwt_free(jwt); }
};
using JwtPtr = std::unique_ptr<jwt_t, JwtFree>;

std::int64_t NowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// The header's `alg` exactly as written, "" when the header is not a JSON object
// with a string `alg`. libjwt compares algorithm names without regard to case;
// JWS names are case-sensitive (RFC 7515 §4.1.1).
std::string HeaderAlgorithm(std::string_view token) {
  std::string header(token.substr(0, token.find('.')));
  for (char& c : header) {
    if (c == '-') c = '+';
    if (c == '_') c = '/';
  }
  while (header.size() % 4 != 0) header += '=';
  auto decoded = DecodeBase64(header);
  if (!decoded) return {};
  boost::system::error_code ec;
  const auto value = boost::json::parse(*decoded, ec);
  if (ec || !value.is_object()) return {};
  const auto* alg = value.as_object().if_contains("alg");
  return alg && alg->is_string() ? std::string(alg->as_string()) : std::string();
}

Error Refused(std::string reason) {
  return Error{ErrorKind::kInvalidInput, std::move(reason)};
}

}  // namespace

Result<TokenService> TokenService::Create(std::string secret) {
  if (secret.size() < 32) {
    return Fail(ErrorKind::kInvalidInput,
                "the JWT secret must be at least 32 bytes long (APPLIER_JWT_SECRET)");
  }
  return TokenService(std::move(secret));
}

Result<std::string> TokenService::Issue(std::string_view subject,
                                        std::chrono::seconds lifetime) const {
  const auto now = NowSeconds();
  return IssueAt(subject, now, now + lifetime.count());
}

Result<std::string> TokenService::IssueAt(std::string_view subject, std::int64_t issued_at,
                                          std::int64_t expires_at) const {
  if (subject.empty()) return Fail(ErrorKind::kInvalidInput, "a token needs a subject");
  jwt_t* raw = nullptr;
  if (jwt_new(&raw) != 0) return Fail(ErrorKind::kIo, "out of memory creating a token");
  JwtPtr jwt(raw);
  const std::string sub(subject);
  if (jwt_add_grant(jwt.get(), "sub", sub.c_str()) != 0 ||
      jwt_add_grant_int(jwt.get(), "iat", static_cast<long>(issued_at)) != 0 ||
      jwt_add_grant_int(jwt.get(), "exp", static_cast<long>(expires_at)) != 0 ||
      jwt_set_alg(jwt.get(), JWT_ALG_HS256, reinterpret_cast<const unsigned char*>(secret_.data()),
                  static_cast<int>(secret_.size())) != 0) {
    return Fail(ErrorKind::kIo, "could not build the token");
  }
  char* encoded = jwt_encode_str(jwt.get());
  if (encoded == nullptr) return Fail(ErrorKind::kIo, "could not sign the token");
  std::string token(encoded);
  std::free(encoded);  // libjwt 1.10 returns malloc()ed strings
  return token;
}

Result<TokenClaims> TokenService::Verify(std::string_view token) const {
  if (token.empty()) return Fail(Refused("no token"));
  if (token.size() > 8192) return Fail(Refused("the token is too long"));
  const std::string owned(token);
  jwt_t* raw = nullptr;
  const int rc =
      jwt_decode(&raw, owned.c_str(), reinterpret_cast<const unsigned char*>(secret_.data()),
                 static_cast<int>(secret_.size()));
  JwtPtr jwt(raw);
  if (rc != 0 || !jwt) return Fail(Refused("the token is malformed or wrongly signed"));
  // libjwt 1.x accepts an unsigned token (alg "none") even when a key is given;
  // the algorithm must be checked here, or anyone could mint tokens.
  if (jwt_get_alg(jwt.get()) != JWT_ALG_HS256 || HeaderAlgorithm(token) != "HS256") {
    return Fail(Refused("the token is not signed with HS256"));
  }
  TokenClaims claims;
  errno = 0;
  const long exp = jwt_get_grant_int(jwt.get(), "exp");
  if (errno != 0) return Fail(Refused("the token has no numeric 'exp' claim"));
  claims.expires_at = exp;
  if (claims.expires_at <= NowSeconds()) return Fail(Refused("the token has expired"));
  errno = 0;
  const long iat = jwt_get_grant_int(jwt.get(), "iat");
  claims.issued_at = errno == 0 ? iat : 0;
  const char* sub = jwt_get_grant(jwt.get(), "sub");
  if (sub == nullptr || *sub == '\0') return Fail(Refused("the token has no 'sub' claim"));
  claims.subject = sub;
  if (claims.subject.size() > 256) return Fail(Refused("the token's 'sub' is too long"));
  return claims;
}

Result<std::string> LoadOrCreateSecret(const std::filesystem::path& data_dir) {
  if (const char* env = std::getenv("APPLIER_JWT_SECRET"); env != nullptr && *env != '\0') {
    return std::string(env);
  }
  const auto path = data_dir / "jwt_secret";
  if (std::ifstream in(path); in) {
    std::stringstream text;
    text << in.rdbuf();
    std::string secret = text.str();
    while (!secret.empty() && (secret.back() == '\n' || secret.back() == '\r')) secret.pop_back();
    if (secret.size() >= 32) return secret;
    return Fail(
        ErrorKind::kInvalidInput,
        path.string() + " holds a secret shorter than 32 bytes; delete it to make a new one");
  }
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1) {
    return Fail(ErrorKind::kIo, "no randomness available for the JWT secret");
  }
  static const char kHex[] = "0123456789abcdef";
  std::string secret;
  for (unsigned char b : bytes) {
    secret += kHex[b >> 4];
    secret += kHex[b & 15];
  }
  // O_EXCL: two processes starting at once must not both write a different secret.
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return LoadOrCreateSecret(data_dir);
    return Fail(ErrorKind::kIo, "cannot create " + path.string());
  }
  const auto written = ::write(fd, secret.data(), secret.size());
  ::close(fd);
  if (written != static_cast<ssize_t>(secret.size())) {
    return Fail(ErrorKind::kIo, "cannot write " + path.string());
  }
  return secret;
}

}  // namespace applier::server
