#include "store/database_pool.h"

#include <algorithm>
#include <utility>

namespace applier::store {

Result<std::unique_ptr<DatabasePool>> DatabasePool::Open(const std::filesystem::path& path,
                                                         DatabasePoolOptions options) {
  auto writer = Database::Open(path);
  if (!writer) return Fail(writer.error());
  // FULL, not WAL's usual NORMAL: what the writer commits is what an HTTP answer
  // has just promised (an account, a queued application, a stored document, a
  // profile), and NORMAL may lose the last commits to a power cut. In WAL mode FULL
  // costs one fsync of the WAL per commit — not the rollback journal's several —
  // and it is paid on a blocking-work thread, so no I/O thread waits for the disk.
  if (auto st = writer->Exec("PRAGMA synchronous=FULL"); !st) return Fail(st.error());
  std::vector<Database> readers;
  for (std::size_t i = 0; i < std::max<std::size_t>(options.readers, 1); ++i) {
    auto reader = Database::Open(path);
    if (!reader) return Fail(reader.error());
    if (auto st = reader->Exec("PRAGMA query_only=ON"); !st) return Fail(st.error());
    readers.push_back(std::move(*reader));
  }
  return std::unique_ptr<DatabasePool>(new DatabasePool(std::move(*writer), std::move(readers)));
}

DatabasePool::DatabasePool(Database writer, std::vector<Database> readers)
    : writer_(std::move(writer)), readers_(std::move(readers)) {
  for (auto& reader : readers_) idle_.push_back(&reader);
}

}  // namespace applier::store
