#include "store/document_table.h"

#include <charconv>
#include <cstring>
#include <unordered_map>

namespace applier::store {
namespace {

constexpr std::string_view kSelectDocument =
    "SELECT d.id, d.user_id, d.filename, d.kind, d.sha256, d.bytes, d.pages, d.created_at, "
    "(SELECT count(*) FROM chunks c WHERE c.document_id = d.id) FROM documents d ";

DocumentRow ReadDocument(const Statement& stmt) {
  DocumentRow row;
  row.id = stmt.ColumnInt(0);
  row.user_id = stmt.ColumnText(1);
  row.filename = stmt.ColumnText(2);
  row.kind = stmt.ColumnText(3);
  row.sha256 = stmt.ColumnText(4);
  row.bytes = stmt.ColumnInt(5);
  row.pages = stmt.ColumnInt(6);
  row.created_at = stmt.ColumnText(7);
  row.chunks = stmt.ColumnInt(8);
  return row;
}

constexpr std::string_view kSelectChunk =
    "SELECT c.id, c.document_id, c.ordinal, c.heading, c.text, d.filename "
    "FROM chunks c JOIN documents d ON d.id = c.document_id ";

ChunkRow ReadChunk(const Statement& stmt) {
  return ChunkRow{stmt.ColumnInt(0),  stmt.ColumnInt(1),  stmt.ColumnInt(2),
                  stmt.ColumnText(3), stmt.ColumnText(4), stmt.ColumnText(5)};
}

// Rolls back unless committed, so every early return leaves the file untouched.
class Transaction {
 public:
  explicit Transaction(Database& db) : db_(db) {}
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction() {
    if (open_) (void)db_.Exec("ROLLBACK");
  }
  // IMMEDIATE: take the write lock now rather than fail half-way on a busy file.
  Status Begin() {
    auto st = db_.Exec("BEGIN IMMEDIATE");
    open_ = st.has_value();
    return st;
  }
  Status Commit() {
    auto st = db_.Exec("COMMIT");
    if (st) open_ = false;
    return st;
  }

 private:
  Database& db_;
  bool open_ = false;
};

// The owner column of chunk_search holds 'u' || hex(user_id) (see migration 2): one
// token made of [0-9a-f] whatever the user id contains.
std::string OwnerToken(std::string_view user_id) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string token = "u";
  token.reserve(1 + 2 * user_id.size());
  for (unsigned char c : user_id) {
    token += kHex[c >> 4];
    token += kHex[c & 0xf];
  }
  return token;
}

// An FTS5 string: inside double quotes every character is literal except '"',
// which is written twice. A quoted word is a term (or a phrase of the tokens the
// tokenizer finds in it), never an operator, column filter or prefix query.
std::string QuoteFts(std::string_view word) {
  std::string quoted = "\"";
  for (char c : word) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string WordsExpression(const std::vector<std::string>& words) {
  std::string match;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) match += " OR ";
    match += "{text heading} : " + QuoteFts(words[i]);
  }
  return match;
}

std::string Placeholders(std::size_t count, int first) {
  std::string text;
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) text += ", ";
    text += "?" + std::to_string(first + static_cast<int>(i));
  }
  return text;
}

// Statement has no blob accessors: a blob is bound as text and cast back in SQL,
// and read with ColumnText, which returns a blob's bytes unchanged.
std::string_view FloatBytes(const std::vector<float>& values) {
  return {reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float)};
}

}  // namespace

// FNV-1a (64-bit) of the user id, folded to 31 bits so ids stay positive, then
// shifted to leave 2^32 ids per user. Part of the file format: never change it.
ChunkIdRange ChunkIdsOf(std::string_view user_id) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  for (unsigned char c : user_id) {
    hash ^= c;
    hash *= 0x100000001b3ull;
  }
  const auto bucket = static_cast<std::int64_t>((hash ^ (hash >> 31) ^ (hash >> 62)) & 0x7fffffff);
  return ChunkIdRange{bucket << 32, (bucket << 32) | 0xffffffffll};
}

