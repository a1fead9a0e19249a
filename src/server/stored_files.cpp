#include "server/stored_files.h"

#include <fstream>
#include <sstream>

namespace applier::server {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

bool Inside(const std::filesystem::path& file, const std::filesystem::path& dir) {
  const auto f = file.lexically_normal().string();
  const auto d = dir.lexically_normal().string() + "/";
  return f.rfind(d, 0) == 0;
}

}  // namespace applier::server
