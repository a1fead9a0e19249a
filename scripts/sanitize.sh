#!/usr/bin/env bash
# The fast unit suite and every fuzz target under AddressSanitizer + UBSan, from
# one clang 16 build in ./build-fuzz for both: the libraries carry libFuzzer's
# coverage instrumentation, which a plain test binary links and runs without
# libFuzzer (the sanitizer runtime answers its hooks). -Werror holds here too:
# clang's warnings gate the tree as GCC's do. Use-after-free,
# overflows, leaks and undefined behaviour in everything the unit tests reach fail
# the run, then each fuzz target runs for FUZZ_SECONDS (scripts/fuzz.sh).
# Installs nothing: run scripts/install-deps.sh first (scripts/test.sh does).
#
# -O1 -gline-tables-only instead of RelWithDebInfo's -O2 -g, as the sanitizers' and
# libFuzzer's own documentation build: every check stays (they are inserted at any
# level), reports keep their file:line stacks, and the objects and test binaries
# carry no full debug info of the Boost headers, so they compile and link faster.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" -DAPPLIER_WERROR=ON \
  -DCMAKE_CXX_COMPILER=clang++-16 -DAPPLIER_FUZZ=ON -DAPPLIER_BUILD_TESTS=ON \
  -DAPPLIER_BUILD_BENCH=OFF "$@" >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target unit_tests fuzzers
(cd build-fuzz && ctest -L fast --output-on-failure -j "$(nproc)")
./scripts/fuzz.sh
