#include "knowledge/document_library.h"

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <poppler-document.h>
#include <poppler-page.h>

#include <array>
#include <cstdio>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "support/hand_written_pdf.h"
#include "support/process.h"

namespace applier::knowledge {
namespace {

using testing::MakePdf;
using Page = testing::PdfPage;

const std::vector<Page> kResumePages = {
    {"# Jane Doe", "Senior platform engineer in Berlin.",
     "Ten years of building reliable backend services."},
    {"# Experience", "Acme Cloud, 2019 to 2024: led the migration of forty services",
     "from virtual machines to Kubernetes clusters on three continents,",
     "cutting deployment time from hours to minutes."},
    {"# Education", "Technical University of Munich, MSc in Computer Science, 2014."},
};

// --- fixture ------------------------------------------------------------------------

class DocumentLibraryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = store::Database::Open(dir_.path() / "applier.db");
    ASSERT_TRUE(db) << db.error().ToString();
    db_.emplace(std::move(*db));
    library_.emplace(*db_);
  }

  std::int64_t Count(const std::string& table) {
    auto stmt = db_->Prepare("SELECT count(*) FROM " + table);
    EXPECT_TRUE(stmt);
    auto row = stmt->Step();
    EXPECT_TRUE(row && *row);
    return stmt->ColumnInt(0);
  }

  // Nothing of any upload is in the store: rows, index entries, embeddings.
  void ExpectStoreEmpty() {
    EXPECT_EQ(Count("documents"), 0);
    EXPECT_EQ(Count("chunks"), 0);
    EXPECT_EQ(Count("chunk_embeddings"), 0);
    auto listed = library_->List("alice");
    ASSERT_TRUE(listed);
    EXPECT_TRUE(listed->empty());
  }

  void ExpectRefused(const std::string& filename, const std::string& bytes,
                     const std::string& message_part) {
    auto added = library_->Add("alice", filename, bytes);
    ASSERT_FALSE(added) << filename << " was accepted";
    EXPECT_EQ(added.error().kind, ErrorKind::kInvalidInput);
    EXPECT_NE(added.error().message.find(message_part), std::string::npos) << added.error().message;
    EXPECT_NE(added.error().message.find(filename), std::string::npos) << added.error().message;
    ExpectStoreEmpty();
  }

  DocumentInfo AddOk(const std::string& user, const std::string& filename,
                     const std::string& bytes) {
    auto added = library_->Add(user, filename, bytes);
    EXPECT_TRUE(added) << added.error().ToString();
    return added.value_or(DocumentInfo{});
  }

  testing::TempDir dir_;
  std::optional<store::Database> db_;
  std::optional<DocumentLibrary> library_;
};

// --- ingest -------------------------------------------------------------------------

TEST_F(DocumentLibraryTest, PdfIsIngestedPageByPageAndItsPassagesRetrieved) {
  const DocumentInfo info = AddOk("alice", "resume.pdf", MakePdf(kResumePages));
  EXPECT_EQ(info.kind, "pdf");
  EXPECT_EQ(info.pages, 3);
  EXPECT_GE(info.chunks, 3);
  EXPECT_FALSE(info.already_stored);
  EXPECT_EQ(info.sha256.size(), 64u);

  auto passages = library_->RetrieveUserContext("alice", "Have you worked with Kubernetes?");
  ASSERT_TRUE(passages) << passages.error().ToString();
  ASSERT_FALSE(passages->empty());
  const Passage& best = passages->front();
  EXPECT_NE(best.text.find("Kubernetes clusters"), std::string::npos) << best.text;
  EXPECT_EQ(best.heading, "Experience");
  EXPECT_EQ(best.filename, "resume.pdf");
  EXPECT_EQ(best.document_id, info.id);
  EXPECT_GT(best.score, 0);

  auto education = library_->RetrieveUserContext("alice", "Which university did you attend?");
  ASSERT_TRUE(education);
  ASSERT_FALSE(education->empty());
  EXPECT_EQ(education->front().heading, "Education");
}

