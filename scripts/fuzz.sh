#!/usr/bin/env bash
# Runs each libFuzzer target of fuzz/ in the build scripts/sanitize.sh sets up (clang,
# AddressSanitizer + UBSan, ./build-fuzz) for FUZZ_SECONDS seconds (default 30),
# starting from its seed corpus in fuzz/corpus/<target>/ with the words of
# fuzz/dict/<target>.dict (they get it past the parser into what reads the
# fields). Fails when a target crashes, leaks, trips a sanitizer or takes over
# 10 s on one input; the input that did it is left in build-fuzz/crashes/<target>/
# (replay it with build-fuzz/fuzz/<target>_fuzz FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-30}"
[ -f build-fuzz/CMakeCache.txt ] || {
  echo "fuzz: no ./build-fuzz yet: run scripts/sanitize.sh (it configures it)" >&2
  exit 2
}
cmake --build build-fuzz -j "$(nproc)" --target fuzzers  # up to date after scripts/sanitize.sh

failed=()
for seeds in fuzz/corpus/*/; do
  target="$(basename "$seeds")"
  # The corpus grows in the build dir; the committed seeds stay as they are.
  corpus="build-fuzz/corpus/$target"
  crashes="build-fuzz/crashes/$target"
  log="build-fuzz/$target.log"
  mkdir -p "$corpus" "$crashes"
  dict=()
  [ -f "fuzz/dict/$target.dict" ] && dict=(-dict="fuzz/dict/$target.dict")
  if build-fuzz/fuzz/"${target}"_fuzz -max_total_time="$seconds" -timeout=10 "${dict[@]}" \
    -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" "$seeds" >"$log" 2>&1; then
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
    echo "fuzz: $target: $runs inputs in ${seconds}s, no crash"
  else
    echo "fuzz: $target FAILED; the input is in $crashes/:" >&2
    grep -A 30 -m 1 -E '^==[0-9]+==|runtime error|Sanitizer|deadly signal|timeout' "$log" >&2 ||
      tail -n 40 "$log" >&2
    failed+=("$target")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: crashes in ${failed[*]}" >&2
  exit 1
fi
