#include "core/result.h"

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
  }
  return "error";
}

std::string Error::ToString() const {
  return std::string(applier::ToString(kind)) + ": " + message;
}

}  // namespace applier