TEST_F(DocumentLibraryTest, TheSameBytesTwiceAreStoredOnce) {
  const std::string pdf = MakePdf(kResumePages);
  const DocumentInfo first = AddOk("alice", "resume.pdf", pdf);
  const DocumentInfo second = AddOk("alice", "resume-copy.pdf", pdf);
  EXPECT_TRUE(second.already_stored);
  EXPECT_EQ(second.id, first.id);
  EXPECT_EQ(Count("documents"), 1);
  // Another user uploading the same file gets a document of their own.
  const DocumentInfo bobs = AddOk("bob", "resume.pdf", pdf);
  EXPECT_FALSE(bobs.already_stored);
  EXPECT_NE(bobs.id, first.id);
}

TEST_F(DocumentLibraryTest, MarkdownAndTextAreIngested) {
  const DocumentInfo notes = AddOk(
      "alice", "notes.md", "# Salary\nI expect 90000 EUR per year.\n\n# Notice\nTwo weeks.\n");
  EXPECT_EQ(notes.kind, "markdown");
  EXPECT_EQ(notes.pages, 1);
  EXPECT_EQ(notes.chunks, 2);
  const DocumentInfo text = AddOk("alice", "why.txt", "I like small teams that ship often.\r\n");
  EXPECT_EQ(text.kind, "text");
  auto listed = library_->List("alice");
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ(listed->front().filename, "why.txt");  // newest first
  auto salary = library_->RetrieveUserContext("alice", "What are your salary expectations?");
  ASSERT_TRUE(salary);
  ASSERT_FALSE(salary->empty());
  EXPECT_EQ(salary->front().heading, "Salary");
  EXPECT_NE(salary->front().text.find("90000 EUR"), std::string::npos);
}

TEST_F(DocumentLibraryTest, TruncatedPdfIsRefused) {
  const std::string pdf = MakePdf(kResumePages);
  ExpectRefused("resume.pdf", pdf.substr(0, pdf.size() * 2 / 3), "incomplete");
}

TEST_F(DocumentLibraryTest, GarbagePdfIsRefused) {
  std::string garbage = "%PDF-1.7\n";
  for (int i = 0; i < 2000; ++i) garbage += static_cast<char>((i * 7919) % 251);
  garbage += "\n%%EOF\n";
  ExpectRefused("resume.pdf", garbage, "damaged");
}

TEST_F(DocumentLibraryTest, ANonPdfNamedPdfIsRefused) {
  ExpectRefused("resume.pdf", "PK\x03\x04 this is a zip archive", "not a PDF");
}

TEST_F(DocumentLibraryTest, PasswordProtectedPdfIsRefused) {
  const std::string pdf = MakePdf(kResumePages, "secret");
  // The fixture is a real encrypted PDF: with its password, poppler reads the text.
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
      pdf.data(), static_cast<int>(pdf.size()), "", "secret"));
  ASSERT_TRUE(doc);
  ASSERT_FALSE(doc->is_locked());
  std::unique_ptr<poppler::page> page(doc->create_page(1));
  const auto text = page->text().to_utf8();
  EXPECT_NE(std::string(text.data(), text.size()).find("Kubernetes"), std::string::npos);

  ExpectRefused("resume.pdf", pdf, "password-protected");
}

TEST_F(DocumentLibraryTest, PdfWithoutTextIsRefused) {
  ExpectRefused("scan.pdf", MakePdf({{}, {}}), "no text");
}

TEST_F(DocumentLibraryTest, EmptyFileIsRefused) {
  ExpectRefused("resume.pdf", "", "empty");
  ExpectRefused("notes.md", "", "empty");
  ExpectRefused("notes.txt", " \n\t\n", "no text");
}

TEST_F(DocumentLibraryTest, OversizedUploadIsRefused) {
  ExpectRefused("notes.txt", std::string(10 * 1024 * 1024 + 1, 'a'), "the limit is 10.0 MiB");
  LibraryOptions options;
  options.extract.max_bytes = 1024;
  DocumentLibrary small(*db_, options);
  auto added = small.Add("alice", "notes.txt", std::string(1025, 'a'));
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().kind, ErrorKind::kInvalidInput);
  ExpectStoreEmpty();
}

