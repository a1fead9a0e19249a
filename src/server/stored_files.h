// The files handlers read on a client's behalf (uploaded originals, screenshots,
// the web UI) and the checks that keep a path inside the folder it belongs to.
// Reading blocks: call these on the blocking pool.
#pragma once

#include <filesystem>
#include <string>

namespace applier::server {

// The file's bytes; "" when it cannot be read.
std::string ReadFile(const std::filesystem::path& path);
// Whether `file`, normalised, lies under `dir`.
bool Inside(const std::filesystem::path& file, const std::filesystem::path& dir);

}  // namespace applier::server
