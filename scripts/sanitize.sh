#!/usr/bin/env bash
# The fast unit suite and every fuzz target under AddressSanitizer + UBSan, from
# one clang 16 build in ./build-fuzz for both: the libraries carry libFuzzer's
# coverage instrumentation, which a plain test binary links and runs without
# libFuzzer (the sanitizer runtime answers its hooks). -Werror holds here too:
# clang's warnings gate the tree as GCC's do. Use-after-free,
# overflows, leaks and undefined behaviour in everything the unit tests reach fail
# the run, then each fuzz target runs for FUZZ_SECONDS (scripts/fuzz.sh).
# Installs nothing: run scripts/install-deps.sh first (scripts/test.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAPPLIER_WERROR=ON \
  -DCMAKE_CXX_COMPILER=clang++-16 -DAPPLIER_FUZZ=ON -DAPPLIER_BUILD_TESTS=ON \
  -DAPPLIER_BUILD_BENCH=OFF "$@" >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target unit_tests fuzzers
(cd build-fuzz && ctest -L fast --output-on-failure -j "$(nproc)")
./scripts/fuzz.sh
