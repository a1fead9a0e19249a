#include "store/user_table.h"

namespace applier::store {

#define APPLIER_NOW "strftime('%Y-%m-%dT%H:%M:%fZ','now')"

Status UserTable::UpsertLocal(std::string_view id, std::string_view password_hash) {
  if (id.empty() || password_hash.empty()) {
    return Fail(ErrorKind::kInvalidInput, "a user needs a name and a password hash");
  }
  auto stmt = db_.Prepare(
      "INSERT INTO users (id, password_hash, external, created_at) VALUES (?1, ?2, 0, " APPLIER_NOW
      ") ON CONFLICT (id) DO UPDATE SET password_hash = excluded.password_hash, external = 0");
  if (!stmt) return Fail(stmt.error());
  return stmt->Bind(1, id).Bind(2, password_hash).Run();
}

Status UserTable::EnsureExternal(std::string_view id) {
  if (id.empty()) return Fail(ErrorKind::kInvalidInput, "an external user needs a subject");
  auto stmt = db_.Prepare("INSERT INTO users (id, external, created_at) VALUES (?1, 1, " APPLIER_NOW
                          ") ON CONFLICT (id) DO NOTHING");
  if (!stmt) return Fail(stmt.error());
  return stmt->Bind(1, id).Run();
}

Result<std::optional<UserRow>> UserTable::Find(std::string_view id) {
  auto stmt = db_.Prepare(
      "SELECT id, COALESCE(password_hash, ''), external, created_at FROM users WHERE id = ?1");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, id);
  auto row = stmt->Step();
  if (!row) return Fail(row.error());
  if (!*row) return std::optional<UserRow>();
  return std::optional<UserRow>(UserRow{stmt->ColumnText(0), stmt->ColumnText(1),
                                        stmt->ColumnInt(2) != 0, stmt->ColumnText(3)});
}

Status UserTable::SetProfile(std::string_view id, std::string_view yaml) {
  auto stmt = db_.Prepare("UPDATE users SET profile_yaml = ?2, profile_updated_at = " APPLIER_NOW
                          " WHERE id = ?1");
  if (!stmt) return Fail(stmt.error());
  if (auto st = stmt->Bind(1, id).Bind(2, yaml).Run(); !st) return st;
  if (db_.Changes() == 0) return Fail(ErrorKind::kNotFound, "no user '" + std::string(id) + "'");
  return {};
}

Result<std::optional<StoredProfile>> UserTable::Profile(std::string_view id) {
  auto stmt = db_.Prepare(
      "SELECT profile_yaml, COALESCE(profile_updated_at, '') FROM users WHERE id = ?1 AND "
      "profile_yaml IS NOT NULL");
  if (!stmt) return Fail(stmt.error());
  stmt->Bind(1, id);
  auto row = stmt->Step();
  if (!row) return Fail(row.error());
  if (!*row) return std::optional<StoredProfile>();
  return std::optional<StoredProfile>(StoredProfile{stmt->ColumnText(0), stmt->ColumnText(1)});
}

}  // namespace applier::store