Result<std::int64_t> DocumentTable::Insert(const DocumentRow& row,
                                           const std::vector<ChunkInput>& chunks) {
  Transaction tx(db_);
  if (auto st = tx.Begin(); !st) return Fail(st.error());
  auto doc = db_.Prepare(
      "INSERT INTO documents (user_id, filename, kind, sha256, bytes, pages, created_at) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, strftime('%Y-%m-%dT%H:%M:%fZ','now')) RETURNING id");
  if (!doc) return Fail(doc.error());
  doc->Bind(1, row.user_id)
      .Bind(2, row.filename)
      .Bind(3, row.kind)
      .Bind(4, row.sha256)
      .Bind(5, row.bytes)
      .Bind(6, row.pages);
  auto inserted = doc->Step();
  if (!inserted) return Fail(inserted.error());
  if (!*inserted) return Fail(ErrorKind::kIo, "sqlite: INSERT ... RETURNING gave no row");
  const std::int64_t id = doc->ColumnInt(0);
  if (auto st = doc->Run(); !st) return Fail(st.error());

  const ChunkIdRange range = ChunkIdsOf(row.user_id);
  auto last = db_.Prepare("SELECT max(id) FROM chunks WHERE id BETWEEN ?1 AND ?2");
  if (!last) return Fail(last.error());
  last->Bind(1, range.first).Bind(2, range.last);
  auto found = last->Step();
  if (!found) return Fail(found.error());
  std::int64_t next_id = last->ColumnIsNull(0) ? range.first : last->ColumnInt(0) + 1;
  if (range.last - next_id < static_cast<std::int64_t>(chunks.size())) {
    return Fail(ErrorKind::kConflict, "this user's chunk ids are used up");
  }
  std::int64_t ordinal = 0;
  for (const auto& chunk : chunks) {
    auto stmt = db_.Prepare(
        "INSERT INTO chunks (id, document_id, user_id, ordinal, heading, text) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt) return Fail(stmt.error());
    auto st = stmt->Bind(1, next_id++)
                  .Bind(2, id)
                  .Bind(3, row.user_id)
                  .Bind(4, ordinal++)
                  .Bind(5, chunk.heading)
                  .Bind(6, chunk.text)
                  .Run();
    if (!st) return Fail(st.error());
  }
  if (auto st = tx.Commit(); !st) return Fail(st.error());
  return id;
}

Result<std::optional<DocumentRow>> DocumentTable::FindBySha256(std::string_view user_id,
                                                               std::string_view sha256) {
  auto stmt = db_.Prepare(std::string(kSelectDocument) +
                          "WHERE d.user_id = ?1 AND d.sha256 = ?2 ORDER BY d.id LIMIT 1");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, user_id).Bind(2, sha256);
  auto row = stmt->Step();
  if (!row) return Fail(row.error());
  if (!*row) return std::optional<DocumentRow>();
  return std::optional<DocumentRow>(ReadDocument(*stmt));
}

Result<std::optional<DocumentRow>> DocumentTable::Get(std::string_view user_id, std::int64_t id) {
  auto stmt = db_.Prepare(std::string(kSelectDocument) + "WHERE d.user_id = ?1 AND d.id = ?2");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, user_id).Bind(2, id);
  auto row = stmt->Step();
  if (!row) return Fail(row.error());
  if (!*row) return std::optional<DocumentRow>();
  return std::optional<DocumentRow>(ReadDocument(*stmt));
}

Result<std::vector<DocumentRow>> DocumentTable::ListForUser(std::string_view user_id) {
  auto stmt = db_.Prepare(std::string(kSelectDocument) +
                          "WHERE d.user_id = ?1 ORDER BY d.created_at DESC, d.id DESC");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, user_id);
  std::vector<DocumentRow> rows;
  for (;;) {
    auto row = stmt->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    rows.push_back(ReadDocument(*stmt));
  }
  return rows;
}

Result<bool> DocumentTable::Delete(std::string_view user_id, std::int64_t id) {
  // Chunks, their index entries (trigger) and embeddings go by ON DELETE CASCADE.
  auto stmt = db_.Prepare("DELETE FROM documents WHERE user_id = ?1 AND id = ?2");
  if (!stmt) return Fail(stmt.error());
  if (auto st = stmt->Bind(1, user_id).Bind(2, id).Run(); !st) return Fail(st.error());
  return db_.Changes() > 0;
}

