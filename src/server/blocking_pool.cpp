#include "server/blocking_pool.h"

#include <sys/resource.h>
#include <unistd.h>

namespace applier::server {
namespace {

// Linux applies a nice value per thread (setpriority(2), "a thread ID"); raising
// it needs no privilege. Failing to lower it is harmless, so it is not reported.
constexpr int kNiceness = 10;

}  // namespace

BlockingPool::BlockingPool(std::size_t threads) : work_(io_.get_executor()) {
  for (std::size_t i = 0; i < threads; ++i) {
    threads_.emplace_back([this] {
      (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kNiceness);
      io_.run();
    });
  }
}

BlockingPool::~BlockingPool() {
  Join();
}

void BlockingPool::Join() {
  work_.reset();
  for (auto& thread : threads_) {
    if (thread.joinable()) thread.join();
  }
}

}  // namespace applier::server
