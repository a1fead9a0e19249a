#!/usr/bin/env bash
# Install what is missing, build what the suites run, run the whole test suite:
# the fast unit suite first, then the fast suite again and a short run of every
# fuzz target under AddressSanitizer and UBSan (scripts/sanitize.sh, its own clang
# build in ./build-fuzz), then the slow suite (real Chromium, the demo site, the
# binary). The benchmarks (bench/) run in no suite, so they are not built here:
# scripts/build.sh with no target builds them with everything else.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh --target applier unit_tests integration_tests corpus_tests
(cd build && ctest -L fast --output-on-failure -j "$(nproc)")
./scripts/sanitize.sh
cd build
# Two at a time: most of a slow test is waiting on Chromium and the demo site, and
# every one of them is written to hold under load (the corpus test runs three
# applications at once by itself).
ctest -L slow --output-on-failure -j 2
