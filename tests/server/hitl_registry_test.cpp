// HitlRegistry's ids are what a person's answer is addressed to: they must come
// from the system's random source, and when that fails no request is opened
// (an id made of whatever was in memory could be guessed or repeat).
// OpenSSL's legacy RAND_METHOD hook is the one way to make RAND_bytes fail.
#define OPENSSL_SUPPRESS_DEPRECATED
#include "server/hitl_registry.h"

#include <openssl/rand.h>

#include <set>

#include "gtest/gtest.h"

namespace applier::server {
namespace {

int FailingBytes(unsigned char*, int) {
  return 0;
}
int FailingStatus() {
  return 0;
}

// Installs a random source that always fails, for its scope.
class BrokenRandomSource {
 public:
  BrokenRandomSource() {
    method_.bytes = FailingBytes;
    method_.status = FailingStatus;
    RAND_set_rand_method(&method_);
  }
  ~BrokenRandomSource() { RAND_set_rand_method(nullptr); }

 private:
  RAND_METHOD method_{};
};

TEST(HitlRegistryTest, IdsAreRandomAndDistinct) {
  HitlRegistry registry;
  std::set<std::string> ids;
  for (int i = 0; i < 100; ++i) {
    auto id = registry.Open("session", "user", HitlKind::kQuestions, nullptr);
    ASSERT_TRUE(id) << id.error().message;
    EXPECT_EQ(id->rfind("hitl_", 0), 0u) << *id;
    EXPECT_EQ(id->size(), 5u + 24u) << *id;
    ids.insert(*id);
  }
  EXPECT_EQ(ids.size(), 100u);
  EXPECT_EQ(registry.open_count(), 100u);
}

TEST(HitlRegistryTest, OpensNothingWhenTheRandomSourceFails) {
  HitlRegistry registry;
  {
    BrokenRandomSource broken;
    auto id = registry.Open("session", "user", HitlKind::kDraft, nullptr);
    ASSERT_FALSE(id) << "opened " << *id << " without random bytes";
    EXPECT_EQ(id.error().kind, ErrorKind::kIo);
    EXPECT_NE(id.error().message.find("random"), std::string::npos) << id.error().message;
  }
  EXPECT_EQ(registry.open_count(), 0u);
  EXPECT_FALSE(registry.OpenRequestOf("session"));
  auto after = registry.Open("session", "user", HitlKind::kDraft, nullptr);
  EXPECT_TRUE(after) << "the registry did not recover with the random source";
}

}  // namespace
}  // namespace applier::server