Result<std::vector<ChunkHit>> DocumentTable::Search(std::string_view user_id,
                                                    const std::vector<std::string>& words,
                                                    int limit, std::int64_t newest) {
  std::vector<ChunkHit> hits;
  if (words.empty() || limit <= 0) return hits;
  auto read_hits = [&](Statement& stmt) -> Status {
    hits.clear();
    for (;;) {
      auto row = stmt.Step();
      if (!row) return Fail(row.error());
      if (!*row) return {};
      // Statement has no double accessor; SQLite renders a REAL with 15 digits.
      const std::string score_text = stmt.ColumnText(1);
      double score = 0;
      std::from_chars(score_text.data(), score_text.data() + score_text.size(), score);
      hits.push_back(ChunkHit{stmt.ColumnInt(0), score});
    }
  };

  // The fast path: the user's rowid range. No owner term in MATCH, because bm25()
  // walks the whole posting list of every term to weigh it, and the owner term's
  // list is as long as the user's library.
  ChunkIdRange range = ChunkIdsOf(user_id);
  if (newest > 0) {
    // FTS5 walks posting lists backwards for ORDER BY rowid DESC: this costs
    // `newest` rows, not the library.
    auto cutoff = db_.Prepare(
        "SELECT rowid FROM chunk_search WHERE chunk_search MATCH ?1 AND rowid BETWEEN ?2 AND ?3 "
        "ORDER BY rowid DESC LIMIT 1 OFFSET ?4");
    if (!cutoff) return Fail(cutoff.error());
    cutoff->Bind(1, WordsExpression(words))
        .Bind(2, range.first)
        .Bind(3, range.last)
        .Bind(4, newest - 1);
    auto row = cutoff->Step();
    if (!row) return Fail(row.error());
    if (*row) range.first = cutoff->ColumnInt(0);
  }
  auto stmt = db_.Prepare(
      "SELECT rowid, bm25(chunk_search, 1.0, 0.5, 0.0) AS score FROM chunk_search "
      "WHERE chunk_search MATCH ?1 AND rowid BETWEEN ?2 AND ?3 ORDER BY score, rowid LIMIT ?4");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, WordsExpression(words))
      .Bind(2, range.first)
      .Bind(3, range.last)
      .Bind(4, static_cast<std::int64_t>(limit));
  if (auto st = read_hits(*stmt); !st) return Fail(st.error());
  if (hits.empty()) return hits;

  std::vector<std::int64_t> ids;
  for (const auto& hit : hits) ids.push_back(hit.chunk_id);
  auto owned = db_.Prepare("SELECT count(*) FROM chunks WHERE user_id = ?1 AND id IN (" +
                           Placeholders(ids.size(), 2) + ")");
  if (!owned) return Fail(owned.error());
  owned->Bind(1, user_id);
  for (std::size_t i = 0; i < ids.size(); ++i) owned->Bind(static_cast<int>(i) + 2, ids[i]);
  auto counted = owned->Step();
  if (!counted) return Fail(counted.error());
  if (owned->ColumnInt(0) == static_cast<std::int64_t>(hits.size())) return hits;

  // Another user shares the range: filter on the owner token and the user id.
  auto exact = db_.Prepare(
      "SELECT c.id, bm25(chunk_search, 1.0, 0.5, 0.0) AS score FROM chunk_search "
      "JOIN chunks c ON c.id = chunk_search.rowid "
      "WHERE chunk_search MATCH ?1 AND c.user_id = ?2 ORDER BY score, c.id LIMIT ?3");
  if (!exact) return Fail(exact.error());
  exact
      ->Bind(1,
             "owner : " + QuoteFts(OwnerToken(user_id)) + " AND (" + WordsExpression(words) + ")")
      .Bind(2, user_id)
      .Bind(3, static_cast<std::int64_t>(limit));
  if (auto st = read_hits(*exact); !st) return Fail(st.error());
  return hits;
}

Result<std::int64_t> DocumentTable::CountMatches(std::string_view user_id, std::string_view word,
                                                 std::int64_t cap) {
  const ChunkIdRange range = ChunkIdsOf(user_id);
  auto stmt = db_.Prepare(
      "SELECT count(*) FROM (SELECT 1 FROM chunk_search WHERE chunk_search MATCH ?1 "
      "AND rowid BETWEEN ?2 AND ?3 LIMIT ?4)");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, WordsExpression({std::string(word)}))
      .Bind(2, range.first)
      .Bind(3, range.last)
      .Bind(4, cap);
  auto row = stmt->Step();
  if (!row) return Fail(row.error());
  return stmt->ColumnInt(0);
}

