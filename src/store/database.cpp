#include "store/database.h"

#include <sqlite3.h>

#include <array>
#include <cstdlib>
#include <system_error>
#include <utility>

namespace applier::store {
namespace {

// Migration N (1-based) brings a file from schema_version N-1 to N. Never edit a
// released entry: files in the wild are at every version; add a new one instead.
constexpr std::array<std::string_view, Database::kSchemaVersion> kMigrations = {
    R"sql(
CREATE TABLE saved_answers (
  user_id       TEXT NOT NULL,
  question      TEXT NOT NULL,
  question_norm TEXT NOT NULL,
  options_json  TEXT NOT NULL DEFAULT '[]',
  answer        TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  PRIMARY KEY (user_id, question_norm)
);
CREATE TABLE applications (
  id               TEXT PRIMARY KEY,
  user_id          TEXT NOT NULL,
  url              TEXT NOT NULL,
  status           TEXT NOT NULL,
  outcome          TEXT,
  submit_intent_at TEXT,
  submitted_at     TEXT,
  report_json      TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX applications_by_user ON applications (user_id, created_at);
)sql",
    // 2: uploaded documents, their chunks, a BM25 index over the chunks and
    // optional chunk embeddings. The FTS index is external-content over a view
    // that adds an owner token ('u' || hex(user_id), one FTS token whatever the id
    // looks like), so a search can be restricted to one user inside FTS itself;
    // triggers keep it in step with chunks, including cascaded deletes.
    R"sql(
CREATE TABLE documents (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id    TEXT NOT NULL,
  filename   TEXT NOT NULL,
  kind       TEXT NOT NULL,
  sha256     TEXT NOT NULL,
  bytes      INTEGER NOT NULL,
  pages      INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX documents_by_user ON documents (user_id, created_at);
CREATE TABLE chunks (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  user_id     TEXT NOT NULL,
  ordinal     INTEGER NOT NULL,
  heading     TEXT NOT NULL,
  text        TEXT NOT NULL
);
CREATE INDEX chunks_by_document ON chunks (document_id, ordinal);
CREATE INDEX chunks_by_user ON chunks (user_id);
CREATE VIEW chunk_search_source AS
  SELECT id, text, heading, 'u' || hex(user_id) AS owner FROM chunks;
CREATE VIRTUAL TABLE chunk_search USING fts5 (
  text, heading, owner,
  content = 'chunk_search_source', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER chunks_search_insert AFTER INSERT ON chunks BEGIN
  INSERT INTO chunk_search (rowid, text, heading, owner)
  VALUES (new.id, new.text, new.heading, 'u' || hex(new.user_id));
END;
CREATE TRIGGER chunks_search_delete AFTER DELETE ON chunks BEGIN
  INSERT INTO chunk_search (chunk_search, rowid, text, heading, owner)
  VALUES ('delete', old.id, old.text, old.heading, 'u' || hex(old.user_id));
END;
CREATE TABLE chunk_embeddings (
  chunk_id   INTEGER PRIMARY KEY REFERENCES chunks (id) ON DELETE CASCADE,
  user_id    TEXT NOT NULL,
  model      TEXT NOT NULL,
  dimensions INTEGER NOT NULL,
  vector     BLOB NOT NULL
);
CREATE INDEX chunk_embeddings_by_user ON chunk_embeddings (user_id, model);
)sql",
    // 3: the web service — accounts (argon2id hashes; NULL for users of an external
    // identity provider) with their profile, the numbered event log of each served
    // application (replayed to reconnecting clients), the served applications'
    // state, draft and receipt, and the audit trail. Every table carries user_id
    // because every query is scoped to one user.
    R"sql(
CREATE TABLE users (
  id                 TEXT PRIMARY KEY,
  password_hash      TEXT,
  external           INTEGER NOT NULL DEFAULT 0,
  profile_yaml       TEXT,
  profile_updated_at TEXT,
  created_at         TEXT NOT NULL
);
CREATE TABLE session_events (
  session_id TEXT NOT NULL,
  seq        INTEGER NOT NULL,
  user_id    TEXT NOT NULL,
  type       TEXT NOT NULL,
  event_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
CREATE TABLE served_applications (
  session_id       TEXT PRIMARY KEY,
  user_id          TEXT NOT NULL,
  url              TEXT NOT NULL,
  draft_mode       INTEGER NOT NULL,
  state            TEXT NOT NULL,
  outcome          TEXT,
  message          TEXT,
  title            TEXT,
  draft_json       TEXT,
  draft_screenshot TEXT,
  receipt_json     TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX served_applications_by_user ON served_applications (user_id, created_at);
CREATE INDEX served_applications_by_state ON served_applications (state);
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id     TEXT NOT NULL,
  session_id  TEXT NOT NULL,
  kind        TEXT NOT NULL,
  detail_json TEXT NOT NULL,
  at          TEXT NOT NULL
);
CREATE INDEX audit_log_by_session ON audit_log (user_id, session_id, id);
)sql",
    // 4: what the LLM cost each served application (cost in millionths of a dollar,
    // so sums stay exact).
    R"sql(
ALTER TABLE served_applications ADD COLUMN llm_calls INTEGER NOT NULL DEFAULT 0;
ALTER TABLE served_applications ADD COLUMN llm_prompt_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE served_applications ADD COLUMN llm_completion_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE served_applications ADD COLUMN llm_cost_microusd INTEGER NOT NULL DEFAULT 0;
)sql",
};

std::string SqliteMessage(sqlite3* db, std::string_view what) {
  std::string message(what);
  message += ": ";
  message += db != nullptr ? sqlite3_errmsg(db) : "out of memory";
  return message;
}

// SQLite says SQLITE_FULL for ENOSPC; a quota (EDQUOT) or a file-size limit
// (EFBIG) comes as a write I/O error with that errno. All three are kDiskFull, with
// a message that says so first, as the person reads it.
Error StoreError(sqlite3* db, int rc, std::string message) {
  const int err = db != nullptr ? sqlite3_system_errno(db) : 0;
  if ((rc & 0xff) == SQLITE_FULL ||
      ((rc & 0xff) == SQLITE_IOERR && KindOfErrno(err) == ErrorKind::kDiskFull)) {
    const char* file = db != nullptr ? sqlite3_db_filename(db, "main") : nullptr;
    return Error{ErrorKind::kDiskFull, "the disk holding the data is full (" +
                                           std::string(file != nullptr ? file : "the store") +
                                           ": " + message + ")"};
  }
  return Error{(rc & 0xff) == SQLITE_CONSTRAINT ? ErrorKind::kConflict : ErrorKind::kIo,
               std::move(message)};
}

}  // namespace

Statement::Statement(Statement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      stmt_(std::exchange(other.stmt_, nullptr)),
      bind_error_(std::move(other.bind_error_)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = std::exchange(other.db_, nullptr);
    stmt_ = std::exchange(other.stmt_, nullptr);
    bind_error_ = std::move(other.bind_error_);
  }
  return *this;
}

Statement::~Statement() {
  sqlite3_finalize(stmt_);
}

void Statement::NoteBindError(int rc) {
  if (rc != SQLITE_OK && bind_error_.empty()) bind_error_ = SqliteMessage(db_, "sqlite bind");
}

Statement& Statement::Bind(int index, std::string_view text) {
  NoteBindError(sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                                  SQLITE_TRANSIENT));
  return *this;
}

