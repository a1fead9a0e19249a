#!/usr/bin/env bash
# The main job on the embedded default: install what is missing, build, start the
# bundled demo job site and apply to it with examples/profile.yaml. Extra flags go
# to `applier demo` (e.g. --yes to submit without a terminal, --no-submit).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh --target applier
exec ./build/apps/applier/applier demo --profile examples/profile.yaml \
  --report build/demo-report.json --screenshot build/demo-draft.jpg "$@"
