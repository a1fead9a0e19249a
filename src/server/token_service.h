// TokenService issues and verifies the service's session tokens: JWTs signed with
// HS256 (claims sub, iat, exp). Tokens from an external identity provider that
// signs with the same secret and carries `sub` verify the same way.
//
// Contract of Verify(): success only for a well-formed token whose header says
// exactly HS256 (JWS names are case-sensitive: "hs256" is refused), whose signature
// matches the secret, whose `exp` is in the future and whose `sub` is a non-empty
// string. Everything else — `alg: none`, another algorithm, a
// wrong key, a missing or past `exp`, garbage — is kInvalidInput with a reason
// that never includes the token or the secret.
//
// Thread-safe: immutable after construction.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/result.h"

namespace applier::server {

struct TokenClaims {
  std::string subject;
  std::int64_t issued_at = 0;   // seconds since the epoch
  std::int64_t expires_at = 0;  // seconds since the epoch
};

class TokenService {
 public:
  // kInvalidInput for a secret shorter than 32 bytes: HS256 keys must be at
  // least as long as the hash (RFC 7518 §3.2).
  static Result<TokenService> Create(std::string secret);

  Result<std::string> Issue(std::string_view subject, std::chrono::seconds lifetime) const;
  // Issues with explicit times; for tests and for tokens that must already be expired.
  Result<std::string> IssueAt(std::string_view subject, std::int64_t issued_at,
                              std::int64_t expires_at) const;
  Result<TokenClaims> Verify(std::string_view token) const;

 private:
  explicit TokenService(std::string secret) : secret_(std::move(secret)) {}
  std::string secret_;
};

// The signing secret: $APPLIER_JWT_SECRET when set, else the contents of
// `data_dir/jwt_secret`, created once (32 random bytes, hex, mode 0600).
Result<std::string> LoadOrCreateSecret(const std::filesystem::path& data_dir);

}  // namespace applier::server
