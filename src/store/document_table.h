// DocumentTable is the storage of a user's uploaded documents: one row per
// document, its text chunks (indexed for BM25 by SQLite FTS5) and optional chunk
// embeddings. Parsing, chunking and ranking are knowledge::DocumentLibrary's job;
// this class only reads and writes rows.
//
// Contract:
//  - Every read and write takes the user id and touches only that user's rows; an
//    id that belongs to someone else behaves exactly like an id that does not exist.
//  - Insert() stores a document and all its chunks in one transaction: either all of
//    it is there afterwards or none of it.
//  - Search() takes plain words, never FTS syntax: each word is quoted before it
//    reaches MATCH, so no user text can change the shape of the query.
//  - Chunk ids are allocated per user: a 31-bit hash of the user id, shifted left
//    32 bits, plus a sequence number. A user's chunks are then one rowid range, and
//    a search walks only that range of each posting list. Two users whose ids hash
//    alike share a range; Search() notices a foreign row in its result and redoes
//    the search with an exact owner filter, so results never mix users.
//  - Same threading rule as the Database it uses: one thread at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/database.h"

namespace applier::store {

struct DocumentRow {
  std::int64_t id = 0;  // assigned by Insert()
  std::string user_id;
  std::string filename;
  std::string kind;    // "pdf", "markdown", "text"
  std::string sha256;  // hex digest of the uploaded bytes
  std::int64_t bytes = 0;
  std::int64_t pages = 0;
  std::int64_t chunks = 0;  // filled in by reads
  std::string created_at;   // filled in by reads
};

struct ChunkInput {
  std::string heading;  // "" when the text comes before any heading
  std::string text;
};

struct ChunkRow {
  std::int64_t id = 0;
  std::int64_t document_id = 0;
  std::int64_t ordinal = 0;  // 0-based position in its document
  std::string heading;
  std::string text;
  std::string filename;  // of its document
};

struct ChunkHit {
  std::int64_t chunk_id = 0;
  double bm25 = 0;  // SQLite's bm25(): lower is better, negative for a match
};

struct ChunkVector {
  std::int64_t chunk_id = 0;
  std::vector<float> values;
};

// The ids a user's chunks get (see the contract above); exposed for tests.
struct ChunkIdRange {
  std::int64_t first = 0;
  std::int64_t last = 0;
};
ChunkIdRange ChunkIdsOf(std::string_view user_id);

class DocumentTable {
 public:
  explicit DocumentTable(Database& db) : db_(db) {}

  // Stores the document (row.id and row.chunks are ignored) and its chunks in order;
  // returns the new document id.
  Result<std::int64_t> Insert(const DocumentRow& row, const std::vector<ChunkInput>& chunks);
  Result<std::optional<DocumentRow>> FindBySha256(std::string_view user_id,
                                                  std::string_view sha256);
  Result<std::optional<DocumentRow>> Get(std::string_view user_id, std::int64_t id);
  // Newest first.
  Result<std::vector<DocumentRow>> ListForUser(std::string_view user_id);
  // Deletes the document with its chunks, index entries and embeddings. false when
  // the user has no such document (nothing changed).
  Result<bool> Delete(std::string_view user_id, std::int64_t id);

  // The user's chunks matching any of `words` (a chunk matches when its text or
  // heading contains one of them), best BM25 first, at most `limit`. Heading words
  // count half as much as body words. An empty `words` matches nothing. With
  // `newest` > 0 only the newest that many matching chunks are ranked, which bounds
  // the cost of a query made of very common words.
  Result<std::vector<ChunkHit>> Search(std::string_view user_id,
                                       const std::vector<std::string>& words, int limit,
                                       std::int64_t newest = 0);
  // How many of the user's chunks contain `word`, counting no further than `cap`
  // (the cost is bounded by `cap`, not by the size of the library). May count a
  // few chunks of a user whose id hashes alike: use it to plan, not to report.
  Result<std::int64_t> CountMatches(std::string_view user_id, std::string_view word,
                                    std::int64_t cap);
  // The user's chunks with these ids, in the order of `ids`; ids the user does not
  // own are left out.
  Result<std::vector<ChunkRow>> Chunks(std::string_view user_id,
                                       const std::vector<std::int64_t>& ids);
  // The user's chunks that have no embedding from `model` yet, in document order.
  Result<std::vector<ChunkRow>> ChunksWithoutEmbedding(std::string_view user_id,
                                                       std::string_view model, int limit);

  // Stores (or replaces) embeddings from `model` for the user's chunks, in one
  // transaction. kNotFound, storing nothing, when any chunk is not the user's.
  Status PutEmbeddings(std::string_view user_id, std::string_view model,
                       const std::vector<ChunkVector>& vectors);
  // Every embedding of the user's chunks made by `model`.
  Result<std::vector<ChunkVector>> Embeddings(std::string_view user_id, std::string_view model);

 private:
  Database& db_;
};

}  // namespace applier::store
