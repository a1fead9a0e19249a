#!/usr/bin/env bash
# Install what is missing, build everything, run the whole test suite: the fast
# unit suite first, then the slow one (real Chromium, the demo site, the binary).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
cd build
ctest -L fast --output-on-failure -j "$(nproc)"
ctest -L slow --output-on-failure
