// Whether a store error means the disk under the data is full: SQLite's
// SQLITE_FULL, or a write refused with ENOSPC, EDQUOT or EFBIG. Nothing was
// written; the same call may succeed once space is freed, so callers tell the
// person that (HTTP 507) instead of a generic failure.
#pragma once

#include "core/result.h"

namespace applier::store {

bool IsDiskFull(const Error& error);

}  // namespace applier::store