Statement& Statement::Bind(int index, std::int64_t number) {
  NoteBindError(sqlite3_bind_int64(stmt_, index, number));
  return *this;
}

Statement& Statement::BindNull(int index) {
  NoteBindError(sqlite3_bind_null(stmt_, index));
  return *this;
}

Result<bool> Statement::Step() {
  if (!bind_error_.empty()) return Fail(ErrorKind::kIo, bind_error_);
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Fail(StoreError(db_, rc, SqliteMessage(db_, "sqlite step")));
}

Status Statement::Run() {
  for (;;) {
    auto row = Step();
    if (!row) return Fail(row.error());
    if (!*row) return {};
  }
}

std::string Statement::ColumnText(int index) const {
  const unsigned char* text = sqlite3_column_text(stmt_, index);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(stmt_, index)));
}

std::int64_t Statement::ColumnInt(int index) const {
  return sqlite3_column_int64(stmt_, index);
}

bool Statement::ColumnIsNull(int index) const {
  return sqlite3_column_type(stmt_, index) == SQLITE_NULL;
}

Result<Database> Database::Open(const std::filesystem::path& path) {
  std::error_code ec;
  if (path.has_parent_path()) {
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) {
      return Fail(KindOfErrno(ec.value()),
                  "cannot create " + path.parent_path().string() + ": " + ec.message());
    }
  }
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  Database db(raw, path);  // owns the handle even when open failed
  if (rc != SQLITE_OK) {
    return Fail(ErrorKind::kIo, SqliteMessage(raw, "cannot open " + path.string()));
  }
  // Another connection may hold the write lock briefly; wait rather than fail.
  sqlite3_busy_timeout(raw, 5000);
  if (auto st = db.Exec("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;"); !st) {
    return Fail(st.error());
  }
  if (auto st = db.Migrate(); !st) return Fail(st.error());
  return db;
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
  }
  return *this;
}

