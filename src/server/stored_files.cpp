#include "server/stored_files.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace applier::server {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// With the system calls, not an ofstream: a stream that buffers a small file
// reports ENOSPC only from its destructor, where it is lost, and never says which
// error it was.
Status WriteFile(const std::filesystem::path& path, std::string_view bytes) {
  auto failed = [&](const char* what) {
    const int error_number = errno;
    return Fail(KindOfErrno(error_number), std::string("cannot ") + what + " " + path.string() +
                                               ": " + std::strerror(error_number));
  };
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return failed("create");
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written < 0) {
      auto error = failed("write");
      ::close(fd);
      return error;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  // Some file systems (NFS, a quota) report a full disk only when the file is closed.
  if (::close(fd) != 0) return failed("write");
  return {};
}

bool Inside(const std::filesystem::path& file, const std::filesystem::path& dir) {
  const auto f = file.lexically_normal().string();
  const auto d = dir.lexically_normal().string() + "/";
  return f.rfind(d, 0) == 0;
}

}  // namespace applier::server
