// The files handlers read and write on a client's behalf (uploaded originals,
// screenshots, the web UI) and the checks that keep a path inside the folder it
// belongs to. Reading and writing block: call these on the blocking pool.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/result.h"

namespace applier::server {

// The file's bytes; "" when it cannot be read.
std::string ReadFile(const std::filesystem::path& path);
// Replaces the file's contents with `bytes`. A failed write, flush or close is an
// error (kDiskFull when the disk or a quota is full, else kIo) naming the file.
Status WriteFile(const std::filesystem::path& path, std::string_view bytes);
// Whether `file`, normalised, lies under `dir`.
bool Inside(const std::filesystem::path& file, const std::filesystem::path& dir);

}  // namespace applier::server
