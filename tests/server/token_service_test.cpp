#include "server/token_service.h"

#include <openssl/hmac.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "gtest/gtest.h"
#include "support/process.h"

namespace applier::server {
namespace {

const std::string kSecret = "0123456789abcdef0123456789abcdef-test-secret";

std::int64_t Now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string Base64Url(std::string_view bytes) {
  static const char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) |
                       (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (i + 1 == bytes.size()) {
    const unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
  } else if (i + 2 == bytes.size()) {
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) |
                       (static_cast<unsigned char>(bytes[i + 1]) << 8);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
  }
  return out;
}

// A token made the way another identity provider would: plain HMAC-SHA256 over
// header.payload, with claims this service never issues itself.
std::string ForeignToken(const std::string& header, const std::string& payload,
                         const std::string& key) {
  const std::string signing_input = Base64Url(header) + "." + Base64Url(payload);
  unsigned char mac[32];
  unsigned int length = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(signing_input.data()), signing_input.size(), mac,
       &length);
  return signing_input + "." + Base64Url(std::string(reinterpret_cast<char*>(mac), length));
}

TokenService Service(const std::string& secret = kSecret) {
  auto service = TokenService::Create(secret);
  EXPECT_TRUE(service);
  return *service;
}

TEST(TokenService, IssuedTokenVerifiesWithItsClaims) {
  auto service = Service();
  auto token = service.Issue("alice", std::chrono::hours(1));
  ASSERT_TRUE(token);
  auto claims = service.Verify(*token);
  ASSERT_TRUE(claims) << claims.error().message;
  EXPECT_EQ(claims->subject, "alice");
  EXPECT_GT(claims->expires_at, Now() + 3500);
  EXPECT_LE(claims->issued_at, Now());
}

TEST(TokenService, ExpiredTokenIsRefused) {
  auto service = Service();
  auto token = service.IssueAt("alice", Now() - 7200, Now() - 10);
  ASSERT_TRUE(token);
  auto claims = service.Verify(*token);
  ASSERT_FALSE(claims);
  EXPECT_EQ(claims.error().kind, ErrorKind::kInvalidInput);
  EXPECT_NE(claims.error().message.find("expired"), std::string::npos);
}

TEST(TokenService, TokenSignedWithAnotherKeyIsRefused) {
  auto other = Service("another-secret-of-at-least-32-bytes!!");
  auto token = other.Issue("alice", std::chrono::hours(1));
  ASSERT_TRUE(token);
  auto claims = Service().Verify(*token);
  ASSERT_FALSE(claims);
  EXPECT_EQ(claims.error().message.find(kSecret), std::string::npos);
}

TEST(TokenService, AlgNoneIsRefused) {
  const std::string payload = R"({"sub":"alice","exp":)" + std::to_string(Now() + 3600) + "}";
  const std::string unsigned_token =
      Base64Url(R"({"alg":"none","typ":"JWT"})") + "." + Base64Url(payload) + ".";
  EXPECT_FALSE(Service().Verify(unsigned_token));
  // The same with a signature part that happens to be a valid HS256 MAC.
  const std::string relabelled = ForeignToken(R"({"alg":"none","typ":"JWT"})", payload, kSecret);
  EXPECT_FALSE(Service().Verify(relabelled));
}

TEST(TokenService, OtherAlgorithmsAreRefused) {
  const std::string payload = R"({"sub":"alice","exp":)" + std::to_string(Now() + 3600) + "}";
  EXPECT_FALSE(Service().Verify(ForeignToken(R"({"alg":"HS512","typ":"JWT"})", payload, kSecret)));
}

TEST(TokenService, ExternalProviderTokenWithSubIsAccepted) {
  const std::string payload = R"({"iss":"https://idp.example.com","aud":"applier","sub":"idp|42",)"
                              R"("exp":)" +
                              std::to_string(Now() + 600) + R"(,"iat":)" + std::to_string(Now()) +
                              "}";
  auto claims = Service().Verify(ForeignToken(R"({"alg":"HS256","typ":"JWT"})", payload, kSecret));
  ASSERT_TRUE(claims) << claims.error().message;
  EXPECT_EQ(claims->subject, "idp|42");
}

TEST(TokenService, MissingSubOrExpIsRefused) {
  const std::string no_sub = R"({"exp":)" + std::to_string(Now() + 600) + "}";
  EXPECT_FALSE(Service().Verify(ForeignToken(R"({"alg":"HS256"})", no_sub, kSecret)));
  const std::string no_exp = R"({"sub":"alice"})";
  EXPECT_FALSE(Service().Verify(ForeignToken(R"({"alg":"HS256"})", no_exp, kSecret)));
}

TEST(TokenService, GarbageIsRefused) {
  auto service = Service();
  for (const char* token : {"", "abc", "a.b.c", "....", "eyJhbGciOiJIUzI1NiJ9..", "\xff\xfe.x.y"}) {
    EXPECT_FALSE(service.Verify(token)) << token;
  }
}

TEST(TokenService, ShortSecretIsRefused) {
  EXPECT_FALSE(TokenService::Create("short"));
}

TEST(TokenService, SecretIsCreatedOnceWithOwnerOnlyPermissions) {
  testing::TempDir dir;
  unsetenv("APPLIER_JWT_SECRET");
  auto first = LoadOrCreateSecret(dir.path());
  ASSERT_TRUE(first) << first.error().message;
  auto second = LoadOrCreateSecret(dir.path());
  ASSERT_TRUE(second);
  EXPECT_EQ(*first, *second);
  EXPECT_GE(first->size(), 32u);
  const auto perms = std::filesystem::status(dir.path() / "jwt_secret").permissions();
  EXPECT_EQ(perms & (std::filesystem::perms::group_all | std::filesystem::perms::others_all),
            std::filesystem::perms::none);
}

}  // namespace
}  // namespace applier::server
