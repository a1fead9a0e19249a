// BlockingPool runs the work that must not run on an I/O thread — argon2id, PDF
// parsing and chunking, file reads and writes, SQLite — on a few threads of its
// own, for a coroutine on an I/O thread to co_await:
//
//   auto row = co_await blocking.Run([&] { return users.Find(name); });
//
// The coroutine resumes on its own executor (its strand, if it had one) once the
// work is done, so an I/O thread keeps serving other connections meanwhile; the
// work may refer to the coroutine's locals, which live until it resumes.
//
// The pool's threads run at a lower CPU priority than the rest of the process:
// blocking work is throughput work, and when it fills every core (ten argon2id
// verifications on two cores) the scheduler still runs an I/O thread the moment it
// wakes instead of giving it a turn among them.
//
// A Lane is a queue on the pool: what is handed to one lane runs in the order it
// was handed over, one item at a time (a run's events, stored in the order the
// run emitted them), while other work runs beside it.
//
// Thread-safe. An exception thrown by the work is rethrown in the coroutine.
// Join() lets queued work finish and must be called before the io_contexts that
// work resumes on are destroyed; work handed over after Join() never runs.
#pragma once

#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <cstddef>
#include <exception>
#include <optional>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace applier::server {

class BlockingPool {
 public:
  explicit BlockingPool(std::size_t threads);
  ~BlockingPool();
  BlockingPool(const BlockingPool&) = delete;
  BlockingPool& operator=(const BlockingPool&) = delete;

  using Lane = boost::asio::strand<boost::asio::io_context::executor_type>;
  Lane NewLane() { return boost::asio::make_strand(io_); }

  template <typename F>
  boost::asio::awaitable<std::invoke_result_t<F&>> Run(F work) {
    return RunOn(io_.get_executor(), std::move(work));
  }
  // After everything handed to `lane` before it.
  template <typename F>
  boost::asio::awaitable<std::invoke_result_t<F&>> Run(const Lane& lane, F work) {
    return RunOn(lane, std::move(work));
  }
  // Hands `work` to `lane` and returns at once; the work reports its own failures.
  template <typename F>
  void Post(const Lane& lane, F work) {
    boost::asio::post(lane, std::move(work));
  }

  void Join();

 private:
  template <typename Executor, typename F>
  boost::asio::awaitable<std::invoke_result_t<F&>> RunOn(Executor executor, F work) {
    using R = std::invoke_result_t<F&>;
    static_assert(!std::is_void_v<R>, "return what the work did, so failures are not lost");
    std::optional<R> result;
    std::exception_ptr error;
    co_await boost::asio::async_initiate<decltype(boost::asio::use_awaitable), void()>(
        [&](auto handler) {
          auto resume_on =
              boost::asio::make_work_guard(boost::asio::get_associated_executor(handler));
          boost::asio::post(executor, [&, handler = std::move(handler),
                                       resume_on = std::move(resume_on)]() mutable {
            try {
              result.emplace(work());
            } catch (...) {
              error = std::current_exception();
            }
            // The work guard travels with the handler, so nothing on this thread
            // refers to the resuming io_context once the handler is handed over
            // (that io_context may be gone as soon as the coroutine has resumed).
            auto resume_executor = resume_on.get_executor();
            boost::asio::post(resume_executor, [handler = std::move(handler),
                                                resume_on = std::move(resume_on)]() mutable {
              std::move(handler)();
            });
          });
        },
        boost::asio::use_awaitable);
    if (error) std::rethrow_exception(error);
    co_return std::move(*result);
  }

  boost::asio::io_context io_;
  std::optional<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>> work_;
  std::vector<std::thread> threads_;
};

}  // namespace applier::server
