#include "server/password_hasher.h"

#include "gtest/gtest.h"

namespace applier::server {
namespace {

TEST(PasswordHasher, HashIsArgon2idAndVerifies) {
  auto hash = HashPassword("correct horse battery staple");
  ASSERT_TRUE(hash) << hash.error().message;
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u) << *hash;
  EXPECT_EQ(hash->find("correct horse"), std::string::npos);
  EXPECT_TRUE(VerifyPassword(*hash, "correct horse battery staple"));
  EXPECT_FALSE(VerifyPassword(*hash, "correct horse battery stapler"));
  EXPECT_FALSE(VerifyPassword(*hash, ""));
}

TEST(PasswordHasher, SaltMakesEveryHashDifferent) {
  auto a = HashPassword("same password");
  auto b = HashPassword("same password");
  ASSERT_TRUE(a && b);
  EXPECT_NE(*a, *b);
}

TEST(PasswordHasher, MalformedHashNeverVerifies) {
  EXPECT_FALSE(VerifyPassword("", "x"));
  EXPECT_FALSE(VerifyPassword("$argon2id$garbage", "x"));
  EXPECT_FALSE(VerifyPassword("plaintext", "plaintext"));
}

TEST(PasswordHasher, EmptyOrHugePasswordIsRefused) {
  EXPECT_FALSE(HashPassword(""));
  EXPECT_FALSE(HashPassword(std::string(2000, 'x')));
}

}  // namespace
}  // namespace applier::server
