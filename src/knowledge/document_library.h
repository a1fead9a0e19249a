// DocumentLibrary is a user's own documents (resume, notes, cover letters) as a
// source of answers: uploads are read, cut into chunks and indexed; questions are
// answered with the passages that match them best (`retrieve_user_context`).
//
// Contract:
//  - Every call takes the user id and sees only that user's documents. Another
//    user's document id is reported exactly like an id that does not exist.
//  - Add() stores all of a document or, on any error, nothing. Bad uploads (too
//    big, unsupported type, damaged or password-protected PDF, no text) are
//    ErrorKind::kInvalidInput with a message the user can act on. Adding the same
//    bytes again returns the stored document (already_stored = true).
//  - Retrieval is BM25 over SQLite FTS5 on the query's words (stop words dropped,
//    every word quoted: query text never becomes FTS syntax; the most common words
//    dropped when they would make the query expensive, see match_budget). When the caller gives
//    a query embedding and the user's chunks have embeddings from the same model
//    (StoreEmbeddings), BM25 and cosine rankings are fused by reciprocal rank
//    fusion (k = 60). BM25 term statistics are computed over all users' chunks;
//    they shape scores, never which user's text is returned.
//  - This part computes no embeddings: the caller asks for the chunks that need one
//    (ChunksNeedingEmbeddings), embeds them with its model and stores the vectors.
//  - Thread safety: a DocumentLibrary uses its Database's single connection, so it
//    must be used by one thread at a time, like the Database. Give each thread its
//    own Database and DocumentLibrary; SQLite (WAL) lets them read concurrently.
//    Parsing a PDF is CPU work: keep Add() and PrepareDocument() off I/O threads.
//    A server prepares a document with no connection held (PrepareDocument), then
//    stores it (Store), so a long parse never keeps others from the database.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "knowledge/document_chunker.h"
#include "knowledge/document_text.h"
#include "store/database.h"
#include "store/document_table.h"

namespace applier::knowledge {

struct LibraryOptions {
  ExtractOptions extract;  // max_bytes: 10 MiB by default
  ChunkOptions chunk;
  // How many candidates each ranking contributes to the fusion.
  int fusion_candidates = 50;
  // BM25 scores every chunk that contains any query word, so a common word ("team",
  // "experience") makes a query cost as much as the library is big. The most common
  // query words are left out until the rest match at most this many of the user's
  // chunks; the rarest word is always kept. Common words have the lowest IDF, so
  // they change the ranking least. When even the rarest word is over the budget,
  // the first two words are kept and only the newest match_budget chunks that
  // contain them are ranked.
  std::int64_t match_budget = 500;
};

struct DocumentInfo {
  std::int64_t id = 0;
  std::string filename;
  std::string kind;  // "pdf", "markdown", "text"
  std::int64_t bytes = 0;
  std::int64_t pages = 0;  // 1 for Markdown and plain text
  std::int64_t chunks = 0;
  std::string sha256;
  std::string created_at;       // ISO 8601 UTC
  bool already_stored = false;  // Add() found the same bytes stored before
};

struct Passage {
  std::int64_t chunk_id = 0;
  std::int64_t document_id = 0;
  std::string filename;
  std::string heading;
  std::string text;
  // Higher is better, comparable only within one result list: -bm25 for a BM25
  // ranking, the fused RRF score for a hybrid one.
  double score = 0;
};

struct QueryEmbedding {
  std::string model;  // must equal the model the chunks were embedded with
  std::vector<float> values;
};

struct ChunkText {
  std::int64_t chunk_id = 0;
  std::string heading;
  std::string text;
};

struct ChunkEmbedding {
  std::int64_t chunk_id = 0;
  std::vector<float> values;
};

// An upload read, digested and cut into chunks, ready to Store(); kInvalidInput
// (as for Add) when it cannot be read. Needs no database.
struct PreparedDocument {
  std::string filename;  // without folders
  DocumentKind kind = DocumentKind::kText;
  std::string sha256;
  std::int64_t bytes = 0;
  std::int64_t pages = 0;
  std::vector<store::ChunkInput> chunks;
};

Result<PreparedDocument> PrepareDocument(std::string_view filename, std::string_view bytes,
                                         const LibraryOptions& options = {});

class DocumentLibrary {
 public:
  // `db` must outlive the library.
  explicit DocumentLibrary(store::Database& db, LibraryOptions options = {});

  // PrepareDocument, then Store.
  Result<DocumentInfo> Add(std::string_view user_id, std::string_view filename,
                           std::string_view bytes);
  // A prepared upload, stored as Add() stores it (nothing on error; the stored
  // document when the same bytes are there already). `document` should come from
  // PrepareDocument with this library's options.
  Result<DocumentInfo> Store(std::string_view user_id, PreparedDocument document);
  // Newest first.
  Result<std::vector<DocumentInfo>> List(std::string_view user_id);
  // kNotFound (and nothing changes) when the user has no such document.
  Status Delete(std::string_view user_id, std::int64_t document_id);

  // The k passages of the user's documents that best match `query`, best first;
  // empty when nothing matches (or the query has only stop words).
  Result<std::vector<Passage>> RetrieveUserContext(std::string_view user_id, std::string_view query,
                                                   int k = 4);
  // Hybrid: BM25 and cosine similarity to `embedding`, fused. Falls back to BM25
  // alone when no chunk of the user has an embedding from embedding.model.
  Result<std::vector<Passage>> RetrieveUserContext(std::string_view user_id, std::string_view query,
                                                   const QueryEmbedding& embedding, int k = 4);

  // The user's chunks that have no embedding from `model` yet, in document order.
  Result<std::vector<ChunkText>> ChunksNeedingEmbeddings(std::string_view user_id,
                                                         std::string_view model, int limit = 256);
  // Stores (or replaces) the vectors in one transaction. kInvalidInput for an empty
  // or non-finite vector; kNotFound, storing nothing, for a chunk not the user's.
  Status StoreEmbeddings(std::string_view user_id, std::string_view model,
                         const std::vector<ChunkEmbedding>& embeddings);

 private:
  struct SearchPlan {
    std::vector<std::string> words;
    std::int64_t newest = 0;  // 0: rank every match
  };
  Result<SearchPlan> PlanSearch(std::string_view user_id, const std::vector<std::string>& words);
  Result<std::vector<Passage>> Retrieve(std::string_view user_id, std::string_view query,
                                        const QueryEmbedding* embedding, int k);

  store::DocumentTable table_;
  LibraryOptions options_;
};

}  // namespace applier::knowledge
