#!/usr/bin/env bash
# Records how an unchanged engine does on corpus sites it has never seen: builds
# bench/fill_accuracy in a temporary git worktree whose src/ and apps/ come from
# the engine commit and everything else (fixtures, the corpus server and grading,
# the benchmark) from HEAD, runs the named sites with variant seeds 0, 1 and 2,
# and writes fixtures/corpus/sites/<site>/first_try.json in this checkout.
#
#   scripts/corpus_first_try.sh --engine COMMIT [--force] SITE...
#
# Run it when a site is added, before any engine change made for it; a site that
# already has a first_try.json is refused unless --force. Builds with ccache when
# it is installed, with the flags of an ordinary build of this checkout (so the
# engine's objects come from the cache when that commit was built before) and,
# unless set, CCACHE_BASEDIR the folder holding this checkout.
set -euo pipefail

usage() { echo "usage: $0 --engine COMMIT [--force] SITE..." >&2; exit 2; }
engine=""
force=0
sites=()
while [ $# -gt 0 ]; do
  case "$1" in
    --engine) [ $# -ge 2 ] || usage; engine="$2"; shift 2 ;;
    --force) force=1; shift ;;
    -h|--help) usage ;;
    -*) usage ;;
    *) sites+=("$1"); shift ;;
  esac
done
[ -n "$engine" ] && [ ${#sites[@]} -gt 0 ] || usage

repo="$(cd "$(dirname "$0")/.." && git rev-parse --show-toplevel)"
cd "$repo"
engine_commit="$(git rev-parse --verify --quiet "$engine^{commit}")" ||
  { echo "$0: '$engine' is not a commit" >&2; exit 2; }
sites_dir="$repo/fixtures/corpus/sites"
for site in "${sites[@]}"; do
  case "$site" in _*|*/*|.*) echo "$0: '$site' is not a measured site name" >&2; exit 2 ;; esac
  [ -f "$sites_dir/$site/site.json" ] || { echo "$0: no $sites_dir/$site/site.json" >&2; exit 2; }
  if [ -e "$sites_dir/$site/first_try.json" ] && [ "$force" -eq 0 ]; then
    echo "$0: $site already has its first try (first_try.json); --force to overwrite" >&2
    exit 2
  fi
done

# Next to this checkout, so ccache's base directory (when it covers both) lets
# the build reuse what this checkout's builds compiled.
work="$(mktemp -d "$(dirname "$repo")/.corpus-first-try.XXXXXX")"
cleanup() {
  git -C "$repo" worktree remove --force "$work/tree" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
git worktree add --quiet --detach "$work/tree" HEAD
(
  cd "$work/tree"
  git rm -r --quiet --cached src apps >/dev/null
  rm -rf src apps
  git checkout "$engine_commit" -- src apps
)

launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$repo")}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
fi
cmake -S "$work/tree" -B "$work/tree/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DAPPLIER_WERROR=ON -DAPPLIER_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build "$work/tree/build" -j "${JOBS:-2}" --target fill_accuracy

site_list="$(IFS=,; echo "${sites[*]}")"
"$work/tree/build/bench/fill_accuracy" --seeds 0,1,2 --sites "$site_list" \
  --corpus-dir "$sites_dir" --write-first-try "$(git rev-parse --short=7 "$engine_commit")"
for site in "${sites[@]}"; do echo "wrote $sites_dir/$site/first_try.json"; done
