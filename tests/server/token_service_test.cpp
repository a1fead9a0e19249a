#include "server/token_service.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "support/foreign_token.h"
#include "support/process.h"

namespace applier::server {
namespace {

const std::string kSecret = "0123456789abcdef0123456789abcdef-test-secret";

std::int64_t Now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

using testing::Base64Url;
using testing::ForeignToken;

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

// Hostile tokens (issue 12): each is refused with a reason, none throws or
// crashes, and the reason never repeats the token.
std::string FreshPayload() {
  return R"({"sub":"mallory","exp":)" + std::to_string(Now() + 3600) + "}";
}

void ExpectRefused(const TokenService& service, const std::string& token, const std::string& what) {
  auto claims = service.Verify(token);
  ASSERT_FALSE(claims) << what << " was accepted as " << claims->subject;
  EXPECT_EQ(claims.error().kind, ErrorKind::kInvalidInput) << what;
  EXPECT_FALSE(claims.error().message.empty()) << what;
  if (token.size() > 8) {
    EXPECT_EQ(claims.error().message.find(token), std::string::npos) << what;
  }
}

TEST(TokenService, BadBase64IsRefused) {
  auto service = Service();
  const std::string good = ForeignToken(R"({"alg":"HS256","typ":"JWT"})", FreshPayload(), kSecret);
  const auto first_dot = good.find('.');
  const auto second_dot = good.find('.', first_dot + 1);
  ExpectRefused(service, "!!!!" + good.substr(first_dot), "a header of '!'");
  ExpectRefused(service, good.substr(0, first_dot + 1) + "%%%%" + good.substr(second_dot),
                "a payload of '%'");
  ExpectRefused(service, good.substr(0, second_dot + 1) + "not*base64*at*all",
                "a signature that is not base64");
  ExpectRefused(service, good.substr(0, first_dot) + "=" + good.substr(first_dot),
                "padding in the middle of a segment");
  ExpectRefused(
      service,
      std::string(good.begin(), good.begin() + first_dot) + "\x01\x02" + good.substr(first_dot),
      "control bytes in the header");
  ExpectRefused(service, good + ".extra", "a fourth segment");
  ExpectRefused(service, " " + good, "a leading space");
}

TEST(TokenService, HeaderOrPayloadThatIsNotJsonIsRefused) {
  auto service = Service();
  ExpectRefused(service, ForeignToken("not json", FreshPayload(), kSecret), "a text header");
  ExpectRefused(service, ForeignToken(R"({"alg":"HS256"})", "sub=mallory", kSecret),
                "a text payload");
  ExpectRefused(service, ForeignToken(R"({"alg":"HS256"})", R"({"sub":"mallory","exp":)", kSecret),
                "a cut-off payload");
  ExpectRefused(service, ForeignToken(R"(["HS256"])", FreshPayload(), kSecret),
                "a header that is an array");
  ExpectRefused(service, ForeignToken(R"({"alg":"HS256"})", R"("mallory")", kSecret),
                "a payload that is a string");
  ExpectRefused(service,
                ForeignToken(R"({"alg":"HS256"})", std::string("{\"sub\":\"a\0b\"}", 13), kSecret),
                "a NUL byte in the payload");
}

TEST(TokenService, DeeplyNestedJsonIsRefusedWithoutExhaustingTheStack) {
  auto service = Service();
  // As deep as fits under the length limit, signed (the parser runs before the
  // signature is checked) and unsigned, in the header and in a claim.
  const std::string deep = std::string(2700, '[') + std::string(2700, ']');
  ExpectRefused(service, ForeignToken(deep, FreshPayload(), kSecret), "a nested-array header");
  const std::string deep_claim = R"({"sub":"mallory","exp":)" + std::to_string(Now() + 3600) +
                                 R"(,"x":)" + std::string(2600, '[') + std::string(2600, ']') + "}";
  auto claims = service.Verify(ForeignToken(R"({"alg":"HS256"})", deep_claim, "wrong-key"));
  EXPECT_FALSE(claims);
  std::string objects;
  for (int i = 0; i < 1000; ++i) objects += R"({"a":)";
  objects += "1" + std::string(1000, '}');
  ExpectRefused(service, ForeignToken(R"({"alg":"HS256"})", objects, kSecret),
                "nested objects without sub or exp");
}

TEST(TokenService, ClaimsOfTheWrongTypeAreRefused) {
  auto service = Service();
  const std::string exp = std::to_string(Now() + 3600);
  const std::string header = R"({"alg":"HS256","typ":"JWT"})";
  const std::vector<std::pair<std::string, std::string>> payloads = {
      {R"({"sub":42,"exp":)" + exp + "}", "a numeric sub"},
      {R"({"sub":{"id":"mallory"},"exp":)" + exp + "}", "an object sub"},
      {R"({"sub":["mallory"],"exp":)" + exp + "}", "an array sub"},
      {R"({"sub":null,"exp":)" + exp + "}", "a null sub"},
      {R"({"sub":"","exp":)" + exp + "}", "an empty sub"},
      {R"({"sub":true,"exp":)" + exp + "}", "a boolean sub"},
      {R"({"sub":")" + std::string(300, 'm') + R"(","exp":)" + exp + "}", "a 300-byte sub"},
      {R"({"sub":"mallory","exp":")" + exp + R"("})", "a string exp"},
      {R"({"sub":"mallory","exp":)" + exp + ".5}", "a fractional exp"},
      {R"({"sub":"mallory","exp":1e300})", "an exp of 1e300"},
      {R"({"sub":"mallory","exp":99999999999999999999999})", "an exp past int64"},
      {R"({"sub":"mallory","exp":-1})", "a negative exp"},
      {R"({"sub":"mallory","exp":true})", "a boolean exp"},
      {R"({"sub":"mallory","exp":null})", "a null exp"},
      {R"({"sub":"mallory","exp":[)" + exp + "]}", "an array exp"},
  };
  for (const auto& [payload, what] : payloads) {
    ExpectRefused(service, ForeignToken(header, payload, kSecret), what);
  }
}

TEST(TokenService, AlgorithmTricksAreRefused) {
  auto service = Service();
  const std::string payload = FreshPayload();
  for (const char* header :
       {R"({"alg":"none"})", R"({"alg":"None"})", R"({"alg":"NONE"})", R"({"alg":"nOnE"})",
        R"({"alg":"hs256"})", R"({"alg":"HS256 "})", R"({"alg":""})", R"({"alg":null})",
        R"({"alg":["HS256"]})", R"({"alg":256})", R"({"typ":"JWT"})", R"({})", R"({"alg":"RS256"})",
        R"({"alg":"ES256"})", R"({"alg":"PS256"})", R"({"alg":"HS384"})"}) {
    ExpectRefused(service, ForeignToken(header, payload, kSecret), header);
  }
  // alg none with the signature segment left off, or empty, or a MAC of the
  // secret's public twin (key confusion needs a public key; the MAC key is ours).
  const std::string unsigned_part = Base64Url(R"({"alg":"none"})") + "." + Base64Url(payload);
  ExpectRefused(service, unsigned_part, "alg none without a signature segment");
  ExpectRefused(service, unsigned_part + ".", "alg none with an empty signature");
  const std::string hs256_unsigned =
      Base64Url(R"({"alg":"HS256"})") + "." + Base64Url(payload) + ".";
  ExpectRefused(service, hs256_unsigned, "HS256 with an empty signature");
  // A correctly signed token whose signature is cut short or carries an extra byte.
  const std::string good = ForeignToken(R"({"alg":"HS256"})", payload, kSecret);
  ExpectRefused(service, good.substr(0, good.size() - 2), "a truncated signature");
  ExpectRefused(service, good + "A", "a lengthened signature");
}

TEST(TokenService, OverlongTokensAreRefusedBeforeDecoding) {
  auto service = Service();
  const std::string padded = R"({"sub":"mallory","exp":)" + std::to_string(Now() + 3600) +
                             R"(,"pad":")" + std::string(9000, 'x') + R"("})";
  auto claims = service.Verify(ForeignToken(R"({"alg":"HS256"})", padded, kSecret));
  ASSERT_FALSE(claims);
  EXPECT_NE(claims.error().message.find("too long"), std::string::npos) << claims.error().message;
  ExpectRefused(service, std::string(1 << 20, 'A'), "a mebibyte of 'A'");
  ExpectRefused(service, std::string(1 << 20, '.'), "a mebibyte of dots");
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
