// DatabasePool is one SQLite file shared by the threads of a process: one writer
// connection, because SQLite lets one connection write at a time anyway, and a few
// reader connections, which WAL lets run beside the writer and each other. Reads
// never wait for a write in progress, nor for each other while a reader is free.
//
// Contract:
//  - Write(f) runs f on the writer connection, one caller at a time; f may run a
//    transaction. Read(f) runs f on a free reader connection (waiting for one when
//    all are busy); readers are query_only, so a write through one fails.
//  - A reader sees every commit that completed before its statement began.
//  - Both block (on a lock, on the disk): call them from blocking-work threads,
//    never from an I/O thread.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "core/result.h"
#include "store/database.h"

namespace applier::store {

struct DatabasePoolOptions {
  std::size_t readers = 3;
};

class DatabasePool {
 public:
  // Opens (and migrates) the file through the writer, then the readers.
  static Result<std::unique_ptr<DatabasePool>> Open(const std::filesystem::path& path,
                                                    DatabasePoolOptions options = {});

  template <typename F>
  auto Write(F&& f) {
    std::lock_guard lock(write_mutex_);
    return f(writer_);
  }

  template <typename F>
  auto Read(F&& f) {
    Database* reader = nullptr;
    {
      std::unique_lock lock(read_mutex_);
      reader_free_.wait(lock, [&] { return !idle_.empty(); });
      reader = idle_.back();
      idle_.pop_back();
    }
    struct GiveBack {
      DatabasePool& pool;
      Database* reader;
      ~GiveBack() {
        {
          std::lock_guard lock(pool.read_mutex_);
          pool.idle_.push_back(reader);
        }
        pool.reader_free_.notify_one();
      }
    } give_back{*this, reader};
    return f(*reader);
  }

 private:
  DatabasePool(Database writer, std::vector<Database> readers);

  std::mutex write_mutex_;  // guards writer_
  Database writer_;
  std::vector<Database> readers_;  // fixed after Open; idle_ points into it
  std::mutex read_mutex_;          // guards idle_
  std::condition_variable reader_free_;
  std::vector<Database*> idle_;
};

}  // namespace applier::store
