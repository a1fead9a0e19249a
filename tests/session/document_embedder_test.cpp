// Document embeddings in the answer chain: chunks embedded through the LLM client
// and stored, a question embedded for the hybrid ranking, and BM25 alone whenever
// embedding fails. Real SQLite; the model is the scripted server on loopback.
#include "session/document_embedder.h"

#include <boost/asio/io_context.hpp>

#include "gtest/gtest.h"
#include "session/field_reasoner.h"
#include "support/async.h"
#include "support/process.h"
#include "support/scripted_llm_server.h"

namespace applier::session {
namespace {

using applier::testing::Reply;
using applier::testing::RunAsync;
using applier::testing::ScriptedLlmServer;

constexpr char kUser[] = "jordan";
constexpr char kNotes[] =
    "# Why robots\n\nI have built warehouse robot fleets since I wired a sorting conveyor.\n\n"
    "# Hobbies\n\nI bake sourdough bread on weekends.\n";

class DocumentEmbedderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = store::Database::Open(dir_.path() / "applier.db");
    ASSERT_TRUE(db) << db.error().ToString();
    db_.emplace(std::move(*db));
    library_.emplace(*db_);
    ASSERT_TRUE(library_->Add(kUser, "notes.md", kNotes));
  }

  llm::LlmClient Client(std::string embedding_model) {
    return llm::LlmClient({{.name = "local",
                            .base_url = llm_.base_url(),
                            .api_key = "",
                            .model = "scripted-model",
                            .embedding_model = std::move(embedding_model)}});
  }

  Result<EmbeddedChunks> Embed(const llm::LlmClient& client, std::string model,
                               EmbedderOptions options = {}) {
    LibraryAccess access = [this](const std::function<Status(knowledge::DocumentLibrary&)>& work) {
      return work(*library_);
    };
    return RunAsync(
        io_, [&] { return EmbedPendingChunks(client, model, kUser, std::move(access), options); });
  }

  std::size_t Pending(const std::string& model) {
    auto pending = library_->ChunksNeedingEmbeddings(kUser, model);
    return pending ? pending->size() : 999;
  }

  applier::testing::TempDir dir_;
  std::optional<store::Database> db_;
  std::optional<knowledge::DocumentLibrary> library_;
  boost::asio::io_context io_;
  ScriptedLlmServer llm_;
};

TEST_F(DocumentEmbedderTest, EveryChunkIsEmbeddedInBatchesAndStored) {
  const std::size_t chunks = Pending("embed-model");
  ASSERT_GE(chunks, 2u);
  llm_.Push(Reply::WordEmbeddings().Model("embed-model"));
  llm_.Push(Reply::WordEmbeddings().Model("embed-model"));
  const auto client = Client("embed-model");
  auto done = Embed(client, "embed-model", {.batch = 1, .max_batches = 2});
  ASSERT_TRUE(done) << done.error().ToString();
  EXPECT_EQ(done->chunks, 2);
  EXPECT_EQ(done->calls, 2);
  EXPECT_EQ(Pending("embed-model"), chunks - 2);
  ASSERT_EQ(llm_.requests().size(), 2u);
  EXPECT_EQ(llm_.requests()[0].path(), "/v1/embeddings");
  EXPECT_NE(llm_.requests()[0].body.find("Why robots"), std::string::npos);  // heading with text
}

TEST_F(DocumentEmbedderTest, VectorsAreStoredUnderTheModelThatAnswered) {
  llm_.Push(Reply::WordEmbeddings().Model("fallback-embed"));
  const auto client = Client("embed-model");
  auto done = Embed(client, "embed-model");
  ASSERT_TRUE(done) << done.error().ToString();
  EXPECT_EQ(done->model, "fallback-embed");
  EXPECT_EQ(Pending("fallback-embed"), 0u);
  EXPECT_EQ(llm_.requests().size(), 1u);  // asked again under the answering model: none left
}

TEST_F(DocumentEmbedderTest, AFailureStoresNothingAndWordSearchStillWorks) {
  const std::size_t before = Pending("embed-model");
  llm_.Push(Reply::Status(400));
  const auto client = Client("embed-model");
  auto done = Embed(client, "embed-model");
  EXPECT_FALSE(done);
  EXPECT_EQ(Pending("embed-model"), before);
  auto passages = library_->RetrieveUserContext(kUser, "sorting conveyor");
  ASSERT_TRUE(passages);
  ASSERT_FALSE(passages->empty());
  EXPECT_NE(passages->front().text.find("conveyor"), std::string::npos);
}

TEST_F(DocumentEmbedderTest, TheReasonerEmbedsTheQuestionAndFallsBackToWords) {
  llm_.Push(Reply::WordEmbeddings().Model("embed-model"));
  const auto client = Client("embed-model");
  ASSERT_TRUE(Embed(client, "embed-model"));
  knowledge::Profile profile;
  FieldReasoner reasoner({.llm = &client, .documents = &*library_, .answers = nullptr}, profile,
                         kUser);

  llm_.Push(Reply::WordEmbeddings().Model("embed-model"));
  auto hybrid = RunAsync(io_, [&] { return reasoner.RetrieveByMeaning("robot fleets", 2); });
  ASSERT_FALSE(hybrid.empty());
  EXPECT_NE(hybrid.front().text.find("robot fleets"), std::string::npos);
  ASSERT_EQ(llm_.requests().size(), 2u);
  EXPECT_NE(llm_.requests()[1].body.find("robot fleets"), std::string::npos);

  llm_.Push(Reply::Status(400));
  auto words = RunAsync(io_, [&] { return reasoner.RetrieveByMeaning("sourdough bread", 2); });
  ASSERT_FALSE(words.empty());
  EXPECT_NE(words.front().text.find("sourdough"), std::string::npos);

  // No embedding model: no request at all, BM25 alone.
  const auto chat_only = Client("");
  FieldReasoner plain({.llm = &chat_only, .documents = &*library_, .answers = nullptr}, profile,
                      kUser);
  auto plain_words = RunAsync(io_, [&] { return plain.RetrieveByMeaning("sourdough", 1); });
  ASSERT_EQ(plain_words.size(), 1u);
  EXPECT_EQ(llm_.requests().size(), 3u);
}

}  // namespace
}  // namespace applier::session
