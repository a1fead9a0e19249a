// UserTable holds the accounts of `applier serve`: local users with an argon2id
// password hash (hashing is server::PasswordHasher's job; this class only stores
// the encoded string), users of an external identity provider (known by their JWT
// `sub`, no password), and each user's profile YAML.
//
// Contract: the user id is the JWT `sub`. Every read and write is scoped to one id.
// Same threading rule as the Database it uses.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "store/database.h"

namespace applier::store {

struct UserRow {
  std::string id;
  std::string password_hash;  // "" for external users
  bool external = false;
  std::string created_at;
};

struct StoredProfile {
  std::string yaml;
  std::string updated_at;
};

class UserTable {
 public:
  explicit UserTable(Database& db) : db_(db) {}

  // Adds a local user or replaces the password of an existing one (`applier user
  // add` run twice changes the password). kInvalidInput for an empty id or hash.
  Status UpsertLocal(std::string_view id, std::string_view password_hash);
  // Records an external user the first time their token is seen; a no-op after.
  Status EnsureExternal(std::string_view id);
  Result<std::optional<UserRow>> Find(std::string_view id);

  Status SetProfile(std::string_view id, std::string_view yaml);
  // nullopt when the user has not stored a profile yet.
  Result<std::optional<StoredProfile>> Profile(std::string_view id);

 private:
  Database& db_;
};

}  // namespace applier::store