TEST_F(DocumentLibraryTest, UnsupportedTypesAreRefused) {
  ExpectRefused("resume.docx", "PK\x03\x04", ".docx files are not supported");
  ExpectRefused("photo.png", "\x89PNG\r\n", ".png files are not supported");
  ExpectRefused("notes.txt", std::string("binary\0data", 11), "not UTF-8 text");
  ExpectRefused("notes.txt", "caf\xE9 latin-1", "not UTF-8 text");
}

TEST_F(DocumentLibraryTest, MarkdownWithOnlyHeadingsIsRefused) {
  ExpectRefused("notes.md", "# Title\n## Subtitle\n", "no text under them");
}

TEST_F(DocumentLibraryTest, EmptyUserIdIsRefused) {
  auto added = library_->Add("", "notes.txt", "hello");
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().kind, ErrorKind::kInvalidInput);
  EXPECT_EQ(Count("documents"), 0);
}

// --- users are kept apart -------------------------------------------------------------

TEST_F(DocumentLibraryTest, AnotherUsersDocumentsAreNeverReturned) {
  AddOk("alice", "alice.md", "# Skills\nKubernetes is something I used once.\n");
  // Bob's document matches the query far better, with every query word, many times.
  AddOk("bob", "bob.md",
        "# Kubernetes\nKubernetes clusters, Kubernetes operators, Kubernetes upgrades: "
        "BOB-PRIVATE Kubernetes everywhere.\n\n# More\nKubernetes Kubernetes Kubernetes.\n");
  AddOk("bob", "bob2.txt", "Kubernetes at scale. BOB-PRIVATE\n");

  auto passages = library_->RetrieveUserContext("alice", "Kubernetes clusters operators", 10);
  ASSERT_TRUE(passages);
  ASSERT_EQ(passages->size(), 1u);
  EXPECT_EQ(passages->front().filename, "alice.md");
  for (const auto& passage : *passages) {
    EXPECT_EQ(passage.text.find("BOB-PRIVATE"), std::string::npos);
  }
  auto carol = library_->RetrieveUserContext("carol", "Kubernetes", 10);
  ASSERT_TRUE(carol);
  EXPECT_TRUE(carol->empty());
  auto listed = library_->List("alice");
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 1u);
}

TEST_F(DocumentLibraryTest, UserIdsThatLookAlikeStayApart) {
  // Ids that tokenise alike ("a b" and "a-b") or contain FTS syntax must not meet.
  AddOk("a b", "one.txt", "Kubernetes for user one.\n");
  AddOk("a-b", "two.txt", "Kubernetes for user two.\n");
  AddOk("\" OR owner:*", "three.txt", "Kubernetes for user three.\n");
  for (const std::string user : {"a b", "a-b", "\" OR owner:*"}) {
    auto passages = library_->RetrieveUserContext(user, "Kubernetes", 10);
    ASSERT_TRUE(passages) << passages.error().ToString();
    ASSERT_EQ(passages->size(), 1u) << user;
  }
}

TEST_F(DocumentLibraryTest, DeleteByAnotherUserIsRefusedAndChangesNothing) {
  const DocumentInfo info = AddOk("alice", "resume.pdf", MakePdf(kResumePages));
  const std::int64_t chunks = Count("chunks");
  auto refused = library_->Delete("bob", info.id);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(Count("chunks"), chunks);
  auto still = library_->RetrieveUserContext("alice", "Kubernetes");
  ASSERT_TRUE(still);
  EXPECT_FALSE(still->empty());

  auto unknown = library_->Delete("alice", info.id + 100);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().kind, ErrorKind::kNotFound);
}

