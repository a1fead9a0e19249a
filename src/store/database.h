// Database is Live Applier's embedded store: one SQLite connection with the schema
// the store part owns (saved answers, applications), migrated on open.
//
// Contract:
//  - Open() creates the parent directories, turns on WAL and a busy timeout, and
//    applies every migration newer than the file's `schema_version` in its own
//    transaction, so a crash mid-migration leaves the previous version intact.
//  - Every failure is a Result value; nothing here throws.
//  - Thread safety: a Database (and every Statement prepared from it) is one
//    connection and must be used by one thread at a time. Open one Database per
//    thread; WAL lets them read concurrently, and the busy timeout serialises
//    writers across threads and processes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace applier::store {

// A prepared statement. Bind parameters are 1-based, as in SQLite. A bind error is
// remembered and reported by the next Step(), so call sites can chain binds.
class Statement {
 public:
  Statement(Statement&&) noexcept;
  Statement& operator=(Statement&&) noexcept;
  ~Statement();

  Statement& Bind(int index, std::string_view text);
  Statement& Bind(int index, std::int64_t number);
  Statement& BindNull(int index);

  // true when a row is available, false when the statement is done.
  Result<bool> Step();
  // Runs a statement that returns no rows (INSERT/UPDATE/DELETE) to completion.
  Status Run();

  std::string ColumnText(int index) const;  // "" for NULL
  std::int64_t ColumnInt(int index) const;
  bool ColumnIsNull(int index) const;

 private:
  friend class Database;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  void NoteBindError(int rc);

  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  std::string bind_error_;
};

class Database {
 public:
  // The schema version this build migrates files up to.
  static constexpr int kSchemaVersion = 4;

  static Result<Database> Open(const std::filesystem::path& path);

  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  ~Database();

  // Runs one or more statements that return no rows.
  Status Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  // Rows changed by the most recent INSERT/UPDATE/DELETE on this connection.
  std::int64_t Changes() const;
  Result<int> SchemaVersion();

  const std::filesystem::path& path() const { return path_; }

 private:
  Database(sqlite3* db, std::filesystem::path path) : db_(db), path_(std::move(path)) {}
  Status Migrate();

  sqlite3* db_ = nullptr;
  std::filesystem::path path_;
};

// Where the embedded database lives by default:
// $XDG_DATA_HOME/live-applier/applier.db, else ~/.local/share/live-applier/applier.db.
// A relative or empty XDG_DATA_HOME is ignored, as the XDG spec requires.
std::filesystem::path DefaultDatabasePath();

}  // namespace applier::store
