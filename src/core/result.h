// Result<T> is how every part of Live Applier reports an expected failure: a page
// that timed out, an element that went away, a browser that crashed, a profile with
// a bad key. The error carries a kind a caller can branch on and a message a user
// can act on. Exceptions are reserved for programmer errors and process edges.
#pragma once

#include <expected>
#include <string>
#include <utility>

namespace applier {

enum class ErrorKind {
  kInvalidInput,  // the user gave us something we cannot use (bad URL, bad YAML)
  kNotFound,      // the thing asked for is not there (no such element, file, row)
  kTimeout,       // a deadline passed before the other side answered
  kDisconnected,  // the browser or a server went away; pending work is abandoned
  kProtocol,      // the other side sent something malformed or unexpected
  kRemote,        // the other side answered with an error of its own
  kIo,            // the operating system refused (spawn, read, write, disk)
  kCancelled,     // we stopped on purpose (Ctrl-C, user cancel, shutdown)
  kConflict,      // the operation would break an invariant (e.g. submit twice)
  kDiskFull,      // the disk is full (ENOSPC, a quota, a file-size limit): nothing was
                  // written, and the same call may succeed once space is freed
};

const char* ToString(ErrorKind kind);

// The kind of an operating-system error number: kDiskFull for ENOSPC, EDQUOT and
// EFBIG (all three mean "free some space and try again" to a person), else kIo.
ErrorKind KindOfErrno(int error_number);

struct Error {
  ErrorKind kind;
  std::string message;

  // "timeout: Page.navigate did not answer within 30000 ms"
  std::string ToString() const;
};

template <typename T>
using Result = std::expected<T, Error>;

// Status is a Result that carries no value: success costs nothing.
using Status = std::expected<void, Error>;

inline std::unexpected<Error> Fail(ErrorKind kind, std::string message) {
  return std::unexpected<Error>(Error{kind, std::move(message)});
}

inline std::unexpected<Error> Fail(Error error) {
  return std::unexpected<Error>(std::move(error));
}

}  // namespace applier