TEST_F(DocumentLibraryTest, DeleteRemovesChunksIndexAndEmbeddings) {
  const DocumentInfo info = AddOk("alice", "resume.pdf", MakePdf(kResumePages));
  auto pending = library_->ChunksNeedingEmbeddings("alice", "test-model");
  ASSERT_TRUE(pending);
  std::vector<ChunkEmbedding> vectors;
  for (const auto& chunk : *pending) vectors.push_back({chunk.chunk_id, {1.0f, 0.0f}});
  ASSERT_TRUE(library_->StoreEmbeddings("alice", "test-model", vectors));
  EXPECT_GT(Count("chunk_embeddings"), 0);

  ASSERT_TRUE(library_->Delete("alice", info.id));
  ExpectStoreEmpty();
  auto passages = library_->RetrieveUserContext("alice", "Kubernetes");
  ASSERT_TRUE(passages);
  EXPECT_TRUE(passages->empty());
  // The external-content index agrees with the (now empty) chunks table.
  EXPECT_TRUE(db_->Exec("INSERT INTO chunk_search (chunk_search) VALUES ('integrity-check')"));
}

// --- query text is only ever words ------------------------------------------------

TEST_F(DocumentLibraryTest, FtsSyntaxInTheQueryIsHarmless) {
  AddOk("alice", "alice.md", "# Skills\nKubernetes and Terraform.\n");
  AddOk("bob", "bob.md", "# Secrets\nBOB-PRIVATE owner token text heading.\n");
  const std::vector<std::string> queries = {
      "\"",
      "\"\"\"",
      "Kubernetes\" OR owner:*",
      "NEAR(Kubernetes Terraform, 1)",
      "Kube*",
      "-Kubernetes",
      "text:Kubernetes",
      "owner : u626f62",  // bob's owner token
      "{owner text heading} : bob",
      "^Kubernetes",
      "AND OR NOT",
      ")(",
      "Kubernetes AND NOT Terraform",
      "heading:Secrets OR text:BOB",
      std::string("nul\0byte", 8),
  };
  for (const auto& query : queries) {
    auto passages = library_->RetrieveUserContext("alice", query, 10);
    ASSERT_TRUE(passages) << query << ": " << passages.error().ToString();
    for (const auto& passage : *passages) {
      EXPECT_EQ(passage.filename, "alice.md") << query;
    }
  }
  // Operators around real words do not stop the words from matching.
  auto found = library_->RetrieveUserContext("alice", "\"Kubernetes\" NEAR(* - :)");
  ASSERT_TRUE(found);
  ASSERT_EQ(found->size(), 1u);
  // Only stop words: nothing to look for, not an error.
  auto nothing = library_->RetrieveUserContext("alice", "what is the");
  ASSERT_TRUE(nothing);
  EXPECT_TRUE(nothing->empty());
}

TEST_F(DocumentLibraryTest, CommonWordsAreDroppedWhenTheyWouldMatchTooMuch) {
  std::string notes;
  for (int i = 0; i < 12; ++i) notes += "# Team " + std::to_string(i) + "\nA team of people.\n\n";
  notes += "# Graph\nThe team built a graph database.\n";
  LibraryOptions options;
  options.match_budget = 5;
  DocumentLibrary budgeted(*db_, options);
  ASSERT_TRUE(budgeted.Add("alice", "notes.md", notes));
  // "team" is in all 13 chunks, over the budget: only "graph" is searched.
  auto passages = budgeted.RetrieveUserContext("alice", "team graph", 4);
  ASSERT_TRUE(passages);
  ASSERT_EQ(passages->size(), 1u);
  EXPECT_EQ(passages->front().heading, "Graph");
  // Only common words: the newest 5 chunks that have them are ranked.
  auto alone = budgeted.RetrieveUserContext("alice", "team people", 10);
  ASSERT_TRUE(alone);
  ASSERT_EQ(alone->size(), 5u);
  for (const auto& passage : *alone) {
    EXPECT_NE(passage.heading, "Team 0");  // the oldest chunks are left out
    EXPECT_NE(passage.heading, "Team 7");
  }
}

// --- hybrid retrieval -----------------------------------------------------------------

