#!/usr/bin/env bash
# Configures and builds everything (binary, tests, benchmarks) into ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAPPLIER_WERROR=ON >/dev/null
cmake --build build -j "$(nproc)" "$@"