Database::~Database() {
  sqlite3_close_v2(db_);
}

Status Database::Exec(std::string_view sql) {
  std::string owned(sql);  // sqlite3_exec needs a NUL-terminated string
  char* err = nullptr;
  if (int rc = sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, &err); rc != SQLITE_OK) {
    std::string message = "sqlite: ";
    message += err != nullptr ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    return Fail(StoreError(db_, rc, std::move(message)));
  }
  return {};
}

Result<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
      SQLITE_OK) {
    return Fail(ErrorKind::kIo, SqliteMessage(db_, "sqlite prepare"));
  }
  return Statement(db_, stmt);
}

std::int64_t Database::Changes() const {
  return sqlite3_changes64(db_);
}

Result<int> Database::SchemaVersion() {
  auto stmt = Prepare("SELECT version FROM schema_version");
  if (!stmt) return Fail(stmt.error());
  auto row = stmt->Step();
  if (!row) return Fail(row.error());
  return *row ? static_cast<int>(stmt->ColumnInt(0)) : 0;
}

Status Database::Migrate() {
  if (auto st = Exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);"
                     "INSERT INTO schema_version SELECT 0 WHERE NOT EXISTS "
                     "(SELECT 1 FROM schema_version);");
      !st) {
    return st;
  }
  auto version = SchemaVersion();
  if (!version) return Fail(version.error());
  if (*version > kSchemaVersion) {
    return Fail(ErrorKind::kInvalidInput,
                path_.string() + " has schema version " + std::to_string(*version) +
                    ", newer than this build understands (" + std::to_string(kSchemaVersion) + ")");
  }
  for (int next = *version + 1; next <= kSchemaVersion; ++next) {
    // IMMEDIATE takes the write lock up front, so two processes opening a fresh
    // file at once migrate it one after the other instead of both failing.
    if (auto st = Exec("BEGIN IMMEDIATE"); !st) return st;
    auto version_now = SchemaVersion();
    Status st = version_now ? Status{} : Status(Fail(version_now.error()));
    if (st && *version_now < next) {
      st = Exec(kMigrations[static_cast<std::size_t>(next - 1)]);
      if (st) st = Exec("UPDATE schema_version SET version = " + std::to_string(next));
    }
    if (!st) {
      (void)Exec("ROLLBACK");
      return Fail(ErrorKind::kIo, "migrating " + path_.string() + " to schema version " +
                                      std::to_string(next) + ": " + st.error().message);
    }
    if (auto commit = Exec("COMMIT"); !commit) return commit;
  }
  return {};
}

std::filesystem::path DefaultDatabasePath() {
  std::filesystem::path base;
  if (const char* xdg = std::getenv("XDG_DATA_HOME");
      xdg != nullptr && std::filesystem::path(xdg).is_absolute()) {
    base = xdg;
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    base = std::filesystem::path(home) / ".local" / "share";
  } else {
    base = std::filesystem::current_path() / ".local" / "share";
  }
  return base / "live-applier" / "applier.db";
}

}  // namespace applier::store