Result<std::vector<ChunkRow>> DocumentTable::Chunks(std::string_view user_id,
                                                    const std::vector<std::int64_t>& ids) {
  std::vector<ChunkRow> rows;
  if (ids.empty()) return rows;
  auto stmt = db_.Prepare(std::string(kSelectChunk) + "WHERE c.user_id = ?1 AND c.id IN (" +
                          Placeholders(ids.size(), 2) + ")");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, user_id);
  for (std::size_t i = 0; i < ids.size(); ++i) stmt->Bind(static_cast<int>(i) + 2, ids[i]);
  std::unordered_map<std::int64_t, ChunkRow> by_id;
  for (;;) {
    auto row = stmt->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    ChunkRow chunk = ReadChunk(*stmt);
    by_id.emplace(chunk.id, std::move(chunk));
  }
  for (std::int64_t id : ids) {
    if (auto it = by_id.find(id); it != by_id.end()) rows.push_back(std::move(it->second));
  }
  return rows;
}

Result<std::vector<ChunkRow>> DocumentTable::ChunksWithoutEmbedding(std::string_view user_id,
                                                                    std::string_view model,
                                                                    int limit) {
  auto stmt = db_.Prepare(std::string(kSelectChunk) +
                          "WHERE c.user_id = ?1 AND NOT EXISTS (SELECT 1 FROM chunk_embeddings e "
                          "WHERE e.chunk_id = c.id AND e.model = ?2) "
                          "ORDER BY c.document_id, c.ordinal LIMIT ?3");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, user_id).Bind(2, model).Bind(3, static_cast<std::int64_t>(limit));
  std::vector<ChunkRow> rows;
  for (;;) {
    auto row = stmt->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    rows.push_back(ReadChunk(*stmt));
  }
  return rows;
}

Status DocumentTable::PutEmbeddings(std::string_view user_id, std::string_view model,
                                    const std::vector<ChunkVector>& vectors) {
  Transaction tx(db_);
  if (auto st = tx.Begin(); !st) return st;
  for (const auto& vector : vectors) {
    // Only a chunk of this user yields a row to insert.
    auto stmt = db_.Prepare(
        "INSERT INTO chunk_embeddings (chunk_id, user_id, model, dimensions, vector) "
        "SELECT id, user_id, ?3, ?4, CAST(?5 AS BLOB) FROM chunks WHERE id = ?1 AND user_id = ?2 "
        "ON CONFLICT (chunk_id) DO UPDATE SET model = excluded.model, "
        "dimensions = excluded.dimensions, vector = excluded.vector");
    if (!stmt) return Fail(stmt.error());
    auto st = stmt->Bind(1, vector.chunk_id)
                  .Bind(2, user_id)
                  .Bind(3, model)
                  .Bind(4, static_cast<std::int64_t>(vector.values.size()))
                  .Bind(5, FloatBytes(vector.values))
                  .Run();
    if (!st) return st;
    if (db_.Changes() == 0) {
      return Fail(ErrorKind::kNotFound,
                  "no chunk " + std::to_string(vector.chunk_id) + " in this user's documents");
    }
  }
  return tx.Commit();
}

Result<std::vector<ChunkVector>> DocumentTable::Embeddings(std::string_view user_id,
                                                           std::string_view model) {
  auto stmt = db_.Prepare(
      "SELECT chunk_id, vector FROM chunk_embeddings WHERE user_id = ?1 AND model = ?2 "
      "ORDER BY chunk_id");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, user_id).Bind(2, model);
  std::vector<ChunkVector> vectors;
  for (;;) {
    auto row = stmt->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    const std::string bytes = stmt->ColumnText(1);
    ChunkVector vector{stmt->ColumnInt(0), std::vector<float>(bytes.size() / sizeof(float))};
    std::memcpy(vector.values.data(), bytes.data(), vector.values.size() * sizeof(float));
    vectors.push_back(std::move(vector));
  }
  return vectors;
}

}  // namespace applier::store
