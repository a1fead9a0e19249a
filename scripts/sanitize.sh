#!/usr/bin/env bash
# The fast unit suite built with AddressSanitizer + UBSan (clang 16, -O1) into
# ./build-asan: use-after-free, overflows, leaks and undefined behaviour in
# everything the unit tests reach. Not part of scripts/test.sh, which runs only
# the fuzz targets under the sanitizers: this build takes about twice the CPU of
# the normal one and would push CI past its time limit.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
# -Werror stays with the normal GCC build, the project's warning gate; -O1 keeps
# the instrumented build and run affordable with usable stack traces.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_CXX_COMPILER=clang++-16 \
  -DAPPLIER_SANITIZE=ON -DAPPLIER_WERROR=OFF -DAPPLIER_BUILD_BENCH=OFF "$@" >/dev/null
cmake --build build-asan -j "$(nproc)" --target unit_tests
cd build-asan
ctest -L fast --output-on-failure -j "$(nproc)"
