#include "core/result.h"

#include <cerrno>

namespace applier {

const char* ToString(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInvalidInput: return "invalid input";
    case ErrorKind::kNotFound: return "not found";
    case ErrorKind::kTimeout: return "timeout";
    case ErrorKind::kDisconnected: return "disconnected";
    case ErrorKind::kProtocol: return "protocol error";
    case ErrorKind::kRemote: return "remote error";
    case ErrorKind::kIo: return "i/o error";
    case ErrorKind::kCancelled: return "cancelled";
    case ErrorKind::kConflict: return "conflict";
    case ErrorKind::kDiskFull: return "disk full";
  }
  return "error";
}

ErrorKind KindOfErrno(int error_number) {
  return error_number == ENOSPC || error_number == EDQUOT || error_number == EFBIG
             ? ErrorKind::kDiskFull
             : ErrorKind::kIo;
}

std::string Error::ToString() const {
  return std::string(applier::ToString(kind)) + ": " + message;
}

}  // namespace applier