class HybridRetrievalTest : public DocumentLibraryTest {
 protected:
  void SetUp() override {
    DocumentLibraryTest::SetUp();
    AddOk("alice", "skills.md",
          "# Pipelines\nPython python python: data pipelines in Python.\n\n"
          "# Research\nPython for machine learning models.\n\n"
          "# Garden\nGrowing roses and tomatoes.\n");
    auto pending = library_->ChunksNeedingEmbeddings("alice", "test-model");
    ASSERT_TRUE(pending);
    ASSERT_EQ(pending->size(), 3u);
    for (const auto& chunk : *pending) id_of_[chunk.heading] = chunk.chunk_id;
  }

  std::vector<std::string> Headings(const std::vector<Passage>& passages) {
    std::vector<std::string> headings;
    for (const auto& passage : passages) headings.push_back(passage.heading);
    return headings;
  }

  std::map<std::string, std::int64_t> id_of_;
};

TEST_F(HybridRetrievalTest, FusionPromotesTheSemanticallyClosestPassage) {
  auto bm25 = library_->RetrieveUserContext("alice", "python", 4);
  ASSERT_TRUE(bm25);
  EXPECT_EQ(Headings(*bm25), (std::vector<std::string>{"Pipelines", "Research"}));

  ASSERT_TRUE(library_->StoreEmbeddings("alice", "test-model",
                                        {{id_of_["Pipelines"], {0.0f, 0.0f, 1.0f}},
                                         {id_of_["Research"], {1.0f, 0.0f, 0.0f}},
                                         {id_of_["Garden"], {0.7f, 0.7f, 0.0f}}}));
  auto pending = library_->ChunksNeedingEmbeddings("alice", "test-model");
  ASSERT_TRUE(pending);
  EXPECT_TRUE(pending->empty());

  // BM25: Pipelines, Research. Cosine: Research, Garden, Pipelines.
  // RRF: Research 1/62 + 1/61 > Pipelines 1/61 + 1/63 > Garden 1/62.
  const QueryEmbedding query{"test-model", {1.0f, 0.0f, 0.0f}};
  auto hybrid = library_->RetrieveUserContext("alice", "python", query, 4);
  ASSERT_TRUE(hybrid) << hybrid.error().ToString();
  EXPECT_EQ(Headings(*hybrid), (std::vector<std::string>{"Research", "Pipelines", "Garden"}));
  EXPECT_NEAR(hybrid->front().score, 1.0 / 62 + 1.0 / 61, 1e-9);

  // Embeddings from another model are not comparable: BM25 alone.
  auto other_model =
      library_->RetrieveUserContext("alice", "python", QueryEmbedding{"other", {1, 0, 0}}, 4);
  ASSERT_TRUE(other_model);
  EXPECT_EQ(Headings(*other_model), (std::vector<std::string>{"Pipelines", "Research"}));
}

TEST_F(HybridRetrievalTest, EmbeddingsForAnotherUsersChunksAreRefused) {
  AddOk("bob", "bob.md", "# Bob\nSomething of Bob's.\n");
  auto bobs = library_->ChunksNeedingEmbeddings("bob", "test-model");
  ASSERT_TRUE(bobs);
  ASSERT_EQ(bobs->size(), 1u);
  auto refused = library_->StoreEmbeddings(
      "alice", "test-model",
      {{id_of_["Research"], {1.0f, 0.0f}}, {bobs->front().chunk_id, {1.0f, 0.0f}}});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(Count("chunk_embeddings"), 0);  // not even alice's own vector

  auto not_finite = library_->StoreEmbeddings(
      "alice", "test-model",
      {{id_of_["Research"], {1.0f, std::numeric_limits<float>::quiet_NaN()}}});
  ASSERT_FALSE(not_finite);
  EXPECT_EQ(not_finite.error().kind, ErrorKind::kInvalidInput);
  EXPECT_EQ(Count("chunk_embeddings"), 0);
}

}  // namespace
}  // namespace applier::knowledge
