#include "store/document_table.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>

#include "support/process.h"

namespace applier::store {
namespace {

class DocumentTableTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = Database::Open(dir_.path() / "applier.db");
    ASSERT_TRUE(db) << db.error().ToString();
    db_.emplace(std::move(*db));
    table_.emplace(*db_);
  }

  std::int64_t Insert(const std::string& user, const std::vector<ChunkInput>& chunks) {
    DocumentRow row;
    row.user_id = user;
    row.filename = "notes.md";
    row.kind = "markdown";
    row.sha256 = "00";
    row.bytes = 10;
    row.pages = 1;
    auto id = table_->Insert(row, chunks);
    EXPECT_TRUE(id) << id.error().ToString();
    return id.value_or(0);
  }

  testing::TempDir dir_;
  std::optional<Database> db_;
  std::optional<DocumentTable> table_;
};

TEST_F(DocumentTableTest, EmbeddingsRoundTripBitForBit) {
  Insert("alice", {{"H", "some text"}});
  auto chunks = table_->ChunksWithoutEmbedding("alice", "m", 10);
  ASSERT_TRUE(chunks);
  ASSERT_EQ(chunks->size(), 1u);
  // Zero bytes, negative zero, denormals and the extremes all survive the blob.
  const std::vector<float> values = {0.0f,  -0.0f, 1e-40f, std::numeric_limits<float>::max(),
                                     -1.5f, 0.25f};
  ASSERT_TRUE(table_->PutEmbeddings("alice", "m", {{chunks->front().id, values}}));
  auto stored = table_->Embeddings("alice", "m");
  ASSERT_TRUE(stored);
  ASSERT_EQ(stored->size(), 1u);
  ASSERT_EQ(stored->front().values.size(), values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    EXPECT_EQ(std::signbit(stored->front().values[i]), std::signbit(values[i]));
    EXPECT_EQ(stored->front().values[i], values[i]);
  }
  auto bobs = table_->Embeddings("bob", "m");
  ASSERT_TRUE(bobs);
  EXPECT_TRUE(bobs->empty());
}

TEST_F(DocumentTableTest, IndexFollowsDeletesAndIsScopedToTheUser) {
  const std::int64_t alice_doc = Insert("alice", {{"Skills", "rust and go"}, {"", "gardening"}});
  Insert("bob", {{"Skills", "rust"}});
  auto hits = table_->Search("alice", {"rust"}, 10);
  ASSERT_TRUE(hits);
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_LT(hits->front().bm25, 0);
  auto heading_hits = table_->Search("alice", {"skills"}, 10);
  ASSERT_TRUE(heading_hits);
  EXPECT_EQ(heading_hits->size(), 1u);

  auto wrong_user = table_->Delete("bob", alice_doc);
  ASSERT_TRUE(wrong_user);
  EXPECT_FALSE(*wrong_user);
  auto deleted = table_->Delete("alice", alice_doc);
  ASSERT_TRUE(deleted);
  EXPECT_TRUE(*deleted);
  hits = table_->Search("alice", {"rust"}, 10);
  ASSERT_TRUE(hits);
  EXPECT_TRUE(hits->empty());
  auto bobs = table_->Search("bob", {"rust"}, 10);
  ASSERT_TRUE(bobs);
  EXPECT_EQ(bobs->size(), 1u);
  EXPECT_TRUE(db_->Exec("INSERT INTO chunk_search (chunk_search) VALUES ('integrity-check')"));
}

TEST_F(DocumentTableTest, UsersWhoseIdsHashAlikeStayApart) {
  // Two user ids in the same chunk id range (a 31-bit hash: a birthday search over
  // a few tens of thousands of ids finds a pair).
  std::unordered_map<std::int64_t, std::string> seen;
  std::string first, second;
  for (int i = 0; first.empty(); ++i) {
    const std::string user = "user-" + std::to_string(i);
    auto [it, inserted] = seen.emplace(ChunkIdsOf(user).first, user);
    if (!inserted) {
      first = it->second;
      second = user;
    }
  }
  Insert(first, {{"", "rust one"}});
  // The second user's chunks rank better for "rust": they would fill the first
  // user's results if the range alone decided.
  Insert(second, {{"Rust", "rust rust rust"}, {"Rust", "rust rust"}});
  auto hits = table_->Search(first, {"rust"}, 2);
  ASSERT_TRUE(hits) << hits.error().ToString();
  ASSERT_EQ(hits->size(), 1u);
  auto rows = table_->Chunks(first, {hits->front().chunk_id});
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ(rows->front().text, "rust one");
  auto theirs = table_->Search(second, {"rust"}, 5);
  ASSERT_TRUE(theirs);
  EXPECT_EQ(theirs->size(), 2u);
}

TEST_F(DocumentTableTest, CountMatchesStopsAtTheCap) {
  std::vector<ChunkInput> chunks(10, ChunkInput{"", "common words"});
  chunks.push_back({"", "rare"});
  Insert("alice", chunks);
  auto common = table_->CountMatches("alice", "common", 4);
  ASSERT_TRUE(common);
  EXPECT_EQ(*common, 4);
  auto rare = table_->CountMatches("alice", "rare", 4);
  ASSERT_TRUE(rare);
  EXPECT_EQ(*rare, 1);
  auto bobs = table_->CountMatches("bob", "common", 4);
  ASSERT_TRUE(bobs);
  EXPECT_EQ(*bobs, 0);
}

TEST_F(DocumentTableTest, ChunksOfAnotherUserAreLeftOut) {
  Insert("alice", {{"", "alpha"}});
  Insert("bob", {{"", "beta"}});
  auto alice = table_->ChunksWithoutEmbedding("alice", "m", 10);
  auto bob = table_->ChunksWithoutEmbedding("bob", "m", 10);
  ASSERT_TRUE(alice && bob);
  auto rows = table_->Chunks("alice", {bob->front().id, alice->front().id});
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ(rows->front().text, "alpha");
}

}  // namespace
}  // namespace applier::store
